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

export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}
