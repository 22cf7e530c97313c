import type { CrmDataType, CrmField } from '@/lib/crm/crm-field';
import type { ColumnProfile, InferredType } from '@/lib/csv/column-profile';
import { aliasTargets } from './header-aliases';
import { isImportable } from './importable-fields';
import type { Suggestion } from './mapping-state';
import { normalizeName, similarity } from './normalize-name';

export const FUZZY_THRESHOLD = 0.8;
/** A runner-up this close to the best fuzzy score makes the header ambiguous. */
export const FUZZY_AMBIGUITY_GAP = 0.08;

const SNIFFABLE: Partial<Record<InferredType, CrmDataType>> = {
  email: 'email',
  url: 'website',
  phone: 'phone',
};

type Tier = (column: ColumnProfile, fields: CrmField[]) => Suggestion | undefined;

const exact: Tier = (column, fields) => {
  const header = normalizeName(column.header);
  const field = fields.find((f) => normalizeName(f.apiName) === header || normalizeName(f.label) === header);
  if (!field) return undefined;
  const on = normalizeName(field.apiName) === header ? 'API name' : 'label';
  return { apiName: field.apiName, reason: `Header is the field's ${on}`, confidence: 1 };
};

const alias: Tier = (column, fields) => {
  const target = aliasTargets(column.header).find((apiName) => fields.some((f) => f.apiName === apiName));
  if (!target) return undefined;
  return { apiName: target, reason: `"${column.header}" is a common name for ${target}`, confidence: 0.9 };
};

const fuzzy: Tier = (column, fields) => {
  const header = normalizeName(column.header);
  const scored = fields
    .map((f) => ({
      field: f,
      score: Math.max(
        similarity(header, normalizeName(f.label)),
        similarity(header, normalizeName(f.apiName)),
      ),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < FUZZY_THRESHOLD) return undefined;
  if (second && best.score - second.score < FUZZY_AMBIGUITY_GAP) return undefined;
  const confidence = Math.round(best.score * 0.85 * 100) / 100;
  return { apiName: best.field.apiName, reason: `Header is spelled like "${best.field.label}"`, confidence };
};

const sniff: Tier = (column, fields) => {
  const dataType = SNIFFABLE[column.inferredType];
  const sameType = fields.filter((f) => f.dataType === dataType);
  // E-mails also name users: a linking module's user lookup (a multi-user lookup's child file) finds them by email.
  // Not Owner, which an e-mail column of the record's own people would take wrongly.
  const users = column.inferredType === 'email' ? fields.filter((f) => f.dataType === 'userlookup') : [];
  const candidates = sameType.length > 0 ? sameType : users;
  const [only] = candidates;
  if (!only || candidates.length > 1) return undefined;
  const what = only.dataType === 'userlookup' ? 'user lookup' : `${dataType} field`;
  const reason = `Values look like ${column.inferredType === 'url' ? 'web addresses' : `${column.inferredType}s`}; ${only.label} is the only ${what} left`;
  return { apiName: only.apiName, reason, confidence: 0.6 };
};

/**
 * Proposes a field per column, strongest evidence first: exact name, alias, fuzzy spelling, then values.
 * Within a tier, two columns wanting one field are both ambiguous and stay unmatched.
 */
export function autoMatch(columns: ColumnProfile[], fields: CrmField[]): Record<number, Suggestion> {
  const result: Record<number, Suggestion> = {};
  let free = fields.filter((f) => isImportable(f) && f.apiName !== 'id');
  let open = columns;
  for (const tier of [exact, alias, fuzzy, sniff]) {
    const proposals = open.flatMap((column) => {
      const suggestion = tier(column, free);
      return suggestion ? [{ column, suggestion }] : [];
    });
    const wanted = new Map<string, number>();
    for (const { suggestion } of proposals)
      wanted.set(suggestion.apiName, (wanted.get(suggestion.apiName) ?? 0) + 1);
    const accepted = proposals.filter(({ suggestion }) => wanted.get(suggestion.apiName) === 1);
    for (const { column, suggestion } of accepted) result[column.index] = suggestion;
    const takenFields = new Set(accepted.map((p) => p.suggestion.apiName));
    const decided = new Set(proposals.map((p) => p.column.index));
    free = free.filter((f) => !takenFields.has(f.apiName));
    open = open.filter((c) => !decided.has(c.index));
  }
  return result;
}
