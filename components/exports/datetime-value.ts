const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** `2026-01-05T10:00` typed in the browser's zone → `2026-01-05T10:00:00+01:00` (ISO 8601, as Zoho takes it). */
export function localToIso(local: string): string {
  if (!local) return '';
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return '';
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${local.length === 16 ? `${local}:00` : local}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The stored ISO value shown in a datetime-local input, in the browser's zone. */
export function isoToLocal(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
