import type {
  CriteriaCondition,
  CriteriaNode,
  ExportDefinition,
} from '@/lib/exports/definitions/export-definition';
import { comparatorGroup, isEmptyComparator, isListComparator, isRangeComparator } from './comparators';

// Zoho's literal token for "empty" in criteria values.
// biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text ${EMPTY}, not a template.
export const ZOHO_EMPTY = '${EMPTY}';

type ZohoValue = string | number | boolean;
export type ZohoCriteria =
  | { field: { api_name: string }; comparator: string; value: ZohoValue | ZohoValue[] }
  | { group_operator: 'and' | 'or'; group: ZohoCriteria[] };

export type ReadRequestBody = {
  callback?: { url: string; method: 'post' };
  query: {
    module?: { api_name: string };
    cvid?: string;
    fields?: string[];
    criteria?: ZohoCriteria;
    page?: number;
    page_token?: string;
  };
  file_type?: 'ics';
};

function toZohoValue(value: string, condition: CriteriaCondition): ZohoValue {
  const group = comparatorGroup(condition.dataType);
  if (group === 'number') return Number(value);
  if (group === 'boolean') return value === 'true';
  // Zoho takes ISO 8601 without milliseconds.
  if (condition.dataType === 'datetime') return value.replace(/\.\d+(?=Z|[+-]\d{2}:\d{2}$)/, '');
  return value;
}

function toZohoCondition(condition: CriteriaCondition): ZohoCriteria {
  const field = { api_name: condition.field };
  const { comparator } = condition;
  if (isEmptyComparator(comparator))
    return { field, comparator: comparator === 'is_empty' ? 'equal' : 'not_equal', value: ZOHO_EMPTY };
  if (isListComparator(comparator) || isRangeComparator(comparator))
    return { field, comparator, value: condition.values.map((value) => toZohoValue(value, condition)) };
  return { field, comparator, value: toZohoValue(condition.value, condition) };
}

/** Zoho refuses a group of one (AMBIGUOUS_GROUP_IN_CRITERIA): a lone child stands for its group; empty ones go. */
export function toZohoCriteria(node: CriteriaNode): ZohoCriteria | undefined {
  if (node.type === 'condition') return toZohoCondition(node);
  const group = node.children.map(toZohoCriteria).filter((child) => child !== undefined);
  if (group.length === 0) return undefined;
  if (group.length === 1) return group[0];
  return { group_operator: node.operator, group };
}

/** The bulk read request for one page of an export (docs/zoho.md, “Bulk read request”). */
export function buildReadRequest(
  definition: ExportDefinition,
  options: { page?: number; pageToken?: string; callbackUrl?: string } = {},
): ReadRequestBody {
  const isIcs = definition.fileType === 'ics';
  const callback = options.callbackUrl
    ? { callback: { url: options.callbackUrl, method: 'post' as const } }
    : {};
  // A next page is asked for with the token alone, as Zoho's sample does: the token carries the query.
  if (options.pageToken)
    return {
      ...callback,
      query: { page_token: options.pageToken },
      ...(isIcs ? { file_type: 'ics' as const } : {}),
    };
  const criteria = definition.filter === 'criteria' ? toZohoCriteria(definition.criteria) : undefined;
  return {
    ...callback,
    query: {
      module: { api_name: definition.module },
      ...(definition.filter === 'cvid' && definition.cvid ? { cvid: definition.cvid } : {}),
      ...(!isIcs && definition.fields.length > 0 ? { fields: definition.fields } : {}),
      ...(criteria ? { criteria } : {}),
      page: options.page ?? 1,
    },
    ...(isIcs ? { file_type: 'ics' as const } : {}),
  };
}
