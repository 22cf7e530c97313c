import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';

/** The server reads every file with the browser's caps, whoever sent it (an API call skips the browser). */
describe('a file past the CSV caps', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await startImportHarness();
  }, 180_000);
  afterAll(() => h.close());

  it('is refused with the line where its quote opened, and nothing is sent', async () => {
    const tag = 'Runaway Ltd';
    const csv = `Last Name,Company,Email\nA,${tag},r1@example.com\nB,${tag},"r2@example.com\n${'C,x,y\n'.repeat(60_000)}`;
    const id = await h.create(await h.upload(csv), LEADS_MAPPING);
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    expect(view?.status).toBe('failed');
    expect(view?.statusMessage).toMatch(
      /^Nothing was sent: Record 3 \(line 3\): the quote opened on line 3 runs on past 128 KiB without closing/,
    );
    expect(view?.chunks).toEqual([]);
    expect((await h.records('Leads')).filter((record) => record.Company === tag)).toEqual([]);
  }, 120_000);
});
