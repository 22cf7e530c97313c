import { createHash } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { createImportViaApi, sandboxConnectionId } from '../import-via-api';

const SIM_OWNER_ID = '5725767000000225013';
const PARSE = {
  encoding: 'utf-8',
  delimiter: ',',
  quoteChar: '"',
  newline: '\n',
  headerRow: 1,
  hasHeader: true,
};

/** The data the every-page test opens, made through the app's own routes; each made once a worker. */
const made = new Map<string, Promise<string>>();
function once(key: string, make: () => Promise<string>): Promise<string> {
  const existing = made.get(key);
  if (existing) return existing;
  const promise = make().catch((error: unknown) => {
    made.delete(key);
    throw error;
  });
  made.set(key, promise);
  return promise;
}

const origin = (page: Page) => new URL(page.url().startsWith('http') ? page.url() : 'http://x').origin;

function leadsCsv(rows: number, tag: string): string {
  const lines = ['Last Name,Company,Email'];
  // Every seventh row has no Last Name: Zoho skips it, so the page has rows not in the CRM to show.
  for (let i = 1; i <= rows; i += 1)
    lines.push(`${i % 7 === 0 ? '' : `A11y ${i}`},Axe Ltd,${tag}-${i}@a11y.example`);
  return `${lines.join('\n')}\n`;
}

async function baseUrl(page: Page): Promise<string> {
  if (!page.url().startsWith('http')) await page.goto('/imports');
  return origin(page);
}

/** A finished import of 20 leads, 2 of them skipped by Zoho. */
export const finishedImport = (page: Page) =>
  once('finished', async () => {
    const id = await createImportViaApi(page, await baseUrl(page), {
      connectionId: await sandboxConnectionId(page),
      csv: leadsCsv(20, 'finished'),
      fileName: 'a11y-finished.csv',
      name: 'A11y finished import',
    });
    await page.goto(`/imports/${id}`);
    await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible({ timeout: 60_000 });
    return id;
  });

/** A fresh import big enough (2 bulk write jobs) to be seen while it runs; never memoised. */
export async function startedImport(page: Page): Promise<string> {
  return createImportViaApi(page, await baseUrl(page), {
    connectionId: await sandboxConnectionId(page),
    csv: leadsCsv(30_000, `running-${Date.now()}`),
    fileName: 'a11y-running.csv',
    name: 'A11y running import',
  });
}

async function upload(page: Page, fileName: string, text: string): Promise<string> {
  const headers = { origin: await baseUrl(page) };
  const csv = Buffer.from(text, 'utf8');
  const started = await page.request.post('/api/uploads', {
    headers,
    data: { fileName, sizeBytes: csv.length },
  });
  const { id } = (await started.json()) as { id: string };
  const part = await page.request.put(`/api/uploads/${id}/parts/0`, {
    headers: {
      ...headers,
      'content-type': 'application/octet-stream',
      'x-part-sha256': createHash('sha256').update(csv).digest('hex'),
    },
    data: csv,
  });
  expect(part.ok()).toBe(true);
  expect((await page.request.post(`/api/uploads/${id}/complete`, { headers })).ok()).toBe(true);
  return id;
}

/** A finished parent-child import (leads with visits, one orphan visit); returns the parent's id. */
export const familyImport = (page: Page) =>
  once('family', async () => {
    const leads = ['Ref,Last Name,Company,Email'];
    const visits = ['Lead,Date,Notes'];
    for (let i = 1; i <= 6; i += 1) {
      leads.push(`R${i},Family ${i},Acme,a11y.family${i}@example.com`);
      visits.push(`R${i},2026-01-0${i},visit of ${i}`);
    }
    visits.push('R999,2026-02-01,orphan');
    const created = await page.request.post('/api/imports', {
      headers: { origin: await baseUrl(page) },
      data: {
        uploadId: await upload(page, 'a11y-family-leads.csv', `${leads.join('\n')}\n`),
        name: 'A11y family import',
        settings: {
          connectionId: await sandboxConnectionId(page),
          module: 'Leads',
          operation: 'insert',
          ignoreEmpty: true,
          timeZone: 'UTC',
        },
        mapping: {
          columns: {
            0: { kind: 'ignored' },
            1: { kind: 'matched', apiName: 'Last_Name' },
            2: { kind: 'matched', apiName: 'Company' },
            3: { kind: 'matched', apiName: 'Email' },
          },
          fieldDefaults: { Owner: SIM_OWNER_ID },
        },
        parseOptions: PARSE,
        parentKeyColumn: 0,
        children: [
          {
            uploadId: await upload(page, 'a11y-family-visits.csv', `${visits.join('\n')}\n`),
            parseOptions: PARSE,
            field: 'Visits',
            keyColumn: 0,
            mapping: {
              columns: {
                0: { kind: 'ignored' },
                1: { kind: 'matched', apiName: 'Visit_Date', format: 'yyyy-MM-dd' },
                2: { kind: 'matched', apiName: 'Notes' },
              },
              fieldDefaults: {},
            },
          },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/imports/${id}`);
    await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible({ timeout: 90_000 });
    return id;
  });

/** A finished CSV export of the leads this test imported. */
export const finishedExport = (page: Page) =>
  once('export', async () => {
    await finishedImport(page);
    const created = await page.request.post('/api/exports', {
      headers: { origin: await baseUrl(page) },
      data: {
        name: 'A11y leads export',
        connectionId: await sandboxConnectionId(page),
        module: 'Leads',
        fileType: 'csv',
        fields: ['Last_Name', 'Email'],
        filter: 'criteria',
        criteria: {
          type: 'group',
          operator: 'and',
          children: [
            {
              type: 'condition',
              field: 'Company',
              dataType: 'text',
              comparator: 'equal',
              value: 'Axe Ltd',
              values: [],
            },
          ],
        },
        cvid: '',
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/exports/${id}`);
    await expect(page.getByText('Completed').first()).toBeVisible({ timeout: 60_000 });
    return id;
  });

/** A live share link to the finished import, created on its page as an admin would. */
export const shareLinkUrl = (page: Page) =>
  once('share', async () => {
    await page.goto(`/imports/${await finishedImport(page)}`);
    const panel = page.getByRole('region', { name: 'Share links' });
    await panel.getByLabel('Name viewers see').fill('A11y status for the team');
    await panel.getByRole('button', { name: 'Create link' }).click();
    return panel.getByLabel('New share link').inputValue();
  });
