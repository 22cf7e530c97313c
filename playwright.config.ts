import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { ADMIN_STORAGE_STATE } from './e2e/admin-credentials';

// scripts/run-e2e.mjs picks free ports and a fresh data dir; these defaults serve a direct `npx playwright test`.
const appPort = process.env.E2E_APP_PORT ?? '3100';
const simPort = process.env.E2E_SIM_PORT ?? '4110';
const dataDir = process.env.E2E_DATA_DIR ?? path.join(tmpdir(), 'fieldmap-e2e');
process.env.E2E_DATA_DIR = dataDir;
process.env.E2E_SIM_URL = `http://127.0.0.1:${simPort}`;
const isCI = Boolean(process.env.CI);

const simulator = {
  command: 'node --import tsx sim/main.ts',
  url: `http://127.0.0.1:${simPort}/__sim/health`,
  env: { SIM_PORT: simPort, SIM_ALLOW_PRIVATE_CALLBACKS: '1' },
  reuseExistingServer: false,
  timeout: 120_000,
};

const app = {
  command: `node node_modules/next/dist/bin/next start -p ${appPort}`,
  url: `http://127.0.0.1:${appPort}/sign-in`,
  env: {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_MANUAL_SIG_HANDLE: 'true',
    PORT: appPort,
    DATA_DIR: dataDir,
    SIM_URL: `http://127.0.0.1:${simPort}`,
    SIM_ALLOW_PRIVATE_CALLBACKS: '1',
  },
  reuseExistingServer: false,
  // First boot migrates the database and starts the job queue: over a minute on a loaded 2-core machine.
  timeout: 180_000,
  stdout: 'pipe' as const,
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: isCI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    // The shell's empty states are what a new user sees: checked before any other spec has run a job.
    {
      name: 'first-look',
      testMatch: /(shell|every-page-first-look)\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        storageState: ADMIN_STORAGE_STATE,
      },
      dependencies: ['setup'],
    },
    {
      name: 'chromium',
      testIgnore: /(shell|every-page-first-look)\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        storageState: ADMIN_STORAGE_STATE,
      },
      dependencies: ['first-look'],
    },
  ],
  // The simulator joins once sim/ exists (it is the built-in Zoho sandbox every later spec stands on).
  webServer: existsSync('sim/main.ts') ? [simulator, app] : [app],
});
