import { join } from 'node:path';
import type { BulkReadJob } from './bulk-read/bulk-read-job';
import type { BulkWriteJob } from './bulk-write/bulk-write-job';
import type { SimConfig } from './config';
import { seedRecords } from './demo-org/seed-records';
import { Faults } from './faults';
import { IdSequence } from './ids';
import { AccessTokenLimit } from './oauth/access-token-limit';
import { TokenStore } from './oauth/token-store';
import { TokenThrottle } from './oauth/token-throttle';
import { RequestLog } from './request-log';
import { loadSnapshot, saveSnapshot } from './store/record-snapshot';
import { RecordStore } from './store/record-store';
import { DEFAULT_VARIANTS, type SimVariants } from './variants';

export type UploadedFile = { id: string; buffer: Buffer; createdTime: string; usedByJob?: string };

/** Everything the simulator holds; `reset()` brings it back to the freshly seeded demo org. */
export class SimContext {
  readonly ids = new IdSequence();
  readonly store = new RecordStore(this.ids);
  readonly tokens: TokenStore;
  readonly tokenThrottle: TokenThrottle;
  readonly faults = new Faults();
  readonly accessTokenLimit = new AccessTokenLimit();
  readonly log = new RequestLog();
  readonly files = new Map<string, UploadedFile>();
  readonly writeJobs = new Map<string, BulkWriteJob>();
  readonly readJobs = new Map<string, BulkReadJob>();
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
  private saveTimer: NodeJS.Timeout | undefined;
  private firstUnsavedAt = 0;

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
    if (!config.dataDir || !loadSnapshot(config.dataDir, this.store)) seedRecords(this.store);
    this.store.onChange = () => this.scheduleSave();
  }

  /** Stops running jobs (on close, or before a reset); records stay. */
  stop(): void {
    for (const job of this.writeJobs.values()) job.cancel();
    for (const job of this.readJobs.values()) job.cancel();
  }

  /** Writes records to SIM_DATA_DIR now (on close and reset; otherwise scheduled after changes). */
  flush(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.config.dataDir) saveSnapshot(this.config.dataDir, this.store);
  }

  /** Saves 500 ms after the last change (at least every 10 s), so an import is written once, not per batch. */
  private scheduleSave(): void {
    if (!this.config.dataDir) return;
    if (!this.saveTimer) {
      this.firstUnsavedAt = Date.now();
      this.saveTimer = setTimeout(() => this.flush(), 500);
      this.saveTimer.unref();
    } else if (Date.now() - this.firstUnsavedAt < 10_000) this.saveTimer.refresh();
  }

  reset(): void {
    this.store.clear();
    this.tokens.reset();
    this.tokenThrottle.reset(this.config.tokenRequestsPerMinute);
    this.accessTokenLimit.reset();
    this.faults.clear();
    this.log.clear();
    this.files.clear();
    this.stop();
    this.writeJobs.clear();
    this.readJobs.clear();
    Object.assign(this.settings, {
      rowsPerSecond: this.config.rowsPerSecond,
      readPageSize: this.config.readPageSize,
      icsPageSize: this.config.icsPageSize,
      dropResultRows: 0,
      downloadsPerMinute: 10,
    });
    this.readDownloadTimes.length = 0;
    this.variants = { ...DEFAULT_VARIANTS, ...this.config.variants };
    seedRecords(this.store);
    this.flush();
  }
}
