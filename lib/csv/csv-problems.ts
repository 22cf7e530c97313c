export type CsvProblemKind =
  | 'too_many_fields'
  | 'too_few_fields'
  | 'unclosed_quote'
  | 'duplicate_header'
  | 'empty_header'
  | 'trimmed_header'
  | 'invalid_bytes'
  | 'unlikely_text'
  | 'field_too_long'
  | 'no_data_rows';

export type CsvProblem = {
  kind: CsvProblemKind;
  count: number;
  /** First few record numbers where it happened (the file's own 1-based record numbers). */
  firstRecords: number[];
  /** Line of the first occurrence (differs from the record when fields hold line breaks). */
  firstLine: number;
  message: string;
};

const FIRST_RECORDS_KEPT = 5;

/** Counts problems by kind, keeping where each was first seen. */
export function createProblemCollector() {
  const problems = new Map<CsvProblemKind, CsvProblem>();

  function add(kind: CsvProblemKind, record: number, line: number, message: string): void {
    const existing = problems.get(kind);
    if (!existing) {
      problems.set(kind, { kind, count: 1, firstRecords: [record], firstLine: line, message });
      return;
    }
    existing.count++;
    const last = existing.firstRecords[existing.firstRecords.length - 1];
    if (existing.firstRecords.length < FIRST_RECORDS_KEPT && last !== record)
      existing.firstRecords.push(record);
  }

  function list(): CsvProblem[] {
    return [...problems.values()].map((problem) => ({ ...problem, firstRecords: [...problem.firstRecords] }));
  }

  return { add, list };
}

export type ProblemCollector = ReturnType<typeof createProblemCollector>;
