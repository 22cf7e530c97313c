import { describe, expect, it } from 'vitest';
import { parseErrors, parseWriteResult } from './parse-write-result';

describe("reading Zoho's bulk write result file", () => {
  it('maps each status to an outcome and keeps the first error code and its columns', () => {
    const csv = [
      'Last_Name,Email,RECORD_ID,STATUS,ERRORS',
      'Lovelace,ada@example.com,111,ADDED,',
      'Hopper,grace@example.com,,SKIPPED,"MANDATORY_NOT_FOUND-Company,Last_Name:DUPLICATE_DATA-Email"',
      'Turing,alan@example.com,222,UPDATED,',
      'Nobody,,,UNPROCESSED,',
    ].join('\n');
    const { echoedHeaders, rows } = parseWriteResult(csv);
    expect(echoedHeaders).toEqual(['Last_Name', 'Email']);
    expect(rows.map((row) => row.outcome)).toEqual(['added', 'skipped', 'updated', 'unprocessed']);
    expect(rows[0]).toMatchObject({
      recordId: '111',
      errorCode: null,
      echoed: ['Lovelace', 'ada@example.com'],
    });
    expect(rows[1]).toMatchObject({ errorCode: 'MANDATORY_NOT_FOUND', errorColumn: 'Company, Last_Name' });
  });

  it('splits the ERRORS cell into codes and columns', () => {
    expect(parseErrors('MANDATORY_NOT_FOUND-Company,Last_Name:DUPLICATE_DATA-Email')).toEqual([
      { code: 'MANDATORY_NOT_FOUND', columns: ['Company', 'Last_Name'] },
      { code: 'DUPLICATE_DATA', columns: ['Email'] },
    ]);
  });

  it('treats a status it does not know as a failed row, naming the status', () => {
    const { rows } = parseWriteResult('RECORD_ID,STATUS,ERRORS\n,WEIRD,\n');
    expect(rows[0]).toMatchObject({ outcome: 'failed', errorCode: 'WEIRD' });
  });
});
