import 'server-only';
import type { Import, ImportChunk, OutcomeCounts } from '@/lib/db/schema';

/** One file's share of a chunk: the records of that file the chunk's CSV for it holds, and what became of them. */
export type ChunkFile = {
  file: Import;
  recordNumbers: number[];
  counts: OutcomeCounts | null;
};

/**
 * A chunk as the set of files it carries, in the import's file order (`loadImportFiles`). The only reader of the
 * chunk's per-file columns: the import's own file in `recordNumbers`/`counts`, each child file's in the
 * positional `childRecordNumbers`/`childCounts`.
 */
export function chunkFiles(chunk: ImportChunk, files: readonly Import[]): ChunkFile[] {
  return files.map((file, position) =>
    position === 0
      ? { file, recordNumbers: chunk.recordNumbers, counts: chunk.counts ?? null }
      : {
          file,
          recordNumbers: chunk.childRecordNumbers?.[position - 1] ?? [],
          counts: chunk.childCounts?.[position - 1] ?? null,
        },
  );
}

/** The chunk columns that hold each file's counts, in the import's file order (the writer's half of the above). */
export function chunkCounts(perFile: readonly OutcomeCounts[]): {
  counts: OutcomeCounts | undefined;
  childCounts: OutcomeCounts[] | null;
} {
  const [counts, ...children] = perFile;
  return { counts, childCounts: children.length > 0 ? children : null };
}

/** The name of a file's CSV in each chunk zip of an import of several files (what the request's `file_names` say). */
export function fileCsvName(position: number): string {
  return position === 0 ? 'parent.csv' : `child-${position}.csv`;
}

type Counted = { added: number; updated: number; skipped: number };

/**
 * What Zoho's job says of each file: a job of several files reports one resource per module (its own totals add
 * them all up); a job of one file reports its totals.
 */
export function jobCountsByFile(
  job: Counted & { resources: (Counted & { module: string })[] },
  files: readonly Import[],
): Counted[] {
  return files.map((file, position) => {
    if (job.resources.length <= 1) return position === 0 ? job : { added: 0, updated: 0, skipped: 0 };
    return (
      job.resources.find((resource) => resource.module === file.module) ?? {
        added: 0,
        updated: 0,
        skipped: 0,
      }
    );
  });
}
