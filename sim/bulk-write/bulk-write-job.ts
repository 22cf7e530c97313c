import Papa from 'papaparse';
import type { SimContext } from '../context';
import { findModule } from '../demo-org/modules';
import { CURRENT_USER, ORG, userName } from '../demo-org/org';
import { sendCallback } from '../shared/send-callback';
import { readZip } from '../zip/read-zip';
import { writeZip } from '../zip/write-zip';
import { zohoTime } from '../zoho-time';
import { applyRow, type RowResult } from './apply-row';
import type { FieldMapping, WriteRequest } from './write-request';

type JobStatus = 'ADDED' | 'INPROGRESS' | 'COMPLETED' | 'FAILED';
const TICK_MS = 50;

/** One bulk write job: it reads its CSV, applies rows at the configured speed, then writes the result zip. */
export class BulkWriteJob {
  status: JobStatus = 'ADDED';
  readonly createdTime = zohoTime();
  fileName = '';
  counts = { added: 0, updated: 0, skipped: 0, total: 0 };
  result?: Buffer;
  private timer?: NodeJS.Timeout;
  private isCancelled = false;

  constructor(
    readonly id: string,
    readonly request: WriteRequest,
    readonly version: string,
    private readonly context: SimContext,
  ) {}

  start(): void {
    this.timer = setTimeout(() => void this.run().catch(() => this.finish('FAILED')), TICK_MS);
  }

  cancel(): void {
    this.isCancelled = true;
    clearTimeout(this.timer);
  }

  get downloadUrl(): string {
    return `${this.context.publicUrl}/v2/crm/${ORG.zgid}/bulk-write/${this.id}/${this.id}.zip`;
  }

  private async run(): Promise<void> {
    const file = this.context.files.get(this.request.fileId);
    const entries = file ? await readZip(file.buffer) : [];
    const csv = entries.find((entry) => /\.(csv|txt)$/i.test(entry.name)) ?? entries[0];
    const module = findModule(this.request.module);
    if (!csv || !module) return this.finish('FAILED');
    this.fileName = csv.name;
    const parsed = Papa.parse<string[]>(csv.content.toString('utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: 'greedy',
    });
    const [header = [], ...rows] = parsed.data;
    const mappings: FieldMapping[] =
      this.request.fieldMappings ?? header.map((api_name, index) => ({ api_name, index }));
    this.status = 'INPROGRESS';
    const results: RowResult[] = [];
    for (let next = 0; next < rows.length && !this.isCancelled; ) {
      const batch = Math.max(1, Math.floor((this.context.settings.rowsPerSecond * TICK_MS) / 1000));
      for (const row of rows.slice(next, next + batch)) {
        const result = applyRow(this.context.store, module, this.request, mappings, row);
        results.push(result);
        this.count(result);
      }
      next += batch;
      if (next < rows.length) await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    if (this.isCancelled) return;
    this.result = await writeZip([
      {
        name: `${module.api}-${this.fileName.replace(/\.\w+$/, '')}.csv`,
        content: resultCsv(header, mappings, rows, results),
      },
    ]);
    this.finish('COMPLETED');
  }

  private count(result: RowResult): void {
    this.counts.total += 1;
    if (result.status === 'ADDED') this.counts.added += 1;
    if (result.status === 'UPDATED') this.counts.updated += 1;
    if (result.status === 'SKIPPED') this.counts.skipped += 1;
  }

  private finish(status: 'COMPLETED' | 'FAILED'): void {
    this.status = status;
    const file = this.context.files.get(this.request.fileId);
    if (file) file.usedByJob = this.id;
    if (this.request.callback) void sendCallback(this.request.callback.url, this.details());
  }

  /** The details as the version asked for them writes them (v2 module as a string, v3+ parent_column_index). */
  details(version = this.version): Record<string, unknown> {
    const isV2 = version === 'v2';
    const hasParentIndex = !isV2 && version !== 'v2.1';
    const mappingEcho = (this.request.fieldMappings ?? []).map((mapping) => ({
      api_name: mapping.api_name,
      index: mapping.index ?? null,
      format: mapping.format ?? null,
      find_by: mapping.find_by ?? null,
      module: null,
      default_value: mapping.default_value ?? null,
      ...(hasParentIndex ? { parent_column_index: null } : {}),
    }));
    const code = this.status;
    const showFile = !isV2 || this.status === 'COMPLETED' || this.status === 'FAILED';
    const resource = {
      status: this.status,
      type: 'data',
      module: isV2 ? this.request.module : { id: this.request.moduleId, api_name: this.request.module },
      field_mappings: mappingEcho,
      ...(this.request.findBy ? { find_by: this.request.findBy } : {}),
      ...(showFile && this.fileName
        ? {
            file: {
              status: this.status,
              name: this.fileName,
              added_count: this.counts.added,
              skipped_count: this.counts.skipped,
              updated_count: this.counts.updated,
              total_count: this.counts.total,
            },
          }
        : {}),
      code,
    };
    return {
      status: this.status,
      ...(showFile ? { character_encoding: this.request.characterEncoding ?? 'UTF-8' } : {}),
      resource: [resource],
      id: this.id,
      ...(this.request.callback ? { callback: this.request.callback } : {}),
      ...(this.status === 'COMPLETED' ? { result: { download_url: this.downloadUrl } } : {}),
      created_by: { id: CURRENT_USER.id, name: userName(CURRENT_USER) },
      ignore_empty: this.request.ignoreEmpty,
      operation: this.request.operation,
      created_time: this.createdTime,
    };
  }
}

/** The first three mapped columns of the uploaded file, then RECORD_ID, STATUS, ERRORS — one line per row. */
function resultCsv(
  header: string[],
  mappings: FieldMapping[],
  rows: string[][],
  results: RowResult[],
): string {
  const echoed = [
    ...new Set(
      mappings.map((mapping) => mapping.index).filter((index): index is number => index !== undefined),
    ),
  ]
    .sort((a, b) => a - b)
    .slice(0, 3);
  const lines = rows.map((row, position) => {
    const result = results[position];
    return [
      ...echoed.map((index) => row[index] ?? ''),
      result?.recordId ?? '',
      result?.status ?? 'UNPROCESSED',
      result?.errors ?? '',
    ];
  });
  return Papa.unparse({
    fields: [
      ...echoed.map((index) => header[index] ?? `Column ${index + 1}`),
      'RECORD_ID',
      'STATUS',
      'ERRORS',
    ],
    data: lines,
  });
}
