export type CreateError = { status: number; code: string; message: string; details: unknown };

export const fail = (code: string, message: string, details: unknown = {}): CreateError => ({
  status: 400,
  code,
  message,
  details,
});

export type Body = Record<string, unknown>;
export const isObject = (value: unknown): value is Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isCreateError<T extends object>(value: T | CreateError): value is CreateError {
  return 'code' in value && 'status' in value && typeof value.status === 'number';
}
