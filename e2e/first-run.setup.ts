import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { expectNoAxeViolations } from './a11y/axe';
import { PAGES } from './a11y/pages';
import { ADMIN, ADMIN_STORAGE_STATE } from './admin-credentials';

// The server writes the one-time token to DATA_DIR/setup-token (and its log); playwright.config passes DATA_DIR.
function setupTokenFile(): string {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir)
    throw new Error('E2E_DATA_DIR is not set: playwright.config.ts must pass the server data dir');
  return path.join(dataDir, 'setup-token');
}

setup('first run: the setup token creates the first admin, who signs in', async ({ page }) => {
  setup.setTimeout(120_000);
  const tokenFile = setupTokenFile();
  await page.goto('/');
  if (existsSync(tokenFile)) {
    await expect(page).toHaveURL(/\/setup$/);
    // The setup page exists only now: its accessibility visits (form, wrong token) run here.
    for (const visit of PAGES['app/(auth)/setup/page.tsx'] ?? [])
      for (const step of visit.steps) {
        await step.reach(page, page);
        await expectNoAxeViolations(page, step.state);
      }

    await page.getByLabel('Setup token').fill(readFileSync(tokenFile, 'utf8').trim());
    await page.getByRole('button', { name: 'Create admin' }).click();
    await expect(page).toHaveURL(/\/imports$/);
    expect(existsSync(tokenFile)).toBe(false);
    // Leave the page first: its live list would otherwise notice the lost session and redirect mid-navigation.
    await page.goto('about:blank');
    await page.context().clearCookies();
  }

  await page.goto('/imports');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/imports$/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.context().storageState({ path: ADMIN_STORAGE_STATE });
});
