import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { exportDefinitions } from '@/lib/db/schema';
import { type ExportDefinition, exportDefinitionSchema } from './export-definition';

/** A saved definition's builder values (to start a new export from), or undefined when gone or unreadable. */
export async function getExportDefinition(db: Db, id: string): Promise<ExportDefinition | undefined> {
  const [saved] = await db.select().from(exportDefinitions).where(eq(exportDefinitions.id, id));
  if (!saved || saved.deletedAt) return undefined;
  const parsed = exportDefinitionSchema.safeParse(saved.definition);
  return parsed.success ? parsed.data : undefined;
}
