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
