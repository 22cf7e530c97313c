import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, request } from '@playwright/test';
import { ADMIN } from './admin-credentials';
import { createImportViaApi, type ImportViaApiOptions, sandboxConnectionId } from './import-via-api';

/**
 * The one fixtures module of the e2e suite: every spec imports `test` and `expect` from here.
 *
 * - `admin`: who the page is signed in as (the setup project's admin, or the private stack's).
 * - `sandbox`: the id of the built-in sandbox connection, connected through the UI on first use.
 * - `importViaApi`: uploads a Leads CSV and creates an import through the wizard's own routes.
 * - `sim`: read-only controls of the simulator the page's app talks to (stored records, issued tokens).
 *
 * The shared simulator's settings (speed, page sizes, token lifetime) are never changed: a spec that needs other
 * settings says `test.use({ ownSimulator: { rowsPerSecond: 1 } })` and its tests then run against a simulator
 * and an app of their own (fresh data directory, first admin from the environment), so no other test sees them.
 */

export { expect };

export type SimulatorSettings = {
  rowsPerSecond?: number;
  readPageSize?: number;
  tokenSeconds?: number;
};

type Admin = { name: string; email: string; password: string };

export type SimControls = {
  url: string;
  /** What the simulator's CRM holds for a module (children under their parents). */
  records<T = Record<string, unknown>>(module: string): Promise<T[]>;
  /** Every token value the simulator has issued, so a test can prove none reaches a browser. */
  issuedTokens(): Promise<string[]>;
};

type PrivateStack = { baseURL: string; simUrl: string; storageState: string; admin: Admin };

type TestFixtures = {
  admin: Admin;
  sandbox: string;
  importViaApi: (options: Omit<ImportViaApiOptions, 'connectionId'>) => Promise<string>;
  sim: SimControls;
};

type WorkerFixtures = {
  ownSimulator: SimulatorSettings | undefined;
  privateStack: PrivateStack | undefined;
};

const PRIVATE_ADMIN: Admin = {
  name: 'ada.private',
  email: 'ada.private@example.com',
  password: 'e2e-private-password-1',
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForOk(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function start(command: string[], env: Record<string, string>): ChildProcess {
  const [program, ...args] = command;
  const child = spawn(program ?? process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function simControls(url: string): SimControls {
  return {
    url,
    records: async <T>(module: string) => {
      const response = await fetch(`${url}/__sim/records/${encodeURIComponent(module)}`);
      expect(response.ok).toBe(true);
      return ((await response.json()) as { records: T[] }).records;
    },
    issuedTokens: async () =>
      ((await (await fetch(`${url}/__sim/tokens`)).json()) as { tokens: string[] }).tokens,
  };
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  ownSimulator: [undefined, { scope: 'worker', option: true }],

  privateStack: [
    async ({ ownSimulator }, use) => {
      if (!ownSimulator) return use(undefined);
      const dataDir = mkdtempSync(path.join(tmpdir(), 'fieldmap-e2e-private-'));
      const [simPort, appPort] = [await freePort(), await freePort()];
      const simUrl = `http://127.0.0.1:${simPort}`;
      const baseURL = `http://127.0.0.1:${appPort}`;
      const simulator = start([process.execPath, '--import', 'tsx', 'sim/main.ts'], {
        SIM_PORT: String(simPort),
        SIM_ALLOW_PRIVATE_CALLBACKS: '1',
        ...(ownSimulator.rowsPerSecond ? { SIM_ROWS_PER_SECOND: String(ownSimulator.rowsPerSecond) } : {}),
        ...(ownSimulator.readPageSize ? { SIM_READ_PAGE_SIZE: String(ownSimulator.readPageSize) } : {}),
        ...(ownSimulator.tokenSeconds ? { SIM_TOKEN_SECONDS: String(ownSimulator.tokenSeconds) } : {}),
      });
      const app = start(
        [process.execPath, 'node_modules/next/dist/bin/next', 'start', '-p', String(appPort)],
        {
          NODE_ENV: 'production',
          NEXT_TELEMETRY_DISABLED: '1',
          NEXT_MANUAL_SIG_HANDLE: 'true',
          PORT: String(appPort),
          DATA_DIR: dataDir,
          SIM_URL: simUrl,
          SIM_ALLOW_PRIVATE_CALLBACKS: '1',
          ADMIN_EMAIL: PRIVATE_ADMIN.email,
          ADMIN_PASSWORD: PRIVATE_ADMIN.password,
        },
      );
      try {
        await waitForOk(`${simUrl}/__sim/health`, simulator, 60_000);
        await waitForOk(`${baseURL}/sign-in`, app, 180_000);
        const signIn = await request.newContext({ baseURL });
        const signedIn = await signIn.post('/api/auth/sign-in', {
          headers: { origin: baseURL },
          data: { email: PRIVATE_ADMIN.email, password: PRIVATE_ADMIN.password },
        });
        expect(signedIn.ok(), await signedIn.text()).toBe(true);
        const storageState = path.join(dataDir, 'admin-state.json');
        await signIn.storageState({ path: storageState });
        await signIn.dispose();
        await use({ baseURL, simUrl, storageState, admin: PRIVATE_ADMIN });
      } finally {
        await Promise.all([stop(app), stop(simulator)]);
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 300_000 },
  ],

  baseURL: async ({ baseURL, privateStack }, use) => use(privateStack?.baseURL ?? baseURL),
  storageState: async ({ storageState, privateStack }, use) =>
    use(privateStack?.storageState ?? storageState),

  admin: async ({ privateStack }, use) => use(privateStack?.admin ?? ADMIN),

  sim: async ({ privateStack }, use) =>
    use(simControls(privateStack?.simUrl ?? process.env.E2E_SIM_URL ?? '')),

  sandbox: async ({ page }, use) => use(await sandboxConnectionId(page)),

  importViaApi: async ({ page, baseURL, sandbox }, use) =>
    use((options) => createImportViaApi(page, baseURL ?? '', { ...options, connectionId: sandbox })),
});
