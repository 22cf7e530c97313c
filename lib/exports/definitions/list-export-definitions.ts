import 'server-only';
import { desc, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { exportDefinitions } from '@/lib/db/schema';
import type { ExportDefinition } from './export-definition';

export type ExportDefinitionView = {
  id: string;
  name: string;
  module: string;
  fileType: 'csv' | 'ics';
  definition: ExportDefinition;
  createdAt: string;
};

/** Saved definitions, newest first, for "run again". */
export async function listExportDefinitions(db: Db): Promise<ExportDefinitionView[]> {
  const rows = await db
    .select()
    .from(exportDefinitions)
    .where(isNull(exportDefinitions.deletedAt))
    .orderBy(desc(exportDefinitions.createdAt))
    .limit(100);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    module: row.module,
    fileType: row.fileType,
    definition: row.definition as ExportDefinition,
    createdAt: row.createdAt.toISOString(),
  }));
}
