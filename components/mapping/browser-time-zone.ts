/** The browser's IANA time zone; some headless browsers report none, so fall back to UTC. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
