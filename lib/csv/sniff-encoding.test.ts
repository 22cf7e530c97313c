import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectParseOptions } from './detect-parse-options';
import { sniffEncoding } from './sniff-encoding';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', name)));

describe('sniffEncoding', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8', true],
    ['utf16le-bom.csv', 'utf-16le', true],
    ['utf16be-bom.csv', 'utf-16be', true],
    ['semicolon-windows-1252.csv', 'windows-1252', false],
  ])('reads %s as %s', (name, encoding, hasBom) => {
    expect(sniffEncoding(fixture(name))).toMatchObject({ encoding, hasBom });
  });

  it('keeps UTF-8 when the sample ends in the middle of a character', () => {
    const bytes = new TextEncoder().encode('Name\nZoë');
    expect(sniffEncoding(bytes.slice(0, bytes.length - 1)).encoding).toBe('utf-8');
  });

  it('spots UTF-16 without a BOM by its NUL pattern', () => {
    const text = 'Name,City\nAda,London\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) le[2 * i] = text.charCodeAt(i);
    expect(sniffEncoding(le).encoding).toBe('utf-16le');
    expect(sniffEncoding(le.slice(1)).encoding).toBe('utf-16be');
  });
});

describe('the fixtures decode to the same text whatever the encoding', () => {
  it.each(['utf8-bom.csv', 'utf16le-bom.csv', 'utf16be-bom.csv'])('%s', (name) => {
    const bytes = fixture(name);
    const { options } = detectParseOptions(bytes);
    expect(new TextDecoder(options.encoding).decode(bytes)).toBe('Name,City\nZoë,Zürich\nJosé,São Paulo\n');
  });

  it('a semicolon Windows-1252 file: accents intact, delimiter and CRLF found', () => {
    const bytes = fixture('semicolon-windows-1252.csv');
    const { options } = detectParseOptions(bytes);
    expect(options).toMatchObject({ encoding: 'windows-1252', delimiter: ';', newline: '\r\n' });
    expect(new TextDecoder(options.encoding).decode(bytes)).toContain('Jürgen;Müller');
  });
});
