import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins, connections, type Import, importChunks, imports } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { ZOHO_LIMITS } from '@/lib/zoho/limits';
import { READ_BACK_PREFIX } from '../run/read-back-chunk';
import { readBackKey } from '../run/read-back-key';
import type { AdminFileView } from './family-files';
import { IMPORT_NOT_FOUND } from './get-import';
import { type ImportStatusView, loadImportView } from './import-status-view';

export type ChunkDetail = {
  index: number;
  zohoJobId: string | null;
  createOutcome: string | null;
  error: string | null;
  zohoStatus: string | null;
  createAttemptedAt: string | null;
};

/** The admin's import page: the shareable status plus what only admins see (file, connection, Zoho facts). */
export type ImportAdminView = Omit<ImportStatusView, 'files'> & {
  /** A parent-child import's files, each with its own page, downloads and rows not in the CRM. */
  files: AdminFileView[];
  /** A child file's page links back to the import it is part of. */
  familyParent: { id: string; name: string } | null;
  fileName: string;
  /** For reading the module's field labels (error groups name fields by api_name). */
  connectionId: string | null;
  connectionName: string | null;
  ranBy: string | null;
  isPauseRequested: boolean;
  preflight: unknown;
  chunkDetails: ChunkDetail[];
  creditsUsed: number;
  /**
   * For chunks waiting for a decision: the field their rows can be looked up by in Zoho, or why they cannot be
   * (null while no chunk waits).
   */
  readBack: { field: string } | { unavailable: string } | null;
  /** What each read-back found, by the chunk it checked. */
  readBackResults: { index: number; summary: string }[];
};

export async function getImportAdminView(db: Db, id: string): Promise<ImportAdminView> {
  const loaded = await loadImportView(db, id);
  if (!loaded) throw new AppError('not_found', IMPORT_NOT_FOUND);
  const { row, view, adminFiles } = loaded;
  const [familyParent] = row.familyParentId
    ? await db
        .select({ id: imports.id, name: imports.name })
        .from(imports)
        .where(eq(imports.id, row.familyParentId))
    : [];
  const [connection] = row.connectionId
    ? await db
        .select({ name: connections.name })
        .from(connections)
        .where(eq(connections.id, row.connectionId))
    : [];
  const [admin] = row.adminId
    ? await db.select({ name: admins.name }).from(admins).where(eq(admins.id, row.adminId))
    : [];
  const chunks = await db
    .select({
      index: importChunks.index,
      zohoJobId: importChunks.zohoJobId,
      createOutcome: importChunks.createOutcome,
      error: importChunks.error,
      zohoStatus: importChunks.zohoStatus,
      createAttemptedAt: importChunks.createAttemptedAt,
    })
    .from(importChunks)
    .where(eq(importChunks.importId, id))
    .orderBy(asc(importChunks.index));
  return {
    ...view,
    files: adminFiles,
    familyParent: familyParent ?? null,
    fileName: row.fileName,
    connectionId: row.connectionId,
    connectionName: connection?.name ?? null,
    ranBy: admin?.name ?? null,
    isPauseRequested: row.pauseRequested,
    preflight: row.preflight,
    chunkDetails: chunks.map((chunk) => ({
      index: chunk.index,
      zohoJobId: chunk.zohoJobId,
      createOutcome: chunk.createOutcome,
      error: chunk.error,
      zohoStatus: chunk.zohoStatus,
      createAttemptedAt: chunk.createAttemptedAt?.toISOString() ?? null,
    })),
    creditsUsed: chunks.filter((chunk) => chunk.zohoJobId).length * ZOHO_LIMITS.writeJobCredits,
    readBackResults: chunks.flatMap((chunk) =>
      chunk.createOutcome?.startsWith(READ_BACK_PREFIX)
        ? [{ index: chunk.index, summary: chunk.createOutcome }]
        : [],
    ),
    readBack: view.chunks.some((chunk) => chunk.status === 'needs_attention')
      ? await readBackOf(db, row)
      : null,
  };
}

async function readBackOf(db: Db, row: Import): Promise<ImportAdminView['readBack']> {
  try {
    return { field: (await readBackKey(db, row)).label };
  } catch (error) {
    return {
      unavailable:
        error instanceof AppError
          ? error.message
          : 'Fieldmap could not read the module’s fields from Zoho just now, so it cannot check these rows yet. Reload the page to try again.',
    };
  }
}
