import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_OPTIONS } from '@/lib/csv/csv-parse-options';
import { importRows } from '@/lib/db/schema';
import { KEPT_BACK } from '../collect/kept-back-messages';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'csv', 'fixtures', 'encodings', name)));

describe('imports decode the file exactly as the preview chose', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await startImportHarness();
  }, 240_000);
  afterAll(() => h.close());

  it.each([
    ['shift-jis.csv', 'shift_jis', ['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲']],
    ['gb18030.csv', 'gb18030', ['王小明', '李华', '张伟', '刘洋']],
  ])(
    '%s reaches the sandbox with its names intact',
    async (name, encoding, names) => {
      const uploadId = await h.upload(fixture(name), name);
      const id = await h.create(
        uploadId,
        LEADS_MAPPING,
        {},
        { parseOptions: { ...DEFAULT_PARSE_OPTIONS, encoding } },
      );
      await h.run(id);
      const view = await getImportStatusView(h.db, id);
      expect(view).toMatchObject({ status: 'completed', reconciled: true });
      expect(view?.counts.added).toBe(names.length);
      const stored = (await h.records('Leads')).map((record) => record.Last_Name);
      for (const lastName of names) expect(stored).toContain(lastName);
    },
    60_000,
  );

  it('a row with bytes that are not valid UTF-8 is kept back with the reason: no U+FFFD reaches Zoho', async () => {
    const head = new TextEncoder().encode('Last Name,Company,Email\nAda,Acme,ada-enc@example.com\n');
    const bad = Uint8Array.from([...'Jos\xe9,Acme,jose-enc@example.com\n'].map((c) => c.charCodeAt(0)));
    const uploadId = await h.upload(new Uint8Array([...head, ...bad]));
    const id = await h.create(uploadId, LEADS_MAPPING);
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    expect(view?.counts).toMatchObject({ added: 1, excluded: 1 });
    expect(view?.reconciled).toBe(true);
    const [kept] = await h.db
      .select({ recordNumber: importRows.recordNumber, message: importRows.message })
      .from(importRows)
      .where(and(eq(importRows.importId, id), eq(importRows.outcome, 'excluded')));
    expect(kept).toEqual({ recordNumber: 3, message: KEPT_BACK.undecodable });
    const stored = await h.records('Leads');
    expect(stored.some((record) => JSON.stringify(record).includes('\uFFFD'))).toBe(false);
  }, 240_000);
});
