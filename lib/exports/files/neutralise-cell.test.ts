import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './neutralise-cell';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+SUM(A1:A2)', `'+SUM(A1:A2)`],
    ['-2+3+cmd|" /C calc"!A0', `'-2+3+cmd|" /C calc"!A0`],
    ['@SUM(1)', `'@SUM(1)`],
    ['\t=1', `'\t=1`],
    ['\r\n=1', `'\r\n=1`],
    ['-A1', `'-A1`],
  ])('neutralises %j', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  it.each(['-5', '+5', '-1.25', '1e3', '+44 20 7946 0001', '+1 (202) 555-0143', 'Ada', '', 'a=b', "'quoted"])(
    'leaves %j alone',
    (value) => {
      expect(neutraliseCell(value)).toBe(value);
    },
  );
});
