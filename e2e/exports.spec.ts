import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { writeZip } from '../sim/zip/write-zip';

const SIM = () => process.env.E2E_SIM_URL ?? '';
const COMPANY = 'E2E Export Co';
const LEADS = [
  ['Ames', 'ames@e2e-export.example.com', 'Advertisement', '2026-01-12'],
  ['Baker', 'baker@e2e-export.example.com', 'Chat', '2026-01-15'],
  ['Cole', 'cole@e2e-export.example.com', 'Cold Call', '2026-01-12'],
  ['Dunn', 'dunn@e2e-export.example.com', 'Advertisement', '2026-03-01'],
  ['Ewing', 'ewing@e2e-export.example.com', 'Chat', '2026-01-20'],
];

/** Leads an earlier import would have made, written straight into the sandbox through its bulk write API. */
async function importLeads() {
  const token = (await (
    await fetch(`${SIM()}/oauth/v2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: '1000.SIMULATOR',
        client_secret: 'simulator-secret',
        refresh_token: '1000.simulator.refresh',
      }),
    })
  ).json()) as { access_token: string };
  const auth = { Authorization: `Zoho-oauthtoken ${token.access_token}` };
  const csv = ['Last_Name,Email,Lead_Source,Preferred_Contact_Date,Company']
    .concat(LEADS.map((lead) => `${lead.join(',')},${COMPANY}`))
    .join('\n');
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(await writeZip([{ name: 'leads.csv', content: csv }]))]),
    'leads.zip',
  );
  const upload = (await (
    await fetch(`${SIM()}/crm/v8/upload`, {
      method: 'POST',
      headers: { ...auth, feature: 'bulk-write', 'X-CRM-ORG': '808232144' },
      body: form,
    })
  ).json()) as { details: { file_id: string } };
  const mappings = ['Last_Name', 'Email', 'Lead_Source', 'Preferred_Contact_Date', 'Company'].map(
    (api_name, index) => ({
      api_name,
      index,
    }),
  );
  const created = await fetch(`${SIM()}/crm/bulk/v8/write`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      operation: 'insert',
      resource: [
        {
          type: 'data',
          module: { api_name: 'Leads' },
          file_id: upload.details.file_id,
          field_mappings: [
            ...mappings,
            { api_name: 'Owner', default_value: { value: '5725767000000225013' } },
          ],
        },
      ],
    }),
  });
  const jobId = ((await created.json()) as { details: { id: string } }).details.id;
  await expect
    .poll(async () => {
      const job = (await (await fetch(`${SIM()}/crm/bulk/v8/write/${jobId}`, { headers: auth })).json()) as {
        status: string;
      };
      return job.status;
    })
    .toBe('COMPLETED');
}

async function connectSandbox(page: Page) {
  await page.goto('/connection');
  await page.getByRole('link', { name: 'Use the built-in sandbox' }).click();
  await expect(page).toHaveURL(/\/connection\?connected=/);
}

test('an admin builds an export with a nested criteria group, runs it and downloads one clean CSV', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await importLeads();
  await connectSandbox(page);
  await page.goto('/exports');
  await page.getByRole('link', { name: 'New export', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'New export' })).toBeVisible();
  await page.getByLabel('Export name').fill('Webinar leads');
  await expect(page.getByLabel('Module')).toHaveValue('Leads');

  const criteria = page.getByRole('region', { name: 'Criteria' });
  await criteria.getByRole('button', { name: '+ Add condition' }).last().click();
  await page.getByLabel('Condition 1 field').first().selectOption({ label: 'Company' });
  await page.getByLabel('Condition 1 value').first().fill(COMPANY);

  await criteria.getByRole('button', { name: '+ Add group' }).last().click();
  const group = page.getByRole('region', { name: 'Group at level 2' });
  await expect(group.getByLabel('Group at level 2: match')).toHaveValue('or');
  await group.getByLabel('Condition 1 field').selectOption({ label: 'Lead Source' });
  await group.getByLabel('Condition 1 value').selectOption('Advertisement');
  await group.getByRole('button', { name: '+ Add condition' }).click();
  await group.getByLabel('Condition 2 field').selectOption({ label: 'Lead Source' });
  await group.getByLabel('Condition 2 value').selectOption('Chat');

  await criteria.getByRole('button', { name: '+ Add condition' }).last().click();
  await page.getByLabel('Condition 3 field').selectOption({ label: 'Preferred Contact Date' });
  await page.getByLabel('Condition 3 comparison').selectOption({ label: 'is between' });
  await page.getByLabel('Condition 3 from').fill('2026-01-10');
  await page.getByLabel('Condition 3 to').fill('2026-01-20');

  await page.getByRole('checkbox', { name: 'Last Name', exact: true }).check();
  await page.getByLabel('Search fields').fill('email');
  await page.getByRole('checkbox', { name: 'Email', exact: true }).check();
  await page.getByLabel('Search fields').fill('');
  await page.getByRole('button', { name: 'Show Lead Owner sub-fields' }).click();
  await page.getByRole('checkbox', { name: 'Lead Owner → Last Name' }).check();

  // An invalid combination is caught in the form, with a message that says what to do.
  await page.getByLabel('Calendar (ICS), for Meetings').check();
  await page.getByRole('button', { name: 'Run export' }).click();
  await expect(
    page.getByText('Calendar (ICS) files are for Meetings (Events) only. Pick CSV.'),
  ).toBeVisible();
  await page.getByLabel('CSV').check();
  await page.getByRole('checkbox', { name: 'Last Name', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Email', exact: true }).check();
  await page.getByRole('button', { name: 'Show Lead Owner sub-fields' }).click();
  await page.getByRole('checkbox', { name: 'Lead Owner → Last Name' }).check();

  const preview = page.getByRole('figure', { name: 'Zoho request' });
  await expect(preview).toContainText('"group_operator": "or"');
  await expect(preview).toContainText('"comparator": "between"');
  await expect(preview).toContainText('"Owner.last_name"');
  await page.screenshot({ path: 'test-results/export-builder.png', fullPage: true });

  await page.getByRole('button', { name: 'Run export' }).click();
  await expect(page).toHaveURL(/\/exports\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Completed')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('row', { name: /Page 1/ })).toContainText('Done');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^webinar-leads-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
  const lines = text.trim().split(/\r?\n/);
  // Columns follow the module's field order (Zoho writes them in the order asked for).
  expect(lines[0]).toBe('id,Owner.last_name,Last_Name,Email');
  expect(
    lines
      .slice(1)
      .map((line) => line.split(',')[2])
      .sort(),
  ).toEqual(['Ames', 'Baker', 'Ewing']);
  await page.screenshot({ path: 'test-results/export-finished.png', fullPage: true });

  const firstRun = page.url();
  await page.getByRole('button', { name: 'Export again' }).click();
  await expect(page).not.toHaveURL(firstRun);
  await expect(page.getByText('Completed')).toBeVisible({ timeout: 60_000 });
  await page.goto('/exports');
  await expect(
    page.getByRole('table', { name: 'Exports' }).getByRole('link', { name: 'Webinar leads' }),
  ).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Run Webinar leads again' })).toBeVisible();
  await page.screenshot({ path: 'test-results/export-list.png', fullPage: true });

  await page.getByRole('link', { name: 'Edit Webinar leads as a new export' }).click();
  await expect(page.getByLabel('Export name')).toHaveValue('Webinar leads');
  await expect(
    page.getByRole('region', { name: 'Group at level 2' }).getByLabel('Condition 2 value'),
  ).toHaveValue('Chat');
  await expect(page.getByRole('checkbox', { name: 'Email', exact: true })).toBeChecked();
});
