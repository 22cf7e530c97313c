import 'server-only';
import { getConnection } from '@/lib/connections/get-connection';
import type { Db } from '@/lib/db/client';
import { type Export, exportDefinitions, exports } from '@/lib/db/schema';
import type { ExportDefinition } from '../definitions/export-definition';

/** A run of a definition, queued (the caller schedules its first step). A new definition is saved first. */
export async function createExport(options: {
  db: Db;
  adminId: string;
  definition: ExportDefinition;
  definitionId?: string;
}): Promise<Export> {
  const { db, adminId, definition } = options;
  const connection = await getConnection(db, definition.connectionId);
  let definitionId = options.definitionId;
  if (!definitionId) {
    const [saved] = await db
      .insert(exportDefinitions)
      .values({
        name: definition.name,
        connectionId: connection.id,
        module: definition.module,
        fileType: definition.fileType,
        definition,
        createdBy: adminId,
      })
      .returning({ id: exportDefinitions.id });
    definitionId = saved?.id;
  }
  const [created] = await db
    .insert(exports)
    .values({
      definitionId,
      name: definition.name,
      adminId,
      connectionId: connection.id,
      module: definition.module,
      fileType: definition.fileType,
      apiVersion: connection.apiVersion,
      definition,
    })
    .returning();
  if (!created) throw new Error('The export was not saved');
  return created;
}
