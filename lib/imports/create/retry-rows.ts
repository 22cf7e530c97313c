import 'server-only';
import { z } from 'zod';

/** A retry's rows: record numbers of the original file, with the cells the admin edited (by source column). */
export const retryRowsSchema = z.object({
  records: z.array(z.number().int().min(1)).min(1),
  edits: z.record(z.string(), z.record(z.string(), z.string())).default({}),
});

export type RetryRows = z.infer<typeof retryRowsSchema>;
