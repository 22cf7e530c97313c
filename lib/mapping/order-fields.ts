import type { CrmField } from '@/lib/crm/crm-field';
import { normalizeName } from './normalize-name';

/**
 * Fields as the board lists them: mandatory fields still unmapped first (always shown, whatever the
 * search), then the others matching the search in metadata order.
 */
export function orderFields(
  fields: CrmField[],
  options: { mandatory: Set<string>; mapped: Set<string>; search: string },
): CrmField[] {
  const query = normalizeName(options.search);
  const isPinned = (f: CrmField) => options.mandatory.has(f.apiName) && !options.mapped.has(f.apiName);
  const matches = (f: CrmField) =>
    !query || normalizeName(f.label).includes(query) || normalizeName(f.apiName).includes(query);
  return [...fields.filter(isPinned), ...fields.filter((f) => !isPinned(f) && matches(f))];
}
