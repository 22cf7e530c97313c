import 'server-only';
import { z } from 'zod';
import { zohoErrorBodySchema } from './zoho-schemas';

export type ZohoErrorBody = { code: string; message: string; status?: string; details?: unknown };

/** Bulk read may wrap its error in `data` like a success (`{"data":[{"status":"error",…}]}`). */
const wrappedSchema = z.object({ data: z.array(zohoErrorBodySchema).min(1) });

/**
 * The upload host answers auth and header problems in its own shape: `{"ERROR_CODE":401,"ERROR_MESSAGE":…}`, or
 * `{"x-error":"check if headers [feature, X-CRM-ORG] are present and valid","info":"Forbidden"}`.
 */
const uploadHostSchema = z.union([
  z.object({ ERROR_CODE: z.union([z.number(), z.string()]), ERROR_MESSAGE: z.string().optional() }),
  z.object({ 'x-error': z.string(), info: z.string().optional() }),
]);

/** Zoho's error, whichever of its envelopes carries it; undefined for a body that is not one of them. */
export function readErrorBody(body: unknown): ZohoErrorBody | undefined {
  const bare = zohoErrorBodySchema.safeParse(body);
  if (bare.success) return bare.data;
  const wrapped = wrappedSchema.safeParse(body);
  const first = wrapped.success ? wrapped.data.data[0] : undefined;
  if (first && first.status === 'error') return first;
  const upload = uploadHostSchema.safeParse(body);
  if (!upload.success) return undefined;
  const value = upload.data;
  if ('ERROR_CODE' in value)
    return {
      code: 'UPLOAD_REJECTED',
      message: value.ERROR_MESSAGE ?? `The upload host answered ${value.ERROR_CODE}`,
      status: 'error',
      details: { ERROR_CODE: value.ERROR_CODE },
    };
  return {
    code: 'UPLOAD_REJECTED',
    message: `${value.info ?? 'Refused'}: ${value['x-error']}`,
    status: 'error',
  };
}
