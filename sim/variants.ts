import { z } from 'zod';

/**
 * Every way Zoho documents answering where the documents disagree or leave room, one switch each. The defaults
 * are how Zoho's documents show a real org answering (never the friendliest shape); sim/README.md names the
 * source of every value. Tests and demos switch them through POST /__sim/settings `{ "variants": {…} }`.
 */
export const variantsSchema = z.object({
  /** Bulk write "in progress": `INPROGRESS` (doc samples, seeds) or `IN PROGRESS` (doc prose, OAS enum). */
  writeInProgress: z.enum(['INPROGRESS', 'IN PROGRESS']),
  /** A bulk write resource's `file` while the job is ADDED: `{status}` alone (docs), absent (v2 seed), or counts. */
  writeAddedFile: z.enum(['status-only', 'absent', 'counts']),
  /** A bulk write resource's `code`: Zoho's own word (ADDED, INPROGRESS, SUCCESS…) or a copy of its status. */
  writeResourceCode: z.enum(['docs', 'status']),
  /** How long a bulk write job stays ADDED (queued) before it runs. */
  writeAddedMs: z.number().int().min(0),
  /** Bulk read passes through QUEUED between ADDED and IN PROGRESS (v7 docs, production connectors). */
  readQueued: z.boolean(),
  /** Bulk read job details carry `result` before COMPLETED (v7 doc samples). */
  readResultEarly: z.boolean(),
  /** Bulk read 400s bare `{code,…}` or wrapped `{"data":[{…}]}` (both in Zoho's OpenAPI spec). */
  readErrorEnvelope: z.enum(['bare', 'wrapped']),
  /** How long a `next_page_token` is honoured (Zoho: 24 hours). */
  pageTokenLifetimeSeconds: z.number().int().min(0),
  /** The record id column of a bulk read CSV: `id` (docs) or `Id` (seen by a production connector). */
  readIdHeader: z.enum(['id', 'Id']),
  /** Token endpoint: Zoho's documented ten access tokens per refresh token in ten minutes, or no limit. */
  tokenLimit: z.enum(['ten-per-ten-minutes', 'off']),
  /** The throttle answer's words: English or localised (public captures show both). */
  tokenThrottleLanguage: z.enum(['english', 'chinese']),
  /** The throttle answer's HTTP status: 400 (captures) or 200 (another capture). */
  tokenThrottleStatus: z.union([z.literal(400), z.literal(200)]),
  /** The upload host's auth errors: its own `{"ERROR_CODE":401,…}` (OAS, captures) or the API's `{code,…}`. */
  uploadErrorShape: z.enum(['error-code', 'app']),
  /** Result downloads answer 302 to another host of the same data centre before the file (SDK clients follow). */
  downloadRedirect: z.boolean(),
});

export type SimVariants = z.infer<typeof variantsSchema>;

export const DEFAULT_VARIANTS: SimVariants = {
  writeInProgress: 'INPROGRESS',
  writeAddedFile: 'status-only',
  writeResourceCode: 'docs',
  writeAddedMs: 300,
  readQueued: true,
  readResultEarly: true,
  readErrorEnvelope: 'bare',
  pageTokenLifetimeSeconds: 24 * 3600,
  readIdHeader: 'id',
  tokenLimit: 'ten-per-ten-minutes',
  tokenThrottleLanguage: 'english',
  tokenThrottleStatus: 400,
  uploadErrorShape: 'error-code',
  downloadRedirect: false,
};

/** The friendliest shapes: what the simulator did before it followed the documents (for contrast in tests). */
export const LENIENT_VARIANTS: SimVariants = {
  ...DEFAULT_VARIANTS,
  writeAddedFile: 'counts',
  writeResourceCode: 'status',
  writeAddedMs: 0,
  readQueued: false,
  readResultEarly: false,
  tokenLimit: 'off',
  uploadErrorShape: 'app',
};
