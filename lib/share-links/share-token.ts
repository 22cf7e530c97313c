import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, base64url (43 characters, no padding). Only its hash is ever stored. */
export function generateShareToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** sha-256 hex: a token is random enough that a salt or slow hash adds nothing. */
export function hashShareToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isShareTokenShape(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
