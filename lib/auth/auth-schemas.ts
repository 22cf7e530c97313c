import { z } from 'zod';
import { emailSchema, passwordSchema } from './password-rules';

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.'),
});
export const setupSchema = z.object({
  setupToken: z.string().trim().min(1, 'Enter the setup token from the server log.'),
  name: z.string().trim().min(1, 'Enter your name.').max(100),
  email: emailSchema,
  password: passwordSchema,
});
export const newAdminSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(100),
  email: emailSchema,
  password: passwordSchema,
});
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.'),
  newPassword: passwordSchema,
});
