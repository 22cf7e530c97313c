import { isValid, parse } from 'date-fns';
import { findModule, type ModuleDef } from '../demo-org/modules';
import { stableId } from '../demo-org/stable-id';
import { type Body, type CreateError, fail, isObject } from './create-error';
import type { FieldMapping, WriteResource } from './write-request';

const MAX_MAPPED_FIELDS = 200;

/** One `resource[]` entry: module, find_by, field names and indexes, then mandatory coverage. */
export function validateResource(
  resource: unknown,
  operation: string,
  version: string,
): { resource: WriteResource; module: ModuleDef } | CreateError {
  if (!isObject(resource)) return fail('INVALID_DATA', 'Invalid data');
  if (resource.module === undefined)
    return fail('MISSING_REQUIRED_KEY', 'required key module is not found in request body.');
  const moduleName =
    version === 'v2' ? resource.module : isObject(resource.module) ? resource.module.api_name : undefined;
  if (typeof moduleName !== 'string') return fail('INVALID_DATA', 'Invalid data');
  const module = findModule(moduleName);
  if (!module) return fail('MODULE_NOT_AVAILABLE', `Requested module '${moduleName}' is not available.`);

  const findBy = typeof resource.find_by === 'string' ? resource.find_by : undefined;
  if (operation !== 'insert' && !findBy && !module.parent)
    return fail('MANDATORY_NOT_FOUND', 'Required key find_by is not available');
  if (findBy && findBy !== 'id' && !module.fields.some((field) => field.api === findBy && field.unique)) {
    return fail('INVALID_FIELD', `invalid find_by ${findBy}. find_by must be id or a unique field.`);
  }
  const hasChildKeys = version !== 'v2' && version !== 'v2.1';
  const fieldMappings =
    resource.field_mappings === undefined ? undefined : readMappings(resource, module, hasChildKeys);
  if (fieldMappings && !Array.isArray(fieldMappings)) return fieldMappings;
  if (fieldMappings && operation !== 'update') {
    const mapped = new Set(fieldMappings.map((mapping) => mapping.api_name));
    const missing = module.fields.filter(
      (field) => (field.layoutRequired || field.systemMandatory) && !mapped.has(field.api),
    );
    if (missing.length > 0) {
      return fail(
        'MANDATORY_FIELDS_NOT_MAPPED',
        `All mandatory fields are not mapped for the layout [${missing.map((field) => field.api).join(', ')}]`,
      );
    }
  }
  const fileNames = hasChildKeys && Array.isArray(resource.file_names) ? resource.file_names : undefined;
  return {
    module,
    resource: {
      module: module.api,
      moduleId: stableId(`module.${module.api}`),
      findBy,
      fieldMappings,
      fileName: typeof fileNames?.[0] === 'string' ? fileNames[0] : undefined,
    },
  };
}

function readMappings(
  resource: Body,
  module: ModuleDef,
  hasChildKeys: boolean,
): FieldMapping[] | CreateError {
  if (!Array.isArray(resource.field_mappings)) return fail('INVALID_DATA', 'Invalid data');
  if (resource.field_mappings.length > MAX_MAPPED_FIELDS)
    return fail('HEADER_LIMIT_EXCEEDED', `Maximum of ${MAX_MAPPED_FIELDS} fields can be mapped.`);
  const mappings: FieldMapping[] = [];
  for (const raw of resource.field_mappings) {
    if (!isObject(raw) || typeof raw.api_name !== 'string')
      return fail('MISSING_REQUIRED_KEY', 'required key api_name is not found in request body.');
    const field = module.fields.find((candidate) => candidate.api === raw.api_name);
    if (!field) return fail('INVALID_FIELD_NAME', `invalid mapping. invalid api_name ${raw.api_name}.`);
    if (!isColumnIndex(raw.index) && raw.index !== undefined) {
      return fail(
        'COLUMN_INDEX_NOT_FOUND',
        `column index ${String(raw.index)} for ${raw.api_name} is not found.`,
      );
    }
    if (raw.index === undefined && !isObject(raw.default_value)) {
      return fail(
        'MISSING_REQUIRED_KEY',
        `required key index for field ${raw.api_name} is not found in request body.`,
      );
    }
    if (typeof raw.format === 'string' && !isUsableFormat(raw.format)) {
      return fail('INVALID_FORMAT', `invalid format ${raw.format} for ${raw.api_name}.`);
    }
    const parentColumn = hasChildKeys ? raw.parent_column_index : undefined;
    if (parentColumn !== undefined && parentColumn !== null && !isColumnIndex(parentColumn)) {
      return fail(
        'COLUMN_INDEX_NOT_FOUND',
        `parent column index ${String(parentColumn)} for ${raw.api_name} is not found.`,
      );
    }
    mappings.push({
      api_name: raw.api_name,
      index: raw.index as number | undefined,
      format: typeof raw.format === 'string' ? raw.format : undefined,
      find_by: typeof raw.find_by === 'string' ? raw.find_by : undefined,
      default_value: isObject(raw.default_value) ? raw.default_value : undefined,
      parent_column_index: isColumnIndex(parentColumn) ? parentColumn : undefined,
    });
  }
  return mappings;
}

const isColumnIndex = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

function isUsableFormat(format: string): boolean {
  try {
    parse('2024-01-01', format, new Date(0));
    return isValid(new Date(0));
  } catch {
    return false;
  }
}
