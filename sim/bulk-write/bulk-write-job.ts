import Papa from 'papaparse';
import type { SimContext } from '../context';
import { findModule, type ModuleDef } from '../demo-org/modules';
import { CURRENT_USER, ORG, userName } from '../demo-org/org';
import { sendCallback } from '../shared/send-callback';
import type { SimVariants } from '../variants';
import { readZip } from '../zip/read-zip';
import { writeZip } from '../zip/write-zip';
import { zohoTime } from '../zoho-time';
import { applyChildRow, type ParentKeys, parentKeys } from './apply-child-row';
import { applyRow, type RowResult } from './apply-row';
import { pickCsv } from './pick-csv';
import { resultCsv } from './result-csv';
import type { FieldMapping, WriteRequest, WriteResource } from './write-request';

type JobStatus = 'ADDED' | 'INPROGRESS' | 'COMPLETED' | 'FAILED';
const TICK_MS = 50;

/** One CSV of the job and its progress: the parent's, or a subform's or linking module's. */
type ResourceRun = {
  resource: WriteResource;
  module: ModuleDef;
  status: JobStatus;
  fileName: string;
  counts: { added: number; updated: number; skipped: number; total: number };
  header: string[];
  rows: string[][];
  mappings: FieldMapping[];
  results: RowResult[];
};

/**
 * One bulk write job: it reads its CSVs, applies the parent's rows, then each child's (so a child can still be
 * INPROGRESS when the parent is COMPLETED), at the configured speed, then writes the result zip.
 */
export class BulkWriteJob {
  status: JobStatus = 'ADDED';
  readonly createdTime = zohoTime();
  readonly runs: ResourceRun[];
  result?: Buffer;
  private timer?: NodeJS.Timeout;
  private isCancelled = false;

  constructor(
    readonly id: string,
    readonly request: WriteRequest,
    readonly version: string,
    private readonly context: SimContext,
  ) {
    this.runs = request.resources.map((resource) => ({
      resource,
      module: findModule(resource.module) as ModuleDef,
      status: 'ADDED',
      fileName: '',
      counts: { added: 0, updated: 0, skipped: 0, total: 0 },
      header: [],
      rows: [],
      mappings: [],
      results: [],
    }));
  }

  start(): void {
    // A real org queues a job (ADDED) before it runs it.
    const queuedMs = Math.max(TICK_MS, this.context.variants.writeAddedMs);
    this.timer = setTimeout(() => void this.run().catch(() => this.finish('FAILED')), queuedMs);
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
    for (const run of this.runs) {
      const csv = pickCsv(entries, run.resource.fileName);
      if (!csv || !run.module) return this.finish('FAILED');
      run.fileName = csv.name.split('/').pop() ?? csv.name;
      const parsed = Papa.parse<string[]>(csv.content.toString('utf8').replace(/^\uFEFF/, ''), {
        skipEmptyLines: 'greedy',
      });
      [run.header = [], ...run.rows] = parsed.data;
      run.mappings = run.resource.fieldMappings ?? run.header.map((api_name, index) => ({ api_name, index }));
    }
    this.status = 'INPROGRESS';
    const [parent, ...children] = this.runs;
    if (!parent) return this.finish('FAILED');
    await this.process(parent, (row) =>
      applyRow(this.context.store, parent.module, this.request, parent.mappings, row),
    );
    for (const child of children) {
      const link = child.resource.parentLink;
      if (!link) continue;
      const keys: ParentKeys = parentKeys(parent.rows, parent.results, link.parentColumnIndex);
      const rowContext = {
        parentKeys: keys,
        perParent: new Map<string, number>(),
        ignoreEmpty: this.request.ignoreEmpty,
      };
      await this.process(child, (row) =>
        applyChildRow(
          this.context.store,
          child.module,
          { ...child.resource, parentLink: link },
          child.mappings,
          row,
          rowContext,
        ),
      );
    }
    if (this.isCancelled) return;
    this.result = await writeZip(
      this.runs.map((run) => ({
        name: `${run.module.api}-${run.fileName.replace(/\.\w+$/, '')}.csv`,
        content: resultCsv(
          run.header,
          run.mappings,
          run.rows.slice(this.context.settings.dropResultRows),
          run.results.slice(this.context.settings.dropResultRows),
        ),
      })),
    );
    this.finish('COMPLETED');
  }

  private async process(run: ResourceRun, apply: (row: string[]) => RowResult): Promise<void> {
    run.status = 'INPROGRESS';
    for (let next = 0; next < run.rows.length && !this.isCancelled; ) {
      const batch = Math.max(1, Math.floor((this.context.settings.rowsPerSecond * TICK_MS) / 1000));
      for (const row of run.rows.slice(next, next + batch)) {
        const result = apply(row);
        run.results.push(result);
        run.counts.total += 1;
        if (result.status === 'ADDED') run.counts.added += 1;
        if (result.status === 'UPDATED') run.counts.updated += 1;
        if (result.status === 'SKIPPED') run.counts.skipped += 1;
      }
      next += batch;
      if (next < run.rows.length) await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    if (!this.isCancelled) run.status = 'COMPLETED';
  }

  private finish(status: 'COMPLETED' | 'FAILED'): void {
    this.status = status;
    for (const run of this.runs) if (run.status !== 'COMPLETED') run.status = status;
    const file = this.context.files.get(this.request.fileId);
    if (file) file.usedByJob = this.id;
    if (this.request.callback) void sendCallback(this.request.callback.url, this.details());
  }

  /** The details as the version asked for them writes them (v2 module as a string, v3+ parent_column_index). */
  details(version = this.version): Record<string, unknown> {
    const isV2 = version === 'v2';
    const showFile = !isV2 || this.status === 'COMPLETED' || this.status === 'FAILED';
    const { variants } = this.context;
    return {
      status: spell(this.status, variants),
      ...(showFile ? { character_encoding: this.request.characterEncoding ?? 'UTF-8' } : {}),
      resource: this.runs.map((run) => resourceDetails(run, version, showFile, variants)),
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

/** Zoho spells "in progress" two ways (sim/README.md, variant writeInProgress). */
function spell(status: JobStatus, variants: SimVariants): string {
  return status === 'INPROGRESS' ? variants.writeInProgress : status;
}

/** The resource's `file` while the job waits (ADDED): Zoho's documented sample has `{status}` and no counts. */
function queuedFile(run: ResourceRun, variants: SimVariants): Record<string, unknown> | undefined {
  if (variants.writeAddedFile === 'absent') return undefined;
  if (variants.writeAddedFile === 'status-only') return { status: variants.writeInProgress };
  const name = run.resource.fileName ?? '';
  return { status: 'ADDED', name, added_count: 0, skipped_count: 0, updated_count: 0, total_count: 0 };
}

/** A resource's `code` is Zoho's own word, not a copy of its status (doc samples: ADDED, then SUCCESS). */
function resourceCode(run: ResourceRun, variants: SimVariants): string {
  if (variants.writeResourceCode === 'status') return spell(run.status, variants);
  if (run.status === 'COMPLETED') return 'SUCCESS';
  return run.status === 'FAILED' ? 'FAILED' : 'ADDED';
}

function resourceDetails(
  run: ResourceRun,
  version: string,
  showFile: boolean,
  variants: SimVariants,
): Record<string, unknown> {
  const isV2 = version === 'v2';
  const hasParentIndex = !isV2 && version !== 'v2.1';
  const { resource } = run;
  const mappingEcho = (resource.fieldMappings ?? []).map((mapping) => ({
    api_name: mapping.api_name,
    index: mapping.index ?? null,
    format: mapping.format ?? null,
    find_by: mapping.find_by ?? null,
    module: null,
    default_value: mapping.default_value ?? null,
    ...(hasParentIndex ? { parent_column_index: mapping.parent_column_index ?? null } : {}),
  }));
  const waiting = showFile && !run.fileName && run.status === 'ADDED' ? queuedFile(run, variants) : undefined;
  return {
    status: spell(run.status, variants),
    type: 'data',
    module: isV2 ? resource.module : { id: resource.moduleId, api_name: resource.module },
    field_mappings: mappingEcho,
    ...(resource.findBy ? { find_by: resource.findBy } : {}),
    ...(showFile && run.fileName
      ? {
          file: {
            status: spell(run.status, variants),
            name: run.fileName,
            added_count: run.counts.added,
            skipped_count: run.counts.skipped,
            updated_count: run.counts.updated,
            total_count: run.counts.total,
          },
        }
      : waiting
        ? { file: waiting }
        : {}),
    code: resourceCode(run, variants),
  };
}
