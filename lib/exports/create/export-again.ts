import 'server-only';
import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db } from '@/lib/db/client';
import { type Export, exports } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { validateExportDefinition } from '../definitions/validate-export-definition';
import { createExport } from './create-export';

/** "Export again": the same definition as an earlier run (its snapshot), checked again, as a new export. */
export async function exportAgain(options: {
  db: Db;
  boss: PgBoss;
  adminId: string;
  exportId: string;
}): Promise<Export> {
  const { db } = options;
  const [run] = await db.select().from(exports).where(eq(exports.id, options.exportId));
  if (!run) throw new AppError('not_found', 'That export does not exist.');
  const definition = await validateExportDefinition(db, run.definition);
  return createExport({
    db,
    boss: options.boss,
    adminId: options.adminId,
    definition,
    definitionId: run.definitionId ?? undefined,
  });
}
