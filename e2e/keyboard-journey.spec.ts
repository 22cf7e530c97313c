import { expect, type Page, test } from '@playwright/test';
import { missingFocusIndicator, tabTo } from './a11y/keyboard';
import { sandboxConnectionId } from './import-via-api';

const FILE = 'keyboard-leads.csv';
const CSV = [
  'Surname,E-mail,Company name,Account manager',
  'Lovelace,ada.keys@example.com,Analytical Engines,patricia.boyle@sandbox.example.com',
  ',grace.keys@example.com,Navy,patricia.boyle@sandbox.example.com',
  'Turing,alan.keys@example.com,Bletchley,patricia.boyle@sandbox.example.com',
].join('\n');

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const dragAnnouncements = (page: Page) => page.locator('[id^="DndLiveRegion"]');

test('keyboard only: choose a file, map it, start, follow the import and share it, focus visible throughout', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await sandboxConnectionId(page);
  await page.goto('/imports');

  // Navigation puts focus on the new page's heading.
  await tabTo(page, page.getByRole('link', { name: 'New import', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New import', level: 1 })).toBeFocused();

  // The hidden file input is reached by Tab, its drop zone shows the focus, Space opens the file chooser.
  await tabTo(page, page.getByLabel('Choose a CSV file'));
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles({ name: FILE, mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  // The drop zone is gone: focus moves to the chosen file, not back to the top of the page.
  await expect.poll(() => focusedText(page)).toContain(FILE);

  const next = page.getByRole('button', { name: 'Continue to mapping' });
  await expect(next).toBeEnabled();
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Map ${FILE}` })).toBeFocused();
  await expect(page.getByLabel('Module')).toHaveValue('Leads');

  // Map the account manager's e-mails onto Lead Owner by keyboard drag: Space, arrows, Space.
  await tabTo(page, page.getByRole('button', { name: 'Drag column Account manager' }));
  await page.keyboard.press('Space');
  await expect(dragAnnouncements(page)).toContainText('Account manager');
  for (let i = 0; i < 40; i += 1) {
    if ((await dragAnnouncements(page).textContent())?.includes('over field Lead Owner')) break;
    await page.keyboard.press('ArrowUp');
  }
  await page.keyboard.press('Space');
  await expect(dragAnnouncements(page)).toContainText('Column Account manager mapped to Lead Owner.');
  await expect(page.getByRole('listitem', { name: 'Column Account manager' })).toContainText('→ Lead Owner');
  expect(await missingFocusIndicator(page)).toBeNull();

  // Start: name the import and press Start import.
  const run = page.getByRole('region', { name: 'Run the import' });
  await tabTo(page, run.getByLabel('Import name'));
  await page.keyboard.type('Keyboard journey');
  await tabTo(page, run.getByRole('button', { name: 'Start import' }));
  await page.screenshot({ path: 'test-results/keyboard-start.png' });
  await page.keyboard.press('Enter');

  // The import page opens with focus on its heading; a live region tells when it has finished, once.
  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { name: 'Keyboard journey', level: 1 })).toBeFocused();
  const finished = page.getByRole('status').filter({ hasText: /^Import status: Completed\./ });
  await expect(finished).toHaveText('Import status: Completed. 2 added, 0 updated, 1 not in the CRM.', {
    timeout: 90_000,
  });

  // Share: name the link, create it (focus lands on the new link), copy it.
  const share = page.getByRole('region', { name: 'Share links' });
  await tabTo(page, share.getByLabel('Name viewers see'));
  await page.keyboard.type('Keyboard status');
  await tabTo(page, share.getByRole('button', { name: 'Create link' }));
  await page.keyboard.press('Enter');
  const link = share.getByLabel('New share link');
  await expect(link).toBeFocused();
  expect(await missingFocusIndicator(page)).toBeNull();
  await tabTo(page, share.getByRole('button', { name: 'Copy link' }), 3);
  await page.keyboard.press('Enter');
  await expect(share.getByRole('status').filter({ hasText: 'Link copied.' })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
  await share.screenshot({ path: 'test-results/keyboard-share.png' });
});
