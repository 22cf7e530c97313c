import type { MappingState } from '@/lib/mapping/mapping-state';

/** One entry of Zoho's `resource[].field_mappings`, keys exactly as the bulk write API spells them. */
export type ZohoFieldMapping = {
  api_name: string;
  index?: number;
  find_by?: string;
  format?: string;
  default_value?: { value: string };
  /**
   * Child resources of a parent-child job (v3+ only): the parent CSV's column whose values this column's cells
   * name. Goes on `Parent_Id` for subforms and line items, on the parent lookup of a linking module.
   */
  parent_column_index?: number;
};

/**
 * The `field_mappings` sent to Zoho: mapped columns in file order, then fields fed only by a default
 * (no `index`), then the layout by id. Every date/datetime mapping carries its `format` explicitly.
 */
export function toFieldMappings(
  state: MappingState,
  options: { layoutId?: string; lookupFields?: ReadonlySet<string> } = {},
): ZohoFieldMapping[] {
  const fromColumns = Object.entries(state.columns)
    .map(([key, column]) => ({ index: Number(key), column }))
    .sort((a, b) => a.index - b.index)
    .flatMap(({ index, column }): ZohoFieldMapping[] => {
      if (column.kind !== 'matched') return [];
      return [
        {
          api_name: column.apiName,
          index,
          ...(column.findBy ? { find_by: column.findBy } : {}),
          ...(column.format ? { format: column.format } : {}),
          ...(column.defaultValue ? { default_value: { value: column.defaultValue } } : {}),
        },
      ];
    });
  // Zoho requires find_by on every lookup mapping, a default-only one included; a default names the record by id.
  const fromDefaults = Object.entries(state.fieldDefaults).map(([apiName, value]) => ({
    api_name: apiName,
    ...(apiName === 'Owner' || options.lookupFields?.has(apiName) ? { find_by: 'id' } : {}),
    default_value: { value },
  }));
  const layout = options.layoutId ? [{ api_name: 'Layout', default_value: { value: options.layoutId } }] : [];
  return [...fromColumns, ...fromDefaults, ...layout];
}
