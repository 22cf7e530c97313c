import type { ModuleDef } from '../demo-org/modules';
import type { RecordStore, SimRecord } from '../store/record-store';
import { type Condition, type Criteria, EMPTY } from './match-criteria';
import { comparatorGroup } from './supported-comparators';

/** Numeric id order without BigInt per comparison (ids are decimal strings without leading zeros). */
export const byId = (a: { id: string }, b: { id: string }) =>
  a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** An `equal`/`in` condition every match must meet, on a field whose keys find its records directly. */
function keyCondition(store: RecordStore, module: ModuleDef, criteria: Criteria | undefined) {
  if (!criteria) return undefined;
  const conditions: Criteria[] =
    'group' in criteria ? (criteria.group_operator === 'and' ? criteria.group : []) : [criteria];
  return conditions.find((condition): condition is Condition => {
    if ('group' in condition || (condition.comparator !== 'equal' && condition.comparator !== 'in'))
      return false;
    const values = Array.isArray(condition.value) ? condition.value : [condition.value];
    if (values.some((value) => value === EMPTY || value === null || typeof value === 'object')) return false;
    if (condition.field === 'id') return true;
    const field = module.fields.find((candidate) => candidate.api === condition.field);
    if (!field) return false;
    const group = comparatorGroup(field);
    return (group === 'text' || group === 'lookup') && (field.unique || store.isKeyed(module.api, field.api));
  });
}

/**
 * The records a bulk read must test, in id order, a batch at a time: through the keys of a unique field's
 * `equal`/`in` condition when the criteria has one (fast at any size), else every record of the module
 * after `afterId` (where the previous page ended).
 */
export function* readCandidates(
  store: RecordStore,
  module: ModuleDef,
  criteria: Criteria | undefined,
  afterId: string | undefined,
): Generator<SimRecord[]> {
  const condition = keyCondition(store, module, criteria);
  if (!condition) return yield* store.batches(module.api, afterId);
  const values = Array.isArray(condition.value) ? condition.value : [condition.value];
  const found = new Map<string, SimRecord>();
  for (const value of values) {
    const matches =
      condition.field === 'id'
        ? [store.get(module.api, String(value))].filter((record) => record !== undefined)
        : store.findAllBy(module.api, condition.field, String(value));
    for (const record of matches) found.set(record.id, record);
  }
  const sorted = [...found.values()].sort(byId);
  yield afterId === undefined ? sorted : sorted.filter((record) => byId(record, { id: afterId }) > 0);
}
