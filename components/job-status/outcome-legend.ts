import type { OutcomeCounts } from '@/lib/db/schema/imports';

export type OutcomeKey = keyof OutcomeCounts | 'pending';

/** Order, words and colours of row outcomes, shared by the chart, the timeline and the admin page. */
export const OUTCOMES: { key: OutcomeKey; label: string; hint: string; swatch: string }[] = [
  { key: 'added', label: 'Added', hint: 'New records created in the CRM', swatch: 'bg-emerald-500' },
  { key: 'updated', label: 'Updated', hint: 'Existing CRM records changed', swatch: 'bg-sky-500' },
  {
    key: 'skipped',
    label: 'Skipped',
    hint: 'Zoho left these rows out (for example an unchanged duplicate)',
    swatch: 'bg-amber-400',
  },
  { key: 'failed', label: 'Failed', hint: 'Rejected by Zoho; see the errors below', swatch: 'bg-red-500' },
  {
    key: 'unprocessed',
    label: 'Not processed',
    hint: 'Zoho did not get to these rows',
    swatch: 'bg-slate-500',
  },
  {
    key: 'excluded',
    label: 'Held back',
    hint: 'Kept out before upload because the check found a problem',
    swatch: 'bg-slate-300',
  },
  { key: 'pending', label: 'Still to do', hint: 'Not finished yet', swatch: 'bg-slate-100' },
];

export function outcomeValue(counts: OutcomeCounts, key: OutcomeKey, pending: number): number {
  return key === 'pending' ? pending : counts[key];
}
