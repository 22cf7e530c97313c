import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type MappingTemplate, mappingTemplates } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';

/** The newest live version of the family `id` belongs to (any version's id will do), or a 404. */
export async function findLiveTemplate(db: Db, id: string): Promise<MappingTemplate> {
  const [given] = await db.select().from(mappingTemplates).where(eq(mappingTemplates.id, id));
  const [newest] = given
    ? await db
        .select()
        .from(mappingTemplates)
        .where(and(eq(mappingTemplates.familyId, given.familyId), isNull(mappingTemplates.deletedAt)))
        .orderBy(desc(mappingTemplates.version))
        .limit(1)
    : [];
  if (!newest) throw new AppError('not_found', 'That mapping template does not exist any more.');
  return newest;
}
