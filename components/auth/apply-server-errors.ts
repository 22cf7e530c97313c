import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { ApiError } from '@/lib/http/api-fetch';

const detailsSchema = z.object({
  fields: z.array(z.object({ path: z.array(z.string()), message: z.string() })),
});

/** Puts a 422's field errors back on the form's fields; returns the message for anything else. */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): string | undefined {
  if (!(error instanceof ApiError)) return 'Could not reach the server. Check your connection and try again.';
  const details = detailsSchema.safeParse(error.details);
  if (error.status === 422 && details.success && details.data.fields.length > 0) {
    for (const field of details.data.fields)
      setError(field.path.join('.') as Path<T>, { message: field.message });
    return undefined;
  }
  return error.message;
}
