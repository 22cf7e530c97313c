import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { importRows } from '@/lib/db/schema';

export type ErrorGroupView = { code: string; column: string | null; message: string; count: number };

/** Why a file's rows did not go in, grouped by error code and field, largest group first. */
export async function listErrorGroups(db: Db, importId: string): Promise<ErrorGroupView[]> {
  const groups = await db
    .select({
      code: importRows.errorCode,
      column: importRows.errorColumn,
      message: sql<string>`min(${importRows.message})`,
      count: sql<number>`count(*)::int`,
    })
    .from(importRows)
    .where(sql`${importRows.importId} = ${importId} and ${importRows.errorCode} is not null`)
    .groupBy(importRows.errorCode, importRows.errorColumn)
    .orderBy(sql`count(*) desc`)
    .limit(50);
  return groups.map((group) => ({
    code: group.code ?? 'UNKNOWN',
    column: group.column,
    message: group.message,
    count: group.count,
  }));
}
