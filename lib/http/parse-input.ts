import 'server-only';
import type { z } from 'zod';
import { AppError } from './app-error';

export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  where: string,
): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
  }));
  const first = fields[0];
  const message = first ? `${first.path.join('.') || where}: ${first.message}` : `Invalid ${where}.`;
  throw new AppError('validation', message, { fields });
}

/** JSON bodies are small (forms, settings); files go through the streaming upload routes instead. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export async function readJsonBody(request: Request): Promise<unknown> {
  const tooLarge = new AppError(
    'payload_too_large',
    'The request is too large (JSON bodies are limited to 1 MiB).',
  );
  if (Number(request.headers.get('content-length') ?? 0) > MAX_JSON_BODY_BYTES) throw tooLarge;
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) throw tooLarge;
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}
