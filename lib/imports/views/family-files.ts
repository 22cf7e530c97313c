import 'server-only';
import type { Db } from '@/lib/db/client';
import type { FamilyRelation, Import, ImportChunk, OutcomeCounts } from '@/lib/db/schema';
import { countKeptBack } from '../collect/count-kept-back';
import { rowsDone, sumCounts } from '../collect/outcome-counts';
import { loadFamilyChildren } from '../split/plan-family';
import { type ErrorGroupView, listErrorGroups } from './list-error-groups';

/** One file of a parent-child import, as the import and share pages show it. No ids, file names or values. */
export type FileView = {
  role: 'parent' | 'child';
  module: string;
  /** "Leads" for the parent, "Visits (subform)" for a child file. */
  label: string;
  rowsInFile: number | null;
  counts: OutcomeCounts;
  rowsDone: number;
  reconciled: boolean | null;
  /** Why this file's rows did not go in (the share view keeps codes and fields only). */
  errors: ErrorGroupView[];
  /** A test run's child file: its rows whose parents were not tested, left for the full import. */
  waitingForFullRun?: number;
};

/** The admin's page also links each file's own page and downloads. */
export type AdminFileView = FileView & { importId: string; fileName: string };

const KIND_WORDS: Record<FamilyRelation['kind'], string> = {
  subform: 'subform',
  multiselectlookup: 'multi-select lookup',
  multiuserlookup: 'multi-user lookup',
};

export function childLabel(relation: FamilyRelation | null, module: string): string {
  return relation ? `${relation.label} (${KIND_WORDS[relation.kind]})` : module;
}

/**
 * A child file's counts: its own once the import has finished; while it runs, what Zoho reported for it in
 * the parent's chunks (collected, or still running: its resource's progress) plus its rows kept back before upload (orphans, children of kept-back parents:
 * stored with no chunk, so never counted twice).
 */
export function childCounts(
  child: Import,
  parentChunks: Pick<ImportChunk, 'childCounts'>[],
  keptBack: number,
): OutcomeCounts {
  if (child.counts) return child.counts;
  const at = (child.familyPosition ?? 1) - 1;
  const reported = sumCounts(parentChunks.map((chunk) => chunk.childCounts?.[at]));
  return { ...reported, excluded: reported.excluded + keptBack };
}

/**
 * The files of a parent-child import, parent first then children by position; empty for an import of one
 * file (and for a child file itself).
 */
export async function loadFamilyFiles(
  db: Db,
  parent: Import,
  parentCounts: OutcomeCounts,
  parentChunks: Pick<ImportChunk, 'childCounts'>[],
  parentErrors: ErrorGroupView[],
): Promise<AdminFileView[]> {
  const children = await loadFamilyChildren(db, parent.id);
  if (children.length === 0) return [];
  const keptBack = await countKeptBack(
    db,
    children.filter((child) => !child.counts).map((child) => child.id),
  );
  const file = (
    row: Import,
    role: FileView['role'],
    label: string,
    counts: OutcomeCounts,
    errors: ErrorGroupView[],
  ) => ({
    role,
    module: row.module,
    label,
    rowsInFile: row.rowsInFile,
    counts,
    rowsDone: rowsDone(counts),
    reconciled: row.reconciled,
    errors,
    importId: row.id,
    fileName: row.fileName,
  });
  return [
    file(parent, 'parent', parent.module, parentCounts, parentErrors),
    ...(await Promise.all(
      children.map(async (child, i) => ({
        ...file(
          child,
          'child',
          childLabel(child.familyRelation, child.module),
          childCounts(child, parentChunks, keptBack.get(child.id) ?? 0),
          await listErrorGroups(db, child.id),
        ),
        waitingForFullRun: parent.rowLimit === null ? undefined : waitingRows(parent.preflight, i),
      })),
    )),
  ];
}

/** What a test run's split left for the full import, per child file (stored with the parent's pre-flight). */
function waitingRows(preflight: unknown, position: number): number | undefined {
  const family = (preflight as { family?: { children?: { notInTestRun?: unknown }[] } } | null)?.family;
  const count = family?.children?.[position]?.notInTestRun;
  return typeof count === 'number' ? count : undefined;
}

/** A file as the status view carries it: no import id or file name (admins get those in their own view). */
export function toFileView(file: FileView): FileView {
  const { added, updated, skipped, failed, unprocessed, excluded } = file.counts;
  return {
    role: file.role,
    module: file.module,
    label: file.label,
    rowsInFile: file.rowsInFile,
    counts: { added, updated, skipped, failed, unprocessed, excluded },
    errors: file.errors.map(({ code, column, message, count }) => ({ code, column, message, count })),
    rowsDone: file.rowsDone,
    reconciled: file.reconciled,
    waitingForFullRun: file.waitingForFullRun,
  };
}
