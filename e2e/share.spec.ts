import { expect, test } from './fixtures';

// Planted in the import's data and names: a share page must show none of them, anywhere.
const SENTINELS = ['Sentinelova', 'private-e2e.example', 'Private Sentinel Co', 'PRIVATE-E2E-NAME'];
const LINK_NAME = 'Q3 leads for Dana';

function sentinelCsv(rows: number): string {
  const lines = ['Last Name,Company,Email'];
  for (let i = 1; i <= rows; i += 1)
    lines.push(`${i % 5 === 0 ? '' : `Sentinelova ${i}`},Private Sentinel Co,zelda${i}@private-e2e.example`);
  return `${lines.join('\n')}\n`;
}

// A slow Zoho (its slowest: one row a 50 ms tick, so 1,000 rows take about 50 s) and the viewer watches the import
// move: a simulator and app of this file's own, so no other test's speed can finish it before the page opens.
test.use({ ownSimulator: { rowsPerSecond: 1 } });

test('a share link shows a live, personal-data-free status to anyone, until it is revoked', async ({
  page,
  browser,
  baseURL,
  admin,
  importViaApi,
}) => {
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const importId = await importViaApi({
    csv: sentinelCsv(1000),
    fileName: 'payroll-PRIVATE-E2E-NAME.csv',
    name: 'Payroll PRIVATE-E2E-NAME',
  });

  await page.goto(`/imports/${importId}`);
  const panel = page.getByRole('region', { name: 'Share links' });
  await panel.getByLabel('Name viewers see').fill(LINK_NAME);
  await panel.getByLabel('Link expires after').selectOption('7d');
  await panel.getByRole('button', { name: 'Create link' }).click();
  const url = await panel.getByLabel('New share link').inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  await panel.getByRole('button', { name: 'Copy link' }).click();
  await expect(panel.getByText(/^Copied$|press Ctrl\+C/)).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Live share links' })).toContainText(LINK_NAME);
  await expect(panel.getByText(`${admin.name} created the link “${LINK_NAME}”`)).toBeAttached();
  await panel.screenshot({ path: 'test-results/share-panel.png' });

  // A stranger: a fresh browser with no cookies.
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewer = await stranger.newPage();
  const bodies: string[] = [];
  viewer.on('response', async (response) => {
    if (!response.url().startsWith(origin)) return;
    bodies.push(await response.text().catch(() => ''));
  });
  const opened = await viewer.goto(url);
  expect(opened?.status()).toBe(200);
  expect(opened?.headers()['referrer-policy']).toBe('no-referrer');
  expect(opened?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  await expect(viewer.getByRole('heading', { name: LINK_NAME })).toBeVisible();
  await expect(viewer.getByText(/Import into Leads/)).toBeVisible();
  await expect(viewer.getByRole('progressbar', { name: 'Overall progress' })).toBeVisible();
  await expect(viewer.getByText('this page refreshes by itself', { exact: false })).toBeVisible();
  await expect(viewer.getByText(/^Finished/)).toHaveCount(0);
  // It refreshes by itself until the end: no reload here.
  await expect(viewer.getByText(/Finished: 800 rows are in the CRM/)).toBeVisible({ timeout: 120_000 });
  await expect(viewer.getByText('this page refreshes by itself', { exact: false })).toHaveCount(0);
  await expect(viewer.getByRole('progressbar', { name: 'Overall progress' })).toHaveAttribute(
    'aria-valuenow',
    '1000',
  );
  await expect(viewer.getByRole('figure', { name: 'Where the rows went' })).toContainText('Added 800');
  await expect(viewer.getByRole('region', { name: 'Why rows did not go in' })).toContainText(
    'A required field was empty.',
  );
  await viewer.screenshot({ path: 'test-results/share-page.png', fullPage: true });

  bodies.push(await viewer.content());
  const everything = bodies.join('\n');
  for (const sentinel of [...SENTINELS, importId, admin.name, admin.email])
    expect(everything, `share page leaked ${sentinel}`).not.toContain(sentinel);
  expect(everything).not.toMatch(/5725767\d{12}/);
  expect(await viewer.evaluate(() => document.cookie)).toBe('');

  // Revoked: the next request gets the same 404 as a link that never existed.
  await panel.getByRole('button', { name: `Revoke link ${LINK_NAME}` }).click();
  await expect(panel.getByText('No live links.')).toBeVisible();
  const after = await viewer.goto(url);
  expect(after?.status()).toBe(404);
  await expect(viewer.getByRole('heading', { name: 'This status link is not available' })).toBeVisible();
  const unknown = await viewer.goto(`${origin}/s/${'A'.repeat(43)}`);
  expect(unknown?.status()).toBe(404);
  const revokedData = await stranger.request.get(url.replace('/s/', '/api/s/'));
  const unknownData = await stranger.request.get(`${origin}/api/s/${'A'.repeat(43)}`);
  expect(revokedData.status()).toBe(404);
  expect(await revokedData.text()).toBe(await unknownData.text());
  await stranger.close();
});
