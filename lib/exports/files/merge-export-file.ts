import 'server-only';
import { Readable } from 'node:stream';
import type { Db } from '@/lib/db/client';
import type { Export, ExportPage } from '@/lib/db/schema';
import type { FileStorage } from '@/lib/storage/file-storage';
import { updateExport } from '../run/update-export';
import { copyToTempFile } from './copy-to-temp-file';
import { exportFileName } from './export-file-name';
import { type MergeStats, mergeCsvPages, type PageSource } from './merge-csv-pages';
import { mergeIcsPages } from './merge-ics-pages';
import { readZipEntry } from './read-zip-entry';

const MAX_FILE_BYTES = 64 * 1024 ** 3;

/**
 * Every page's zip merged into one file in storage, streamed with constant memory (each zip is unpacked to a
 * temp file and read entry by entry). Written from the start on every run, so a crash mid-merge is harmless.
 */
export async function mergeExportFile(
  db: Db,
  storage: FileStorage,
  run: Export,
  pages: ExportPage[],
): Promise<void> {
  const disposers: (() => Promise<void>)[] = [];
  const sources: PageSource[] = pages.map((page) => async () => {
    const temp = await copyToTempFile(storage, page.zipKey ?? '');
    disposers.push(temp.dispose);
    return readZipEntry(temp.file, `.${run.fileType}`);
  });
  const stats: MergeStats = { records: 0, duplicates: 0 };
  const key = `exports/${run.id}/${exportFileName(run)}`;
  try {
    const merged = run.fileType === 'ics' ? mergeIcsPages(sources, stats) : mergeCsvPages(sources, stats);
    await storage.remove(key);
    const bytes = await storage.append(key, Readable.from(merged), MAX_FILE_BYTES);
    await updateExport(db, run.id, {
      status: 'completed',
      statusMessage: null,
      fileKey: key,
      fileBytes: bytes,
      recordCount: stats.records,
      duplicatesDropped: stats.duplicates,
      finishedAt: new Date(),
    });
  } finally {
    await Promise.all(disposers.map((dispose) => dispose()));
  }
}
