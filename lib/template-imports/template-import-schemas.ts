import 'server-only';
import { z } from 'zod';

/** POST /api/imports/from-template: a completed upload, read and mapped the way a saved template says. */
export const templateImportBodySchema = z.object({
  uploadId: z.uuid(),
  /** The template's name (as listed on the Mappings page) or the id of any of its versions. */
  template: z.string().trim().min(1).max(200),
  /** Needed only when more than one Zoho connection exists. */
  connectionId: z.uuid().optional(),
  /** A test run of the first N data rows. */
  rowLimit: z.number().int().min(1).max(25_000).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  /** The zone of datetimes without an offset (IANA name); UTC when not given. */
  timeZone: z.string().min(1).max(100).default('UTC'),
});
export type TemplateImportBody = z.input<typeof templateImportBodySchema>;

export const templateDriftSchema = z.object({
  missing: z.array(z.string()),
  renamed: z.array(z.object({ from: z.string(), to: z.string() })),
  extra: z.array(z.string()),
  droppedFields: z.array(z.string()),
});
