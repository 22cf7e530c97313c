import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { PUBLIC_PAGE_FILES, PUBLIC_ROUTE_FILES } from '../lib/http/public-routes';
import { ADMIN, ADMIN_STORAGE_STATE } from './admin-credentials';

const signedOut = { cookies: [], origins: [] };

/** Every file under app/ named `name`, minus the public allow-list: the guard is proven on the real server. */
function guardedFiles(name: 'page.tsx' | 'route.ts', publicFiles: readonly string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(`${dir}/${entry.name}`)
        : entry.name === name
          ? [`${dir}/${entry.name}`]
          : [],
    );
  return walk('app').filter((file) => !publicFiles.includes(file));
}

/** app/(console)/jobs/[id]/page.tsx → /jobs/<uuid> */
function urlOf(file: string): string {
  const segments = file.split('/').slice(1, -1);
  const path = segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (segment.startsWith('[') ? randomUUID() : segment))
    .join('/');
  return `/${path}`;
}
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function newPage(browser: Browser, storageState: string | typeof signedOut = signedOut): Promise<Page> {
  const context = await browser.newContext({ storageState });
  return context.newPage();
}

test.describe('signed out', () => {
  test.use({ storageState: signedOut });

  test('every page outside the allow-list sends you to sign-in', async ({ page }) => {
    const pages = guardedFiles('page.tsx', PUBLIC_PAGE_FILES);
    expect(pages).toContain('app/(console)/settings/admins/page.tsx');
    for (const file of pages) {
      await page.goto(urlOf(file));
      await expect(page, file).toHaveURL(/\/sign-in$/);
    }
  });

  test('every API route outside the allow-list answers 401, for every method it exports', async ({
    request,
    baseURL,
  }) => {
    for (const file of guardedFiles('route.ts', PUBLIC_ROUTE_FILES)) {
      const methods = [...readFileSync(file, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)];
      for (const [, method] of methods) {
        const response = await request.fetch(urlOf(file), {
          method,
          headers: { origin: baseURL ?? '' },
          data: {},
        });
        expect(response.status(), `${method} ${file}`).toBe(401);
        expect((await response.json()).error.code).toBe('unauthorized');
      }
    }
  });

  test('setup is closed once an admin exists', async ({ page, request, baseURL }) => {
    await page.goto('/setup');
    await expect(page).toHaveURL(/\/sign-in$/);
    const body = {
      setupToken: 'anything',
      name: 'Mallory',
      email: 'mallory@example.com',
      password: 'mallory-password-1',
    };
    const response = await request.post('/api/auth/setup', {
      data: body,
      headers: { origin: baseURL ?? '' },
    });
    expect(response.status()).toBe(409);
  });

  test('a wrong password shows a message and keeps you on sign-in', async ({ page }) => {
    await signIn(page, ADMIN.email, 'not-the-password');
    await expect(page.getByText('That e-mail and password do not match an admin.')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('a write from another origin is refused', async ({ request }) => {
    const data = { email: ADMIN.email, password: ADMIN.password };
    const response = await request.post('/api/auth/sign-in', {
      data,
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status()).toBe(403);
  });
});

test.describe('signed in', () => {
  test('pages carry a nonce CSP and the security headers; the session cookie is HttpOnly and Lax', async ({
    page,
  }) => {
    const response = await page.goto('/imports');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['x-powered-by']).toBeUndefined();
    const [cookie] = await page.context().cookies();
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const api = await page.request.get('/api/admins');
    expect(api.headers()['cache-control']).toBe('no-store');
  });

  test('sign out ends the session in this browser', async ({ browser }) => {
    const page = await newPage(browser, ADMIN_STORAGE_STATE);
    await page.goto('/imports');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto('/jobs');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('another admin: password change and "log out everywhere" end their other sessions; lockout; removal', async ({
    page,
    browser,
  }) => {
    const grace = {
      name: 'Grace Second',
      email: `grace-${randomUUID().slice(0, 8)}@example.com`,
      password: 'grace-password-12',
    };
    const newPassword = 'grace-password-new-34';
    await page.goto('/settings/admins');
    const addForm = page.getByRole('form', { name: 'Add an admin' });
    await addForm.getByLabel('Name').fill(grace.name);
    await addForm.getByLabel('Email').fill(grace.email);
    await addForm.getByLabel('Password', { exact: true }).fill(grace.password);
    await addForm.getByRole('button', { name: 'Add admin' }).click();
    await expect(page.getByRole('cell', { name: grace.email, exact: true })).toBeVisible();

    const laptop = await newPage(browser);
    const phone = await newPage(browser);
    for (const device of [laptop, phone]) {
      await signIn(device, grace.email, grace.password);
      await expect(device).toHaveURL(/\/imports$/);
    }

    await laptop.goto('/settings/admins');
    const passwordForm = laptop.getByRole('form', { name: 'Change your password' });
    await passwordForm.getByLabel('Current password').fill(grace.password);
    await passwordForm.getByLabel('New password').fill(newPassword);
    await passwordForm.getByRole('button', { name: 'Change password' }).click();
    await expect(laptop.getByText('Password changed')).toBeVisible();
    await phone.goto('/jobs');
    await expect(phone).toHaveURL(/\/sign-in$/);
    await laptop.goto('/jobs');
    await expect(laptop).toHaveURL(/\/jobs$/);

    await signIn(phone, grace.email, newPassword);
    await expect(phone).toHaveURL(/\/imports$/);
    await laptop.goto('/settings/admins');
    await laptop.getByRole('button', { name: 'Log out everywhere' }).click();
    await expect(laptop).toHaveURL(/\/sign-in$/);
    await phone.goto('/jobs');
    await expect(phone).toHaveURL(/\/sign-in$/);

    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn(phone, grace.email, `wrong-${attempt}`);
      await expect(phone.getByText('do not match an admin')).toBeVisible();
    }
    await signIn(phone, grace.email, newPassword);
    await expect(phone.getByText(/Too many failed sign-ins\. Try again in \d+ seconds/)).toBeVisible();

    // The first admin is untouched by all of this, and removes Grace.
    await page.goto('/settings/admins');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: `Remove ${grace.email}` }).click();
    await expect(page.getByRole('cell', { name: grace.email, exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Remove ${ADMIN.email}` })).toHaveCount(0);
  });
});
