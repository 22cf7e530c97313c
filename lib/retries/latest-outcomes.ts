import 'server-only';
import { desc, eq, or } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { importRows, imports } from '@/lib/db/schema';

/** Outcomes that leave a row out of the CRM: only these rows may be sent again. */
export const NOT_IN_CRM = ['skipped', 'failed', 'unprocessed', 'excluded'] as const;

/** Each record's outcome in its most recent attempt (the import or its latest retry that sent it). */
export function latestOutcomes(db: Db, rootId: string) {
  return db
    .selectDistinctOn([importRows.recordNumber], {
      recordNumber: importRows.recordNumber,
      outcome: importRows.outcome,
      errorCode: importRows.errorCode,
      errorColumn: importRows.errorColumn,
      message: importRows.message,
    })
    .from(importRows)
    .innerJoin(imports, eq(imports.id, importRows.importId))
    .where(or(eq(imports.id, rootId), eq(imports.retryOf, rootId)))
    .orderBy(importRows.recordNumber, desc(imports.createdAt))
    .as('latest');
}
