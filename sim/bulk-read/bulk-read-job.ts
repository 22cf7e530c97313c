import Papa from 'papaparse';
import type { SimContext } from '../context';
import { findModule } from '../demo-org/modules';
import { CURRENT_USER, userName } from '../demo-org/org';
import { sendCallback } from '../shared/send-callback';
import { writeZip } from '../zip/write-zip';
import { zohoTime } from '../zoho-time';
import { matchesCriteria } from './match-criteria';
import { pageToken } from './page-token';
import type { ReadRequest } from './read-request';
import { recordCell } from './record-cell';
import { resolveField } from './resolve-field';
import { resolveValue } from './resolve-value';
import { toIcs } from './to-ics';
import { defaultExportFields } from './validate-read';

/** Numeric id order without BigInt per comparison (ids are decimal strings without leading zeros). */
const byId = (a: { id: string }, b: { id: string }) =>
  a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type State = 'ADDED' | 'QUEUED' | 'IN PROGRESS' | 'COMPLETED' | 'FAILURE';
const STEP_MS = 100;

/** One bulk read job: the page of matching records, exported as a zip holding `<id>.csv` or `<id>.ics`. */
export class BulkReadJob {
  state: State = 'ADDED';
  readonly createdTime = zohoTime();
  result?: Buffer;
  finishedAt = 0;
  private summary?: { count: number; perPage: number; moreRecords: boolean };
  private timer?: NodeJS.Timeout;

  constructor(
    readonly id: string,
    readonly request: ReadRequest,
    readonly version: string,
    private readonly context: SimContext,
  ) {}

  /** ADDED, then QUEUED (variant readQueued), then IN PROGRESS, a step each. */
  start(): void {
    const running = () => {
      this.state = 'IN PROGRESS';
      this.timer = setTimeout(() => void this.run().catch(() => this.finish('FAILURE')), STEP_MS);
    };
    this.timer = setTimeout(() => {
      if (!this.context.variants.readQueued) return running();
      this.state = 'QUEUED';
      this.timer = setTimeout(running, STEP_MS);
    }, STEP_MS);
  }

  cancel(): void {
    clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    const module = findModule(this.request.module);
    if (!module) return this.finish('FAILURE');
    const perPage = this.perPage();
    const matching = this.context.store
      .list(module.api)
      .filter((record) =>
        matchesCriteria(this.request.criteria, (path) => ({
          field: resolveField(module, path),
          value: resolveValue(this.context.store, module, record, path),
        })),
      )
      .sort(byId);
    const page = matching.slice((this.request.page - 1) * perPage, this.request.page * perPage);
    this.summary = {
      count: page.length,
      perPage,
      moreRecords: matching.length > this.request.page * perPage,
    };
    const content =
      this.request.fileType === 'ics'
        ? toIcs(page)
        : (() => {
            const fields = [
              this.context.variants.readIdHeader,
              ...(this.request.fields ?? defaultExportFields(module)).filter((name) => name !== 'id'),
            ];
            return Papa.unparse({
              fields,
              data: page.map((record) =>
                fields.map((name, index) =>
                  recordCell(this.context.store, module, record, index === 0 ? 'id' : name),
                ),
              ),
            });
          })();
    this.result = await writeZip([{ name: `${this.id}.${this.request.fileType}`, content }]);
    this.finish('COMPLETED');
  }

  private perPage(): number {
    return this.request.fileType === 'ics'
      ? this.context.settings.icsPageSize
      : this.context.settings.readPageSize;
  }

  private finish(state: 'COMPLETED' | 'FAILURE'): void {
    this.state = state;
    this.finishedAt = Date.now();
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
