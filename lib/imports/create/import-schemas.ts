import 'server-only';
import { z } from 'zod';
import { csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import { jobSettingsSchema } from '@/lib/mapping/job-settings';
import type { MappingState } from '@/lib/mapping/mapping-state';
import { retryRowsSchema } from './retry-rows';

const suggestionSchema = z.object({ apiName: z.string(), reason: z.string(), confidence: z.number() });

const columnMappingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unmapped'), suggestion: suggestionSchema.optional() }),
  z.object({ kind: z.literal('ignored') }),
  z.object({
    kind: z.literal('matched'),
    apiName: z.string().min(1),
    suggestion: suggestionSchema.optional(),
    findBy: z.string().optional(),
    format: z.string().optional(),
    defaultValue: z.string().optional(),
    valueMap: z.record(z.string(), z.string()).optional(),
  }),
]);

export const mappingStateSchema: z.ZodType<MappingState> = z.object({
  columns: z
    .record(z.string().regex(/^\d+$/), columnMappingSchema)
    .transform((columns) =>
      Object.fromEntries(Object.entries(columns).map(([key, value]) => [Number(key), value])),
    ),
  fieldDefaults: z.record(z.string(), z.string()),
}) as unknown as z.ZodType<MappingState>;

/** A child file of a parent-child import: subform rows or multi-select / multi-user lookup links, tied to parent rows by a key. */
export const childFileBodySchema = z.object({
  uploadId: z.uuid(),
  parseOptions: csvParseOptionsSchema,
  /** The parent module's subform or multi-select / multi-user lookup field this file feeds (`Visits`, `Interested_Products`). */
  field: z.string().min(1),
  /** This file's column holding the parent's key (the value in the parent file's `parentKeyColumn`). */
  keyColumn: z.number().int().min(0),
  /** This file's columns onto the child module's fields; the child's lookup to the parent is left out (the key ties it). */
  mapping: mappingStateSchema,
});
export type ChildFileBody = z.infer<typeof childFileBodySchema>;

export const createImportBodySchema = z.object({
  uploadId: z.uuid(),
  settings: jobSettingsSchema,
  mapping: mappingStateSchema,
  parseOptions: csvParseOptionsSchema,
  exclusion: z.enum(['none', 'invalid']).default('none'),
  /** A test run of the first N data rows. */
  rowLimit: z.number().int().min(1).max(25_000).optional(),
  retryOf: z.uuid().optional(),
  retryRows: retryRowsSchema.optional(),
  name: z.string().trim().min(1).max(200).optional(),
  /** Parent-child imports: the parent file's column holding the key child rows name. */
  parentKeyColumn: z.number().int().min(0).optional(),
  children: z.array(childFileBodySchema).max(5).optional(),
});

export type CreateImportBody = z.infer<typeof createImportBodySchema>;
