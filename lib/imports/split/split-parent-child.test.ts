import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FamilyFile } from './parent-child-csv';
import { type ChildFile, type FamilyChunk, splitParentChild } from './split-parent-child';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A re-readable file served in 7-byte pieces, so records straddle reads. */
function file(
  text: string,
  columns: string[],
  keyColumn: number,
  extra: Partial<FamilyFile> = {},
): FamilyFile {
  const bytes = encoder.encode(text);
  return {
    async *open() {
      for (let offset = 0; offset < bytes.length; offset += 7) yield bytes.subarray(offset, offset + 7);
    },
    delimiter: ',',
    quoteChar: '"',
    headerRow: 1,
    hasHeader: true,
    columns: columns.map((apiName, index) => ({ index, apiName })),
    keyColumn,
    ...extra,
  };
}

const child = (name: string, text: string, columns: string[], maxRecords: number): ChildFile => ({
  ...file(text, columns, 0),
  name,
  maxRecords,
});

const rowsOf = (csv: Uint8Array) => Papa.parse<string[]>(decoder.decode(csv), { skipEmptyLines: true }).data;

async function split(options: Omit<Parameters<typeof splitParentChild>[0], 'onChunk'>) {
  const chunks: FamilyChunk[] = [];
  const summary = await splitParentChild({ ...options, onChunk: async (chunk) => void chunks.push(chunk) });
  return { chunks, summary };
}

describe('splitParentChild', () => {
  it('sends each parent with its children and reports orphans by record number', async () => {
    const parent = file('Ref,Last Name\nL1,Ada\nL2,Grace\n\nL3,"Turing, Alan"\n', ['Ref', 'Last_Name'], 0);
    const visits = child(
      'visits.csv',
      'Lead,Notes\nL1,a\nL9,orphan\nL3,b\n,no key\nL1,c\n',
      ['Parent_Id', 'Notes'],
      200,
    );
    const { chunks, summary } = await split({
      parent,
      children: [visits],
      maxParentRecords: 25_000,
      maxBytes: 1 << 20,
    });
    expect(chunks).toHaveLength(1);
    expect(rowsOf(chunks[0]?.parent.csv ?? new Uint8Array())).toEqual([
      ['Ref', 'Last_Name'],
      ['L1', 'Ada'],
      ['L2', 'Grace'],
      ['L3', 'Turing, Alan'],
    ]);
    expect(chunks[0]?.parent.recordNumbers).toEqual([2, 3, 5]);
    expect(rowsOf(chunks[0]?.children[0]?.csv ?? new Uint8Array())).toEqual([
      ['Parent_Id', 'Notes'],
      ['L1', 'a'],
      ['L3', 'b'],
      ['L1', 'c'],
    ]);
    expect(chunks[0]?.children[0]?.recordNumbers).toEqual([2, 4, 6]);
    expect(summary.children[0]).toMatchObject({ orphans: [3, 5], sent: 3, records: 5, keyPosition: 0 });
    expect(summary.parentKeyPosition).toBe(0);
  });

  it('splits a parent set larger than one chunk without separating any child from its parent', async () => {
    const parents = Array.from({ length: 60 }, (_, i) => `P${i},Name ${i}`);
    const visits: string[] = [];
    const links: string[] = [];
    // Children in shuffled order, 0 to 4 per parent.
    for (let round = 0; round < 4; round += 1)
      for (let i = 59; i >= 0; i -= 1) {
        if ((i + round) % 3 !== 0) visits.push(`P${i},visit ${round}`);
        if (round < 2 && i % 2 === 0) links.push(`P${i},PRD-${round}`);
      }
    const children = [
      child('visits.csv', `Lead,Notes\n${visits.join('\n')}\n`, ['Parent_Id', 'Notes'], 7),
      child('links.csv', `Lead,Product\n${links.join('\n')}\n`, ['Leads', 'Products'], 25_000),
    ];
    for (const windowBytes of [1, 1 << 20]) {
      const { chunks, summary } = await split({
        parent: file(`Ref,Name\n${parents.join('\n')}\n`, ['Ref', 'Last_Name'], 0),
        children,
        maxParentRecords: 10,
        maxBytes: 1 << 20,
        windowBytes,
      });
      expect(chunks.length).toBeGreaterThan(6);
      const sentParents = chunks.flatMap((chunk) => chunk.parent.recordNumbers);
      expect(sentParents).toEqual(Array.from({ length: 60 }, (_, i) => i + 2));
      for (const chunk of chunks) {
        const keys = new Set(
          rowsOf(chunk.parent.csv)
            .slice(1)
            .map((row) => row[0]),
        );
        expect(keys.size).toBeLessThanOrEqual(10);
        for (const [i, sent] of chunk.children.entries()) {
          const rows = rowsOf(sent.csv).slice(1);
          expect(rows.every((row) => keys.has(row[0]))).toBe(true);
          expect(rows.length).toBe(sent.recordNumbers.length);
          expect(sent.recordNumbers).toEqual([...sent.recordNumbers].sort((a, b) => a - b));
          expect(rows.length).toBeLessThanOrEqual(i === 0 ? 7 : 25_000);
        }
      }
      const sentVisits = chunks.flatMap((chunk) => chunk.children[0]?.recordNumbers ?? []);
      expect(sentVisits.sort((a, b) => a - b)).toEqual(
        Array.from({ length: visits.length }, (_, i) => i + 2),
      );
      expect(summary.children.map((entry) => [entry.sent, entry.orphans])).toEqual([
        [visits.length, []],
        [links.length, []],
      ]);
    }
  });

  it('keeps every chunk (all its CSVs together) within the byte limit', async () => {
    const parents = Array.from({ length: 40 }, (_, i) => `P${i},${'x'.repeat(30)}`);
    const visits = Array.from({ length: 80 }, (_, i) => `P${i % 40},${'y'.repeat(20)}`);
    const maxBytes = 400;
    const { chunks } = await split({
      parent: file(`Ref,Name\n${parents.join('\n')}\n`, ['Ref', 'Name'], 0),
      children: [child('visits.csv', `Lead,Notes\n${visits.join('\n')}\n`, ['Parent_Id', 'Notes'], 200)],
      maxParentRecords: 25_000,
      maxBytes,
    });
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      const bytes =
        chunk.parent.csv.length + chunk.children.reduce((sum, entry) => sum + entry.csv.length, 0);
      expect(bytes).toBeLessThanOrEqual(maxBytes);
    }
    expect(chunks.flatMap((chunk) => chunk.parent.recordNumbers)).toHaveLength(40);
  });

  it('holds back a family that cannot fit one job, and the children of an excluded parent', async () => {
    const parent = file('Ref,Name\nA,big\nB,excluded\nC,fine\n', ['Ref', 'Name'], 0);
    const visits = child('visits.csv', 'Lead,Notes\nA,1\nA,2\nA,3\nB,4\nC,5\n', ['Parent_Id', 'Notes'], 2);
    const { chunks, summary } = await split({
      parent,
      children: [visits],
      maxParentRecords: 25_000,
      maxBytes: 1 << 20,
      shouldSend: (recordNumber) => recordNumber !== 3,
    });
    expect(chunks.map((chunk) => chunk.parent.recordNumbers)).toEqual([[4]]);
    expect(chunks[0]?.children[0]?.recordNumbers).toEqual([6]);
    expect(summary.parents).toMatchObject({ oversized: [2], excluded: [3], sent: 1 });
    expect(summary.children[0]).toMatchObject({ withheld: [2, 3, 4, 5], orphans: [], sent: 1 });
  });

  it('appends an unmapped key column so parent_column_index can point at it', async () => {
    const parent = file('Ref,Name\nA,Ada\n', ['Ref', 'Name'], 0, {
      columns: [{ index: 1, apiName: 'Last_Name' }],
      keyHeader: 'Ref',
    });
    const { chunks, summary } = await split({
      parent,
      children: [child('visits.csv', 'Lead,Notes\nA,1\n', ['Parent_Id', 'Notes'], 200)],
      maxParentRecords: 25_000,
      maxBytes: 1 << 20,
    });
    expect(rowsOf(chunks[0]?.parent.csv ?? new Uint8Array())).toEqual([
      ['Last_Name', 'Ref'],
      ['Ada', 'A'],
    ]);
    expect(summary.parentKeyPosition).toBe(1);
  });

  it('rewrites mapped values per record in parents and children (picklist value maps, edited cells)', async () => {
    const parent = file('Ref,Status\nA,hot\nB,cold\n', ['Ref', 'Lead_Status'], 0, {
      rewrite: {
        positions: new Set([1]),
        value: () => (_, value) => (value === 'hot' ? 'Hot Lead' : undefined),
      },
    });
    const visits: ChildFile = {
      ...child('visits.csv', 'Lead,Type\nA,demo\nB,call\n', ['Parent_Id', 'Visit_Type'], 200),
      rewrite: {
        positions: new Set([1]),
        value: (recordNumber) => (recordNumber === 3 ? () => 'Call' : undefined),
      },
    };
    const { chunks } = await split({
      parent,
      children: [visits],
      maxParentRecords: 25_000,
      maxBytes: 1 << 20,
    });
    expect(rowsOf(chunks[0]?.parent.csv ?? new Uint8Array()).slice(1)).toEqual([
      ['A', 'Hot Lead'],
      ['B', 'cold'],
    ]);
    expect(rowsOf(chunks[0]?.children[0]?.csv ?? new Uint8Array()).slice(1)).toEqual([
      ['A', 'demo'],
      ['B', 'Call'],
    ]);
  });
});
