import type { ZipEntry } from '../zip/read-zip';

const isCsv = (entry: ZipEntry) => /\.(csv|txt)$/i.test(entry.name) || !entry.name.includes('.');

/** The CSVs of an uploaded zip (a zip may hold one per module of a parent-child job). */
export function csvEntries(entries: ZipEntry[]): ZipEntry[] {
  return entries.filter(isCsv);
}

/** The CSV a resource reads: the one `file_names` names (folders in the zip ignored), else the only one. */
export function pickCsv(entries: ZipEntry[], fileName: string | undefined): ZipEntry | undefined {
  const csvs = csvEntries(entries);
  if (fileName === undefined) return csvs.length === 1 ? csvs[0] : undefined;
  return csvs.find((entry) => entry.name === fileName || entry.name.split('/').pop() === fileName);
}
