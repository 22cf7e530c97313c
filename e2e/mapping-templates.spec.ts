import { expect, type Page, test } from '@playwright/test';

const HEADERS = 'Surname,Given name,E-mail,Signed up,Favourite colour';
const SAVED_FILE = [
  HEADERS,
  'Lovelace,Ada,ada@example.com,24/12/2024,blue',
  'Hopper,Grace,grace@example.com,13/01/2025,green',
];
const DRIFTED_FILE = [
  'Surname,Given name,E-mail,Signed-up on,Phone',
  'Turing,Alan,alan@example.com,02/02/2025,+44 20 7946 0002',
];

async function openMapping(page: Page, lines: string[], name: string) {
  await page.goto('/connection');
  await page.getByRole('link', { name: 'Use the built-in sandbox' }).click();
  await expect(page).toHaveURL(/\/connection\?connected=/);
  await page.goto('/imports/new');
  await page
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await page.getByRole('button', { name: 'Continue to mapping' }).click();
  await expect(page.getByRole('heading', { name: `Map ${name}` })).toBeVisible();
  await expect(page.getByLabel('Module')).toHaveValue('Leads');
  await expect(page.getByRole('listitem', { name: 'Column Surname' })).toContainText('→ Last Name');
}

const column = (page: Page, header: string) => page.getByRole('listitem', { name: `Column ${header}` });

test('save a mapping, reapply it to the same columns and to a drifted file, version, rename and delete it', async ({
  page,
}) => {
  await openMapping(page, SAVED_FILE, 'webinar-1.csv');
  await page.getByLabel('Column for Preferred Contact Date').selectOption({ label: 'Signed up' });
  await column(page, 'Favourite colour').getByRole('button', { name: "Don't import" }).click();
  await page.getByLabel('Operation').selectOption('upsert');
  await page.getByLabel('Find existing records by').selectOption('Email');
  const save = page.getByRole('form', { name: 'Save this mapping' });
  await save.getByLabel('Mapping name').fill('Webinar sign-ups');
  await save.getByRole('button', { name: 'Save as new mapping' }).click();
  await expect(save.getByRole('status')).toHaveText('Saved “Webinar sign-ups” (version 1).');

  // The same columns again: the saved mapping is offered first and applies without questions.
  await openMapping(page, SAVED_FILE, 'webinar-2.csv');
  const offer = page.getByRole('listitem', { name: 'Saved mapping Webinar sign-ups' });
  await expect(offer).toContainText('Same columns as this file');
  await expect(column(page, 'Signed up')).not.toContainText('→ Preferred Contact Date');
  await offer.getByRole('button', { name: 'Use “Webinar sign-ups”' }).click();
  await expect(offer.getByRole('status')).toHaveText('Applied');
  await expect(column(page, 'Signed up')).toContainText('→ Preferred Contact Date');
  await expect(column(page, 'Favourite colour').getByRole('button', { name: 'Import again' })).toBeVisible();
  await expect(page.getByLabel('Operation')).toHaveValue('upsert');
  await expect(page.getByLabel('Find existing records by')).toHaveValue('Email');

  // Renamed, missing and new columns: the differences are shown before anything changes.
  await openMapping(page, DRIFTED_FILE, 'webinar-3.csv');
  const drifted = page.getByRole('listitem', { name: 'Saved mapping Webinar sign-ups' });
  await drifted.getByRole('button', { name: 'Use “Webinar sign-ups”' }).click();
  const drift = drifted.getByRole('list', { name: 'Differences from the saved mapping' });
  await expect(drift).toContainText('“Signed up” → “Signed-up on”');
  await expect(drift).toContainText(
    'Missing from this file (their fields stay unmapped): “Favourite colour”',
  );
  await expect(drift).toContainText('New in this file (left for you to map): “Phone”');
  await expect(column(page, 'Signed-up on')).not.toContainText('→ Preferred Contact Date');
  await drifted.getByRole('button', { name: 'Apply with these differences' }).click();
  await expect(column(page, 'Signed-up on')).toContainText('→ Preferred Contact Date');
  await page.getByLabel('Column for Phone').selectOption({ label: 'Phone' });
  const saveAgain = page.getByRole('form', { name: 'Save this mapping' });
  await saveAgain.getByRole('button', { name: 'Save as version 2 of “Webinar sign-ups”' }).click();
  await expect(saveAgain.getByRole('status')).toHaveText('Saved “Webinar sign-ups” (version 2).');

  await page.goto('/mappings');
  const listed = page.getByRole('listitem', { name: 'Webinar sign-ups' });
  await expect(listed).toContainText('version 2');
  await expect(listed).toContainText('upsert by Email');
  await listed.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('Webinar leads');
  await page.getByRole('button', { name: 'Save name' }).click();
  const renamed = page.getByRole('listitem', { name: 'Webinar leads' });
  await expect(renamed).toContainText('version 2');
  page.once('dialog', (dialog) => dialog.accept());
  await renamed.getByRole('button', { name: 'Delete Webinar leads' }).click();
  await expect(page.getByText('No saved mappings')).toBeVisible();
});
