import 'server-only';
import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db } from '@/lib/db/client';
import { type Export, exportDefinitions } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { validateExportDefinition } from '../definitions/validate-export-definition';
import { createExport } from './create-export';

/** A new run of a saved definition, checked again against Zoho's current fields, its first step queued. */
export async function runSavedDefinition(options: {
  db: Db;
  boss: PgBoss;
  adminId: string;
  definitionId: string;
}): Promise<Export> {
  const { db } = options;
  const [saved] = await db
    .select()
    .from(exportDefinitions)
    .where(eq(exportDefinitions.id, options.definitionId));
  if (!saved || saved.deletedAt) throw new AppError('not_found', 'That saved export no longer exists.');
  const definition = await validateExportDefinition(db, saved.definition);
  return createExport({
    db,
    boss: options.boss,
    adminId: options.adminId,
    definition,
    definitionId: saved.id,
  });
}
