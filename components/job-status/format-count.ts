const numberFormat = new Intl.NumberFormat('en-US');

/** "12,345": a fixed locale so server and browser render the same text. */
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

/** "45 s", "3 min 5 s", "2 h 4 min" between two ISO instants. */
export function formatDuration(fromIso: string, toIso: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
