import type { SimContext } from '../context';
import { checkCallback } from '../shared/check-callback';
import { type CreateError, fail, isCreateError, isObject } from './create-error';
import { validateFamily } from './validate-family';
import { validateResource } from './validate-resource';
import type { WriteRequest, WriteResource } from './write-request';

export { type CreateError, isCreateError } from './create-error';

/** v2 and v2.1 know one CSV per job; file_names and parent_column_index arrived with v3. */
export const supportsChildren = (version: string) => version !== 'v2' && version !== 'v2.1';

/**
 * Zoho's checks in Zoho's order, as the seed timeline shows it: body and operation, callback, resource and
 * module, field names and indexes, mandatory coverage, the parent-child rules, and only then the file.
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

  const raw = body.resource;
  if (!Array.isArray(raw) || raw.length === 0)
    return fail('MISSING_REQUIRED_KEY', 'required key resource is not found in request body.');
  if (raw.length > 1 && !supportsChildren(version))
    return fail('INVALID_DATA', 'Invalid data', { reason: 'several resources need a parent-child job' });
  const checked = [];
  for (const entry of raw) {
    const result = validateResource(entry, operation, version);
    if (isCreateError(result)) return result;
    checked.push({
      ...result,
      fileId: isObject(entry) ? entry.file_id : undefined,
      hasFileNames: isObject(entry) && Array.isArray(entry.file_names) && entry.file_names.length > 0,
    });
  }
  const familyProblem = validateFamily(checked);
  if (familyProblem) return familyProblem;

  const fileId = checked[0]?.fileId;
  if (typeof fileId !== 'string' || !/^\d{10,19}$/.test(fileId))
    return fail('INVALID_FILE_ID', 'improper file id');
  const file = context.files.info(fileId);
  if (!file || file.usedByJob) return fail('FILE_NOT_SUPPORTED', 'File not supported for bulk write');

  const [first, ...rest] = checked.map((entry) => entry.resource);
  if (!first) return fail('INVALID_DATA', 'Invalid data');
  const resources: [WriteResource, ...WriteResource[]] = [first, ...rest];
  const resource0 = raw[0];
  return {
    operation,
    ignoreEmpty: body.ignore_empty === true || (isObject(resource0) && resource0.ignore_empty === true),
    characterEncoding: typeof body.character_encoding === 'string' ? body.character_encoding : undefined,
    callback: isObject(body.callback) ? { url: String(body.callback.url), method: 'post' } : undefined,
    fileId,
    findBy: first.findBy,
    resources,
  };
}
