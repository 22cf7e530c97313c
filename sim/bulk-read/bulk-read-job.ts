import Papa from 'papaparse';
import type { SimContext } from '../context';
import { findModule } from '../demo-org/modules';
import { CURRENT_USER, userName } from '../demo-org/org';
import { sendCallback } from '../shared/send-callback';
import type { SimRecord } from '../store/record-store';
import { writeZip } from '../zip/write-zip';
import { zohoTime } from '../zoho-time';
import { matchesCriteria } from './match-criteria';
import { pageToken } from './page-token';
import { readCandidates } from './read-candidates';
import type { ReadRequest } from './read-request';
import { recordCell } from './record-cell';
import { resolveField } from './resolve-field';
import { resolveValue } from './resolve-value';
import { toIcs } from './to-ics';
import { defaultExportFields } from './validate-read';

type State = 'ADDED' | 'QUEUED' | 'IN PROGRESS' | 'COMPLETED' | 'FAILURE';
const STEP_MS = 100;

export type SavedReadJob = {
  state: State;
  version: string;
  request: ReadRequest;
  createdTime: string;
  finishedAt?: number;
  summary?: { count: number; perPage: number; moreRecords: boolean };
};

/**
 * One bulk read job: the page of matching records, exported as a zip holding `<id>.csv` or `<id>.ics`.
 * It is saved with its result, so it outlives a restart; one still running then starts over.
 */
export class BulkReadJob {
  state: State;
  readonly createdTime: string;
  finishedAt: number;
  private summary?: { count: number; perPage: number; moreRecords: boolean };
  private timer?: NodeJS.Timeout;
  private isCancelled = false;

  constructor(
    readonly id: string,
    readonly request: ReadRequest,
    readonly version: string,
    private readonly context: SimContext,
    saved?: SavedReadJob,
  ) {
    this.state = saved?.state ?? 'ADDED';
    this.createdTime = saved?.createdTime ?? zohoTime();
    this.finishedAt = saved?.finishedAt ?? 0;
    this.summary = saved?.summary;
  }

  static restore(id: string, saved: SavedReadJob, context: SimContext): BulkReadJob {
    return new BulkReadJob(id, saved.request, saved.version, context, saved);
  }

  get isRunning(): boolean {
    return this.state === 'ADDED' || this.state === 'QUEUED' || this.state === 'IN PROGRESS';
  }

  /** ADDED, then QUEUED (variant readQueued), then IN PROGRESS, a step each. */
  start(): void {
    this.save();
    const running = () => {
      this.state = 'IN PROGRESS';
      this.save();
      this.timer = setTimeout(() => void this.run().catch(() => this.finish('FAILURE')), STEP_MS);
    };
    this.timer = setTimeout(() => {
      if (!this.context.variants.readQueued) return running();
      this.state = 'QUEUED';
      this.timer = setTimeout(running, STEP_MS);
    }, STEP_MS);
  }

  cancel(): void {
    this.isCancelled = true;
    clearTimeout(this.timer);
  }

  /** The result zip, read from the database when asked for. */
  resultZip(): Buffer | undefined {
    return this.state === 'COMPLETED' ? this.context.readJobTable.result(this.id) : undefined;
  }

  private save(): void {
    this.context.readJobTable.save(this.id, this.saved());
  }

  private saved(): SavedReadJob {
    return {
      state: this.state,
      version: this.version,
      request: this.request,
      createdTime: this.createdTime,
      finishedAt: this.finishedAt,
      summary: this.summary,
    };
  }

  /**
   * Streams the matching records in id order a batch at a time (yielding between batches, so the sandbox
   * keeps answering), keeping only this page's; the next page starts where this one ended.
   */
  private async run(): Promise<void> {
    const module = findModule(this.request.module);
    if (!module) return this.finish('FAILURE');
    const { store } = this.context;
    const isIcs = this.request.fileType === 'ics';
    const perPage = this.perPage();
    const { criteria, page } = this.request;
    const cursor = this.context.readCursors.get(cursorKey(this.request, page, perPage));
    let skip = cursor ? 0 : (page - 1) * perPage;
    let afterId = cursor?.afterId;
    if (!criteria && skip > 0) {
      afterId = store.idAt(module.api, skip - 1) ?? '9223372036854775807';
      skip = 0;
    }
    const fields = [
      this.context.variants.readIdHeader,
      ...(this.request.fields ?? defaultExportFields(module)).filter((name) => name !== 'id'),
    ];
    const csvParts: string[] = [];
    const icsRecords: SimRecord[] = [];
    let count = 0;
    let moreRecords = false;
    let lastId: string | undefined;
    for (const batch of readCandidates(store, module, criteria, afterId)) {
      const kept: SimRecord[] = [];
      for (const record of batch) {
        const matches = matchesCriteria(criteria, (path) => ({
          field: resolveField(module, path),
          value: resolveValue(store, module, record, path),
        }));
        if (!matches) continue;
        if (skip > 0) {
          skip -= 1;
          continue;
        }
        if (count === perPage) {
          moreRecords = true;
          break;
        }
        kept.push(record);
        count += 1;
        lastId = record.id;
      }
      if (isIcs) icsRecords.push(...kept);
      else if (kept.length > 0)
        csvParts.push(
          Papa.unparse(
            kept.map((record) =>
              fields.map((name, index) => recordCell(store, module, record, index === 0 ? 'id' : name)),
            ),
            { header: false },
          ),
        );
      if (moreRecords) break;
      await new Promise((resolve) => setImmediate(resolve));
      if (this.isCancelled) return;
    }
    if (moreRecords && lastId)
      this.context.rememberReadCursor(cursorKey(this.request, page + 1, perPage), lastId);
    this.summary = { count, perPage, moreRecords };
    const content = isIcs ? toIcs(icsRecords) : [Papa.unparse([fields]), ...csvParts].join('\r\n');
    const result = await writeZip([{ name: `${this.id}.${this.request.fileType}`, content }]);
    if (this.isCancelled) return;
    this.finish('COMPLETED', result);
  }

  private perPage(): number {
    return this.request.fileType === 'ics'
      ? this.context.settings.icsPageSize
      : this.context.settings.readPageSize;
  }

  private finish(state: 'COMPLETED' | 'FAILURE', result?: Buffer): void {
    if (this.isCancelled) return;
    this.state = state;
    this.finishedAt = Date.now();
    this.context.readJobTable.finish(this.id, this.saved(), result);
    if (this.request.callback) void sendCallback(this.request.callback.url, this.details());
  }

  details(): { data: Record<string, unknown>[] } {
    const usesPageToken = this.version === 'v7' || this.version === 'v8';
    const result =
      this.state === 'COMPLETED' && this.summary
        ? {
            page: this.request.page,
            per_page: this.summary.perPage,
            count: this.summary.count,
            download_url: `/crm/bulk/${this.version}/read/${this.id}/result`,
            more_records: this.summary.moreRecords,
            ...(usesPageToken && this.summary.moreRecords
              ? {
                  next_page_token: pageToken({
                    query: this.request.tokenQuery,
                    fileType: this.request.fileType,
                    page: this.request.page + 1,
                    user: CURRENT_USER.id,
                    issuedAt: this.finishedAt,
                  }),
                }
              : {}),
          }
        : this.state !== 'FAILURE' && this.context.variants.readResultEarly
          ? // v7's samples show `result` on every state, before any file exists.
            { page: this.request.page, per_page: this.perPage(), count: 0, more_records: false }
          : this.state === 'FAILURE'
            ? {
                error_message: {
                  status: 'error',
                  code: 'INTERNAL_SERVER_ERROR',
                  message: 'Internal server error occurred.',
                  details: {},
                },
              }
            : undefined;
    return {
      data: [
        {
          id: this.id,
          operation: 'read',
          state: this.state,
          ...(result ? { result } : {}),
          query: this.request.queryEcho,
          ...(this.request.callback ? { callback: this.request.callback } : {}),
          created_by: { id: CURRENT_USER.id, name: userName(CURRENT_USER) },
          created_time: this.createdTime,
          file_type: this.request.fileType,
        },
      ],
    };
  }
}

/** The same query's next page starts after the last record of this one (export of millions, page by page). */
function cursorKey(request: ReadRequest, page: number, perPage: number): string {
  const { module, criteria, cvid, fileType } = request;
  return JSON.stringify([module, criteria ?? null, cvid ?? null, fileType, perPage, page]);
}
