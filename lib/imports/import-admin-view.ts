import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins, connections, importChunks } from '@/lib/db/schema';
import { ZOHO_LIMITS } from '@/lib/zoho/limits';
import { getImport } from './get-import';
import { getImportStatusView, type ImportStatusView } from './import-status-view';

export type ChunkDetail = {
  index: number;
  zohoJobId: string | null;
  createOutcome: string | null;
  error: string | null;
  zohoStatus: string | null;
  createAttemptedAt: string | null;
};

/** The admin's import page: the shareable status plus what only admins see (file, connection, Zoho facts). */
export type ImportAdminView = ImportStatusView & {
  fileName: string;
  connectionName: string | null;
  ranBy: string | null;
  isPauseRequested: boolean;
  preflight: unknown;
  chunkDetails: ChunkDetail[];
  creditsUsed: number;
};

export async function getImportAdminView(db: Db, id: string): Promise<ImportAdminView> {
  const row = await getImport(db, id);
  const view = await getImportStatusView(db, id);
  if (!view) throw new Error('Import vanished');
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
    .select()
    .from(importChunks)
    .where(eq(importChunks.importId, id))
    .orderBy(asc(importChunks.index));
  return {
    ...view,
    fileName: row.fileName,
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
  };
}
