import { expect, test } from './fixtures';

// Records 4 and 8 (rows 3 and 7) have no Last Name, so Zoho leaves them out.
const CSV = `Last Name,Company,Email
Curie 1,Radium Ltd,retry-e2e-1@example.com
Curie 2,Radium Ltd,retry-e2e-2@example.com
,Radium Ltd,retry-e2e-3@example.com
Curie 4,Radium Ltd,retry-e2e-4@example.com
Curie 5,Radium Ltd,retry-e2e-5@example.com
Curie 6,Radium Ltd,retry-e2e-6@example.com
,Radium Ltd,retry-e2e-7@example.com
Curie 8,Radium Ltd,retry-e2e-8@example.com
`;

test('an admin fixes the rows Zoho left out in a grid and a retry brings them into the CRM', async ({
  page,
  importViaApi,
  sim,
}) => {
  test.setTimeout(120_000);
  const importId = await importViaApi({
    csv: CSV,
    fileName: 'radium.csv',
    name: 'Radium leads',
  });
  await page.goto(`/imports/${importId}`);
  await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible({ timeout: 60_000 });

  await page.getByRole('button', { name: 'Retry failed rows' }).click();
  const editor = page.getByRole('region', { name: 'Retry failed rows' });
  const missing = editor.getByLabel('Last Name in row 4');
  await expect(missing).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByRole('row').filter({ has: page.getByLabel('Last Name in row 4') })).toContainText(
    'A required field was empty. (Last_Name)',
  );
  await missing.fill('Curie 3');
  await editor.getByLabel('Last Name in row 8').fill('Curie 7');
  await editor.screenshot({ path: 'test-results/retry-grid.png' });
  await editor.getByRole('button', { name: 'Retry 2 rows' }).click();

  await expect(page).not.toHaveURL(new RegExp(`/imports/${importId}$`));
  await expect(page.getByRole('heading', { name: 'Retry 1 of Radium leads' })).toBeVisible();
  const retries = page.getByRole('region', { name: 'Retries' });
  await expect(retries).toContainText('8 of 8 rows in the CRM after 1 retry', { timeout: 60_000 });

  await retries.getByRole('link', { name: 'Original import' }).click();
  await expect(page.getByRole('region', { name: 'Retries' })).toContainText(
    '8 of 8 rows in the CRM after 1 retry',
  );

  const records = await sim.records<{ Email?: string; Last_Name?: string }>('Leads');
  expect(records.find((record) => record.Email === 'retry-e2e-3@example.com')?.Last_Name).toBe('Curie 3');
  expect(records.find((record) => record.Email === 'retry-e2e-7@example.com')?.Last_Name).toBe('Curie 7');
});
