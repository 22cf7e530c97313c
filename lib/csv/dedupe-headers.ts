export type HeaderRename = {
  index: number;
  original: string;
  header: string;
  reason: 'duplicate' | 'empty' | 'trimmed';
};

// Spaces, no-break spaces and the invisible characters spreadsheets and web pages leave around a header.
const EDGE_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

/** A header as matched: without spaces or zero-width characters at either end. */
export function trimHeader(header: string): string {
  return header.replace(EDGE_SPACE, '');
}

/**
 * Headers are trimmed of edge spaces and invisible characters for matching (a `trimmed` rename keeps the original
 * to show). Blank headers become "Column 4"; every copy of a repeated header is named by its position,
 * "Email (column 3)" and "Email (column 7)", so none is mapped blindly. Positions are 1-based.
 */
export function dedupeHeaders(raw: string[]): { headers: string[]; renames: HeaderRename[] } {
  const trimmed = raw.map(trimHeader);
  const seen = new Map<string, number>();
  for (const header of trimmed)
    if (header) seen.set(header.toLowerCase(), (seen.get(header.toLowerCase()) ?? 0) + 1);
  const taken = new Set<string>();
  const renames: HeaderRename[] = [];
  const headers = trimmed.map((header, index) => {
    let name = header;
    if (!header) {
      name = `Column ${index + 1}`;
      renames.push({ index, original: raw[index] ?? '', header: name, reason: 'empty' });
    } else if ((seen.get(header.toLowerCase()) ?? 0) > 1) {
      name = `${header} (column ${index + 1})`;
      renames.push({ index, original: header, header: name, reason: 'duplicate' });
    }
    if (header && raw[index] !== header)
      renames.push({ index, original: raw[index] ?? '', header, reason: 'trimmed' });
    while (taken.has(name.toLowerCase())) name = `${name}_${index + 1}`;
    taken.add(name.toLowerCase());
    return name;
  });
  return { headers, renames };
}

/** Names for a file without a header row. */
export function numberedHeaders(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `Column ${index + 1}`);
}
