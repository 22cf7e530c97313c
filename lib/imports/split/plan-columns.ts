import 'server-only';
import type { MappingState } from '@/lib/mapping/mapping-state';
import { toFieldMappings, type ZohoFieldMapping } from '@/lib/zoho/wire/to-field-mappings';
import { hasOffset, ISO_DATE_FORMAT, OFFSET_DATETIME_FORMAT } from './datetime-with-offset';

export type ColumnPlan = {
  /** Source column index and the api_name it is sent as, in chunk-CSV order. */
  columns: { index: number; apiName: string }[];
  /** The job's field_mappings, with `index` pointing into the chunk CSV (only mapped columns are sent). */
  fieldMappings: ZohoFieldMapping[];
  /** Chunk-CSV position → picklist value map (CSV value → existing option). */
  valueMaps: Map<number, Map<string, string>>;
  /** Chunk-CSV position → the pattern of datetimes written without an offset (they are sent with one). */
  datetimes: Map<number, string>;
  /** Chunk-CSV position → the pattern of dates written in a pattern Zoho does not document (sent as ISO). */
  dates: Map<number, string>;
};

export type PlanOptions = {
  layoutId?: string;
  /** api_names of the module's datetime fields, and the zone their offset-less values are in. */
  datetimeFields?: ReadonlySet<string>;
  timeZone?: string;
};

// Zoho's default datetime pattern when a mapping names none (docs/zoho.md, “Dates in write CSVs”).
const ZOHO_DEFAULT_DATETIME = 'MM/dd/yyyy HH:mm:ss';
/** Zoho's documented default date pattern: sent without `format`. */
const ZOHO_DEFAULT_DATE = 'MM/dd/yyyy';
/** Date patterns Zoho itself shows (its default, `yyyy/MM/dd` in its job answers, ISO); any other is converted. */
const DOCUMENTED_DATE_FORMATS = new Set([ZOHO_DEFAULT_DATE, 'yyyy/MM/dd', ISO_DATE_FORMAT]);

/** What the chunk CSVs carry and how Zoho is told to read them, from the admin's mapping. */
export function planColumns(mapping: MappingState, options: PlanOptions = {}): ColumnPlan {
  const fieldMappings = toFieldMappings(mapping, { layoutId: options.layoutId });
  const columns: ColumnPlan['columns'] = [];
  const valueMaps = new Map<number, Map<string, string>>();
  const datetimes = new Map<number, string>();
  const dates = new Map<number, string>();
  const remapped = fieldMappings.map((fieldMapping) => {
    if (fieldMapping.index === undefined) return fieldMapping;
    const position = columns.length;
    columns.push({ index: fieldMapping.index, apiName: fieldMapping.api_name });
    const column = mapping.columns[fieldMapping.index];
    if (column?.kind === 'matched' && column.valueMap && Object.keys(column.valueMap).length > 0)
      valueMaps.set(position, new Map(Object.entries(column.valueMap)));
    const pattern = fieldMapping.format ?? ZOHO_DEFAULT_DATETIME;
    if (options.timeZone && options.datetimeFields?.has(fieldMapping.api_name) && !hasOffset(pattern)) {
      datetimes.set(position, pattern);
      return { ...fieldMapping, index: position, format: OFFSET_DATETIME_FORMAT };
    }
    // A pattern without hours is a date's (datetimes were handled above, or carry their own offset).
    const isDate =
      fieldMapping.format !== undefined && !/[Hhk]/.test(fieldMapping.format.replace(/'[^']*'/g, ''));
    if (isDate && fieldMapping.format === ZOHO_DEFAULT_DATE) {
      const { format: _default, ...rest } = fieldMapping;
      return { ...rest, index: position };
    }
    if (isDate && fieldMapping.format && !DOCUMENTED_DATE_FORMATS.has(fieldMapping.format)) {
      dates.set(position, fieldMapping.format);
      return { ...fieldMapping, index: position, format: ISO_DATE_FORMAT };
    }
    return { ...fieldMapping, index: position };
  });
  return { columns, fieldMappings: remapped, valueMaps, datetimes, dates };
}
