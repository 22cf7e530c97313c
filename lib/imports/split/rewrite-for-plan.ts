import 'server-only';
import type { retryRowsSchema } from '../create/retry-rows';
import { toIsoDate, withOffset } from './datetime-with-offset';
import type { ColumnPlan } from './plan-columns';
import type { ValueRewrite } from './project-record';

/** How chunk cells differ from the file's: picklist value maps, datetimes given an offset, dates made ISO, a retry's edits. */
export function rewriteFor(
  plan: ColumnPlan,
  retry: ReturnType<typeof retryRowsSchema.parse> | undefined,
  timeZone: string,
): { positions: ReadonlySet<number>; value: (recordNumber: number) => ValueRewrite | undefined } | undefined {
  const hasEdits = retry && Object.keys(retry.edits).length > 0;
  if (plan.valueMaps.size === 0 && plan.datetimes.size === 0 && plan.dates.size === 0 && !hasEdits)
    return undefined;
  const positions = new Set(
    hasEdits
      ? plan.columns.map((_, position) => position)
      : [...plan.valueMaps.keys(), ...plan.datetimes.keys(), ...plan.dates.keys()],
  );
  return {
    positions,
    value: (recordNumber) => {
      const edits = retry?.edits[String(recordNumber)];
      return (position, value) => {
        const source = plan.columns[position]?.index;
        const edited = source === undefined ? undefined : edits?.[String(source)];
        const current = plan.valueMaps.get(position)?.get(edited ?? value) ?? edited ?? value;
        const pattern = plan.datetimes.get(position);
        const datePattern = plan.dates.get(position);
        const dated = pattern
          ? withOffset(current, pattern, timeZone)
          : datePattern
            ? toIsoDate(current, datePattern)
            : undefined;
        const result = dated ?? current;
        return result === value ? undefined : result;
      };
    },
  };
}
