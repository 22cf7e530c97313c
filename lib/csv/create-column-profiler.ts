import type { ColumnProfile, InferredType } from './column-profile';
import { DATE_FORMATS, type DateFormat, LENIENT_TWIN, matchesDateFormat } from './date-formats';
import { createDistinctEstimator } from './distinct-estimator';
import { type ScalarType, TYPE_PRIORITY, VALUE_PATTERNS } from './value-patterns';

const SAMPLE_COUNT = 5;
const SAMPLE_CHARS = 80;

// Plain loops, no closures: these run once per cell.
function fitsAllTypes(types: ScalarType[], value: string): boolean {
  for (const type of types) if (!VALUE_PATTERNS[type](value)) return false;
  return true;
}

function fitsAllDates(dates: DateFormat[], value: string): boolean {
  for (const candidate of dates) if (!matchesDateFormat(value, candidate)) return false;
  return true;
}

function createColumnAccumulator(index: number, header: string) {
  const distinct = createDistinctEstimator();
  const samples: string[] = [];
  let types: ScalarType[] = [...TYPE_PRIORITY];
  let dates: DateFormat[] = [...DATE_FORMATS];
  let filled = 0;
  let maxLength = 0;

  function add(raw: string): void {
    if (raw.length > maxLength) maxLength = raw.length;
    const last = raw.length - 1;
    const value = last >= 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(last) <= 32) ? raw.trim() : raw;
    if (value === '') return;
    filled++;
    distinct.add(value);
    if (samples.length < SAMPLE_COUNT && !samples.includes(value)) samples.push(value.slice(0, SAMPLE_CHARS));
    // Filter (and allocate) only when a candidate fails: most values confirm what the column already is.
    if (types.length > 0 && !fitsAllTypes(types, value)) {
      types = types.filter((type) => VALUE_PATTERNS[type](value));
    }
    if (dates.length > 0 && !fitsAllDates(dates, value)) {
      dates = dates.filter((candidate) => matchesDateFormat(value, candidate));
    }
  }

  function profile(total: number): ColumnProfile {
    const dateFormats = dates
      .filter(
        (date) => !(LENIENT_TWIN[date.format] && dates.some((d) => d.format === LENIENT_TWIN[date.format])),
      )
      .map((date) => date.format);
    let inferredType: InferredType = 'text';
    if (filled === 0) inferredType = 'empty';
    else if (dates.length > 0)
      inferredType = dates.every((date) => date.kind === 'date') ? 'date' : 'datetime';
    else if (types[0]) inferredType = types[0];
    return {
      index,
      header,
      filled,
      total,
      distinct: distinct.estimate(),
      maxLength,
      inferredType,
      dateFormats: filled > 0 ? dateFormats : [],
      samples: [...samples],
    };
  }

  return { add, profile };
}

/** Streams rows through per-column accumulators; memory stays constant whatever the row count. */
export function createColumnProfiler(headers: string[]) {
  const columns = headers.map((header, index) => createColumnAccumulator(index, header));
  let total = 0;

  function add(fields: string[]): void {
    total++;
    for (let i = 0; i < columns.length; i++) columns[i]?.add(fields[i] ?? '');
  }

  function profiles(): ColumnProfile[] {
    return columns.map((column) => column.profile(total));
  }

  return { add, profiles };
}

export type ColumnProfiler = ReturnType<typeof createColumnProfiler>;
