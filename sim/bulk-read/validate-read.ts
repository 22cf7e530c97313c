import type { SimContext } from '../context';
import type { FieldDef } from '../demo-org/field-def';
import { findModule, type ModuleDef } from '../demo-org/modules';
import { stableId } from '../demo-org/stable-id';
import { checkCallback } from '../shared/check-callback';
import { echoCriteria } from './echo-criteria';
import type { Criteria } from './match-criteria';
import type { ReadRequest } from './read-request';
import { resolveField } from './resolve-field';
import { supportedComparators } from './supported-comparators';

export type ReadError = { status: number; code: string; message: string; details: unknown };
const fail = (code: string, message: string, details: unknown = {}): ReadError => ({
  status: 400,
  code,
  message,
  details,
});
type Body = Record<string, unknown>;
const isObject = (value: unknown): value is Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MAX_CRITERIA = 25;
const EXPORTABLE_TYPES = new Set<FieldDef['type']>(['layout']);

export function defaultExportFields(module: ModuleDef): string[] {
  return module.fields
    .filter((field) => field.api !== 'id' && !EXPORTABLE_TYPES.has(field.type))
    .map((field) => field.api);
}

export function customViewId(module: string): string {
  return stableId(`cv.${module}.all`);
}

function normaliseCriteria(
  raw: unknown,
  module: ModuleDef,
  counter: { count: number },
): Criteria | ReadError {
  if (!isObject(raw))
    return fail('INVALID_CRITERIA', `Invalid criteria ${JSON.stringify(raw)} for the query.`);
  const hasGroup = 'group' in raw || 'group_operator' in raw;
  const hasCondition = 'comparator' in raw || 'field' in raw || 'api_name' in raw;
  if (hasGroup && hasCondition) {
    return fail(
      'AMBIGUOUS_CRITERIA',
      `Ambiguous criteria ${JSON.stringify(raw)}. Criteria can have either {group, group_operator} or {api_name, comparator, value}.`,
    );
  }
  if (hasGroup) {
    const operator = String(raw.group_operator ?? '').toLowerCase();
    if (operator !== 'and' && operator !== 'or') {
      return fail(
        'GROUP_OPERATOR_NOT_SUPPORTED',
        `Criteria ${JSON.stringify(raw)} doesn't support this logical group operator '${String(raw.group_operator)}'. Supported operators are 'and', 'or'.`,
      );
    }
    if (!Array.isArray(raw.group) || raw.group.length < 2) {
      return fail(
        'AMBIGUOUS_GROUP_IN_CRITERIA',
        `Ambiguous group in criteria ${JSON.stringify(raw)}. Group should be used only when there are more than one criteria`,
      );
    }
    const group: Criteria[] = [];
    for (const child of raw.group) {
      const normalised = normaliseCriteria(child, module, counter);
      if ('code' in normalised) return normalised;
      group.push(normalised);
    }
    return { group_operator: operator, group };
  }
  counter.count += 1;
  const apiName = isObject(raw.field) ? raw.field.api_name : raw.api_name;
  if (typeof apiName !== 'string')
    return fail('INVALID_CRITERIA', `Invalid criteria ${JSON.stringify(raw)} for the query.`);
  const field = resolveField(module, apiName);
  if (!field) {
    return fail(
      'FIELD_IN_CRITERIA_NOT_AVAILABLE',
      `Field api name '${apiName}' is not available for criteria ${JSON.stringify(raw)}. Check visibility and permission for the field`,
    );
  }
  const comparator = String(raw.comparator ?? '');
  const supported = supportedComparators(field);
  if (!supported.includes(comparator)) {
    return fail(
      'FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED',
      `Field api name '${apiName}' doesn't support this comparator '${comparator}' for criteria ${JSON.stringify(raw)}.`,
      { comparator, api_name: apiName, supported },
    );
  }
  if (
    (comparator === 'between' || comparator === 'not_between') &&
    !(Array.isArray(raw.value) && raw.value.length === 2)
  ) {
    return fail(
      'COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE',
      `Comparator '${comparator}' is not supported with value '${JSON.stringify(raw.value)}' for criteria ${JSON.stringify(raw)}.`,
    );
  }
  return { field: apiName, comparator, value: raw.value };
}

export function validateRead(context: SimContext, body: unknown, version: string): ReadRequest | ReadError {
  if (body === undefined) return fail('REQUEST_BODY_IS_EMPTY', 'Request body is empty.');
  if (!isObject(body) || !isObject(body.query))
    return fail('REQUEST_BODY_NOT_READABLE', 'Unable to parse the request body.');
  const callbackProblem = checkCallback(body.callback, context.config.allowPrivateCallbacks);
  if (callbackProblem) return fail(callbackProblem.code, callbackProblem.message, callbackProblem.details);
  const query = body.query;
  const moduleName = isObject(query.module) ? query.module.api_name : query.module;
  if (typeof moduleName !== 'string')
    return fail('MISSING_REQUIRED_KEY', 'required key module is not found in request body.');
  const module = findModule(moduleName);
  if (!module) return fail('MODULE_NOT_AVAILABLE', `Requested module '${moduleName}' is not available.`);

  const fileType = String(body.file_type ?? query.file_type ?? 'csv').toLowerCase();
  if (fileType !== 'csv' && fileType !== 'ics')
    return fail('INVALID_DATA', 'Invalid data', { api_name: 'file_type' });
  if (fileType === 'ics' && module.api !== 'Events')
    return fail(
      'MODULE_NOT_SUPPORTED',
      `Invalid module for the query. Module '${module.api}' is not supported.`,
    );

  let fields: string[] | undefined;
  if (query.fields !== undefined) {
    if (fileType === 'ics')
      return fail(
        'FIELD_NOT_SUPPORTED',
        `Invalid field for the module provided in fields. Field api name '${String(query.fields)}' is not supported for this module '${module.api}'.`,
      );
    if (!Array.isArray(query.fields)) return fail('INVALID_DATA', 'Invalid data', { api_name: 'fields' });
    fields = [];
    for (const name of query.fields) {
      if (typeof name !== 'string' || !resolveField(module, name)) {
        return fail(
          'FIELD_NOT_AVAILABLE',
          `Requested field api name '${String(name)}' is not available for the module '${module.api}'. Check permission or visibility for the field.`,
          { api_name: name, module: module.api },
        );
      }
      fields.push(name);
    }
  }

  let criteria: Criteria | undefined;
  if (query.criteria !== undefined) {
    const counter = { count: 0 };
    const normalised = normaliseCriteria(query.criteria, module, counter);
    if ('code' in normalised) return normalised;
    if (counter.count > MAX_CRITERIA)
      return fail(
        'CRITERIA_LIMIT_EXCEEDED',
        `Number of criteria exceeded the maximum limit of ${MAX_CRITERIA}`,
      );
    criteria = normalised;
  }
  const cvid = query.cvid === undefined ? undefined : String(query.cvid);
  if (cvid !== undefined && cvid !== customViewId(module.api))
    return fail('CVID_NOT_SUPPORTED', `Custom view ${cvid} is not supported for the query.`);

  const usesPageToken = version === 'v7' || version === 'v8';
  const tokenPage =
    usesPageToken && typeof query.page_token === 'string' ? pageFromToken(query.page_token) : undefined;
  if (usesPageToken && query.page_token !== undefined && tokenPage === undefined) {
    return fail('INVALID_DATA', 'Invalid data', { api_name: 'page_token' });
  }
  const page = tokenPage ?? (query.page === undefined ? 1 : Number(query.page));
  if (!Number.isInteger(page) || page < 1)
    return fail(
      'PAGE_NOT_SUPPORTED',
      `Invalid page number for query. Page ${String(query.page)} is not supported for the query.`,
    );

  const isOld = version === 'v2';
  return {
    module: module.api,
    fields,
    criteria,
    cvid,
    page,
    fileType,
    callback: isObject(body.callback) ? { url: String(body.callback.url), method: 'post' } : undefined,
    queryEcho: {
      ...(fields ? { fields } : {}),
      module: isOld ? module.api : { id: stableId(`module.${module.api}`), api_name: module.api },
      ...(criteria ? { criteria: echoCriteria(criteria, module, isOld) } : {}),
      ...(cvid ? { cvid } : {}),
      page,
    },
  };
}

/** `next_page_token` names the page it continues with; Zoho's are opaque, ours are too for clients. */
export function pageToken(module: string, page: number): string {
  return Buffer.from(JSON.stringify({ module, page })).toString('base64url');
}

function pageFromToken(token: string): number | undefined {
  try {
    const { page } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { page?: unknown };
    return typeof page === 'number' && Number.isInteger(page) && page > 1 ? page : undefined;
  } catch {
    return undefined;
  }
}
