import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const FIXTURES = path.join(__dirname, 'fixtures', 'parent-child');
const SHOTS = process.env.SHOTS_DIR ?? 'test-results';

type SimVisit = { Visit_Date: string; Notes: string; Parent_Id: { id: string } };
type SimLink = { Products: { name: string } };
type SimLead = { id: string; Email?: string; Visits?: SimVisit[]; Interested_Products?: SimLink[] };

test('leads with their visits and product links from three files: the orphan visit is reported and kept back, every lead gets its children', async ({
  page,
  sim,
}) => {
  test.setTimeout(180_000);
  await page.goto('/connection');
  await page.getByRole('link', { name: 'Use the built-in sandbox' }).click();
  await expect(page).toHaveURL(/\/connection\?connected=/);
  await page.goto('/imports/new');
  await page.getByLabel('Choose a CSV file').setInputFiles(path.join(FIXTURES, 'family-leads.csv'));
  await page.getByRole('button', { name: 'Continue to mapping' }).click();
  await expect(page.getByLabel('Module')).toHaveValue('Leads');

  const family = page.getByRole('region', { name: 'Child files: subforms and multi-record lookups' });
  await expect(family).toContainText('Visits (subform)');
  await family.getByRole('button', { name: 'Add a child file' }).click();
  await expect(family.getByLabel('Parent key column')).toHaveValue('0');
  const child = family.getByRole('region', { name: 'Child file 1' });
  await expect(child.getByLabel('Feeds')).toHaveValue('Visits');
  await child.getByLabel('Choose a CSV file').setInputFiles(path.join(FIXTURES, 'family-visits.csv'));
  await expect(child).toContainText('family-visits.csv');
  await expect(child.getByRole('table', { name: 'First rows of family-visits.csv' })).toContainText(
    'Nobody has this ref',
  );
  await expect(child.getByLabel('Column naming the parent')).toHaveValue('0');
  await expect(child).toContainText(
    '1 row names a parent that is not in the parent file: record 5 — it will not be sent.',
  );
  // The child's board maps its own columns; the column naming the parent feeds Parent_Id, not the board.
  await expect(child.getByText('Fields (4 of 4 mapped)')).toBeVisible();
  await expect(child).toContainText('Everything Zoho checks before the job starts is in order.');
  // Its rows get the same row check as the parent's.
  await expect(
    child.getByRole('region', { name: 'Row check: what Zoho would do with every row of family-visits.csv' }),
  ).toContainText('Rows checked5', { timeout: 20_000 });
  await family.screenshot({ path: `${SHOTS}/pc-e2e-child-file.png` });

  await family.getByRole('button', { name: 'Add a child file' }).click();
  const links = family.getByRole('region', { name: 'Child file 2' });
  await expect(links.getByLabel('Feeds')).toHaveValue('Interested_Products');
  // One file per field: each card offers only the fields no other child file feeds.
  await expect(child.getByLabel('Feeds').locator('option[value="Interested_Products"]')).toBeDisabled();
  await expect(links.getByLabel('Feeds').locator('option[value="Visits"]')).toBeDisabled();
  await links.getByLabel('Choose a CSV file').setInputFiles(path.join(FIXTURES, 'family-products.csv'));
  await expect(links).toContainText('Every row finds its parent: all 3 name a Lead Ref in family-leads.csv.');
  // Product codes are not record ids: the board offers the Products module's unique field.
  await links.getByRole('button', { name: 'These are not ids: find by Product_Code' }).click();
  await expect(links.getByLabel('Find Products by')).toHaveValue('Product_Code');
  // Two more boards on the page: their headings, checks and fields must stay distinct for screen readers.
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  const run = page.getByRole('region', { name: 'Run the import' });
  await expect(run).toContainText('3 rows go to Zoho as about 1 bulk write job');
  await expect(run).toContainText('The 8 rows of the 2 child files go in the same jobs as their parents');
  await expect(run.getByRole('button', { name: 'Test run with the first 3 parent rows' })).toBeEnabled();
  await run.getByLabel('Import name').fill('E2E leads with visits');
  await run.getByRole('button', { name: 'Start import' }).click();

  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'E2E leads with visits', level: 1 })).toBeVisible();
  await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible({ timeout: 90_000 });
  const files = page.getByRole('region', { name: 'Files in this import' });
  await expect(files).toContainText('family-visits.csv');
  await expect(files.getByRole('progressbar', { name: 'Leads: progress' })).toHaveAttribute(
    'aria-valuenow',
    '3',
  );
  await expect(files.getByRole('progressbar', { name: 'Visits (subform): progress' })).toHaveAttribute(
    'aria-valuenow',
    '5',
  );
  await expect(
    files.getByRole('progressbar', { name: 'Interested Products (multi-select lookup): progress' }),
  ).toHaveAttribute('aria-valuenow', '3');
  await expect(files.getByRole('link', { name: 'Not in the CRM (1)' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/pc-e2e-import-page.png`, fullPage: true });

  const records = await sim.records<SimLead>('Leads');
  const notesOf = (email: string) => {
    const lead = records.find((record) => record.Email === email);
    expect(lead, email).toBeDefined();
    for (const visit of lead?.Visits ?? []) expect(visit.Parent_Id.id).toBe(lead?.id);
    return (lead?.Visits ?? []).map((visit) => visit.Notes).sort();
  };
  expect(notesOf('ada.family@example.com')).toEqual(['First demo', 'Workshop']);
  expect(notesOf('grace.family@example.com')).toEqual(['Intro call']);
  expect(notesOf('alan.family@example.com')).toEqual(['Site visit']);
  const productsOf = (email: string) =>
    (records.find((record) => record.Email === email)?.Interested_Products ?? [])
      .map((link) => link.Products.name)
      .sort();
  expect(productsOf('ada.family@example.com')).toEqual(['Fieldmap Cloud']);
  expect(productsOf('grace.family@example.com')).toEqual(['Fieldmap Cloud', 'Migration Service']);
  expect(productsOf('alan.family@example.com')).toEqual([]);
  const allNotes = records.flatMap((record) => (record.Visits ?? []).map((visit) => visit.Notes));
  expect(allNotes).not.toContain('Nobody has this ref');

  // A new user checks the same in the browser: the sandbox records page shows each lead with its visits under it.
  await page.getByRole('link', { name: 'Sandbox records' }).click();
  await page.getByLabel('Find records').fill('ada.family@example.com');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText('1 record matching');
  const visitsOfAda = page.getByRole('region', { name: 'Visits of Ada Lovelace' });
  await expect(visitsOfAda.getByRole('row')).toHaveCount(3);
  await expect(visitsOfAda).toContainText('First demo');
  await expect(visitsOfAda).toContainText('Workshop');
  await expect(page.getByRole('region', { name: 'Interested_Products of Ada Lovelace' })).toContainText(
    'Fieldmap Cloud',
  );
  await page.screenshot({ path: `${SHOTS}/pc-e2e-sandbox.png`, fullPage: true });
});
