import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSample } from './create-text-decoder';
import { DEFAULT_PARSE_OPTIONS } from './csv-parse-options';
import { detectParseOptions } from './detect-parse-options';
import { scanCsvStream } from './scan-csv-stream';
import { sniffEncoding } from './sniff-encoding';
import { undecodableWindow } from './undecodable-window';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', 'encodings', name)));

// What Excel and other tools save as "CSV" around the world, each with a name that must survive.
const CASES = [
  ['shift-jis.csv', 'shift_jis', '山田 太郎', true],
  ['euc-jp.csv', 'euc-jp', '山田 太郎', true],
  ['gb18030.csv', 'gb18030', '王小明', true],
  ['big5.csv', 'big5', '陳大文', true],
  ['euc-kr.csv', 'euc-kr', '김민수', true],
  ['windows-1251.csv', 'windows-1251', 'Иван Петров', true],
  ['windows-1252.csv', 'windows-1252', 'Jérôme Lefèvre', true],
  ['utf-16le.csv', 'utf-16le', '山田 太郎', true],
  ['utf-32le-bom.csv', 'utf-32le', 'Jérôme Lefèvre', true],
  ['utf-32be.csv', 'utf-32be', 'Jérôme Lefèvre', true],
] as const;

describe('sniffEncoding over CJK, Cyrillic, Latin and wide encodings', () => {
  it.each(CASES)('%s reads as %s with "%s" intact', (name, encoding, text, isCertain) => {
    const guess = sniffEncoding(fixture(name));
    expect(guess).toMatchObject({ encoding, isCertain });
    expect(decodeSample(fixture(name), guess.encoding)).toContain(text);
  });

  it.each([
    ['iso-8859-2.csv', 'iso-8859-2'],
    ['windows-1250.csv', 'windows-1250'],
  ])(
    '%s (Central European) is not certain: the right reading is offered with its sample row',
    (name, right) => {
      const guess = sniffEncoding(fixture(name));
      expect(guess.isCertain).toBe(false);
      const offered = guess.candidates.find((candidate) => candidate.encoding === right);
      expect(offered?.sampleRow).toBe('Jiří Dvořák,Škoda Auto,Mladá Boleslav');
      expect(guess.candidates.length).toBeGreaterThanOrEqual(2);
      expect(guess.candidates.length).toBeLessThanOrEqual(3);
    },
  );

  it('offers other readings of a certain CJK guess, each with the same row decoded', () => {
    const guess = sniffEncoding(fixture('shift-jis.csv'));
    expect(guess.candidates[0]).toMatchObject({
      encoding: 'shift_jis',
      sampleRow: '山田 太郎,株式会社サンプル,taro@example.jp',
    });
    expect(guess.candidates[1]?.sampleRow).toMatch(/taro@example\.jp$/);
  });

  it('plain UTF-8 and ASCII need no question', () => {
    expect(sniffEncoding(new TextEncoder().encode('名前,都市\n山田,東京\n'))).toMatchObject({
      encoding: 'utf-8',
      isCertain: true,
      candidates: [],
    });
  });

  it('detectParseOptions finds the delimiter in the detected encoding', () => {
    expect(detectParseOptions(fixture('utf-32be.csv')).options).toMatchObject({
      encoding: 'utf-32be',
      delimiter: ',',
    });
  });
});

function streamOf(bytes: Uint8Array, chunkSize: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunkSize));
      at += chunkSize;
    },
  });
}

async function scanAs(bytes: Uint8Array, encoding: string, chunkSize = 7) {
  return scanCsvStream(
    streamOf(bytes, chunkSize),
    { ...DEFAULT_PARSE_OPTIONS, encoding },
    { previewLimit: 10 },
  );
}

describe('never a silent mojibake', () => {
  it('Shift_JIS read as windows-1252 is reported as misread text', async () => {
    const { scan } = await scanAs(fixture('shift-jis.csv'), 'windows-1252');
    expect(scan.problems().map((problem) => problem.kind)).toContain('unlikely_text');
  });

  it('UTF-8 read as windows-1252 ("Ã©") is reported', async () => {
    const { scan } = await scanAs(new TextEncoder().encode('Name\nJérôme\nAda\n'), 'windows-1252');
    expect(scan.problems().find((problem) => problem.kind === 'unlikely_text')?.firstRecords).toEqual([2]);
  });

  it('UTF-32 and Shift_JIS stream in small chunks with every character whole and no problem', async () => {
    for (const [name, encoding, text] of [
      ['utf-32le-bom.csv', 'utf-32le', 'Zoë Müller'],
      ['shift-jis.csv', 'shift_jis', '高橋 美咲'],
    ]) {
      const { scan } = await scanAs(fixture(name as string), encoding as string, 3);
      expect(scan.problems()).toEqual([]);
      expect(scan.preview().flatMap((row) => row.cells)).toContain(text);
    }
  });

  it('bytes further in a UTF-8 file that do not decode are kept for a suggestion', async () => {
    const head = new TextEncoder().encode(`Name,City\n${'Ada,London\n'.repeat(30_000)}`);
    const latin1 = Uint8Array.from([...'Jos\xe9,M\xfcnchen\n'].map((c) => c.charCodeAt(0)));
    const bytes = new Uint8Array([...head, ...latin1]);
    const outcome = await scanAs(bytes, 'utf-8', 1 << 20);
    expect(outcome.scan.problems().find((problem) => problem.kind === 'invalid_bytes')?.firstRecords).toEqual(
      [30_002],
    );
    expect(outcome.undecodedBytes).not.toBeNull();
    const suggestion = sniffEncoding(undecodableWindow(outcome.undecodedBytes as Uint8Array, 'utf-8'));
    expect(suggestion.encoding).toBe('windows-1252');
  });
});
