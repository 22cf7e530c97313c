import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connections, exports } from '@/lib/db/schema';
import { createExport } from '../create/create-export';
import type { CriteriaCondition } from '../definitions/export-definition';
import { baseDefinition, parseCsv, startExportKit } from '../test/export-test-kit';
import { advanceExport } from './advance-export';
import { cancelExport } from './cancel-export';
import { updateExport } from './update-export';

const SOURCES = ['Advertisement', 'Cold Call', 'Web Research', 'Chat'];
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
const LEADS = Array.from({ length: 1000 }, (_, i) => ({
  Last_Name: `Batch ${i}`,
  Company: 'Batch Co',
  Email: `lead${i}@batch.example.com`,
  Lead_Source: SOURCES[i % 4] ?? '',
  Preferred_Contact_Date: day(i % 60),
  Street: i === 2 ? '=HYPERLINK("http://evil.example","click")' : i === 3 ? '-5' : i === 4 ? '@SUM(1)' : '',
  Phone: i === 1 ? '+44 20 7946 0001' : '',
}));

const condition = (
  field: string,
  dataType: CriteriaCondition['dataType'],
  comparator: CriteriaCondition['comparator'],
  value: string | string[],
): CriteriaCondition => ({
  type: 'condition',
  field,
  dataType,
  comparator,
  value: Array.isArray(value) ? '' : value,
  values: Array.isArray(value) ? value : [],
});

describe('exports against the simulator', () => {
  let kit: Awaited<ReturnType<typeof startExportKit>>;
  beforeAll(async () => {
    kit = await startExportKit();
    await kit.importRecords('Leads', LEADS);
    // Zoho allows 10 result downloads a minute; these tests download far more (the 429 path has its own test).
    await kit.simControl('POST', 'settings', { downloadsPerMinute: 10_000 });
  }, 120_000);
  afterAll(() => kit.close());

  it('exports exactly the imported leads matching a picklist value and a date range (nested groups)', async () => {
    const { run, text } = await kit.runExport({
      ...baseDefinition,
      fields: ['Last_Name', 'Email', 'Lead_Source', 'Preferred_Contact_Date', 'Owner.last_name'],
      filter: 'criteria',
      criteria: {
        type: 'group',
        operator: 'and',
        children: [
          condition('Company', 'text', 'equal', 'Batch Co'),
          {
            type: 'group',
            operator: 'or',
            children: [
              condition('Lead_Source', 'picklist', 'equal', 'Advertisement'),
              condition('Lead_Source', 'picklist', 'equal', 'Chat'),
            ],
          },
          condition('Preferred_Contact_Date', 'date', 'between', ['2026-01-10', '2026-01-20']),
        ],
      },
    });
    const expected = LEADS.filter(
      (lead) =>
        ['Advertisement', 'Chat'].includes(lead.Lead_Source) &&
        lead.Preferred_Contact_Date >= '2026-01-10' &&
        lead.Preferred_Contact_Date <= '2026-01-20',
    ).map((lead) => lead.Email);
    const csv = parseCsv(text);
    expect(run.status).toBe('completed');
    expect(csv.fields).toEqual([
      'id',
      'Last_Name',
      'Email',
      'Lead_Source',
      'Preferred_Contact_Date',
      'Owner.last_name',
    ]);
    expect(csv.rows.map((row) => row.Email).sort()).toEqual(expected.sort());
    expect(new Set(csv.rows.map((row) => row['Owner.last_name']))).toEqual(new Set(['Boyle']));
    expect(run.recordCount).toBe(expected.length);
  });

  it('follows more_records past the page size into one CSV, in order, on v8 (page_token) and v2.1 (page)', async () => {
    await kit.simControl('POST', 'settings', { readPageSize: 300 });
    const all = (await kit.simControl('GET', 'records/Leads')).records as { id: string }[];
    const ids = all.map((record) => record.id).sort((a, b) => a.length - b.length || a.localeCompare(b));
    for (const version of ['v8', 'v2.1']) {
      await kit.db
        .update(connections)
        .set({ apiVersion: version })
        .where(eq(connections.id, kit.connectionId));
      const { run, pages, text } = await kit.runExport({ ...baseDefinition, fields: ['Email'] });
      expect(run.status).toBe('completed');
      expect(pages.map((page) => page.recordCount)).toEqual([300, 300, 300, ids.length - 900]);
      expect(pages.slice(1).every((page) => (version === 'v8' ? page.pageToken : !page.pageToken))).toBe(
        true,
      );
      expect(pages.every((page) => page.zipKey && page.status === 'completed')).toBe(true);
      const csv = parseCsv(text);
      expect(text.match(/^\uFEFF?id,Email\r\n/gm)).toHaveLength(1);
      expect(csv.rows.map((row) => row.id)).toEqual(ids);
      expect(run.pagesDone).toBe(4);
    }
    await kit.db.update(connections).set({ apiVersion: 'v8' }).where(eq(connections.id, kit.connectionId));
    await kit.simControl('POST', 'settings', { readPageSize: 200_000 });
  });

  it('neutralises formula cells in the merged CSV, and leaves numbers and phone numbers alone', async () => {
    const { text } = await kit.runExport({
      ...baseDefinition,
      fields: ['Email', 'Street', 'Phone'],
      filter: 'criteria',
      criteria: {
        type: 'group',
        operator: 'and',
        children: [
          condition('Email', 'email', 'in', [
            'lead1@batch.example.com',
            'lead2@batch.example.com',
            'lead3@batch.example.com',
            'lead4@batch.example.com',
          ]),
        ],
      },
    });
    const byEmail = new Map(parseCsv(text).rows.map((row) => [row.Email, row]));
    expect(byEmail.get('lead2@batch.example.com')?.Street).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(byEmail.get('lead4@batch.example.com')?.Street).toBe(`'@SUM(1)`);
    expect(byEmail.get('lead3@batch.example.com')?.Street).toBe('-5');
    expect(byEmail.get('lead1@batch.example.com')?.Phone).toBe('+44 20 7946 0001');
  });

  it('exports Events as one calendar across pages (ICS pages are smaller)', async () => {
    await kit.importRecords(
      'Events',
      Array.from({ length: 7 }, (_, i) => ({
        Event_Title: `Standup ${i}`,
        Start_DateTime: `2026-03-0${i + 1}T09:00:00+00:00`,
        End_DateTime: `2026-03-0${i + 1}T09:15:00+00:00`,
      })),
    );
    await kit.simControl('POST', 'settings', { icsPageSize: 4 });
    const { run, pages, text } = await kit.runExport({
      ...baseDefinition,
      module: 'Events',
      fileType: 'ics',
    });
    expect(run.status).toBe('completed');
    expect(pages).toHaveLength(3);
    expect(text.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(text.match(/END:VCALENDAR/g)).toHaveLength(1);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(9);
    expect(text).toContain('SUMMARY:Standup 6');
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(run.recordCount).toBe(9);
  });

  it('stops at needs_attention when a create’s answer is lost, and does not create it again', async () => {
    await kit.simControl('POST', 'faults', {
      method: 'POST',
      path: '/crm/bulk/v8/read',
      mode: 'drop',
      count: 1,
    });
    await kit.simControl('DELETE', 'requests');
    const { run, pages } = await kit.runExport({ ...baseDefinition, fields: ['Email'] });
    expect(run.status).toBe('waiting');
    expect(pages[0]?.status).toBe('needs_attention');
    const requests = (await kit.simControl('GET', 'requests')).requests as { method: string; path: string }[];
    // The dropped call never reaches the log; a second attempt would have been answered and logged.
    expect(
      requests.filter((request) => request.method === 'POST' && request.path === '/crm/bulk/v8/read'),
    ).toHaveLength(0);
  });

  it('stops for good when an admin cancels, even with a step under way', async () => {
    const run = await createExport({
      db: kit.db,
      boss: null,
      adminId: kit.adminId,
      definition: { ...baseDefinition, connectionId: kit.connectionId },
    });
    await advanceExport({ db: kit.db, storage: kit.storage, exportId: run.id });
    await advanceExport({ db: kit.db, storage: kit.storage, exportId: run.id });
    await cancelExport({ db: kit.db, exportId: run.id });
    expect(await advanceExport({ db: kit.db, storage: kit.storage, exportId: run.id })).toEqual({
      next: 'stop',
    });
    await updateExport(kit.db, run.id, { status: 'running' });
    const [after] = await kit.db.select().from(exports).where(eq(exports.id, run.id));
    expect(after?.status).toBe('cancelled');
    await expect(cancelExport({ db: kit.db, exportId: run.id })).rejects.toThrow(/already finished/);
  });

  it('pauses on 429 and resumes by itself', async () => {
    await kit.simControl('POST', 'faults', {
      method: 'GET',
      path: '^/crm/bulk/v8/read/\\d+$',
      status: 429,
      count: 4,
    });
    const { run } = await kit.runExport({ ...baseDefinition, fields: ['Email'] });
    expect(run.status).toBe('completed');
    expect(run.recordCount).toBe(1002);
  });
});
