import 'server-only';
import { resetSecretsForTests } from '@/lib/auth/get-secrets';
import { resetEnvForTests } from '@/lib/env';

/** Sets env variables for a test (secrets, base URL) and re-reads the configuration. */
export function useTestEnv(values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
  resetSecretsForTests();
}

export const TEST_SECRETS = {
  SESSION_SECRET: 'test-session-secret-that-is-long-enough-0123456789',
  TOKEN_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64url')}`,
  PUBLIC_BASE_URL: 'http://localhost:3000',
};
