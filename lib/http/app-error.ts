import { z } from 'zod';

export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  validation: 422,
  rate_limited: 429,
  internal: 500,
  zoho_error: 502,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The one error type domain code throws; the route wrapper turns it into `{ error: { code, message, details } }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
    return Response.json(body, {
      status: ERROR_STATUS[error.code],
      headers: { 'Cache-Control': 'no-store' },
    });
  }
  console.error('[route]', error);
  const body: ErrorBody = {
    error: {
      code: 'internal',
      message: 'Something went wrong on the server. Try again; if it keeps happening, check the server log.',
    },
  };
  return Response.json(body, { status: 500, headers: { 'Cache-Control': 'no-store' } });
}
