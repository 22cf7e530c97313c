import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_OPTIONS } from '@/lib/csv/csv-parse-options';
import { findOrphans, MAX_ORPHAN_RECORDS } from './find-orphans';

async function* chunked(text: string, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

const csv = (text: string, keyColumn: number, options = {}) => ({
  chunks: chunked(text),
  parseOptions: { ...DEFAULT_PARSE_OPTIONS, ...options },
  keyColumn,
});

const PARENT = 'Ref,Last Name\nL-1,Lovelace\n L-2 ,Hopper\n,Nameless\n"L-ü",Umlaut\n';

describe('findOrphans', () => {
  it('numbers child rows whose trimmed key is no parent key, the header being record 1', async () => {
    const child =
      'Visit,Lead\n2026-01-01,L-1\n2026-01-02,L-2 \n2026-01-03,L-9\n2026-01-04,l-1\n2026-01-05,L-ü\n';
    expect(await findOrphans(csv(PARENT, 0), csv(child, 1))).toMatchObject({
      rows: 5,
      orphans: 2,
      records: [4, 5],
    });
  });

  it('never ties an empty key to a parent with an empty key', async () => {
    const child = 'Lead,Notes\n,no key\n"",quoted empty\nL-1,ok\n';
    expect(await findOrphans(csv(PARENT, 0), csv(child, 0))).toMatchObject({
      rows: 3,
      orphans: 2,
      records: [2, 3],
    });
  });

  it('skips blank lines and the records above the header row, as the server does', async () => {
    const child = 'exported 2026\nLead\nL-1\n\nL-3\n';
    const report = await findOrphans(csv(PARENT, 0), csv(child, 0, { headerRow: 2 }));
    expect(report).toMatchObject({ rows: 2, orphans: 1, records: [5] });
  });

  it('counts every orphan but keeps only the first record numbers', async () => {
    const rows = Array.from({ length: MAX_ORPHAN_RECORDS + 5 }, (_, i) => `X-${i}`);
    const report = await findOrphans(csv(PARENT, 0), csv(`Lead\n${rows.join('\n')}`, 0));
    expect(report.orphans).toBe(MAX_ORPHAN_RECORDS + 5);
    expect(report.records).toHaveLength(MAX_ORPHAN_RECORDS);
    expect(report.records[0]).toBe(2);
  });

  it('numbers parent rows repeating an earlier key (trimmed), empty keys aside', async () => {
    const parent = 'Ref\nL-1\nL-2\n L-1\n\n""\nL-2\n';
    const report = await findOrphans(csv(parent, 0), csv('Lead\nL-1\n', 0));
    expect(report.repeatedParentKeys).toEqual({ count: 2, records: [4, 7] });
    expect((await findOrphans(csv(PARENT, 0), csv('Lead\n', 0))).repeatedParentKeys.count).toBe(0);
  });

  it('reports every byte read from both files', async () => {
    let bytes = 0;
    const child = 'Lead\nL-1\n';
    await findOrphans(csv(PARENT, 0), csv(child, 0), (n) => {
      bytes += n;
    });
    expect(bytes).toBe(new TextEncoder().encode(PARENT + child).length);
  });
});
