/** The first admin that e2e/first-run.setup.ts creates through the UI; other specs start signed in as them. */
export const ADMIN = {
  name: 'Ada Admin',
  email: 'ada.admin@example.com',
  password: 'e2e-admin-password-1',
} as const;

/** Playwright storageState saved by the setup project (git-ignored). */
export const ADMIN_STORAGE_STATE = 'e2e/.auth/admin.json';
