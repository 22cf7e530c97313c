import { type CrmField, isLookupType } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import { isImportable } from './importable-fields';
import type { MappingProblem } from './mapping-problem';
import type { MatchOptions } from './mapping-state';
import { typeFit } from './type-compatibility';
import { zohoFormatsFor } from './zoho-date-formats';

/** Problems with one column → field match, judged from the preview's profile and the live field. */
export function checkColumn(column: ColumnProfile, field: CrmField, options: MatchOptions): MappingProblem[] {
  const at = { apiName: field.apiName, columnIndex: column.index };
  const name = `"${column.header}" → ${field.label}`;
  const problems: MappingProblem[] = [];
  const error = (code: string, message: string) => problems.push({ severity: 'error', code, message, ...at });
  const warn = (code: string, message: string) =>
    problems.push({ severity: 'warning', code, message, ...at });

  if (!isImportable(field)) {
    error(
      'read_only',
      `${name}: ${field.label} is read-only in Zoho. Choose another field or don't import this column.`,
    );
    return problems;
  }
  const fit = typeFit(column.inferredType, field.dataType);
  if (fit === 'none') {
    error(
      'type_mismatch',
      `${name}: the values look like ${column.inferredType} but ${field.label} is a ${field.dataType} field, so Zoho would skip every row. Choose another field.`,
    );
  } else if (fit === 'some') {
    warn(
      'type_mixed',
      `${name}: not every value looks like a ${field.dataType}; Zoho skips rows whose value doesn't fit (see the row check).`,
    );
  }
  if (field.maxLength !== undefined && column.maxLength > field.maxLength) {
    warn(
      'too_long',
      `${name}: the longest value has ${column.maxLength} characters but ${field.label} takes ${field.maxLength}; Zoho skips those rows. Shorten them in the file or choose a longer field.`,
    );
  }
  if (field.dataType === 'date' || field.dataType === 'datetime') {
    if (!options.format)
      error('format_missing', `${name}: choose the ${field.dataType} format the values are written in.`);
    else if (!zohoFormatsFor(field.dataType).includes(options.format)) {
      error(
        'format_unsupported',
        `${name}: ${options.format} is not a ${field.dataType} format Zoho accepts. Choose one from the list.`,
      );
    } else if (column.dateFormats.length > 0 && !column.dateFormats.includes(options.format)) {
      warn(
        'format_mismatch',
        `${name}: not every value is written as ${options.format}; those rows will be skipped.`,
      );
    }
  }
  if (isLookupType(field.dataType) && !options.findBy) {
    error(
      'find_by_missing',
      `${name}: choose how Zoho finds the ${field.lookupModule ?? 'related'} record (by id, email or a unique field).`,
    );
  }
  const notIds =
    options.findBy === 'id' ? column.samples.filter((v) => v.trim() !== '' && !/^\d+$/.test(v.trim())) : [];
  if (notIds.length > 0) {
    const example = `"${notIds[0]}"`;
    const everySample = notIds.length === column.samples.filter((v) => v.trim() !== '').length;
    (everySample ? error : warn)(
      'find_by_not_id',
      `${name}: values like ${example} are not Zoho record ids, so Zoho would skip ${everySample ? 'every row' : 'those rows'}. Choose another way to find the ${field.lookupModule ?? 'related'} record (a name or unique field such as a code).`,
    );
  }
  const unknown = unknownPicklistValues(column.samples, field, options);
  if (unknown.length > 0) {
    warn(
      'picklist_unknown',
      `${name}: ${unknown.map((v) => `"${v}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the picklist; Zoho adds unknown values to the picklist instead of skipping the row. Map them to existing options to avoid that.`,
    );
  }
  return problems;
}

export function unknownPicklistValues(values: string[], field: CrmField, options: MatchOptions): string[] {
  if (field.dataType !== 'picklist' || !field.picklistValues) return [];
  const known = new Set(field.picklistValues);
  const mapped = values.map((v) => options.valueMap?.[v] ?? v).filter((v) => v !== '' && !known.has(v));
  return [...new Set(mapped)];
}
