import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const LEADS_CSV = [
  'Surname,Given name,E-mail,Company name,Mobile phone,Account manager,Signed up,Lead Sorce,Favourite colour',
  'Lovelace,Ada,ada@example.com,Analytical Engines,+44 20 7946 0001,patricia.boyle@sandbox.example.com,24/12/2024,Advertisement,blue',
  'Hopper,Grace,grace@example.com,Navy,+1 202 555 0143,patricia.boyle@sandbox.example.com,13/01/2025,Trade Show,green',
  'Turing,Alan,alan@example.com,Bletchley,+44 20 7946 0002,patricia.boyle@sandbox.example.com,02/02/2025,Fair,red',
].join('\n');

async function openMapping(page: Page, csv = LEADS_CSV, name = 'messy-leads.csv') {
  await page.goto('/connection');
  await page.getByRole('link', { name: 'Use the built-in sandbox' }).click();
  await expect(page).toHaveURL(/\/connection\?connected=/);
  await page.goto('/imports/new');
  await page
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Continue to mapping' }).click();
  await expect(page.getByRole('heading', { name: `Map ${name}` })).toBeVisible();
  await expect(page.getByLabel('Module')).toHaveValue('Leads');
}

const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

test('auto-match explains itself; a keyboard drag fixes the missing mandatory owner', async ({ page }) => {
  await openMapping(page);
  await expect(page.getByLabel('Time zone of datetimes without offset')).not.toHaveValue('');
  const surname = page.getByRole('listitem', { name: 'Column Surname' });
  await expect(surname).toContainText('→ Last Name');
  await expect(surname.getByText(/Auto-matched · 90%/)).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Column Lead Sorce' })).toContainText('→ Lead Source');
  await expect(page.getByRole('listitem', { name: 'Column Mobile phone' })).toContainText('→ Mobile');
  await expect(page.getByRole('listitem', { name: 'Field Email', exact: true })).toContainText(
    "Header is the field's API name",
  );

  const problems = page.getByRole('list', { name: 'Mapping problems' });
  await expect(problems).toContainText(
    'Lead Owner is mandatory: map a column onto it or give it a default value.',
  );
  await expect(problems).toContainText('"Fair" is not in the picklist');
  await page
    .getByRole('listitem', { name: 'Field Lead Source' })
    .getByLabel('"Fair" becomes')
    .selectOption('Trade Show');
  await expect(problems).not.toContainText('not in the picklist');

  const handle = page.getByRole('button', { name: 'Drag column Account manager' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText('Account manager');
  for (let i = 0; i < 40; i++) {
    if ((await liveRegion(page).textContent())?.includes('over field Lead Owner')) break;
    await page.keyboard.press('ArrowUp');
  }
  await expect(liveRegion(page)).toContainText('Column Account manager is over field Lead Owner.');
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText('Column Account manager mapped to Lead Owner.');

  await expect(page.getByRole('listitem', { name: 'Column Account manager' })).toContainText('→ Lead Owner');
  await expect(page.getByLabel('Find users by')).toHaveValue('email');
  await expect(page.getByText('Lead Owner is mandatory')).toHaveCount(0);
  await expect(page.getByText('Everything Zoho checks before the job starts is in order.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to send.' })).toBeVisible();
  await page.screenshot({ path: 'test-results/mapping-board.png', fullPage: true });
});

test('a mouse drag maps a date column with the detected format; undo all and accept all', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await openMapping(page);
  await page.getByLabel('Search fields').fill('preferred');
  const target = page.getByRole('listitem', { name: 'Field Preferred Contact Date' });
  const handle = page.getByRole('button', { name: 'Drag column Signed up' });
  // The column list scrolls on its own beside the fields: bring both into view without moving the page again.
  await page
    .getByRole('heading', { name: /^CSV columns/ })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await handle.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  await handle.hover();
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('board not laid out');
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 30, { steps: 5 });
  await page.mouse.move(to.x + 80, to.y + 30, { steps: 15 });
  await page.mouse.up();
  await expect(page.getByRole('listitem', { name: 'Column Signed up' })).toContainText(
    '→ Preferred Contact Date',
  );
  await expect(target.getByLabel('Date format')).toHaveValue('dd/MM/yyyy');
  await page.getByText(/What is sent: field_mappings/).click();
  await expect(page.getByText('"format": "dd/MM/yyyy"')).toBeVisible();

  await page.getByRole('button', { name: 'Undo all' }).click();
  await expect(page.getByRole('listitem', { name: 'Column Surname' })).not.toContainText('→ Last Name');
  await page.getByRole('button', { name: 'Accept all suggestions' }).click();
  await expect(page.getByRole('listitem', { name: 'Column Surname' })).toContainText('→ Last Name');
});

const CHECKED_CSV = [
  'Surname,Given name,E-mail,Company name,Signed up,Lead Sorce',
  'Lovelace,Ada,ada@example.com,Analytical Engines,24/12/2024,Advertisement',
  'Hopper,Grace,grace@example.com,Navy,2025-01-13,Trade Show',
  ',Alan,alan@example.com,Bletchley,02/02/2025,Advertisement',
  'Babbage,Charles,charles@example.com,Difference,03/03/2025,Trade Show',
].join('\n');

test('the row check catches a bad date and an empty mandatory cell, shows those rows and offers to exclude them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openMapping(page, CHECKED_CSV, 'checked-leads.csv');
  await page.getByLabel('Column for Preferred Contact Date').selectOption({ label: 'Signed up' });
  // One value is not dd/MM/yyyy, so the preview found no format for the whole column: the admin picks it.
  const dateField = page.getByRole('listitem', { name: 'Field Preferred Contact Date' });
  await dateField.getByLabel('Date format').selectOption('dd/MM/yyyy');

  const check = page.getByRole('region', { name: /Row check/ });
  const skipped = check.getByRole('group', { name: 'Zoho would skip' });
  await expect(skipped).toContainText(
    'Preferred Contact Date: not a date written as dd/MM/yyyy (INVALID_DATA).',
  );
  await expect(skipped).toContainText('column “Signed up”');
  await expect(skipped).toContainText('Last Name is mandatory and the cell is empty (MANDATORY_NOT_FOUND).');
  await expect(check.getByRole('definition').nth(3)).toHaveText('2');
  await expect(check.getByRole('group', { name: 'Zoho decides from its data' })).toContainText(
    'Email: skipped if another record in Zoho already has this value.',
  );

  const grid = check.getByRole('table', { name: 'Rows with problems' });
  await expect(grid.getByRole('rowheader')).toHaveText(['3', '4']);
  await skipped
    .getByRole('listitem')
    .filter({ hasText: 'Preferred Contact Date' })
    .getByRole('button', { name: 'Show these rows' })
    .click();
  await expect(grid.getByRole('rowheader')).toHaveText(['3']);
  await expect(grid.getByRole('cell', { name: '2025-01-13', exact: true })).toHaveAttribute(
    'title',
    /is not a date written as dd\/MM\/yyyy/,
  );

  await check.getByRole('radio', { name: /Exclude the 2 rows Zoho would skip/ }).check();
  await expect(check.getByRole('radio', { name: /Send all 4 rows/ })).not.toBeChecked();
  await check.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/mapping-preflight.png', fullPage: true });
  await check.screenshot({ path: 'test-results/mapping-row-check.png' });

  await page.getByLabel('Column for Last Name').selectOption('');
  await expect(skipped).toContainText('Last Name is mandatory and no column or default feeds it');
  await expect(check.getByRole('definition').nth(3)).toHaveText('4');
});

test('the board, its checks and the row check have no accessibility violations (axe)', async ({ page }) => {
  await openMapping(page);
  await expect(
    page
      .getByRole('region', { name: /Row check/ })
      .getByRole('definition')
      .first(),
  ).toBeVisible();
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
