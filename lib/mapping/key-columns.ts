import type { ColumnProfile } from '@/lib/csv/column-profile';
import { normalizeName } from './normalize-name';

const KEY_WORDS = new Set(['id', 'ref', 'reference', 'key', 'uid', 'uuid', 'guid']);

function words(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function keyScore(column: ColumnProfile): number {
  const parts = words(column.header);
  if (parts.some((word) => KEY_WORDS.has(word))) return 2;
  if (parts.some((word) => word === 'email' || word === 'mail') || column.inferredType === 'email') return 1;
  return 0;
}

/** The parent file's column child rows most likely name: an id/ref/key-like header, then an e-mail, else the first. */
export function guessParentKeyColumn(columns: ColumnProfile[]): number {
  let best: ColumnProfile | undefined;
  for (const column of columns) if (keyScore(column) > (best ? keyScore(best) : 0)) best = column;
  return (best ?? columns[0])?.index ?? 0;
}

/**
 * The child file's column naming the parent: the same header as the parent's key column, then a column whose
 * sample values are among the parent key's samples, then a header sharing whole words with it ("Parent Lead Ref"
 * or "Lead" for "Lead Ref"; never "Paid" for "ID"), else the first column.
 */
export function guessChildKeyColumn(columns: ColumnProfile[], parentKey: ColumnProfile | undefined): number {
  const first = columns[0]?.index ?? 0;
  if (!parentKey) return first;
  const target = normalizeName(parentKey.header);
  const sameHeader = columns.find((column) => normalizeName(column.header) === target);
  if (sameHeader) return sameHeader.index;
  const parentValues = new Set(parentKey.samples.map((value) => value.trim()));
  const byValues = columns.find(
    (column) => column.samples.length > 0 && column.samples.every((value) => parentValues.has(value.trim())),
  );
  if (byValues) return byValues.index;
  const targetWords = words(parentKey.header);
  const byWords = columns.find((column) => {
    const own = words(column.header);
    const [small, large] = own.length <= targetWords.length ? [own, targetWords] : [targetWords, own];
    return small.length > 0 && small.every((word) => large.includes(word));
  });
  return byWords?.index ?? first;
}
