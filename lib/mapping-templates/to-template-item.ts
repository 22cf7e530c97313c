import 'server-only';
import type { MappingTemplate } from '@/lib/db/schema';
import { type MappingTemplateItem, templateBodySchema } from './mapping-template-schemas';

/** A stored row as the browser sees it; the jsonb body is parsed, not trusted. */
export function toTemplateItem(row: MappingTemplate, createdByName: string | null): MappingTemplateItem {
  return {
    id: row.id,
    familyId: row.familyId,
    version: row.version,
    name: row.name,
    module: row.module,
    operation: row.operation,
    findBy: row.findBy,
    body: templateBodySchema.parse(row.body),
    createdAt: row.createdAt.toISOString(),
    createdByName,
  };
}
