import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * Whoever reaches the port first must not be able to claim a fresh install: the first admin needs this
 * one-time token, printed in the server log and kept in DATA_DIR/setup-token (0600) until used.
 */
function tokenFile(): string {
  return path.join(env().dataDir, 'setup-token');
}

export function hasSetupToken(): boolean {
  return existsSync(tokenFile());
}

/** The current token, created when missing ('wx': a concurrent creator's token wins, never two tokens). */
export function ensureSetupToken(): string {
  const file = tokenFile();
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(12).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}

export function isSetupTokenValid(candidate: string): boolean {
  const file = tokenFile();
  if (!existsSync(file)) return false;
  const expected = Buffer.from(readFileSync(file, 'utf8').trim());
  const actual = Buffer.from(candidate.trim());
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function consumeSetupToken(): void {
  rmSync(tokenFile(), { force: true });
}
