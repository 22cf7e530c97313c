import type { CrmField } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import { isImportable } from '@/lib/mapping/importable-fields';
import { emptyMapping, type MappingState } from '@/lib/mapping/mapping-state';
import { normalizeName, similarity } from '@/lib/mapping/normalize-name';
import { ignoreColumn, mapColumn, setFieldDefault } from '@/lib/mapping/transitions';
import type { TemplateBody } from './mapping-template-schemas';

/** How far a file has moved from the one the template was saved from. */
export type TemplateDrift = {
  /** Template columns the file lacks (their fields stay unmapped). */
  missing: string[];
  /** Template columns found under another, similar header. */
  renamed: { from: string; to: string }[];
  /** File columns the template does not know (left for the admin). */
  extra: string[];
  /** Saved fields the module no longer has or no longer lets us write. */
  droppedFields: string[];
};

export const RENAME_THRESHOLD = 0.8;

export function hasDrift(drift: TemplateDrift): boolean {
  return Object.values(drift).some((list) => list.length > 0);
}

/** Pairs template headers with file columns: same name, then same normalised name, then a clear look-alike. */
function pairHeaders(saved: string[], columns: ColumnProfile[]) {
  const pairs = new Map<string, ColumnProfile>();
  let open = [...columns];
  const take = (header: string, column: ColumnProfile) => {
    pairs.set(header, column);
    open = open.filter((c) => c !== column);
  };
  for (const header of saved) {
    const column = open.find((c) => c.header === header);
    if (column) take(header, column);
  }
  for (const header of saved.filter((h) => !pairs.has(h))) {
    const column = open.find((c) => normalizeName(c.header) === normalizeName(header));
    if (column) take(header, column);
  }
  const renamed: TemplateDrift['renamed'] = [];
  for (const header of saved.filter((h) => !pairs.has(h))) {
    const scored = open
      .map((column) => ({ column, score: similarity(normalizeName(header), normalizeName(column.header)) }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (!best || best.score < RENAME_THRESHOLD || (second && best.score - second.score < 0.05)) continue;
    take(header, best.column);
    renamed.push({ from: header, to: best.column.header });
  }
  return { pairs, renamed, extra: open.map((c) => c.header) };
}

/** The board a template gives this file, and the drift to show before applying it. */
export function applyTemplate(body: TemplateBody, columns: ColumnProfile[], fields: CrmField[]) {
  const writable = new Set(fields.filter(isImportable).map((f) => f.apiName));
  const { pairs, renamed, extra } = pairHeaders(body.headers, columns);
  let state: MappingState = emptyMapping(columns.map((c) => c.index));
  const droppedFields: string[] = [];
  for (const [header, saved] of Object.entries(body.byHeader)) {
    const column = pairs.get(header);
    if (!column) continue;
    if (saved.kind === 'ignored') {
      state = ignoreColumn(state, column.index);
      continue;
    }
    const { kind: _kind, apiName, ...options } = saved;
    if (writable.has(apiName)) state = mapColumn(state, column.index, apiName, options);
    else droppedFields.push(apiName);
  }
  for (const [apiName, value] of Object.entries(body.fieldDefaults)) {
    if (writable.has(apiName)) state = setFieldDefault(state, apiName, value);
    else droppedFields.push(apiName);
  }
  const missing = body.headers.filter((h) => !pairs.has(h));
  return { state, drift: { missing, renamed, extra, droppedFields } satisfies TemplateDrift };
}

/** Share of the template's headers the file has (by normalised name): 1 means the same columns. */
export function headerMatch(body: Pick<TemplateBody, 'headers'>, headers: string[]): number {
  const file = new Set(headers.map(normalizeName));
  const saved = new Set(body.headers.map(normalizeName));
  if (saved.size === 0) return 0;
  const shared = [...saved].filter((h) => file.has(h)).length;
  return shared / Math.max(saved.size, file.size);
}
