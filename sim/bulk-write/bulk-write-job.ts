import Papa from 'papaparse';
import type { SimContext } from '../context';
import { findModule, type ModuleDef } from '../demo-org/modules';
import { CURRENT_USER, ORG, userName } from '../demo-org/org';
import { sendCallback } from '../shared/send-callback';
import type { SimVariants } from '../variants';
import { readZip } from '../zip/read-zip';
import { writeZip } from '../zip/write-zip';
import { zohoTime } from '../zoho-time';
import { applyChildRow, type ParentKeys, parentKeys, rowsPerParent } from './apply-child-row';
import { applyRow, type RowResult } from './apply-row';
import { pickCsv } from './pick-csv';
import { resultCsv } from './result-csv';
import type { FieldMapping, WriteRequest, WriteResource } from './write-request';

type JobStatus = 'ADDED' | 'INPROGRESS' | 'COMPLETED' | 'FAILED';
const TICK_MS = 50;

type RunCounts = { added: number; updated: number; skipped: number; total: number };
/** What is saved of a job (its rows' results are saved beside it as they are applied). */
export type SavedWriteJob = {
  status: JobStatus;
  version: string;
  request: WriteRequest;
  createdTime: string;
  runs: { status: JobStatus; fileName: string; counts: RunCounts }[];
};

/** One CSV of the job and its progress: the parent's, or a subform's or linking module's. */
type ResourceRun = {
  resource: WriteResource;
  module: ModuleDef;
  status: JobStatus;
  fileName: string;
  counts: RunCounts;
  header: string[];
  rows: string[][];
  mappings: FieldMapping[];
  results: RowResult[];
};

/**
 * One bulk write job: it reads its CSVs, applies the parent's rows, then each child's (so a child can still be
 * INPROGRESS when the parent is COMPLETED), at the configured speed, then writes the result zip.
 * Each batch of rows is committed with the job's progress, so a job the simulator was running when it stopped
 * carries on from the next row when it starts again, as Zoho's jobs outlive a restart.
 */
export class BulkWriteJob {
  status: JobStatus;
  readonly createdTime: string;
  readonly runs: ResourceRun[];
  private timer?: NodeJS.Timeout;
  private isCancelled = false;

  constructor(
    readonly id: string,
    readonly request: WriteRequest,
    readonly version: string,
    private readonly context: SimContext,
    saved?: SavedWriteJob,
  ) {
    this.status = saved?.status ?? 'ADDED';
    this.createdTime = saved?.createdTime ?? zohoTime();
    this.runs = request.resources.map((resource, index) => ({
      resource,
      module: findModule(resource.module) as ModuleDef,
      status: saved?.runs[index]?.status ?? 'ADDED',
      fileName: saved?.runs[index]?.fileName ?? '',
      counts: { ...(saved?.runs[index]?.counts ?? { added: 0, updated: 0, skipped: 0, total: 0 }) },
      header: [],
      rows: [],
      mappings: [],
      results: [],
    }));
  }

  /** A job as saved in the sandbox's database. */
  static restore(id: string, saved: SavedWriteJob, context: SimContext): BulkWriteJob {
    return new BulkWriteJob(id, saved.request, saved.version, context, saved);
  }

  get isRunning(): boolean {
    return this.status === 'ADDED' || this.status === 'INPROGRESS';
  }

  start(): void {
    this.save();
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

  /** The result zip, read from the database when asked for (it is not kept in memory). */
  resultZip(): Buffer | undefined {
    return this.status === 'COMPLETED' ? this.context.writeJobTable.result(this.id) : undefined;
  }

  private saved(): SavedWriteJob {
    return {
      status: this.status,
      version: this.version,
      request: this.request,
      createdTime: this.createdTime,
      runs: this.runs.map((run) => ({ status: run.status, fileName: run.fileName, counts: run.counts })),
    };
  }

  private save(): void {
    this.context.writeJobTable.save(this.id, this.saved());
  }

  private async run(): Promise<void> {
    const file = this.context.files.content(this.request.fileId);
    const entries = file ? await readZip(file) : [];
    if (this.isCancelled) return;
    for (const [index, run] of this.runs.entries()) {
      const csv = pickCsv(entries, run.resource.fileName);
      if (!csv || !run.module) return this.finish('FAILED');
      run.fileName = csv.name.split('/').pop() ?? csv.name;
      const parsed = Papa.parse<string[]>(csv.content.toString('utf8').replace(/^\uFEFF/, ''), {
        skipEmptyLines: 'greedy',
      });
      [run.header = [], ...run.rows] = parsed.data;
      run.mappings = run.resource.fieldMappings ?? run.header.map((api_name, index) => ({ api_name, index }));
      run.results = this.context.writeResults.list(this.id, index);
    }
    this.status = 'INPROGRESS';
    const [parent, ...children] = this.runs;
    if (!parent) return this.finish('FAILED');
    await this.process(0, parent, (row) =>
      applyRow(this.context.store, parent.module, this.request, parent.mappings, row),
    );
    for (const [position, child] of children.entries()) {
      const link = child.resource.parentLink;
      if (!link) continue;
      const keys: ParentKeys = parentKeys(parent.rows, parent.results, link.parentColumnIndex);
      const rowContext = {
        parentKeys: keys,
        perParent: rowsPerParent(child.rows, child.results, link.index, keys),
        ignoreEmpty: this.request.ignoreEmpty,
      };
      await this.process(position + 1, child, (row) =>
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
    const result = await writeZip(
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
    this.finish('COMPLETED', result);
  }

  /** Applies the rows not applied yet, a batch per tick, each batch committed with its results. */
  private async process(index: number, run: ResourceRun, apply: (row: string[]) => RowResult): Promise<void> {
    if (run.status === 'COMPLETED') return;
    run.status = 'INPROGRESS';
    for (let next = run.results.length; next < run.rows.length && !this.isCancelled; ) {
      const batch = Math.max(1, Math.floor((this.context.settings.rowsPerSecond * TICK_MS) / 1000));
      const from = next;
      this.context.store.transaction(() => {
        const applied = run.rows.slice(from, from + batch).map(apply);
        for (const result of applied) {
          run.results.push(result);
          run.counts.total += 1;
          if (result.status === 'ADDED') run.counts.added += 1;
          if (result.status === 'UPDATED') run.counts.updated += 1;
          if (result.status === 'SKIPPED') run.counts.skipped += 1;
        }
        this.context.writeResults.add(this.id, index, from, applied);
        this.save();
      });
      next = run.results.length;
      if (next < run.rows.length) await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    if (!this.isCancelled) run.status = 'COMPLETED';
  }

  private finish(status: 'COMPLETED' | 'FAILED', result?: Buffer): void {
    if (this.isCancelled) return;
    this.status = status;
    for (const run of this.runs) {
      if (run.status !== 'COMPLETED') run.status = status;
      run.rows = [];
      run.results = [];
    }
    this.context.store.transaction(() => {
      this.context.writeJobTable.finish(this.id, this.saved(), result);
      this.context.writeResults.drop(this.id);
      this.context.files.markUsed(this.request.fileId, this.id);
    });
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
