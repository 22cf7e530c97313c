import 'server-only';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { supervise } from '@/scripts/supervise.mjs';

export type SandboxProcess = {
  url: string;
  /** The running simulator's process id (a new one after each restart). */
  pid(): number;
  /** Resolves once the simulator answers (again). */
  whenUp(): Promise<void>;
  close(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The built-in sandbox as `npm start` runs it: its own process with its data on disk (SIM_DATA_DIR), started
 * again on the same port by the start script's supervisor whenever it dies.
 */
export async function startSandboxProcess(): Promise<SandboxProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fieldmap-test-sandbox-'));
  const url = `http://127.0.0.1:${port}`;
  const supervisor = supervise({
    name: 'test sandbox',
    command: process.execPath,
    args: ['--import', 'tsx', 'sim/main.ts'],
    options: {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SIM_PORT: String(port), SIM_HOST: '127.0.0.1', SIM_DATA_DIR: dataDir },
    },
    log: () => undefined,
  });
  const whenUp = async () => {
    for (let waited = 0; waited < 120_000; waited += 100) {
      const isUp = await fetch(`${url}/__sim/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (isUp) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The test sandbox did not start');
  };
  await whenUp();
  return {
    url,
    pid: () => supervisor.child.pid ?? 0,
    whenUp,
    close: async () => {
      supervisor.stop('SIGKILL');
      await supervisor.exited();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
