import { checkExportDefinition } from './check-export-definition';
import { exportDefinitionSchema } from './export-definition';
import type { FieldCatalog } from './field-catalog';

/** The definition schema with the module's fields known: the builder's resolver and the route's check. */
export function exportDefinitionSchemaFor(catalog: FieldCatalog) {
  return exportDefinitionSchema.superRefine((definition, context) => {
    for (const issue of checkExportDefinition(definition, catalog))
      context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
}
