import 'server-only';

/** Fieldmap's codes for child rows never sent; the pages explain them (components/job-status). */
export const KEPT_BACK_CODES = {
  oversizedFamily: 'FAMILY_TOO_LARGE',
  orphan: 'NO_PARENT',
  withheld: 'PARENT_KEPT_BACK',
} as const;

/** Why a row was never sent (outcome `excluded`): the import page and the results CSV show these words. */
export const KEPT_BACK = {
  invalid: 'Kept back before sending: the pre-flight found Zoho would skip this row.',
  undecodable:
    'Kept back before sending: this row has bytes the chosen encoding cannot read (they would reach Zoho as "\uFFFD"). Choose the encoding the file really is, or fix the row, then import it again.',
  oversizedFamily:
    'Not sent: this row and its child rows do not fit one Zoho job (too many subform rows, or too many bytes). Split its children and import it again.',
  orphan:
    "Not sent: no row of the parent file has this row's parent key. Add the parent or fix the key, then import this row again.",
  withheld: 'Not sent: its parent row was kept back, and a child row never goes without its parent.',
} as const;
