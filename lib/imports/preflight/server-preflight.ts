import 'server-only';
import { createPreflight, type PreflightInput, type PreflightSummary } from '@/lib/mapping/create-preflight';
import { mappedColumnIndexes } from '@/lib/mapping/mapping-state';
import type { ScannedRecord } from '../../csv/scan-csv-records';
import { decodeField } from '../split/project-record';
import { createExternalDuplicates } from './external-duplicates';

type Duplicates = ReturnType<ReturnType<typeof createExternalDuplicates>['resolve']>;

/**
 * The one unique field whose in-file duplicates can be found on disk (insert without find_by, exactly one unique
 * field mapped); otherwise the pre-flight keeps its index in memory.
 */
function externalUniqueField(input: PreflightInput) {
  if (input.settings.operation !== 'insert' || input.settings.findBy) return undefined;
  const mapped = new Set(
    Object.values(input.mapping.columns).flatMap((column) =>
      column.kind === 'matched' ? [column.apiName] : [],
    ),
  );
  const unique = input.fields.filter((field) => field.isUnique && mapped.has(field.apiName));
  return unique.length === 1 ? unique[0] : undefined;
}

/**
 * The browser's pre-flight, fed scanned records on the server: only mapped cells are decoded. For huge inserts
 * the in-file duplicate check runs on disk (`external-duplicates.ts`), so memory does not grow with the file;
 * its findings are known after the whole file was read (`finish`).
 */
export function createServerPreflight(input: PreflightInput) {
  const uniqueField = externalUniqueField(input);
  const external = uniqueField ? createExternalDuplicates() : undefined;
  const preflight = createPreflight(input, { records: external?.records });
  const mapped = mappedColumnIndexes(input.mapping);
  let duplicates: Duplicates | undefined;
  const undecodable = new Set<number>();
  return {
    /** False once the file alone shows Zoho would skip this row (a disk-checked duplicate shows only at `finish`). */
    add(recordNumber: number, record: ScannedRecord, quote: number): boolean {
      const values: string[] = [];
      for (const index of mapped) values[index] = decodeField(record, index, quote);
      if (mapped.some((index) => values[index]?.includes('\uFFFD'))) undecodable.add(recordNumber);
      preflight.add(recordNumber, values);
      return !preflight.invalidRecords().has(recordNumber);
    },
    /** A mapped cell holds bytes the file's encoding could not read: such a row never goes to Zoho. */
    isUndecodable: (recordNumber: number): boolean => undecodable.has(recordNumber),
    /** Whether duplicates are only known after the whole file (then exclusion needs a second pass). */
    isDeferred: external !== undefined,
    finish(): void {
      if (external && !duplicates) duplicates = external.resolve();
    },
    isInvalid(recordNumber: number): boolean {
      return preflight.invalidRecords().has(recordNumber) || (duplicates?.isDuplicate(recordNumber) ?? false);
    },
    summary(): PreflightSummary {
      const summary = preflight.summary();
      if (!duplicates || duplicates.count === 0 || !uniqueField) return summary;
      const column = Object.entries(input.mapping.columns).find(
        ([, mapping]) => mapping.kind === 'matched' && mapping.apiName === uniqueField.apiName,
      );
      return {
        ...summary,
        rowsToSkip: summary.rowsToSkip + duplicates.count,
        reasons: [
          ...summary.reasons,
          {
            severity: 'skip',
            code: 'duplicate_in_file',
            apiName: uniqueField.apiName,
            columnIndex: column ? Number(column[0]) : undefined,
            message: `${uniqueField.label}: an earlier row in this file already has this value (DUPLICATE_DATA).`,
            count: duplicates.count,
            examples: duplicates.examples,
          },
        ],
      };
    },
    discard: () => external?.discard(),
  };
}
