import Papa from 'papaparse';
import type { RowResult } from './apply-row';
import type { FieldMapping } from './write-request';

/** The first three mapped columns of the uploaded file, then RECORD_ID, STATUS, ERRORS — one line per row. */
export function resultCsv(
  header: string[],
  mappings: FieldMapping[],
  rows: string[][],
  results: RowResult[],
): string {
  const echoed = [
    ...new Set(
      mappings.map((mapping) => mapping.index).filter((index): index is number => index !== undefined),
    ),
  ]
    .sort((a, b) => a - b)
    .slice(0, 3);
  const lines = rows.map((row, position) => {
    const result = results[position];
    return [
      ...echoed.map((index) => row[index] ?? ''),
      result?.recordId ?? '',
      result?.status ?? 'UNPROCESSED',
      result?.errors ?? '',
    ];
  });
  return Papa.unparse({
    fields: [
      ...echoed.map((index) => header[index] ?? `Column ${index + 1}`),
      'RECORD_ID',
      'STATUS',
      'ERRORS',
    ],
    data: lines,
  });
}
