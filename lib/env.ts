import 'server-only';
import path from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: optionalString,
  /** Tests only: a Postgres server on which each test file creates its own database. */
  TEST_DATABASE_URL: optionalString,
  PUBLIC_BASE_URL: optionalString.pipe(z.url().optional()),
  TRUST_PROXY: booleanFlag,
  SESSION_SECRET: optionalString.pipe(z.string().min(32).optional()),
  TOKEN_ENCRYPTION_KEYS: optionalString,
  ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
  ADMIN_PASSWORD: optionalString.pipe(z.string().min(12).optional()),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(60 * 8),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(24 * 7),
  SIM_PORT: z.coerce.number().int().positive().default(4010),
  SIM_URL: optionalString.pipe(z.url().optional()),
  SIM_PUBLIC_URL: optionalString.pipe(z.url().optional()),
  ZOHO_CLIENT_ID: optionalString,
  ZOHO_CLIENT_SECRET: optionalString,
  ZOHO_DC: z.enum(['us', 'eu', 'in', 'au', 'jp', 'ca', 'sa', 'uk', 'cn']).default('us'),
  ZOHO_API_VERSION: z.enum(['v8', 'v2.1']).default('v8'),
  /** Days uploaded files, results and exports are kept before they are purged. */
  RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  /** Zoho bulk write jobs one import keeps in flight at once. */
  IMPORT_CONCURRENT_JOBS: z.coerce.number().int().min(1).max(10).default(2),
  /** The simulator accepts job callbacks to this machine (local sandbox); the app then asks it for them. */
  SIM_ALLOW_PRIVATE_CALLBACKS: booleanFlag,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Requests per minute one client may make to share pages and their data (a load test lifts it). */
  SHARE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Schedules read folders only under this one (default <DATA_DIR>/inbox). */
  SCHEDULE_FOLDERS_ROOT: optionalString,
  /** The mail server notifications go through, e.g. smtps://user:password@smtp.example.com:465. */
  SMTP_URL: optionalString.pipe(
    z
      .url({
        protocol: /^smtps?$/,
        error: 'SMTP_URL must look like smtp://user:password@host:587 (or smtps://…:465)',
      })
      .optional(),
  ),
  /** The From address of notification e-mails. */
  SMTP_FROM: optionalString,
  /** Lets webhooks and SMTP reach loopback and private addresses: for a local test receiver, never in production. */
  NOTIFY_ALLOW_PRIVATE_HOSTS: booleanFlag,
});

export type Env = z.infer<typeof envSchema> & {
  dataDir: string;
  simUrl: string;
  scheduleFoldersRoot: string;
};

let cached: Env | undefined;

/** The only reader of process.env. Defaults make `npm start` work with no configuration. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  cached = {
    ...values,
    dataDir: path.resolve(values.DATA_DIR),
    simUrl: values.SIM_URL ?? `http://127.0.0.1:${values.SIM_PORT}`,
    scheduleFoldersRoot: path.resolve(values.SCHEDULE_FOLDERS_ROOT ?? path.join(values.DATA_DIR, 'inbox')),
  };
  return cached;
}

/** Tests change process.env between cases; they call this to re-read it. */
export function resetEnvForTests(): void {
  cached = undefined;
}
