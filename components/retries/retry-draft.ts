import type { RetryRow } from '@/lib/retries/retry-schemas';

/** What the admin has changed in the retry grid so far. */
export type RetryDraft = {
  selected: ReadonlySet<number>;
  /** record number → column index → value typed. */
  cells: Readonly<Record<number, Readonly<Record<number, string>>>>;
  fieldDefaults: Readonly<Record<string, string>>;
  /** column index → the field it feeds in the retry ('ignored' to leave it out). */
  remap: Readonly<Record<number, string>>;
};

export function startDraft(rows: RetryRow[]): RetryDraft {
  return { selected: new Set(rows.map((row) => row.recordNumber)), cells: {}, fieldDefaults: {}, remap: {} };
}

export function editCell(draft: RetryDraft, record: number, column: number, value: string): RetryDraft {
  return { ...draft, cells: { ...draft.cells, [record]: { ...draft.cells[record], [column]: value } } };
}

export function toggleRow(draft: RetryDraft, record: number): RetryDraft {
  const selected = new Set(draft.selected);
  if (selected.has(record)) selected.delete(record);
  else selected.add(record);
  return { ...draft, selected };
}

export function setFieldDefault(draft: RetryDraft, field: string, value: string): RetryDraft {
  return { ...draft, fieldDefaults: { ...draft.fieldDefaults, [field]: value } };
}

export function remapColumn(draft: RetryDraft, column: number, field: string): RetryDraft {
  return { ...draft, remap: { ...draft.remap, [column]: field } };
}

export function cellValue(draft: RetryDraft, row: RetryRow, column: number): string {
  return draft.cells[row.recordNumber]?.[column] ?? row.values[column] ?? '';
}

/** The request body: the chosen rows, only cells and columns that changed, non-empty defaults. */
export function toRetryBody(draft: RetryDraft, rows: RetryRow[], mappedFields: Record<string, string> = {}) {
  const chosen = rows.filter((row) => draft.selected.has(row.recordNumber));
  const edits: Record<string, Record<string, string>> = {};
  for (const row of chosen) {
    for (const [column, value] of Object.entries(draft.cells[row.recordNumber] ?? {})) {
      if (value === (row.values[Number(column)] ?? '')) continue;
      edits[String(row.recordNumber)] = { ...edits[String(row.recordNumber)], [column]: value };
    }
  }
  const fieldDefaults = Object.fromEntries(
    Object.entries(draft.fieldDefaults).filter(([, value]) => value.trim() !== ''),
  );
  const remap = Object.fromEntries(
    Object.entries(draft.remap).filter(([column, field]) => mappedFields[column] !== field),
  );
  return { records: chosen.map((row) => row.recordNumber), edits, fieldDefaults, remap };
}
