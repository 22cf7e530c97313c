import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { API_TOKEN_SCOPES, type ApiTokenScope } from '../../api-tokens/api-token-scopes';
import { admins } from './admins';

export { API_TOKEN_SCOPES, type ApiTokenScope };

/**
 * A named API token acting for the admin who made it, within its scopes. Only the sha-256 of the secret is
 * stored; `prefix` (the first characters) lets a list tell tokens apart without revealing them.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    prefix: text('prefix').notNull(),
    scopes: jsonb('scopes').$type<ApiTokenScope[]>().notNull(),
    adminId: uuid('admin_id')
      .notNull()
      .references(() => admins.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    lastUsedAddress: text('last_used_address'),
  },
  (table) => [index('api_tokens_admin_idx').on(table.adminId)],
);

export type ApiToken = typeof apiTokens.$inferSelect;
