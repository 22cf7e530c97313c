import { expect, test } from '@playwright/test';

const AREAS = [
  { link: 'Imports', heading: 'Imports', emptyState: 'No imports yet' },
  { link: 'Exports', heading: 'Exports', emptyState: 'No exports yet' },
  { link: 'Jobs', heading: 'Jobs', emptyState: 'Nothing has run yet' },
  { link: 'Mappings', heading: 'Mappings', emptyState: 'No saved mappings' },
  { link: 'Connection', heading: 'Connection', emptyState: 'Use the built-in sandbox' },
  { link: 'Admins', heading: 'Admins', emptyState: 'Add an admin' },
];

test('every area is one click from the navigation and says what to do next', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/imports$/);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const area of AREAS) {
    await nav.getByRole('link', { name: area.link, exact: true }).click();
    await expect(page.getByRole('heading', { name: area.heading, level: 1 })).toBeVisible();
    await expect(nav.getByRole('link', { name: area.link, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByText(area.emptyState).first()).toBeVisible();
  }
});

test('the navigation works from the keyboard, with a skip link first', async ({ page }) => {
  await page.goto('/imports');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const exports = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Exports', exact: true });
  for (
    let presses = 0;
    presses < 6 && !(await exports.evaluate((element) => element === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(exports).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Exports', level: 1 })).toBeVisible();
});

test('an unknown address gets a helpful 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/imports');
  await page.screenshot({ path: 'test-results/console-1920.png' });
});
