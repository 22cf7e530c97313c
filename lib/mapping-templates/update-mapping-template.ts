import 'server-only';
import type { Db } from '@/lib/db/client';
import { mappingTemplates } from '@/lib/db/schema';
import { findLiveTemplate } from './find-live-template';
import type { MappingTemplateItem, SaveTemplateInput } from './mapping-template-schemas';
import { toTemplateItem } from './to-template-item';

/** Editing never overwrites: it adds the family's next version, which lists show from then on. */
export async function updateMappingTemplate({
  db,
  id,
  input,
  admin,
}: {
  db: Db;
  id: string;
  input: SaveTemplateInput;
  admin: { adminId: string; name: string };
}): Promise<MappingTemplateItem> {
  const current = await findLiveTemplate(db, id);
  const [row] = await db
    .insert(mappingTemplates)
    .values({
      familyId: current.familyId,
      version: current.version + 1,
      name: input.name,
      module: input.module,
      operation: input.operation,
      findBy: input.findBy ?? null,
      body: input.body,
      createdBy: admin.adminId,
    })
    .returning();
  if (!row) throw new Error('The new version was not saved.');
  return toTemplateItem(row, admin.name);
}
