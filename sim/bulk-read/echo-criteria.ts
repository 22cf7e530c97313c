import type { ModuleDef } from '../demo-org/modules';
import { stableId } from '../demo-org/stable-id';
import type { Criteria } from './match-criteria';

/**
 * Criteria as job details echo them (Postman "Get Bulk Read Job Details" sample): v2.1+ write each field as
 * `{id, api_name}` with the field's id filled in (`null` where there is none, as for `$converted`; assumed
 * for lookup paths too) and groups as `{group, group_operator}`; v2 keeps its flat `api_name` form.
 */
export function echoCriteria(criteria: Criteria, module: ModuleDef, isV2: boolean): unknown {
  if ('group' in criteria) {
    return {
      group: criteria.group.map((child) => echoCriteria(child, module, isV2)),
      group_operator: criteria.group_operator,
    };
  }
  const { field: apiName, comparator, value } = criteria;
  if (isV2) return { api_name: apiName, comparator, value };
  const known = !apiName.includes('.') && module.fields.some((field) => field.api === apiName);
  return {
    field: { id: known ? stableId(`${module.api}.${apiName}`) : null, api_name: apiName },
    comparator,
    value,
  };
}
