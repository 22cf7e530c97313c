import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { mappingTemplates } from '@/lib/db/schema';
import { findLiveTemplate } from './find-live-template';

/** Soft delete of every version: the rows stay (imports may name them), lists stop showing them. */
export async function deleteMappingTemplate({
  db,
  id,
  now = new Date(),
}: {
  db: Db;
  id: string;
  now?: Date;
}) {
  const current = await findLiveTemplate(db, id);
  await db
    .update(mappingTemplates)
    .set({ deletedAt: now })
    .where(and(eq(mappingTemplates.familyId, current.familyId), isNull(mappingTemplates.deletedAt)));
}
