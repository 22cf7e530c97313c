import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { EXPORT_STATUSES } from '../../job-status/export-statuses';
import { admins } from './admins';
import { connections } from './connections';

/** A saved bulk read definition (module, fields, criteria or cvid, file type) that can be run again. */
export const exportDefinitions = pgTable('export_definitions', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  connectionId: uuid('connection_id').references(() => connections.id, { onDelete: 'set null' }),
  module: text('module').notNull(),
  fileType: text('file_type', { enum: ['csv', 'ics'] }).notNull(),
  /** The builder's form values (lib/exports), from which the Zoho request is generated. */
  definition: jsonb('definition').notNull(),
  createdBy: uuid('created_by').references(() => admins.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});

export { EXPORT_STATUSES };

/** One run of a definition: as many Zoho bulk read jobs (pages) as it takes, merged into one file. */
export const exports = pgTable('exports', {
  id: uuid('id').primaryKey().defaultRandom(),
  definitionId: uuid('definition_id').references(() => exportDefinitions.id, { onDelete: 'set null' }),
  name: text('name').notNull(),
  adminId: uuid('admin_id').references(() => admins.id, { onDelete: 'set null' }),
  connectionId: uuid('connection_id').references(() => connections.id, { onDelete: 'set null' }),
  module: text('module').notNull(),
  fileType: text('file_type', { enum: ['csv', 'ics'] }).notNull(),
  apiVersion: text('api_version').notNull(),
  /** Snapshot of the definition at run time. */
  definition: jsonb('definition').notNull(),
  status: text('status', { enum: EXPORT_STATUSES }).notNull().default('queued'),
  statusMessage: text('status_message'),
  pagesDone: integer('pages_done').notNull().default(0),
  recordCount: integer('record_count').notNull().default(0),
  duplicatesDropped: integer('duplicates_dropped').notNull().default(0),
  fileKey: text('file_key'),
  fileBytes: bigint('file_bytes', { mode: 'number' }),
  callbackSecretHash: text('callback_secret_hash'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Export = typeof exports.$inferSelect;

/** One Zoho bulk read job of an export (page 1, 2, … or the next page_token). */
export const exportPages = pgTable(
  'export_pages',
  {
    exportId: uuid('export_id')
      .notNull()
      .references(() => exports.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    pageToken: text('page_token'),
    status: text('status', {
      enum: ['pending', 'creating', 'in_zoho', 'downloading', 'completed', 'failed', 'needs_attention'],
    })
      .notNull()
      .default('pending'),
    zohoJobId: text('zoho_job_id'),
    createAttemptedAt: timestamp('create_attempted_at', { withTimezone: true }),
    recordCount: integer('record_count'),
    moreRecords: boolean('more_records'),
    nextPageToken: text('next_page_token'),
    zipKey: text('zip_key'),
    error: text('error'),
    nextPollAt: timestamp('next_poll_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.exportId, table.page] })],
);

export type ExportPage = typeof exportPages.$inferSelect;
