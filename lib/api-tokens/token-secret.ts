import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** Tells a Fieldmap token apart from other secrets in a config file or a leak scanner's output. */
export const TOKEN_PREFIX = 'fmt_';
const TOKEN_PATTERN = /^fmt_[A-Za-z0-9_-]{43}$/;
const SHOWN_PREFIX_CHARS = 10;

/** 256 random bits; only the sha-256 is stored (random enough that a salt or a slow hash adds nothing). */
export function generateTokenSecret(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashTokenSecret(token), prefix: token.slice(0, SHOWN_PREFIX_CHARS) };
}

export function hashTokenSecret(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isTokenShape(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
