import { z } from 'zod';

export const passwordSchema = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(200, 'Use at most 200 characters.');

export const emailSchema = z
  .email('Enter a valid e-mail address.')
  .transform((value) => value.trim().toLowerCase());
