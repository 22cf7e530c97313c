import { describe, expect, it } from 'vitest';
import { type CsvRecord, createRecordReader, type ReaderEnd } from './create-record-reader';
import { MAX_RECORD_CHARS } from './csv-limits';
import { DEFAULT_PARSE_OPTIONS } from './csv-parse-options';

function readInChunks(text: string, chunkSize: number, newline: '\n' | '\r\n' = '\n') {
  const records: CsvRecord[] = [];
  const reader = createRecordReader({ ...DEFAULT_PARSE_OPTIONS, newline }, (fields, record, line) =>
    records.push({ record, line, fields }),
  );
  let stopped: ReaderEnd | null = null;
  for (let at = 0; at < text.length && !stopped; at += chunkSize)
    stopped = reader.push(text.slice(at, at + chunkSize));
  return { records, end: stopped ?? reader.end() };
}

const TEXT =
  'id,note\n1,plain\n2,"two\nlines"\n3,"with ""quotes"", and comma"\n4,"three\nline\nnote"\n5,last';

describe('createRecordReader', () => {
  it('numbers records and their starting lines itself, wherever the chunks split', () => {
    const expected = [
      { record: 1, line: 1, fields: ['id', 'note'] },
      { record: 2, line: 2, fields: ['1', 'plain'] },
      { record: 3, line: 3, fields: ['2', 'two\nlines'] },
      { record: 4, line: 5, fields: ['3', 'with "quotes", and comma'] },
      { record: 5, line: 6, fields: ['4', 'three\nline\nnote'] },
      { record: 6, line: 9, fields: ['5', 'last'] },
    ];
    for (let size = 1; size <= TEXT.length; size++) {
      expect(readInChunks(TEXT, size).records, `chunks of ${size}`).toEqual(expected);
    }
  });

  it('keeps CRLF records whole when a chunk ends between CR and LF', () => {
    const text = 'a,b\r\n1,2\r\n3,4\r\n';
    for (let size = 1; size <= text.length; size++) {
      expect(readInChunks(text, size, '\r\n').records.map((r) => r.fields)).toEqual([
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ]);
    }
  });

  it('reports a quote that never closes at the record and line where it opened', () => {
    const { end } = readInChunks('a,b\n1,2\n3,"open\nmore\n4,5\n', 4);
    expect(end).toEqual({ kind: 'complete', unclosedQuote: { record: 3, line: 3 } });
  });

  it('stops a runaway quote once the record passes 1 MiB instead of buffering the file', () => {
    const text = `a,b\n1,"${'x'.repeat(MAX_RECORD_CHARS + 10)}`;
    const { end, records } = readInChunks(text, 64 * 1024);
    expect(end).toEqual({ kind: 'runaway-quote', record: 2, line: 2 });
    expect(records).toHaveLength(1);
  });
});
