import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireEmbeddedLock } from './embedded-lock';

function lockPath(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'fieldmap-lock-')), 'pglite.lock');
}

describe('embedded database lock', () => {
  it('refuses a second process with a message that says what to do', () => {
    const file = lockPath();
    writeFileSync(file, String(process.ppid));
    expect(() => acquireEmbeddedLock(file, '/data/pglite')).toThrow(
      /in use by process \d+ \(is `npm start` running\?\).*DATABASE_URL/,
    );
  });

  it('takes over a lock left by a process that died', () => {
    const file = lockPath();
    writeFileSync(file, '2147483646');
    const release = acquireEmbeddedLock(file, '/data/pglite');
    expect(existsSync(file)).toBe(true);
    release();
    expect(existsSync(file)).toBe(false);
  });

  it('lets the same process open again after release', () => {
    const file = lockPath();
    acquireEmbeddedLock(file, '/data/pglite')();
    expect(() => acquireEmbeddedLock(file, '/data/pglite')()).not.toThrow();
  });
});
