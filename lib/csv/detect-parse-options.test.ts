import { describe, expect, it } from 'vitest';
import { detectParseOptions } from './detect-parse-options';
import { detectUnreadableFile } from './detect-unreadable-file';

const detect = (text: string) => detectParseOptions(new TextEncoder().encode(text)).options;

describe('detectParseOptions', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n4,5,6\n'],
    [';', 'a;b;c\n1,5;2;3\n4;5,5;6\n'],
    ['\t', 'a\tb\tc\n1, 2\t2\t3\n'],
    ['|', 'a|b|c\n1|2|3\n'],
    [':', 'a:b:c\n1:2:3\n'],
  ])('finds the delimiter %j', (delimiter, text) => {
    expect(detect(text).delimiter).toBe(delimiter);
  });

  it('ignores delimiters inside quotes', () => {
    expect(detect('name;note\n"Ada";"a, b, c, d"\n"Alan";"e, f, g"\n').delimiter).toBe(';');
  });

  it('finds CRLF and lone CR line breaks, not ones inside quotes', () => {
    expect(detect('a,b\r\n1,2\r\n').newline).toBe('\r\n');
    expect(detect('a,b\r1,2\r').newline).toBe('\r');
    expect(detect('a,"x\r\ny"\n1,2\n').newline).toBe('\n');
  });

  it('uses single quotes only when fields are opened with them', () => {
    expect(detect("'a','b'\n'1','2'\n").quoteChar).toBe("'");
    expect(detect('"a","b"\n"it\'s",2\n').quoteChar).toBe('"');
  });

  it('keeps what the admin chose', () => {
    const { options } = detectParseOptions(new TextEncoder().encode('a;b\n1;2\n'), {
      delimiter: ',',
      headerRow: 3,
    });
    expect(options).toMatchObject({ delimiter: ',', headerRow: 3, hasHeader: true });
  });
});

describe('detectUnreadableFile', () => {
  const bytes = (values: number[]) => new Uint8Array(values);
  it('names empty files, workbooks and binaries', () => {
    expect(detectUnreadableFile(bytes([]), 'utf-8')?.code).toBe('empty');
    expect(detectUnreadableFile(bytes([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'utf-8')?.kind).toBe('a ZIP archive');
    expect(detectUnreadableFile(bytes([0xd0, 0xcf, 0x11, 0xe0]), 'utf-8')?.code).toBe('spreadsheet');
    expect(detectUnreadableFile(bytes([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'utf-8')?.code).toBe('binary');
  });

  it('lets text through, and UTF-16 with its NULs', () => {
    expect(detectUnreadableFile(new TextEncoder().encode('a,b\r\n1,2\t3\n'), 'utf-8')).toBeNull();
    expect(detectUnreadableFile(bytes([0x61, 0, 0x2c, 0, 0x62, 0]), 'utf-16le')).toBeNull();
  });
});
