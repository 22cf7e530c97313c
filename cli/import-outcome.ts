import { EXIT, type ExitCode } from './exit-codes';

export type Counts = {
  added: number;
  updated: number;
  skipped: number;
  failed: number;
  unprocessed: number;
  excluded: number;
};

/** The part of GET /api/imports/{id} the CLI reads. */
export type ImportView = {
  id: string;
  name: string;
  status: string;
  statusMessage: string | null;
  rowsInFile: number | null;
  rowsDone: number;
  counts: Counts;
  reconciled: boolean | null;
};

const FINISHED = new Set(['completed', 'failed', 'cancelled']);

export function isSettled(view: ImportView): boolean {
  return FINISHED.has(view.status) || view.status === 'needs_attention';
}

export function notInCrm(counts: Counts): number {
  return counts.skipped + counts.failed + counts.unprocessed + counts.excluded;
}

/** The exit code an import's state stands for; one still running is 0 (nothing wrong yet). */
export function exitCodeFor(view: ImportView): ExitCode {
  if (view.status === 'needs_attention') return EXIT.needsAttention;
  if (view.status === 'failed' || view.status === 'cancelled') return EXIT.refused;
  if (view.status !== 'completed') return EXIT.ok;
  if (view.reconciled === false) return EXIT.unreconciled;
  return notInCrm(view.counts) > 0 ? EXIT.someRowsNotIn : EXIT.ok;
}

export function describeImport(view: ImportView): string {
  const { added, updated, skipped, failed, unprocessed, excluded } = view.counts;
  const tally = `${added} added, ${updated} updated, ${skipped} skipped, ${failed} failed, ${unprocessed} unprocessed, ${excluded} excluded`;
  const status =
    view.status === 'completed' && view.reconciled === false ? 'unreconciled' : view.status.replace('_', ' ');
  const message = view.statusMessage ? ` — ${view.statusMessage}` : '';
  return `${view.name}: ${status} (${tally})${message}`;
}
