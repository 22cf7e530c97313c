import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunks, importRows } from '@/lib/db/schema';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportAdminView } from '../views/import-admin-view';
import { controlImport } from './control-import';

/**
 * A chunk Zoho may hold (its create was accepted, then the connection reset) is checked against Zoho on the
 * admin's request: rows Zoho has are marked added with their record ids, only the others go out again.
 */
describe('reading back a chunk that needs attention', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await startImportHarness();
  }, 180_000);
  afterAll(() => h.close());

  const loseCreateAnswer = () =>
    h.simControl('faults', {
      method: 'POST',
      body: JSON.stringify({ method: 'POST', path: '^/crm/bulk/v8/write$', mode: 'accept-then-drop' }),
    });
  const leads = async (tag: string) =>
    (await h.records('Leads')).filter((record) => String(record.Company) === tag);
  const chunksOf = (id: string) =>
    h.db.select().from(importChunks).where(eq(importChunks.importId, id)).orderBy(importChunks.index);
  const rowsOf = (id: string) =>
    h.db.select().from(importRows).where(eq(importRows.importId, id)).orderBy(importRows.recordNumber);
  const check = (importId: string, chunkIndex: number) =>
    controlImport({
      db: h.db,
      boss: h.boss,
      storage: h.storage,
      importId,
      action: 'check_chunk',
      chunkIndex,
    });

  it('marks the rows Zoho has added with their record ids and sends only the missing ones', async () => {
    const tag = 'ReadBack Ltd';
    // Rows 3 and 6 have no last name: Zoho's job skips them, so they are not in the CRM. Row 5 has no email
    // to look it up by.
    const lines = ['Last Name,Company,Email'];
    for (let i = 1; i <= 8; i += 1)
      lines.push(`${i === 3 || i === 6 ? '' : `Hopper ${i}`},${tag},${i === 5 ? '' : `rb${i}@example.com`}`);
    await loseCreateAnswer();
    const id = await h.create(await h.upload(`${lines.join('\n')}\n`), LEADS_MAPPING);
    await h.run(id);
    expect((await chunksOf(id))[0]?.status).toBe('needs_attention');
    // Zoho ran the job it accepted: 6 records (rows 3 and 6 skipped).
    await expect.poll(async () => (await leads(tag)).length, { timeout: 10_000 }).toBe(6);

    const before = await getImportAdminView(h.db, id);
    expect(before.readBack).toEqual({ field: 'Email' });
    await check(id, 0);
    expect((await chunksOf(id))[0]?.status).toBe('reading_back');
    await h.run(id);

    const records = await leads(tag);
    const idOf = (email: string) => records.find((record) => record.Email === email)?.id;
    // Nothing went in twice: only the missing rows were sent again.
    expect(records).toHaveLength(6);
    const rows = await rowsOf(id);
    const byRecord = new Map(rows.map((row) => [row.recordNumber, row]));
    for (const line of [2, 3, 5, 8, 9])
      expect(byRecord.get(line)).toMatchObject({
        outcome: 'added',
        recordId: idOf(`rb${line - 1}@example.com`),
      });
    // Sent again alone, and skipped by Zoho again for want of a last name.
    for (const line of [4, 7])
      expect(byRecord.get(line)).toMatchObject({ outcome: 'skipped', chunkIndex: 1 });
    expect(byRecord.get(6)).toMatchObject({ outcome: 'unprocessed', errorCode: 'NOT_CHECKED' });
    expect(byRecord.get(6)?.message).toMatch(/no Email to look it up by/);

    const [checked, resent] = await chunksOf(id);
    expect(checked).toMatchObject({ status: 'completed', rowCount: 6 });
    expect(checked?.createOutcome).toMatch(
      /^Read back from Zoho at .* by Email: 5 of 8 rows are in the CRM \(marked added, with their record ids\); 2 are not, and only those are sent again as batch 2; 1 has no Email/,
    );
    expect(resent).toMatchObject({ status: 'completed', rowCount: 2, recordNumbers: [4, 7] });

    const view = await getImportAdminView(h.db, id);
    expect(view.status).toBe('completed');
    expect(view.reconciled).toBe(true);
    expect(view.counts).toMatchObject({ added: 5, skipped: 2, unprocessed: 1 });
    expect(view.readBackResults).toEqual([{ index: 0, summary: checked?.createOutcome }]);
    expect(view.readBackResults[0]?.summary).not.toMatch(/run .*again/i);
  }, 120_000);

  it('a chunk whose rows are all in the CRM is resolved without sending anything', async () => {
    const tag = 'All There Ltd';
    const lines = ['Last Name,Company,Email'];
    for (let i = 1; i <= 5; i += 1) lines.push(`Lovelace ${i},${tag},all${i}@example.com`);
    await loseCreateAnswer();
    const id = await h.create(await h.upload(`${lines.join('\n')}\n`), LEADS_MAPPING);
    await h.run(id);
    await expect.poll(async () => (await leads(tag)).length, { timeout: 10_000 }).toBe(5);
    await check(id, 0);
    await h.run(id);

    expect(await leads(tag)).toHaveLength(5);
    const chunks = await chunksOf(id);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.createOutcome).toMatch(/5 of 5 rows are in the CRM/);
    expect(chunks[0]?.createOutcome).not.toMatch(/sent again/);
    const view = await getImportAdminView(h.db, id);
    expect(view).toMatchObject({ status: 'completed', reconciled: true, counts: { added: 5 } });
    expect((await rowsOf(id)).every((row) => row.recordId)).toBe(true);
  }, 120_000);

  it('refuses to check an update, saying why resending it is safe', async () => {
    const id = await h.create(
      await h.upload('Last Name,Company,Email\nTuring,Update Ltd,u1@example.com\n'),
      LEADS_MAPPING,
      { operation: 'update', findBy: 'Email' },
    );
    await expect(check(id, 0)).rejects.toThrow(/Resending an update is safe/);
  }, 60_000);
});
