import 'server-only';
import type { CrmField } from '@/lib/crm/crm-field';
import type { FamilyRelation } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { parentFieldOf } from '@/lib/mapping/parent-field';

/**
 * What a child file feeds: the parent module's subform or multi-select / multi-user lookup field, the module its rows live in,
 * and the child module's lookup naming the parent (the same rule the board uses to leave that field out).
 */
export function childRelation(
  parentModule: string,
  parentFields: CrmField[],
  fieldApiName: string,
  childFields: CrmField[],
): FamilyRelation & { module: string } {
  const field = parentFields.find((candidate) => candidate.apiName === fieldApiName);
  if (!field?.childModule)
    throw new AppError(
      'validation',
      `${fieldApiName} is not a subform, multi-select lookup or multi-user lookup of ${parentModule}. Refresh the fields and choose again.`,
    );
  const parentField = parentFieldOf(field.childModule.kind, parentModule, childFields);
  if (!parentField)
    throw new AppError(
      'validation',
      `${field.childModule.module} has no field linking its rows to ${parentModule}. Refresh the fields and try again.`,
    );
  return {
    kind: field.childModule.kind,
    field: field.apiName,
    label: field.label,
    parentField: parentField.apiName,
    module: field.childModule.module,
  };
}
