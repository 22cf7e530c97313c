import 'server-only';
import { AppError } from '@/lib/http/app-error';
import { ZohoError } from '@/lib/zoho/zoho-error';

/** Zoho's answer as the one error shape the browser gets: Zoho's code plus what to do. */
export function toAppError(error: unknown): unknown {
  if (!(error instanceof ZohoError)) return error;
  return new AppError('zoho_error', `Zoho: ${error.zohoMessage}. ${error.advice}`, {
    zohoCode: error.code,
    zohoStatus: error.httpStatus,
  });
}

export async function withZohoErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAppError(error);
  }
}
