import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { mappingTemplates } from '@/lib/db/schema';
import { findLiveTemplate } from './find-live-template';

/** A new name for the whole family: a name is not a mapping decision, so it makes no new version. */
export async function renameMappingTemplate({ db, id, name }: { db: Db; id: string; name: string }) {
  const current = await findLiveTemplate(db, id);
  await db
    .update(mappingTemplates)
    .set({ name })
    .where(and(eq(mappingTemplates.familyId, current.familyId), isNull(mappingTemplates.deletedAt)));
}
