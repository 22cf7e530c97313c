import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BulkReadJob, type SavedReadJob } from './bulk-read/bulk-read-job';
import { BulkWriteJob, type SavedWriteJob } from './bulk-write/bulk-write-job';
import type { SimConfig } from './config';
import { seedRecords } from './demo-org/seed-records';
import { Faults } from './faults';
import { IdSequence } from './ids';
import { AccessTokenLimit } from './oauth/access-token-limit';
import { TokenStore } from './oauth/token-store';
import { TokenThrottle } from './oauth/token-throttle';
import { RequestLog } from './request-log';
import { FileStore } from './store/file-store';
import { importRecordsJson } from './store/import-records-json';
import { JobTable } from './store/job-table';
import { RecordStore } from './store/record-store';
import { DB_FILE, highestId, openSimDb, type SimDb } from './store/sim-db';
import { WriteResults } from './store/write-results';
import { DEFAULT_VARIANTS, type SimVariants } from './variants';

const MAX_READ_CURSORS = 1000;

/** Everything the simulator holds; `reset()` brings it back to the freshly seeded demo org. */
export class SimContext {
  readonly ids = new IdSequence();
  readonly db: SimDb;
  readonly store: RecordStore;
  readonly files: FileStore;
  readonly writeJobTable: JobTable;
  readonly readJobTable: JobTable;
  readonly writeResults: WriteResults;
  readonly tokens: TokenStore;
  readonly tokenThrottle: TokenThrottle;
  readonly faults = new Faults();
  readonly accessTokenLimit = new AccessTokenLimit();
  readonly log = new RequestLog();
  readonly writeJobs = new Map<string, BulkWriteJob>();
  readonly readJobs = new Map<string, BulkReadJob>();
  /** Where the next page of a bulk read query starts (id of the last record of the page before). */
  readonly readCursors = new Map<string, { afterId: string }>();
  readonly settings: {
    rowsPerSecond: number;
    readPageSize: number;
    icsPageSize: number;
    downloadsPerMinute: number;
    /** Test control: bulk write results leave out their first N rows (a forced mismatch in the books). */
    dropResultRows: number;
  };
  /** Which of Zoho's documented answers the simulator gives (sim/variants.ts). */
  variants: SimVariants;
  /** Zoho allows 10 bulk read downloads a minute; times of the recent ones. */
  readonly readDownloadTimes: number[] = [];
  publicUrl = '';

  constructor(readonly config: SimConfig) {
    this.tokens = new TokenStore(
      config.selfClientRefreshToken,
      config.tokenSeconds,
      config.dataDir ? join(config.dataDir, 'refresh-tokens.json') : undefined,
    );
    this.tokenThrottle = new TokenThrottle(config.tokenRequestsPerMinute);
    this.variants = { ...DEFAULT_VARIANTS, ...config.variants };
    this.settings = {
      rowsPerSecond: config.rowsPerSecond,
      readPageSize: config.readPageSize,
      icsPageSize: config.icsPageSize,
      downloadsPerMinute: 10,
      dropResultRows: 0,
    };
    const isNew = !config.dataDir || !existsSync(join(config.dataDir, DB_FILE));
    this.db = openSimDb(config.dataDir);
    this.store = new RecordStore(this.ids, this.db);
    this.files = new FileStore(this.db);
    this.writeJobTable = new JobTable(this.db, 'write_jobs');
    this.readJobTable = new JobTable(this.db, 'read_jobs');
    this.writeResults = new WriteResults(this.db);
    if (isNew && !(config.dataDir && importRecordsJson(config.dataDir, this.store, this.ids)))
      seedRecords(this.store);
    this.ids.advancePast(highestId(this.db).toString());
    this.loadJobs();
  }

  /** Jobs saved before a restart: finished ones answer as before, running ones carry on. */
  private loadJobs(): void {
    for (const { id, state } of this.writeJobTable.all()) {
      const job = BulkWriteJob.restore(id, state as SavedWriteJob, this);
      this.writeJobs.set(id, job);
      if (job.isRunning) job.start();
    }
    for (const { id, state } of this.readJobTable.all()) {
      const job = BulkReadJob.restore(id, state as SavedReadJob, this);
      this.readJobs.set(id, job);
      if (job.isRunning) job.start();
    }
  }

  /** Remembers where a bulk read page ended, forgetting the oldest when there are many. */
  rememberReadCursor(key: string, afterId: string): void {
    if (this.readCursors.size >= MAX_READ_CURSORS) this.readCursors.clear();
    this.readCursors.set(key, { afterId });
  }

  /** Stops running jobs (on close, or before a reset); they carry on from their last batch next start. */
  stop(): void {
    for (const job of this.writeJobs.values()) job.cancel();
    for (const job of this.readJobs.values()) job.cancel();
  }

  /** Stops the jobs and closes the database (everything committed is already on disk). */
  close(): void {
    this.stop();
    this.db.close();
  }

  reset(): void {
    this.stop();
    this.db.transaction(() => {
      this.store.clear();
      this.files.clear();
      this.writeJobTable.clear();
      this.readJobTable.clear();
      this.writeResults.clear();
      seedRecords(this.store);
    })();
    this.tokens.reset();
    this.tokenThrottle.reset(this.config.tokenRequestsPerMinute);
    this.accessTokenLimit.reset();
    this.faults.clear();
    this.log.clear();
    this.writeJobs.clear();
    this.readJobs.clear();
    this.readCursors.clear();
    Object.assign(this.settings, {
      rowsPerSecond: this.config.rowsPerSecond,
      readPageSize: this.config.readPageSize,
      icsPageSize: this.config.icsPageSize,
      dropResultRows: 0,
      downloadsPerMinute: 10,
    });
    this.readDownloadTimes.length = 0;
    this.variants = { ...DEFAULT_VARIANTS, ...this.config.variants };
  }
}
