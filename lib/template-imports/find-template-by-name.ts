import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type MappingTemplate, mappingTemplates } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { findLiveTemplate } from '@/lib/mapping-templates/find-live-template';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A live template by the name the Mappings page shows (any case), or by the id of one of its versions. */
export async function findTemplateByName(db: Db, nameOrId: string): Promise<MappingTemplate> {
  if (UUID.test(nameOrId)) return findLiveTemplate(db, nameOrId);
  const rows = await db
    .select()
    .from(mappingTemplates)
    .where(
      and(
        isNull(mappingTemplates.deletedAt),
        eq(sql`lower(${mappingTemplates.name})`, nameOrId.toLowerCase()),
      ),
    )
    .orderBy(desc(mappingTemplates.version));
  const families = new Set(rows.map((row) => row.familyId));
  if (families.size > 1)
    throw new AppError(
      'conflict',
      `${families.size} templates are called "${nameOrId}". Rename one on the Mappings page, or pass the template's id.`,
    );
  const [newest] = rows;
  const live = newest ? await findLiveTemplate(db, newest.id) : undefined;
  if (!live || live.name.toLowerCase() !== nameOrId.toLowerCase())
    throw new AppError(
      'not_found',
      `No mapping template is called "${nameOrId}". Save one from the mapping step first.`,
    );
  return live;
}
