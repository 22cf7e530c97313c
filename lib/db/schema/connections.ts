import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { admins } from './admins';

/** A connected Zoho org. Every secret is AES-GCM encrypted (lib/crypto); none ever leaves the server. */
export const connections = pgTable('connections', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  dataCentre: text('data_centre').notNull(),
  apiDomain: text('api_domain').notNull(),
  apiVersion: text('api_version').notNull(),
  orgId: text('org_id').notNull(),
  zgid: text('zgid').notNull(),
  orgName: text('org_name').notNull(),
  userEmail: text('user_email').notNull(),
  clientId: text('client_id').notNull(),
  /** Null: the client is the one configured by ZOHO_CLIENT_ID / ZOHO_CLIENT_SECRET. */
  clientSecretEncrypted: text('client_secret_encrypted'),
  refreshTokenEncrypted: text('refresh_token_encrypted').notNull(),
  accessTokenEncrypted: text('access_token_encrypted'),
  accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
  scopes: text('scopes').notNull().default(''),
  status: text('status', { enum: ['connected', 'needs_reconnect'] })
    .notNull()
    .default('connected'),
  isSandbox: boolean('is_sandbox').notNull().default(false),
  /** Zoho's token endpoint asked us to slow down: no refresh is attempted before this time. */
  throttledUntil: timestamp('throttled_until', { withTimezone: true }),
  /** A token refresh is under way (claimed in a short transaction; Zoho is called outside it) until this time. */
  refreshClaimedUntil: timestamp('refresh_claimed_until', { withTimezone: true }),
  createdBy: uuid('created_by').references(() => admins.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Connection = typeof connections.$inferSelect;

/** Single-use OAuth `state` values, stored hashed and bound to the admin who started the flow. */
export const oauthStates = pgTable('oauth_states', {
  stateHash: text('state_hash').primaryKey(),
  adminId: uuid('admin_id')
    .notNull()
    .references(() => admins.id, { onDelete: 'cascade' }),
  dataCentre: text('data_centre').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
