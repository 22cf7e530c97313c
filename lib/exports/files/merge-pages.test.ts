import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type MergeStats, mergeCsvPages } from './merge-csv-pages';
import { mergeIcsPages } from './merge-ics-pages';

/** A page whose bytes arrive in small chunks, so records and UTF-8 characters straddle chunk boundaries. */
const page =
  (text: string, chunkBytes = 7) =>
  async () => {
    const bytes = Buffer.from(text);
    const chunks: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += chunkBytes) chunks.push(bytes.subarray(at, at + chunkBytes));
    return Readable.from(chunks);
  };

async function collect(merged: AsyncGenerator<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of merged) parts.push(part);
  return Buffer.concat(parts).toString('utf8');
}

describe('mergeCsvPages', () => {
  it('writes one header, keeps page order, and drops a record that moved onto the next page', async () => {
    const stats: MergeStats = { records: 0, duplicates: 0 };
    const text = await collect(
      mergeCsvPages(
        [
          page(
            '\uFEFFid,Last_Name,Description\r\n1,Müller,"line one\nline two"\r\n2,Ødegård,"say ""hi"""\r\n',
          ),
          page('id,Last_Name,Description\r\n2,Ødegård,"say ""hi"""\r\n3,Zoë,=1+1\r\n\r\n'),
          page('id,Last_Name,Description\n4,Łukasz,-5\n'),
        ],
        stats,
      ),
    );
    expect(text).toBe(
      '\uFEFFid,Last_Name,Description\r\n1,Müller,"line one\nline two"\r\n2,Ødegård,"say ""hi"""\r\n3,Zoë,\'=1+1\r\n4,Łukasz,-5\r\n',
    );
    expect(stats).toEqual({ records: 4, duplicates: 1 });
  });

  it('neutralises inside quotes, keeping the quoting valid', async () => {
    const stats: MergeStats = { records: 0, duplicates: 0 };
    const text = await collect(mergeCsvPages([page('id,Note\n1,"@cmd, with comma"\n')], stats));
    expect(text).toContain(`1,"'@cmd, with comma"\r\n`);
  });

  it('refuses pages whose columns differ (never mixes shapes in one file)', async () => {
    const stats: MergeStats = { records: 0, duplicates: 0 };
    await expect(collect(mergeCsvPages([page('id,A\n1,x\n'), page('id,B\n2,y\n')], stats))).rejects.toThrow(
      /columns differ/,
    );
  });
});

describe('mergeIcsPages', () => {
  const calendar = (events: string[]) =>
    `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Zoho//CRM//EN\r\n${events
      .map(
        (uid) =>
          `BEGIN:VEVENT\r\nUID:${uid}\r\nSUMMARY:Meeting ${uid} with a long title that folds onto a secon\r\n d line\r\nEND:VEVENT\r\n`,
      )
      .join('')}END:VCALENDAR\r\n`;

  it('makes one calendar of every page, dropping an event seen on the previous page', async () => {
    const stats: MergeStats = { records: 0, duplicates: 0 };
    const text = await collect(
      mergeIcsPages([page(calendar(['a', 'b']), 11), page(calendar(['b', 'c']), 5)], stats),
    );
    expect(text.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(text.match(/PRODID/g)).toHaveLength(1);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(text).toContain('\r\n d line\r\n');
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(stats).toEqual({ records: 3, duplicates: 1 });
  });
});
