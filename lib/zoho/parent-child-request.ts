import 'server-only';
import type { BulkWriteRequest } from './bulk-types';
import type { ZohoFieldMapping } from './wire/to-field-mappings';

export type FamilyResource = {
  /** Subform api name, or the linking module of a multi-select lookup; the parent module for the parent. */
  module: string;
  /** Mappings by output column of this file's chunk CSV. */
  fieldMappings: ZohoFieldMapping[];
};

export type FamilyRequestOptions = {
  operation: BulkWriteRequest['operation'];
  fileId: string;
  /** Rows of each child file in this chunk (a child with none is left out of the job). */
  childRecordCounts: number[];
  parent: FamilyResource & { fileName: string; findBy?: string };
  /** In the splitter's child order; `parentField` is Parent_Id (subforms) or the parent lookup (linking modules). */
  children: (FamilyResource & { fileName: string; parentField: string; keyPosition: number })[];
  parentKeyPosition: number;
  callback?: BulkWriteRequest['callback'];
};

/**
 * One parent-child job (v3+) for one chunk: the parent first, then each child that has rows in this chunk, all
 * naming their CSV of the shared zip; each child's parent field reads its key column and points at the parent's
 * key column through parent_column_index.
 */
export function buildFamilyRequest(options: FamilyRequestOptions): BulkWriteRequest {
  const { fileId } = options;
  const children = options.children.flatMap((child, i) => {
    if ((options.childRecordCounts[i] ?? 0) === 0) return [];
    const others = child.fieldMappings.filter((mapping) => mapping.api_name !== child.parentField);
    return [
      {
        type: 'data' as const,
        module: { api_name: child.module },
        file_id: fileId,
        file_names: [child.fileName] as [string],
        field_mappings: [
          ...others,
          {
            api_name: child.parentField,
            index: child.keyPosition,
            parent_column_index: options.parentKeyPosition,
          },
        ],
      },
    ];
  });
  return {
    operation: options.operation,
    ...(options.callback ? { callback: options.callback } : {}),
    resource: [
      {
        type: 'data',
        module: { api_name: options.parent.module },
        file_id: fileId,
        file_names: [options.parent.fileName],
        ...(options.parent.findBy ? { find_by: options.parent.findBy } : {}),
        field_mappings: options.parent.fieldMappings,
      },
      ...children,
    ],
  };
}
