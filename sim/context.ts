import type { BulkReadJob } from './bulk-read/bulk-read-job';
import type { BulkWriteJob } from './bulk-write/bulk-write-job';
import type { SimConfig } from './config';
import { seedRecords } from './demo-org/seed-records';
import { Faults } from './faults';
import { IdSequence } from './ids';
import { TokenStore } from './oauth/token-store';
import { RequestLog } from './request-log';
import { RecordStore } from './store/record-store';

export type UploadedFile = { id: string; buffer: Buffer; createdTime: string; usedByJob?: string };

/** Everything the simulator holds; `reset()` brings it back to the freshly seeded demo org. */
export class SimContext {
  readonly ids = new IdSequence();
  readonly store = new RecordStore(this.ids);
  readonly tokens = new TokenStore();
  readonly faults = new Faults();
  readonly log = new RequestLog();
  readonly files = new Map<string, UploadedFile>();
  readonly writeJobs = new Map<string, BulkWriteJob>();
  readonly readJobs = new Map<string, BulkReadJob>();
  readonly settings: {
    rowsPerSecond: number;
    readPageSize: number;
    icsPageSize: number;
    downloadsPerMinute: number;
  };
  /** Zoho allows 10 bulk read downloads a minute; times of the recent ones. */
  readonly readDownloadTimes: number[] = [];
  publicUrl = '';

  constructor(readonly config: SimConfig) {
    this.settings = {
      rowsPerSecond: config.rowsPerSecond,
      readPageSize: config.readPageSize,
      icsPageSize: config.icsPageSize,
      downloadsPerMinute: 10,
    };
    seedRecords(this.store);
  }

  reset(): void {
    this.store.clear();
    this.tokens.reset();
    this.faults.clear();
    this.log.clear();
    this.files.clear();
    for (const job of this.writeJobs.values()) job.cancel();
    for (const job of this.readJobs.values()) job.cancel();
    this.writeJobs.clear();
    this.readJobs.clear();
    Object.assign(this.settings, {
      rowsPerSecond: this.config.rowsPerSecond,
      readPageSize: this.config.readPageSize,
      icsPageSize: this.config.icsPageSize,
      downloadsPerMinute: 10,
    });
    this.readDownloadTimes.length = 0;
    seedRecords(this.store);
  }
}
