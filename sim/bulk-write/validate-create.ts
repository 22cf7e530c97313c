import { isValid, parse } from 'date-fns';
import type { SimContext } from '../context';
import { findModule } from '../demo-org/modules';
import { stableId } from '../demo-org/stable-id';
import { checkCallback } from '../shared/check-callback';
import type { FieldMapping, WriteRequest } from './write-request';

export type CreateError = { status: number; code: string; message: string; details: unknown };
const fail = (code: string, message: string, details: unknown = {}): CreateError => ({
  status: 400,
  code,
  message,
  details,
});

const MAX_MAPPED_FIELDS = 200;
type Body = Record<string, unknown>;
const isObject = (value: unknown): value is Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Zoho's checks in Zoho's order, as the seed timeline shows it: body and operation, callback, resource and
 * module, field names and indexes, mandatory coverage, and only then the file.
 */
export function validateCreate(
  context: SimContext,
  body: unknown,
  version: string,
): WriteRequest | CreateError {
  if (!isObject(body)) return fail('INVALID_DATA', 'Invalid data');
  const operation = body.operation;
  if (operation !== 'insert' && operation !== 'update' && operation !== 'upsert')
    return fail('INVALID_DATA', 'Invalid data');
  const callbackProblem = checkCallback(body.callback, context.config.allowPrivateCallbacks);
  if (callbackProblem) return fail(callbackProblem.code, callbackProblem.message, callbackProblem.details);

  const resources = body.resource;
  if (!Array.isArray(resources) || resources.length === 0)
    return fail('MISSING_REQUIRED_KEY', 'required key resource is not found in request body.');
  if (resources.length > 1)
    return fail('INVALID_DATA', 'Invalid data', { reason: 'several resources need a parent-child job' });
  const resource = resources[0];
  if (!isObject(resource)) return fail('INVALID_DATA', 'Invalid data');
  if (resource.module === undefined)
    return fail('MISSING_REQUIRED_KEY', 'required key module is not found in request body.');
  const moduleName =
    version === 'v2' ? resource.module : isObject(resource.module) ? resource.module.api_name : undefined;
  if (typeof moduleName !== 'string') return fail('INVALID_DATA', 'Invalid data');
  const module = findModule(moduleName);
  if (!module) return fail('MODULE_NOT_AVAILABLE', `Requested module '${moduleName}' is not available.`);

  const findBy = typeof resource.find_by === 'string' ? resource.find_by : undefined;
  if (operation !== 'insert' && !findBy)
    return fail('MANDATORY_NOT_FOUND', 'Required key find_by is not available');
  if (findBy && findBy !== 'id' && !module.fields.some((field) => field.api === findBy && field.unique)) {
    return fail('INVALID_FIELD', `invalid find_by ${findBy}. find_by must be id or a unique field.`);
  }

  let fieldMappings: FieldMapping[] | undefined;
  if (resource.field_mappings !== undefined) {
    if (!Array.isArray(resource.field_mappings)) return fail('INVALID_DATA', 'Invalid data');
    if (resource.field_mappings.length > MAX_MAPPED_FIELDS)
      return fail('HEADER_LIMIT_EXCEEDED', `Maximum of ${MAX_MAPPED_FIELDS} fields can be mapped.`);
    fieldMappings = [];
    for (const raw of resource.field_mappings) {
      if (!isObject(raw) || typeof raw.api_name !== 'string')
        return fail('MISSING_REQUIRED_KEY', 'required key api_name is not found in request body.');
      const field = module.fields.find((candidate) => candidate.api === raw.api_name);
      if (!field) return fail('INVALID_FIELD_NAME', `invalid mapping. invalid api_name ${raw.api_name}.`);
      if (
        raw.index !== undefined &&
        (typeof raw.index !== 'number' || !Number.isInteger(raw.index) || raw.index < 0)
      ) {
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
      fieldMappings.push({
        api_name: raw.api_name,
        index: raw.index as number | undefined,
        format: typeof raw.format === 'string' ? raw.format : undefined,
        find_by: typeof raw.find_by === 'string' ? raw.find_by : undefined,
        default_value: isObject(raw.default_value) ? raw.default_value : undefined,
      });
    }
    if (operation !== 'update') {
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
  }

  const fileId = resource.file_id;
  if (typeof fileId !== 'string' || !/^\d{10,19}$/.test(fileId))
    return fail('INVALID_FILE_ID', 'improper file id');
  const file = context.files.get(fileId);
  if (!file || file.usedByJob) return fail('FILE_NOT_SUPPORTED', 'File not supported for bulk write');

  const callback = isObject(body.callback) ? { url: String(body.callback.url), method: 'post' } : undefined;
  return {
    operation,
    ignoreEmpty: body.ignore_empty === true || resource.ignore_empty === true,
    characterEncoding: typeof body.character_encoding === 'string' ? body.character_encoding : undefined,
    callback,
    module: module.api,
    moduleId: stableId(`module.${module.api}`),
    fileId,
    findBy,
    fieldMappings,
  };
}

function isUsableFormat(format: string): boolean {
  try {
    parse('2024-01-01', format, new Date(0));
    return isValid(new Date(0));
  } catch {
    return false;
  }
}

export function isCreateError(value: WriteRequest | CreateError): value is CreateError {
  return 'code' in value;
}
