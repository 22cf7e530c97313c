import 'server-only';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * PGlite is a single-process database: two processes writing the same directory corrupt it. The lock file
 * holds the owner's pid; a lock whose process is gone is stale and taken over.
 */
export function acquireEmbeddedLock(lockPath: string, dataPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => releaseLock(lockPath);
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const owner = readOwner(lockPath);
      if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `The embedded database at ${dataPath} is in use by process ${owner} (is \`npm start\` running?). ` +
            'Stop it first, or set DATABASE_URL to use a Postgres server.',
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(
    `Could not lock the embedded database at ${dataPath}; remove ${lockPath} if no Fieldmap runs.`,
  );
}

function releaseLock(lockPath: string): void {
  if (readOwner(lockPath) === process.pid) rmSync(lockPath, { force: true });
}

function readOwner(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isAlreadyExists(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EEXIST';
}
