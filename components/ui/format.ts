// How numbers, sizes and times read everywhere in the console: one fixed locale, so server and browser agree.
const numberFormat = new Intl.NumberFormat('en-US');
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** "12,345". */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** Whole percent, but never "0%" for a non-zero share or "100%" for an incomplete one. */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0%';
  const percent = (part / whole) * 100;
  if (percent < 1) return '<1%';
  if (percent > 99 && part < whole) return '99%';
  return `${Math.round(percent)}%`;
}

/** "812 B", "4.2 MB", "1.1 GB"; "—" when unknown. */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(unit === 0 || value >= 100 ? 0 : 1)} ${UNITS[unit]}`;
}

/** "350 ms", "4.2 s", "3 min 5 s": how long something local took. */
export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** "45 s", "3 min 5 s", "2 h 4 min" between two ISO instants. */
export function formatDuration(fromIso: string, toIso: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** "23 Nov 2026, 12:49"; "—" when it has not happened. */
export function formatWhen(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '—';
}
