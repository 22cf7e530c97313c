import type { ModuleDef } from '../demo-org/modules';
import { type CreateError, fail } from './create-error';
import type { WriteResource } from './write-request';

type Checked = { resource: WriteResource; module: ModuleDef; fileId: unknown; hasFileNames: boolean };

/**
 * The rules of "Request JSON for parent-child modules" (seed 003): the parent first, every resource naming its CSV
 * in `file_names` of one shared `file_id`, one CSV per module, and each child tied to the parent through
 * `parent_column_index` on Parent_Id (subforms) or on the parent lookup of the linking module.
 */
export function validateFamily(checked: Checked[]): CreateError | undefined {
  if (checked.length < 2) return undefined;
  const [parent] = checked;
  if (!parent) return undefined;
  const seenModules = new Set<string>();
  const seenFiles = new Set<string>();
  for (const [position, entry] of checked.entries()) {
    const path = `$.resource[${position}]`;
    if (!entry.hasFileNames || !entry.resource.fileName)
      return fail('MANDATORY_NOT_FOUND', 'Required key file_names is not available', {
        json_path: `${path}.file_names`,
      });
    if (entry.fileId !== parent.fileId)
      return fail('INVALID_FILE_ID', 'improper file id', { json_path: `${path}.file_id` });
    if (seenModules.has(entry.module.api) || seenFiles.has(entry.resource.fileName))
      return fail('INVALID_DATA', 'Invalid data', { json_path: `${path}.file_names` });
    seenModules.add(entry.module.api);
    seenFiles.add(entry.resource.fileName);
  }
  if (parent.module.parent)
    return fail('INVALID_DATA', 'Invalid data', { json_path: '$.resource[0].module' });
  for (const [position, entry] of checked.entries()) {
    if (position === 0) continue;
    const path = `$.resource[${position}]`;
    const link = entry.module.parent;
    if (!link || link.module !== parent.module.api)
      return fail('INVALID_DATA', 'Invalid data', { json_path: `${path}.module` });
    const mappings = entry.resource.fieldMappings ?? [];
    const linked = mappings.filter((mapping) => mapping.parent_column_index !== undefined);
    const tie = linked.find((mapping) => mapping.api_name === link.field);
    if (linked.some((mapping) => mapping.api_name !== link.field))
      return fail('INVALID_DATA', 'Invalid data', { json_path: `${path}.field_mappings` });
    if (!tie || tie.index === undefined || tie.parent_column_index === undefined)
      return fail('MANDATORY_NOT_FOUND', 'Required key parent_column_index is not available', {
        json_path: `${path}.field_mappings`,
      });
    entry.resource.parentLink = {
      field: link.field,
      index: tie.index,
      parentColumnIndex: tie.parent_column_index,
    };
  }
  return undefined;
}
