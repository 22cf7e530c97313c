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

type State = 'ADDED' | 'IN PROGRESS' | 'COMPLETED' | 'FAILURE';
const STEP_MS = 100;

/** One bulk read job: the page of matching records, exported as a zip holding `<id>.csv` or `<id>.ics`. */
export class BulkReadJob {
  state: State = 'ADDED';
  readonly createdTime = zohoTime();
  result?: Buffer;
  private summary?: { count: number; perPage: number; moreRecords: boolean };
  private timer?: NodeJS.Timeout;

  constructor(
    readonly id: string,
    readonly request: ReadRequest,
    readonly version: string,
    private readonly context: SimContext,
  ) {}

  start(): void {
    this.timer = setTimeout(() => {
      this.state = 'IN PROGRESS';
      this.timer = setTimeout(() => void this.run().catch(() => this.finish('FAILURE')), STEP_MS);
    }, STEP_MS);
  }

  cancel(): void {
    clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    const module = findModule(this.request.module);
    if (!module) return this.finish('FAILURE');
    const perPage =
      this.request.fileType === 'ics'
        ? this.context.settings.icsPageSize
        : this.context.settings.readPageSize;
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
              'id',
              ...(this.request.fields ?? defaultExportFields(module)).filter((name) => name !== 'id'),
            ];
            return Papa.unparse({
              fields,
              data: page.map((record) =>
                fields.map((name) => recordCell(this.context.store, module, record, name)),
              ),
            });
          })();
    this.result = await writeZip([{ name: `${this.id}.${this.request.fileType}`, content }]);
    this.finish('COMPLETED');
  }

  private finish(state: 'COMPLETED' | 'FAILURE'): void {
    this.state = state;
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
              ? { next_page_token: pageToken(this.request.module, this.request.page + 1) }
              : {}),
          }
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
