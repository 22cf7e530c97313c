import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { mappingTemplates } from '@/lib/db/schema';
import type { MappingTemplateItem, SaveTemplateInput } from './mapping-template-schemas';
import { toTemplateItem } from './to-template-item';

/** A new template (version 1 of a new family). */
export async function createMappingTemplate({
  db,
  input,
  admin,
}: {
  db: Db;
  input: SaveTemplateInput;
  admin: { adminId: string; name: string };
}): Promise<MappingTemplateItem> {
  const [row] = await db
    .insert(mappingTemplates)
    .values({
      familyId: randomUUID(),
      version: 1,
      name: input.name,
      module: input.module,
      operation: input.operation,
      findBy: input.findBy ?? null,
      body: input.body,
      createdBy: admin.adminId,
    })
    .returning();
  if (!row) throw new Error('The template was not saved.');
  return toTemplateItem(row, admin.name);
}
