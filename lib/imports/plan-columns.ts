import type { MappingState } from '@/lib/mapping/mapping-state';
import { toFieldMappings, type ZohoFieldMapping } from '@/lib/mapping/to-field-mappings';

export type ColumnPlan = {
  /** Source column index and the api_name it is sent as, in chunk-CSV order. */
  columns: { index: number; apiName: string }[];
  /** The job's field_mappings, with `index` pointing into the chunk CSV (only mapped columns are sent). */
  fieldMappings: ZohoFieldMapping[];
  /** Chunk-CSV position → picklist value map (CSV value → existing option). */
  valueMaps: Map<number, Map<string, string>>;
};

/** What the chunk CSVs carry and how Zoho is told to read them, from the admin's mapping. */
export function planColumns(mapping: MappingState, options: { layoutId?: string } = {}): ColumnPlan {
  const fieldMappings = toFieldMappings(mapping, options);
  const columns: ColumnPlan['columns'] = [];
  const valueMaps = new Map<number, Map<string, string>>();
  const remapped = fieldMappings.map((fieldMapping) => {
    if (fieldMapping.index === undefined) return fieldMapping;
    const position = columns.length;
    columns.push({ index: fieldMapping.index, apiName: fieldMapping.api_name });
    const column = mapping.columns[fieldMapping.index];
    if (column?.kind === 'matched' && column.valueMap && Object.keys(column.valueMap).length > 0)
      valueMaps.set(position, new Map(Object.entries(column.valueMap)));
    return { ...fieldMapping, index: position };
  });
  return { columns, fieldMappings: remapped, valueMaps };
}
