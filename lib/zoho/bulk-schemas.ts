import 'server-only';
import { z } from 'zod';

const normalisedState = z.string().transform((value) => value.toUpperCase().replace(' ', '_'));

export const uploadResponseSchema = z.object({
  status: z.literal('success'),
  details: z.object({ file_id: z.string() }),
});

export const createWriteResponseSchema = z.object({
  status: z.literal('success'),
  details: z.object({ id: z.string() }),
});

export const writeJobSchema = z.object({
  id: z.string(),
  status: normalisedState,
  resource: z
    .array(
      z.object({
        status: normalisedState.optional(),
        // v2 writes the module as a string, v2.1+ as { id, api_name }.
        module: z.union([z.string(), z.object({ api_name: z.string() })]).optional(),
        // Zoho's own word for this resource (ADDED, SUCCESS, INPROGRESS…): not its status, which is `status`.
        code: z.string().optional(),
        // While a job is ADDED (and sometimes in progress) Zoho writes `file: {status}` alone, without counts.
        file: z
          .object({
            status: normalisedState.optional(),
            name: z.string().optional(),
            added_count: z.number().optional(),
            updated_count: z.number().optional(),
            skipped_count: z.number().optional(),
            total_count: z.number().optional(),
          })
          .optional(),
      }),
    )
    .default([]),
  result: z.object({ download_url: z.string() }).optional(),
  // The callback the job was created with (Zoho echoes it): tells which create made this job.
  callback: z.object({ url: z.string().optional() }).optional(),
});

export const createReadResponseSchema = z.object({
  data: z.array(z.object({ status: z.literal('success'), details: z.object({ id: z.string() }) })).min(1),
});

export const readJobSchema = z.object({
  data: z
    .array(
      z.object({
        id: z.string(),
        state: normalisedState,
        result: z
          .object({
            page: z.number().optional(),
            count: z.number().optional(),
            download_url: z.string().optional(),
            more_records: z.boolean().optional(),
            next_page_token: z.string().optional(),
            error_message: z.object({ message: z.string() }).partial().optional(),
          })
          .optional(),
      }),
    )
    .min(1),
});
