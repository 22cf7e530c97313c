import 'server-only';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection: exported files never run as formulas). */
const RISKY_FIRST = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);

// Numbers (`-5`, `+1.5e3`) and phone numbers (`+44 20 7946 0001`, `-(0)1 23`) hold no cell reference or
// function: a spreadsheet cannot run anything from them, and a leading quote would spoil them for people.
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PHONE = /^\+?[\d(][\d ().-]*$/;

export function needsNeutralising(value: string): boolean {
  if (value === '' || !RISKY_FIRST.has(value[0] ?? '')) return false;
  return !PLAIN_NUMBER.test(value) && !PHONE.test(value);
}

/** A cell as a person's spreadsheet should show it: a formula-like value gets a leading `'`. */
export function neutraliseCell(value: string): string {
  return needsNeutralising(value) ? `'${value}` : value;
}
