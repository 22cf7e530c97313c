import 'server-only';
import { type ChildProcess, spawn } from 'node:child_process';
import type { ImportHarness } from './import-test-harness';

export type Kill = 'runner' | 'sandbox' | 'both';

/**
 * Runs an import in a separate process (the app's stand-in, see import-runner.fixture.ts) until it stops by itself,
 * or until it pulls the plug at `crashAt` on itself, the sandbox process, or both. On the embedded database the
 * harness lets go of it meanwhile, as only one process may hold it. Resolves with the signal that ended the runner.
 */
export async function runCrashingRunner(
  h: ImportHarness,
  children: ChildProcess[],
  importId: string,
  crash: { at?: string; kill?: Kill; sandboxPid?: number } = {},
): Promise<NodeJS.Signals | null> {
  await h.letGo();
  try {
    return await new Promise<NodeJS.Signals | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--conditions=react-server',
          '--import',
          'tsx',
          'lib/imports/test/import-runner.fixture.ts',
          h.database.connectionString ?? '',
          h.storageRoot,
          importId,
          h.database.dataDir ?? h.storageRoot,
        ],
        {
          stdio: 'inherit',
          env: {
            ...process.env,
            CRASH_AT: crash.at ?? '',
            KILL: crash.kill ?? 'runner',
            SANDBOX_PID: String(crash.sandboxPid ?? ''),
          },
        },
      );
      children.push(child);
      child.on('error', reject);
      child.on('exit', (_, signal) => resolve(signal));
    });
  } finally {
    await h.takeBack();
  }
}
