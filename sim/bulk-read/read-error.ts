export type ReadError = { status: number; code: string; message: string; details: unknown };

/** A bulk read create error: HTTP 400 with Zoho's application envelope. */
export const fail = (code: string, message: string, details: unknown = {}): ReadError => ({
  status: 400,
  code,
  message,
  details,
});

export type Body = Record<string, unknown>;
export const isObject = (value: unknown): value is Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
