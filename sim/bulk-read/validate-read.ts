import type { SimContext } from '../context';
import type { FieldDef } from '../demo-org/field-def';
import { findModule, type ModuleDef } from '../demo-org/modules';
import { CURRENT_USER } from '../demo-org/org';
import { stableId } from '../demo-org/stable-id';
import { checkCallback } from '../shared/check-callback';
import { echoCriteria } from './echo-criteria';
import type { Criteria } from './match-criteria';
import { type PageTokenBody, readPageToken } from './page-token';
import { parseCriteria } from './parse-criteria';
import { fail, isObject, type ReadError } from './read-error';
import type { ReadRequest } from './read-request';
import { resolveField } from './resolve-field';

// Subform rows and multi-select / multi-user lookups live in their own modules; export those (Visits, Leads_X_Products).
const EXPORTABLE_TYPES = new Set<FieldDef['type']>([
  'layout',
  'subform',
  'multiselectlookup',
  'multiuserlookup',
]);

export function defaultExportFields(module: ModuleDef): string[] {
  return module.fields
    .filter((field) => field.api !== 'id' && !EXPORTABLE_TYPES.has(field.type))
    .map((field) => field.api);
}

export function customViewId(module: string): string {
  return stableId(`cv.${module}.all`);
}

export function validateRead(context: SimContext, body: unknown, version: string): ReadRequest | ReadError {
  if (body === undefined) return fail('REQUEST_BODY_IS_EMPTY', 'Request body is empty.');
  if (!isObject(body) || !isObject(body.query))
    return fail('REQUEST_BODY_NOT_READABLE', 'Unable to parse the request body.');
  const callbackProblem = checkCallback(body.callback, context.config.allowPrivateCallbacks);
  if (callbackProblem) return fail(callbackProblem.code, callbackProblem.message, callbackProblem.details);
  const usesPageToken = version === 'v7' || version === 'v8';
  // A next page may send `page_token` alone (Zoho's sample): the token carries the query it continues.
  let token: PageTokenBody | undefined;
  if (usesPageToken && body.query.page_token !== undefined) {
    token = readPageToken(body.query.page_token);
    if (!token) return fail('INVALID_DATA', 'Invalid data', { api_name: 'page_token' });
    const tokenProblem = checkToken(context, token);
    if (tokenProblem) return tokenProblem;
  }
  const { page_token: _token, ...sent } = body.query;
  const query: Record<string, unknown> = token ? { ...token.query, ...sent } : body.query;
  const moduleName = isObject(query.module) ? query.module.api_name : query.module;
  if (typeof moduleName !== 'string')
    return fail('MISSING_REQUIRED_KEY', 'required key module is not found in request body.');
  const module = findModule(moduleName);
  if (!module) return fail('MODULE_NOT_AVAILABLE', `Requested module '${moduleName}' is not available.`);

  const fileType = String(body.file_type ?? query.file_type ?? token?.fileType ?? 'csv').toLowerCase();
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
    const normalised = parseCriteria(query.criteria, module);
    if ('code' in normalised) return normalised;
    criteria = normalised;
  }
  const cvid = query.cvid === undefined ? undefined : String(query.cvid);
  if (cvid !== undefined && cvid !== customViewId(module.api))
    return fail('CVID_NOT_SUPPORTED', `Custom view ${cvid} is not supported for the query.`);

  if (token && token.query.module !== undefined && moduleOf(token.query) !== module.api)
    return fail('INVALID_DATA', 'Invalid data', { api_name: 'page_token' });
  const page = token?.page ?? (query.page === undefined ? 1 : Number(query.page));
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
    tokenQuery: withoutPage(query),
    queryEcho: {
      ...(fields ? { fields } : {}),
      module: isOld ? module.api : { id: stableId(`module.${module.api}`), api_name: module.api },
      ...(criteria ? { criteria: echoCriteria(criteria, module, isOld) } : {}),
      ...(cvid ? { cvid } : {}),
      page,
    },
  };
}

function moduleOf(query: Record<string, unknown>): unknown {
  return isObject(query.module) ? query.module.api_name : query.module;
}

function withoutPage(query: Record<string, unknown>): Record<string, unknown> {
  const { page: _page, page_token: _token, ...rest } = query;
  return rest;
}

/** Zoho's page tokens last 24 hours and serve only the user whose job issued them. */
function checkToken(context: SimContext, token: PageTokenBody): ReadError | undefined {
  if (Date.now() - token.issuedAt > context.variants.pageTokenLifetimeSeconds * 1000)
    return fail('INVALID_DATA', 'The page_token has expired.', { api_name: 'page_token' });
  if (token.user !== CURRENT_USER.id)
    return fail('INVALID_DATA', 'The page_token does not belong to this user.', { api_name: 'page_token' });
  return undefined;
}
