import { z } from 'zod';
import { type SimVariants, variantsSchema } from './variants';

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

const schema = z.object({
  SIM_PORT: z.coerce.number().int().min(0).default(4010),
  SIM_HOST: z.string().default('127.0.0.1'),
  SIM_PUBLIC_URL: z.url().optional(),
  /** Local development and tests only: Zoho itself refuses callbacks to private addresses. */
  SIM_ALLOW_PRIVATE_CALLBACKS: flag,
  SIM_ROWS_PER_SECOND: z.coerce.number().positive().default(50_000),
  SIM_READ_PAGE_SIZE: z.coerce.number().int().positive().default(200_000),
  SIM_DATA_DIR: z.string().min(1).optional(),
  SIM_TOKEN_SECONDS: z.coerce.number().int().positive().default(3600),
  SIM_REFRESH_TOKEN: z.string().min(1).default('1000.simulator.refresh'),
  /** 0 = no throttle. Zoho documents limits such as 5 refresh tokens a minute; see sim/README.md. */
  SIM_TOKEN_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).default(0),
  /** JSON of sim/variants.ts switches to start with, e.g. {"writeInProgress":"IN PROGRESS"}. */
  SIM_VARIANTS: z
    .string()
    .optional()
    .transform((text) => variantsSchema.partial().parse(text ? JSON.parse(text) : {})),
});

export type SimConfig = {
  port: number;
  host: string;
  publicUrl?: string;
  allowPrivateCallbacks: boolean;
  rowsPerSecond: number;
  readPageSize: number;
  icsPageSize: number;
  /** The sandbox's database (sandbox.db) lives here and survives restarts until reset; memory only when unset. */
  dataDir?: string;
  tokenSeconds: number;
  selfClientRefreshToken: string;
  tokenRequestsPerMinute: number;
  variants: Partial<SimVariants>;
};

/** The simulator is its own program: it reads its own environment, never the app's lib/env. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): SimConfig {
  const values = schema.parse(env);
  return {
    port: values.SIM_PORT,
    host: values.SIM_HOST,
    publicUrl: values.SIM_PUBLIC_URL,
    allowPrivateCallbacks: values.SIM_ALLOW_PRIVATE_CALLBACKS,
    rowsPerSecond: values.SIM_ROWS_PER_SECOND,
    readPageSize: values.SIM_READ_PAGE_SIZE,
    icsPageSize: 20_000,
    dataDir: values.SIM_DATA_DIR,
    tokenSeconds: values.SIM_TOKEN_SECONDS,
    selfClientRefreshToken: values.SIM_REFRESH_TOKEN,
    tokenRequestsPerMinute: values.SIM_TOKEN_REQUESTS_PER_MINUTE,
    variants: values.SIM_VARIANTS,
  };
}
