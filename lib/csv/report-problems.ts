import type { ReaderEnd } from './create-record-reader';
import type { ProblemCollector } from './csv-problems';
import type { HeaderRename } from './dedupe-headers';

export function reportHeaderRenames(
  problems: ProblemCollector,
  renames: HeaderRename[],
  headerRow: number,
): void {
  const duplicates = renames.filter((rename) => rename.reason === 'duplicate').map((rename) => rename.header);
  const empties = renames.filter((rename) => rename.reason === 'empty').map((rename) => rename.header);
  for (const _ of duplicates) {
    problems.add(
      'duplicate_header',
      headerRow,
      headerRow,
      `Duplicate headers renamed: ${duplicates.join(', ')}`,
    );
  }
  for (const _ of empties) {
    problems.add('empty_header', headerRow, headerRow, `Empty headers named: ${empties.join(', ')}`);
  }
  const trimmed = renames.filter((rename) => rename.reason === 'trimmed');
  const shown = trimmed
    .map((rename) => `"${visibleEdges(rename.original)}" as "${rename.header}"`)
    .join(', ');
  for (const _ of trimmed) {
    problems.add(
      'trimmed_header',
      headerRow,
      headerRow,
      `Spaces or invisible characters around headers are ignored for matching: ${shown}`,
    );
  }
}

/** Edge spaces as ␣ and invisible characters by code point, so the admin sees what was there. */
function visibleEdges(header: string): string {
  const mark = (run: string) =>
    [...run]
      .map((char) =>
        char === ' ' ? '␣' : `<U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}>`,
      )
      .join('');
  return header.replace(/^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g, mark);
}
export function reportEnd(problems: ProblemCollector, ending: ReaderEnd, isHeaderOnly: boolean): void {
  if (ending.kind === 'runaway-quote') {
    problems.add(
      'unclosed_quote',
      ending.record,
      ending.line,
      `The record starting on line ${ending.line} passes 1 MiB, most likely a quote that never closes; the scan stopped there`,
    );
  } else if (ending.unclosedQuote) {
    const { record, line } = ending.unclosedQuote;
    problems.add('unclosed_quote', record, line, `A quote opened on line ${line} never closes`);
  }
  if (isHeaderOnly) problems.add('no_data_rows', 1, 1, 'The file has a header row but no data rows');
}
