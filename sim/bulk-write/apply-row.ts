import type { FieldDef } from '../demo-org/field-def';
import { findModule, type ModuleDef } from '../demo-org/modules';
import { CURRENT_USER, USERS, userName } from '../demo-org/org';
import { stableId } from '../demo-org/stable-id';
import type { FieldValue, RecordStore } from '../store/record-store';
import { convertValue } from './convert-value';
import type { FieldMapping, RowRequest } from './write-request';

export type RowResult = { status: 'ADDED' | 'UPDATED' | 'SKIPPED'; recordId: string; errors: string };

type Problems = Map<string, string[]>;
/** Layout is set by the job; subform rows and multi-select lookups come from their own CSVs (child resources). */
const NOT_WRITTEN = new Set<FieldDef['type']>(['layout', 'subform', 'multiselectlookup', 'multiuserlookup']);
const note = (problems: Problems, code: string, field: string) =>
  problems.set(code, [...(problems.get(code) ?? []), field]);
/** `MANDATORY_NOT_FOUND-Company,Last_Name:DUPLICATE_DATA-Email` */
const formatErrors = (problems: Problems) =>
  [...problems].map(([code, fields]) => `${code}-${fields.join(',')}`).join(':');

function lookupValue(
  store: RecordStore,
  field: FieldDef,
  text: string,
  findBy = 'id',
): FieldValue | undefined {
  if (field.type === 'ownerlookup' || field.type === 'userlookup') {
    const user = USERS.find((candidate) =>
      findBy === 'email' ? candidate.email.toLowerCase() === text.toLowerCase() : candidate.id === text,
    );
    return user ? { id: user.id, name: userName(user) } : undefined;
  }
  const target = findModule(field.lookup ?? '');
  if (!target) return undefined;
  const found = store.findBy(
    target.api,
    findBy === target.api || findBy === 'name' ? target.displayField : findBy,
    text,
  );
  return found ? { id: found.id, name: String(found[target.displayField] ?? '') } : undefined;
}

function cellOf(mapping: FieldMapping, row: string[]): string {
  const cell = mapping.index === undefined ? '' : (row[mapping.index] ?? '');
  if (cell.trim() !== '') return cell;
  const fallback = mapping.default_value?.value;
  return fallback === undefined || fallback === null ? '' : String(fallback);
}

/** Applies one CSV row to the store as Zoho's bulk write would, returning the row's result line. */
export function applyRow(
  store: RecordStore,
  module: ModuleDef,
  request: RowRequest,
  mappings: FieldMapping[],
  row: string[],
): RowResult {
  const problems: Problems = new Map();
  const values: Record<string, FieldValue> = {};
  const emptyFields = new Set<string>();
  for (const mapping of mappings) {
    const field = module.fields.find((candidate) => candidate.api === mapping.api_name);
    if (!field || field.readOnly || NOT_WRITTEN.has(field.type)) continue;
    const text = cellOf(mapping, row).trim();
    if (text === '') {
      emptyFields.add(field.api);
      continue;
    }
    if (field.type === 'lookup' || field.type === 'ownerlookup' || field.type === 'userlookup') {
      const value = lookupValue(store, field, text, mapping.find_by);
      if (value === undefined) note(problems, 'INVALID_DATA', field.api);
      else values[field.api] = value;
      continue;
    }
    const converted = convertValue(field, text, mapping.format);
    if ('error' in converted) note(problems, converted.error, field.api);
    else values[field.api] = converted.value;
    if (field.type === 'picklist' && typeof values[field.api] === 'string')
      addPicklistValue(store, module, field, String(values[field.api]));
  }

  const findBy = request.findBy;
  const key = findBy
    ? findBy === 'id'
      ? cellOf({ api_name: 'id', index: mappings.find((m) => m.api_name === 'id')?.index }, row)
      : values[findBy]
    : undefined;
  const keyText =
    key && typeof key === 'object' && !Array.isArray(key)
      ? key.id
      : key === undefined || key === null
        ? ''
        : String(key);
  const existing = findBy && keyText !== '' ? store.findBy(module.api, findBy, keyText) : undefined;

  // An upsert row without a key value has nothing to match, so it is added.
  if (request.operation === 'update' && findBy && keyText === '')
    note(problems, 'MANDATORY_NOT_FOUND', findBy);
  const isInsert = request.operation === 'insert' || (request.operation === 'upsert' && !existing);
  if (request.operation === 'update' && !existing && keyText !== '')
    note(problems, 'RESOURCE_NOT_FOUND', findBy ?? 'id');
  if (request.operation === 'insert' && existing) note(problems, 'DUPLICATE_DATA', findBy ?? 'id');

  if (isInsert) {
    for (const field of module.fields) {
      // The owner defaults to the job's user; a value already reported INVALID_DATA is not reported twice.
      if (
        (field.systemMandatory || field.layoutRequired) &&
        field.type !== 'ownerlookup' &&
        values[field.api] === undefined &&
        !problems.get('INVALID_DATA')?.includes(field.api)
      )
        note(problems, 'MANDATORY_NOT_FOUND', field.api);
    }
  }
  for (const field of module.fields.filter((candidate) => candidate.unique)) {
    const value = values[field.api];
    if (value === undefined || field.api === findBy) continue;
    const clash = store.findBy(module.api, field.api, String(value));
    if (clash && clash.id !== existing?.id) note(problems, 'DUPLICATE_DATA', field.api);
  }
  if (problems.size > 0) return { status: 'SKIPPED', recordId: '', errors: formatErrors(problems) };

  if (!request.ignoreEmpty) for (const field of emptyFields) values[field] = null;
  if (isInsert) {
    const hasField = (api: string) => module.fields.some((field) => field.api === api);
    if (hasField('Owner')) values.Owner ??= { id: CURRENT_USER.id, name: userName(CURRENT_USER) };
    // The demo org has one layout per module; Zoho puts a wrong or missing layout on the default one.
    if (hasField('Layout'))
      values.Layout = { id: stableId(`layout.${module.api}.standard`), name: 'Standard' };
    const record = store.insert(module.api, values);
    return { status: 'ADDED', recordId: record.id, errors: '' };
  }
  const updated = store.update(module.api, existing?.id ?? '', values);
  return { status: 'UPDATED', recordId: updated.id, errors: '' };
}

/** Zoho adds an unknown picklist value to the picklist rather than refusing the row. */
function addPicklistValue(store: RecordStore, module: ModuleDef, field: FieldDef, value: string): void {
  if (field.picklist?.includes(value)) return;
  store.addPicklistValue(`${module.api}.${field.api}`, value);
}
