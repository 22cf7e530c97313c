import { type CrmField, isUserLookupType } from '@/lib/crm/crm-field';
import type { PreflightPlan } from './preflight-plan';
import type { RowIssue } from './preflight-tally';

const KINDS: Partial<Record<CrmField['dataType'], string>> = {
  email: 'an email address',
  phone: 'a phone number',
  integer: 'a whole number',
  bigint: 'a whole number',
  double: 'a number',
  currency: 'an amount',
  percent: 'a number',
  boolean: 'true or false',
  date: 'a date',
  datetime: 'a date and time',
};

type Describe = (label: string, field: CrmField | undefined, plan: PreflightPlan) => string;

/** One sentence per reason, saying what Zoho does with those rows (its own code in brackets). */
const MESSAGES: Record<string, Describe> = {
  empty_row: () => 'Every mapped cell is empty: Zoho ignores the row.',
  invalid_value: (label, field, plan) => {
    const format = plan.columns.find((c) => c.field.apiName === field?.apiName)?.options.format;
    const kind = field ? (KINDS[field.dataType] ?? `a valid ${field.dataType} value`) : 'a valid value';
    return `${label}: not ${kind}${format ? ` written as ${format}` : ''} (INVALID_DATA).`;
  },
  too_long: (label, field) =>
    `${label}: longer than the ${field?.maxLength ?? 255} characters the field takes (INVALID_DATA).`,
  mandatory_empty: (label) => `${label} is mandatory and the cell is empty (MANDATORY_NOT_FOUND).`,
  mandatory_unmapped: (label) =>
    `${label} is mandatory and no column or default feeds it (MANDATORY_NOT_FOUND).`,
  find_by_empty: (label) => `${label} is empty, so there is no record to update (MANDATORY_NOT_FOUND).`,
  duplicate_in_file: (label) =>
    `${label}: an earlier row in this file already has this value (DUPLICATE_DATA).`,
  picklist_added: (label) =>
    `${label}: values not in the picklist are added to it as new options. Map them on the board to avoid that.`,
  same_record_again: (label) =>
    `${label}: an earlier row in this file has the same value, so both change one record and the later row wins.`,
  lookup_target: (label, field, plan) => {
    const findBy = plan.columns.find((c) => c.field.apiName === field?.apiName)?.options.findBy ?? 'id';
    const target = isUserLookupType(field?.dataType)
      ? 'Zoho user'
      : `${field?.lookupModule ?? ''} record in Zoho`;
    return `${label}: skipped if no ${target} has this ${findBy}.`;
  },
  unique_in_crm: (label) => `${label}: skipped if another record in Zoho already has this value.`,
  find_by_exists: (label) => `${label}: skipped if a record in Zoho already has this value.`,
  find_by_match: (label, _field, plan) =>
    plan.operation === 'update'
      ? `${label}: skipped if no record in Zoho has this value.`
      : `${label}: updates the record in Zoho with this value, or adds one if there is none.`,
  mandatory_if_new: (label) =>
    `${label} is empty: fine if the row updates a record, skipped if it would add one.`,
};

export function preflightMessage(
  issue: RowIssue,
  plan: PreflightPlan,
  fields: Map<string, CrmField>,
): string {
  const field = fields.get(issue.apiName);
  const label = field?.label ?? (issue.apiName === 'id' ? 'Record Id' : issue.apiName);
  return (MESSAGES[issue.code] ?? (() => `${label}: ${issue.detail}`))(label, field, plan);
}
