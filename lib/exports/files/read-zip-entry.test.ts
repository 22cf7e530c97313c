import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeZip } from '@/sim/zip/write-zip';
import { readZipEntry } from './read-zip-entry';

const dir = mkdtempSync(path.join(tmpdir(), 'fieldmap-zip-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function zipFile(
  entries: { name: string; content: string }[],
  rename?: [string, string],
): Promise<string> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.zip`);
  const zip = await writeZip(entries);
  // Zip writers clean names up; a hostile archive is made by rewriting the name bytes (same length) afterwards.
  writeFileSync(
    file,
    rename ? Buffer.from(zip.toString('latin1').replaceAll(rename[0], rename[1]), 'latin1') : zip,
  );
  return file;
}

async function text(file: string, caps?: { maxEntries: number; maxBytes: number }): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await readZipEntry(file, '.csv', caps)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('readZipEntry', () => {
  it('streams the CSV out of a Zoho result zip', async () => {
    expect(await text(await zipFile([{ name: '123.csv', content: 'id\n1\n' }]))).toBe('id\n1\n');
  });

  it('refuses entry names that climb out of the folder', async () => {
    const hostile = await zipFile([{ name: 'aa/evil.csv', content: 'x' }], ['aa/evil', '../evil']);
    await expect(text(hostile)).rejects.toThrow(/Refused|invalid relative path/);
  });

  it('stops at the entry cap and at the inflated-bytes cap', async () => {
    const many = await zipFile([
      { name: 'a.txt', content: 'a' },
      { name: 'b.txt', content: 'b' },
      { name: 'c.csv', content: 'c' },
    ]);
    await expect(text(many, { maxEntries: 2, maxBytes: 1000 })).rejects.toThrow(/more than 2 entries/);
    const big = await zipFile([{ name: 'big.csv', content: 'x'.repeat(100_000) }]);
    await expect(text(big, { maxEntries: 2, maxBytes: 10_000 })).rejects.toThrow(/too large|past its cap/);
  });
});
