import 'server-only';
import type { Export } from '@/lib/db/schema';

/** `leads-by-source-2026-11-23.csv`: the export's name, the day it was made, the file type. */
export function exportFileName(run: Pick<Export, 'name' | 'fileType' | 'createdAt'>): string {
  const slug =
    run.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'export';
  return `${slug}-${run.createdAt.toISOString().slice(0, 10)}.${run.fileType}`;
}
