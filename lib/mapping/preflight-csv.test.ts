import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_OPTIONS } from '@/lib/csv/csv-parse-options';
import { LEADS_FIELDS } from './leads-fixture';
import { emptyMapping } from './mapping-state';
import { preflightCsv } from './preflight-csv';
import { mapColumn } from './transitions';

async function* chunksOf(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

const mapping = mapColumn(mapColumn(emptyMapping([0, 1]), 0, 'Last_Name'), 1, 'Email');
const input = {
  fields: LEADS_FIELDS,
  layouts: [],
  settings: {
    connectionId: 'c',
    module: 'Leads',
    operation: 'insert' as const,
    ignoreEmpty: false,
    timeZone: 'UTC',
  },
  mapping,
};

describe('preflightCsv', () => {
  it('numbers records as the split does: header at headerRow, blank lines and quoted line breaks counted', async () => {
    const csv =
      'junk line\nSurname,Email\n"Love\nlace",ada@example.com\n\n,grace@example.com\nTuring,ÄLAN@example\n';
    const seen: number[] = [];
    const { rows, summary, invalidRecords } = await preflightCsv({
      chunks: chunksOf(csv, 7),
      parseOptions: { ...DEFAULT_PARSE_OPTIONS, headerRow: 2 },
      input,
      onRow: (record) => seen.push(record),
    });
    expect(seen).toEqual([3, 5, 6]);
    expect(rows).toBe(3);
    expect([...invalidRecords]).toEqual([5, 6]);
    expect(summary.reasons.map((r) => `${r.code}:${r.examples.join(',')}`)).toEqual(
      expect.arrayContaining(['mandatory_empty:5', 'invalid_value:6']),
    );
  });
});
