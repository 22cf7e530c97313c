import { createPreflight, type PreflightInput } from '@/lib/mapping/create-preflight';
import { decodeField } from './project-record';
import type { ScannedRecord } from './scan-csv-records';

/** The browser's pre-flight, fed scanned records on the server: only mapped cells are decoded. */
export function createServerPreflight(input: PreflightInput) {
  const preflight = createPreflight(input);
  const mapped = Object.entries(input.mapping.columns)
    .filter(([, column]) => column.kind === 'matched')
    .map(([key]) => Number(key));
  return {
    /** True when nothing inside the file makes Zoho skip this row. */
    add(recordNumber: number, record: ScannedRecord, quote: number): boolean {
      const values: string[] = [];
      for (const index of mapped) values[index] = decodeField(record, index, quote);
      preflight.add(recordNumber, values);
      return !preflight.invalidRecords().has(recordNumber);
    },
    summary: () => preflight.summary(),
  };
}
