/** A stored field value as text: lookups by name, booleans as words, lists joined. */
export function recordValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map(recordValue).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const lookup = value as { name?: unknown; id?: unknown };
    return String(lookup.name ?? lookup.id ?? '');
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

const HIDDEN = new Set(['id', 'Created_Time', 'Modified_Time', 'Parent_Id', 'Layout']);

/** The fields worth showing: filled, not bookkeeping, not child rows (those get their own table). */
export function shownFields(record: Record<string, unknown>): [string, string][] {
  return Object.entries(record).flatMap(([name, value]) =>
    HIDDEN.has(name) || isChildRows(value) || recordValue(value) === '' ? [] : [[name, recordValue(value)]],
  );
}

/** Subform rows and multi-select or multi-user lookup links: arrays of objects. */
export function isChildRows(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
}

export function recordTitle(record: Record<string, unknown>): string {
  const name =
    recordValue(record.Full_Name) ||
    [recordValue(record.First_Name), recordValue(record.Last_Name)].filter(Boolean).join(' ') ||
    recordValue(record.Product_Name) ||
    recordValue(record.Account_Name) ||
    recordValue(record.Deal_Name) ||
    recordValue(record.Subject);
  return name || `Record ${recordValue(record.id)}`;
}
