import type { ChildKind, CrmField } from '@/lib/crm/crm-field';

/**
 * The child module's lookup naming the parent record: `Parent_Id` for a subform; for a linking module, its
 * lookup to the parent module. The server fills it from the key column, so the child's board leaves it out.
 */
export function parentFieldOf(kind: ChildKind, parentModule: string, childFields: CrmField[]) {
  return kind === 'subform'
    ? childFields.find((field) => field.apiName === 'Parent_Id')
    : childFields.find((field) => field.dataType === 'lookup' && field.lookupModule === parentModule);
}

/**
 * The child module's fields a child file's columns may feed: not the parent lookup, and not the record id
 * (child rows are always inserted).
 */
export function childFieldsWithoutParent(
  kind: ChildKind,
  parentModule: string,
  childFields: CrmField[],
): CrmField[] {
  const parent = parentFieldOf(kind, parentModule, childFields);
  return childFields.filter((field) => field !== parent && field.apiName !== 'id');
}
