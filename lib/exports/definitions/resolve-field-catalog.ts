import 'server-only';
import { getModuleFields } from '@/lib/connections/get-metadata';
import type { CrmField } from '@/lib/crm/crm-field';
import type { Db } from '@/lib/db/client';
import type { ExportDefinition } from './export-definition';
import { buildFieldCatalog, type FieldCatalog } from './field-catalog';

function criteriaPaths(node: ExportDefinition['criteria']): string[] {
  return node.children.flatMap((child) => (child.type === 'group' ? criteriaPaths(child) : [child.field]));
}

/** The module's fields (from the metadata cache), plus the related modules' fields the definition reaches into. */
export async function resolveFieldCatalog(db: Db, definition: ExportDefinition): Promise<FieldCatalog> {
  const { connectionId, module } = definition;
  const { fields } = await getModuleFields({ db, connectionId, module });
  const bases = new Set(
    [...definition.fields, ...criteriaPaths(definition.criteria)]
      .filter((path) => path.includes('.'))
      .map((path) => path.split('.')[0]),
  );
  const related: Record<string, CrmField[]> = {};
  for (const field of fields) {
    if (
      field.dataType !== 'lookup' ||
      !field.lookupModule ||
      !bases.has(field.apiName) ||
      related[field.lookupModule]
    )
      continue;
    related[field.lookupModule] = (
      await getModuleFields({ db, connectionId, module: field.lookupModule })
    ).fields;
  }
  return buildFieldCatalog(fields, related);
}
