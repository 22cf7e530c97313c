import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toUtf8 } from './to-utf8';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'csv', 'fixtures', 'encodings', name)));

async function* inPieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

async function text(bytes: Uint8Array, encoding: string, size = 5): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const part of toUtf8(inPieces(bytes, size), encoding)) parts.push(part);
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(parts));
}

describe('toUtf8 decodes exactly as the browser chose', () => {
  it.each([
    ['shift-jis.csv', 'shift_jis', '山田 太郎,株式会社サンプル'],
    ['gb18030.csv', 'gb18030', '王小明,北京科技有限公司'],
    ['big5.csv', 'big5', '陳大文'],
    ['euc-kr.csv', 'euc-kr', '김민수'],
    ['windows-1251.csv', 'windows-1251', 'Иван Петров'],
    ['utf-32le-bom.csv', 'utf-32le', 'Nom,Société'],
    ['utf-32be.csv', 'utf-32be', 'Zoë Müller'],
  ])('%s as %s', async (name, encoding, expected) => {
    const utf8 = await text(fixture(name), encoding);
    expect(utf8).toContain(expected);
    expect(utf8).not.toContain('\uFFFD');
    expect(utf8.startsWith('\uFEFF')).toBe(false);
  });

  it('valid UTF-8 passes through whole, even with characters cut between chunks', async () => {
    const source = '\uFEFFName\nZoë 😀 東京\n';
    expect(await text(new TextEncoder().encode(source), 'utf-8', 1)).toBe('Name\nZoë 😀 東京\n');
  });

  it('bytes that are not valid UTF-8 become U+FFFD, never raw bytes', async () => {
    const bytes = Uint8Array.from(
      [...'Name\nJos'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x0a, 0x41, 0x0a]),
    );
    expect(await text(bytes, 'utf-8', 3)).toBe('Name\nJos\uFFFD\nA\n');
  });

  it('a file that ends in the middle of a character ends with U+FFFD', async () => {
    expect(await text(Uint8Array.from([0x41, 0xe6, 0x9d]), 'utf-8', 2)).toBe('A\uFFFD');
  });
});
