import {
  type AnyPgColumn,
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ChildKind } from '../../crm/crm-field';
import {
  CHUNK_STATUSES,
  type ChunkStatus,
  IMPORT_STATUSES,
  type ImportStatus,
} from '../../job-status/import-statuses';
import { admins } from './admins';
import { connections } from './connections';
import { uploads } from './uploads';

export { CHUNK_STATUSES, type ChunkStatus, IMPORT_STATUSES, type ImportStatus };

/** Row outcome counts; added + updated + skipped + failed + unprocessed + excluded = rows in the file. */
export type OutcomeCounts = {
  added: number;
  updated: number;
  skipped: number;
  failed: number;
  unprocessed: number;
  excluded: number;
};

/**
 * One logical import of one file, however many Zoho jobs it takes. Everything needed to run it again is
 * snapshotted here (settings, mapping, how to read the file), so later edits elsewhere change nothing.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    adminId: uuid('admin_id').references(() => admins.id, { onDelete: 'set null' }),
    connectionId: uuid('connection_id').references(() => connections.id, { onDelete: 'set null' }),
    uploadId: uuid('upload_id').references(() => uploads.id, { onDelete: 'set null' }),
    module: text('module').notNull(),
    operation: text('operation', { enum: ['insert', 'update', 'upsert'] }).notNull(),
    apiVersion: text('api_version').notNull(),
    /** JobSettings (lib/mapping/job-settings.ts) as submitted. */
    settings: jsonb('settings').notNull(),
    /** MappingState (lib/mapping/mapping-state.ts) as submitted. */
    mapping: jsonb('mapping').notNull(),
    /** CsvParseOptions (lib/csv) used to read the file: encoding, delimiter, quote, header row. */
    parseOptions: jsonb('parse_options').notNull(),
    fileName: text('file_name').notNull(),
    /** 'none' sends every row; 'invalid' keeps rows the pre-flight found invalid out (counted as excluded). */
    exclusion: text('exclusion', { enum: ['none', 'invalid'] })
      .notNull()
      .default('none'),
    /** A test run sends only the first N data rows. */
    rowLimit: integer('row_limit'),
    /** A retry of another import's failed rows (shareable pages show cumulative counts). */
    retryOf: uuid('retry_of'),
    /** Record numbers (1-based, header included) a retry sends, with edited values per record. */
    retryRows: jsonb('retry_rows'),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('queued'),
    /** Human explanation of the current status (why paused, what needs attention, why it failed). */
    statusMessage: text('status_message'),
    pauseRequested: boolean('pause_requested').notNull().default(false),
    rowsInFile: integer('rows_in_file'),
    chunkCount: integer('chunk_count'),
    counts: jsonb('counts').$type<OutcomeCounts>(),
    /** Pre-flight summary from the server's re-run (lib/mapping), for the page. */
    preflight: jsonb('preflight'),
    reconciled: boolean('reconciled'),
    /** sha-256 of the callback secret; the secret itself is only ever in Zoho's callback URL. */
    callbackSecretHash: text('callback_secret_hash'),
    /**
     * Parent-child imports: each child file (subform rows, multi-select or multi-user lookup links) is an import row of its own
     * (its rows, counts, downloads) under the parent's import, which alone runs: one Zoho job carries both.
     */
    familyParentId: uuid('family_parent_id').references((): AnyPgColumn => imports.id, {
      onDelete: 'cascade',
    }),
    /** 1, 2, … for child files, in the order their resources follow the parent's in each job. */
    familyPosition: integer('family_position'),
    /** The file's column holding the key that ties children to their parent (parent and child files). */
    keyColumn: integer('key_column'),
    /** A child file: which of the parent's fields it feeds, and the child module's field naming the parent. */
    familyRelation: jsonb('family_relation').$type<FamilyRelation>(),
    /**
     * The mapped fields that are datetimes, fixed when the file is split: every chunk's request then reads its
     * CSV the way it was written, without reading the metadata (or Zoho) again while the import runs.
     */
    datetimeFields: jsonb('datetime_fields').$type<string[]>(),
    /** The runner holding this import works on it until then (a crashed runner's lease simply runs out). */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** Which runner holds the lease; claims, renewals and releases only ever act on their own. */
    leaseOwner: uuid('lease_owner'),
    /**
     * The fencing token: raised by every claim, so a runner that lost its lease (paused, slow, expired) finds its
     * token outdated and can no longer write, even after its own clock says it still holds the import.
     */
    leaseToken: bigint('lease_token', { mode: 'number' }).notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('imports_created_at_idx').on(table.createdAt),
    index('imports_retry_of_idx').on(table.retryOf),
    index('imports_family_parent_id_idx').on(table.familyParentId),
  ],
);

export type Import = typeof imports.$inferSelect;

export type FamilyRelation = {
  kind: ChildKind;
  /** The parent module's field (`Visits`, `Interested_Products`) and its label. */
  field: string;
  label: string;
  /** The child module's lookup to the parent (`Parent_Id` for subforms, e.g. `Leads` in a linking module). */
  parentField: string;
};

/** One Zoho bulk write job: a slice of the file's records. Each step's state is saved before and after it. */
export const importChunks = pgTable(
  'import_chunks',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    index: integer('index').notNull(),
    status: text('status', { enum: CHUNK_STATUSES }).notNull().default('pending'),
    rowCount: integer('row_count').notNull(),
    firstRecord: integer('first_record').notNull(),
    lastRecord: integer('last_record').notNull(),
    /** Record numbers sent, in the order they appear in the chunk CSV (result rows match by position). */
    recordNumbers: jsonb('record_numbers').$type<number[]>().notNull(),
    /** Parent-child imports: per child file (by family position − 1), its record numbers in this chunk's CSV. */
    childRecordNumbers: jsonb('child_record_numbers').$type<number[][]>(),
    childCounts: jsonb('child_counts').$type<OutcomeCounts[]>(),
    zipKey: text('zip_key').notNull(),
    zipBytes: bigint('zip_bytes', { mode: 'number' }).notNull(),
    zohoFileId: text('zoho_file_id'),
    zohoJobId: text('zoho_job_id'),
    /** Set just before the create call: if it is set with no job id, Zoho may or may not have the job. */
    createAttemptedAt: timestamp('create_attempted_at', { withTimezone: true }),
    /** The fencing token of the pass that sent this chunk: only that pass may record Zoho's answer to its create. */
    sentByToken: bigint('sent_by_token', { mode: 'number' }),
    createOutcome: text('create_outcome'),
    zohoStatus: text('zoho_status'),
    counts: jsonb('counts').$type<OutcomeCounts>(),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    nextPollAt: timestamp('next_poll_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.importId, table.index] })],
);

export type ImportChunk = typeof importChunks.$inferSelect;

export const ROW_OUTCOMES = ['added', 'updated', 'skipped', 'failed', 'unprocessed', 'excluded'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

/** Per-row outcome, by record number in the original file (1-based, the header line included). */
export const importRows = pgTable(
  'import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    recordNumber: integer('record_number').notNull(),
    chunkIndex: integer('chunk_index'),
    outcome: text('outcome', { enum: ROW_OUTCOMES }).notNull(),
    recordId: text('record_id'),
    errorCode: text('error_code'),
    errorColumn: text('error_column'),
    message: text('message'),
  },
  (table) => [
    primaryKey({ columns: [table.importId, table.recordNumber] }),
    index('import_rows_outcome_idx').on(table.importId, table.outcome),
  ],
);

export type ImportRow = typeof importRows.$inferSelect;
