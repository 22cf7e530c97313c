import { z } from 'zod';
import { API_TOKEN_SCOPES, type ApiTokenScope } from './api-token-scopes';

export const MAX_TOKEN_DAYS = 365;

export const apiTokenScopeSchema = z.enum(API_TOKEN_SCOPES);

/** POST /api/api-tokens */
export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, 'Give the token a name.').max(100, 'Keep the name under 100 characters.'),
  scopes: z.array(apiTokenScopeSchema).min(1, 'Choose at least one scope.'),
  expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS, `Tokens last at most ${MAX_TOKEN_DAYS} days.`),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const apiTokenItemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(apiTokenScopeSchema),
  status: z.enum(['active', 'expired', 'revoked']),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  lastUsedAddress: z.string().nullable(),
});
export type ApiTokenItem = z.infer<typeof apiTokenItemSchema>;

/** The one answer that carries the secret: shown once, never stored. */
export const createdApiTokenSchema = z.object({ token: z.string(), item: apiTokenItemSchema });
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;

export const SCOPE_DESCRIPTIONS: Record<ApiTokenScope, string> = {
  read: 'See imports, exports, templates and connections',
  import: 'Upload files, start, control and retry imports',
  export: 'Run exports and download their files',
  admin: 'Everything, including connections, admins and tokens',
};
