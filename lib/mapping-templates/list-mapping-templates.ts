import 'server-only';
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins, mappingTemplates } from '@/lib/db/schema';
import type { MappingTemplateItem } from './mapping-template-schemas';
import { toTemplateItem } from './to-template-item';

/** The newest live version of each template, optionally of one module, most recently saved first. */
export async function listMappingTemplates({
  db,
  module,
}: {
  db: Db;
  module?: string;
}): Promise<MappingTemplateItem[]> {
  const filters: SQL[] = [isNull(mappingTemplates.deletedAt)];
  if (module) filters.push(eq(mappingTemplates.module, module));
  const rows = await db
    .select({ row: mappingTemplates, createdByName: admins.name })
    .from(mappingTemplates)
    .leftJoin(admins, eq(admins.id, mappingTemplates.createdBy))
    .where(and(...filters))
    .orderBy(desc(mappingTemplates.createdAt), desc(mappingTemplates.version));
  const newest = new Map<string, MappingTemplateItem>();
  for (const { row, createdByName } of rows) {
    const seen = newest.get(row.familyId);
    if (!seen || seen.version < row.version) newest.set(row.familyId, toTemplateItem(row, createdByName));
  }
  return [...newest.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
