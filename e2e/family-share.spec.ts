import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { sandboxConnectionId } from './import-via-api';

const SIM_OWNER_ID = '5725767000000225013';
const SHOTS = process.env.SHOTS_DIR ?? 'test-results';
const PARSE = {
  encoding: 'utf-8',
  delimiter: ',',
  quoteChar: '"',
  newline: '\n',
  headerRow: 1,
  hasHeader: true,
};
// File and import names are the admin's: a share page shows neither.
const PRIVATE = 'PRIVATE-FAMILY';

async function upload(page: Page, origin: string, fileName: string, text: string): Promise<string> {
  const headers = { origin };
  const csv = Buffer.from(text, 'utf8');
  const started = await page.request.post('/api/uploads', {
    headers,
    data: { fileName, sizeBytes: csv.length },
  });
  const { id } = (await started.json()) as { id: string };
  const sha = createHash('sha256').update(csv).digest('hex');
  const part = await page.request.put(`/api/uploads/${id}/parts/0`, {
    headers: { ...headers, 'content-type': 'application/octet-stream', 'x-part-sha256': sha },
    data: csv,
  });
  expect(part.ok()).toBe(true);
  expect((await page.request.post(`/api/uploads/${id}/complete`, { headers })).ok()).toBe(true);
  return id;
}

/** 12 leads; visits (with one orphan) in a subform file; product links in a multi-select lookup file. */
async function createFamilyImport(page: Page, origin: string): Promise<string> {
  const leads = ['Ref,Last Name,Company,Email'];
  const visits = ['Lead,Date,Notes'];
  const links = ['Lead,Product'];
  for (let i = 1; i <= 12; i += 1) {
    leads.push(`R${i},Family ${i},Acme,family.share${i}@example.com`);
    if (i % 3 !== 0) visits.push(`R${i},2026-01-${String(i).padStart(2, '0')},visit of ${i}`);
    links.push(`R${i},${i % 2 === 0 ? 'PRD-CLOUD' : 'PRD-MIGRATE'}`);
  }
  visits.push('R999,2026-02-01,orphan');
  const child = async (name: string, lines: string[], field: string, mapping: object) => ({
    uploadId: await upload(page, origin, name, `${lines.join('\n')}\n`),
    parseOptions: PARSE,
    field,
    keyColumn: 0,
    mapping,
  });
  const created = await page.request.post('/api/imports', {
    headers: { origin },
    data: {
      uploadId: await upload(page, origin, `leads-${PRIVATE}.csv`, `${leads.join('\n')}\n`),
      name: `Spring leads ${PRIVATE}`,
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
        await child(`visits-${PRIVATE}.csv`, visits, 'Visits', {
          columns: {
            0: { kind: 'ignored' },
            1: { kind: 'matched', apiName: 'Visit_Date', format: 'yyyy-MM-dd' },
            2: { kind: 'matched', apiName: 'Notes' },
          },
          fieldDefaults: {},
        }),
        await child(`links-${PRIVATE}.csv`, links, 'Interested_Products', {
          columns: {
            0: { kind: 'ignored' },
            1: { kind: 'matched', apiName: 'Products', findBy: 'Product_Code' },
          },
          fieldDefaults: {},
        }),
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

test('a parent-child import shows its files side by side, to the admin and on its share page', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const origin = baseURL ?? '';
  const importId = await createFamilyImport(page, origin);

  await page.goto(`/imports/${importId}`);
  await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible({ timeout: 90_000 });
  const files = page.getByRole('region', { name: 'Files in this import' });
  await expect(files.getByRole('heading', { level: 3 })).toHaveText([
    'Leads',
    'Visits (subform)',
    'Interested Products (multi-select lookup)',
  ]);
  await expect(files.getByText(`visits-${PRIVATE}.csv`)).toBeVisible();
  await expect(files.getByRole('progressbar', { name: 'Visits (subform): progress' })).toHaveAttribute(
    'aria-valuenow',
    '9',
  );
  const visitsDownload = files.getByRole('link', { name: 'Not in the CRM (1)' });
  await expect(visitsDownload).toHaveAttribute(
    'href',
    /\/api\/imports\/[0-9a-f-]{36}\/results\?rows=not-in-crm/,
  );
  await expect(page.getByText(/Retrying rows of a parent-child import is not supported yet/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry failed rows' })).toHaveCount(0);

  await page.getByRole('tab', { name: /Visits \(subform\)/ }).click();
  const why = page.getByRole('region', { name: /Why rows of Visits \(subform\) did not go in/ });
  await expect(why.getByRole('cell', { name: /no row of the parent file/i })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/fam-import.png`, fullPage: true });

  // The child file's own page leads back to the import it is part of, with nothing to control.
  await files.getByRole('link', { name: 'File page' }).first().click();
  await expect(page.getByRole('link', { name: `← Part of Spring leads ${PRIVATE}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Share links' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel import' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/fam-child.png`, fullPage: true });

  // Lists show the import once, with its child files, never a child file as a job of its own.
  await page.goto('/jobs');
  const row = page.getByRole('row', { name: new RegExp(`Spring leads ${PRIVATE}`) });
  await expect(row).toContainText('+ 2 child files');
  await expect(page.getByRole('link', { name: `Visits of Spring leads ${PRIVATE}` })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/fam-jobs.png` });

  await page.goto(`/imports/${importId}`);
  const panel = page.getByRole('region', { name: 'Share links' });
  await panel.getByLabel('Name viewers see').fill('Spring leads for the team');
  await panel.getByRole('button', { name: 'Create link' }).click();
  const url = await panel.getByLabel('New share link').inputValue();

  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewer = await stranger.newPage();
  const bodies: string[] = [];
  viewer.on('response', async (response) => {
    if (response.url().startsWith(origin)) bodies.push(await response.text().catch(() => ''));
  });
  await viewer.goto(url);
  const shared = viewer.getByRole('region', { name: 'Files in this import' });
  await expect(shared.getByRole('heading', { level: 3 })).toHaveText([
    'Leads',
    'Visits (subform)',
    'Interested Products (multi-select lookup)',
  ]);
  await expect(shared.getByRole('progressbar', { name: 'Leads: progress' })).toHaveAttribute(
    'aria-valuenow',
    '12',
  );
  await expect(shared.getByRole('link')).toHaveCount(0);
  await viewer.screenshot({ path: `${SHOTS}/fam-share.png`, fullPage: true });
  bodies.push(await viewer.content());
  for (const body of bodies) {
    expect(body).not.toContain(PRIVATE);
    expect(body).not.toContain(importId);
  }
  await stranger.close();
});
