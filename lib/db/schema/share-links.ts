import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { admins } from './admins';

/** A read-only public link to one job's status; only the sha-256 of its 256-bit token is stored. */
export const shareLinks = pgTable(
  'share_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    jobKind: text('job_kind', { enum: ['import', 'export'] }).notNull(),
    jobId: uuid('job_id').notNull(),
    /** The only name the public page shows (never an admin's real name unless they type it). */
    displayName: text('display_name').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => admins.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => admins.id, { onDelete: 'set null' }),
  },
  (table) => [index('share_links_job_idx').on(table.jobKind, table.jobId)],
);

export type ShareLink = typeof shareLinks.$inferSelect;

/** Who did what to which job or link, and when. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    adminId: uuid('admin_id').references(() => admins.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    detail: jsonb('detail'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('audit_events_subject_idx').on(table.subjectKind, table.subjectId)],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
