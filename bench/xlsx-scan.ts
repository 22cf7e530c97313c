// `npx tsx bench/xlsx-scan.ts [rows]`: a large generated .xlsx read as the workbook worker reads it (fflate + saxes
// + ssf), against the floor of only inflating its sheet, in this process. Prints ratios and peak RSS.
import { createWriteStream, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { readWorkbook } from '../lib/csv/xlsx/read-workbook';
import { sheetToCsv } from '../lib/csv/xlsx/sheet-to-csv';
import { walkZip } from '../lib/csv/xlsx/walk-zip';

const ROWS = Number(process.argv[2] ?? 500_000);
const NAMES = [
  'Zoë Müller',
  '山田 太郎',
  'José São',
  'Łukasz Nowak',
  'Ada Lovelace',
  '王小明',
  'Иван Петров',
];

async function writeWorkbook(file: string): Promise<void> {
  const out = createWriteStream(file);
  const zip = new Zip((error, data) => {
    if (error) throw error;
    out.write(data);
  });
  const add = (name: string, text: string) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(new TextEncoder().encode(text), true);
  };
  add(
    'xl/workbook.xml',
    '<workbook><sheets><sheet name="Contacts" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  add(
    'xl/_rels/workbook.xml.rels',
    '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  add(
    'xl/styles.xml',
    '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs></styleSheet>',
  );
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  const encoder = new TextEncoder();
  sheet.push(encoder.encode('<worksheet><sheetData>'));
  let batch = '';
  for (let row = 1; row <= ROWS; row++) {
    batch +=
      `<row r="${row}"><c r="A${row}"><v>${row}</v></c><c r="B${row}" t="s"><v>${row % NAMES.length}</v></c>` +
      `<c r="C${row}" t="inlineStr"><is><t>person${row}@example.com</t></is></c>` +
      `<c r="D${row}" s="2"><v>${(row % 997) * 1.25}</v></c><c r="E${row}" s="1"><v>${45000 + (row % 700)}</v></c>` +
      `<c r="F${row}" t="str"><f>B${row}&amp;"!"</f><v>Note ${row}, with a comma</v></c></row>`;
    if (batch.length > 1 << 20) {
      sheet.push(encoder.encode(batch));
      batch = '';
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  sheet.push(encoder.encode(`${batch}</sheetData></worksheet>`), true);
  add('xl/sharedStrings.xml', `<sst>${NAMES.map((name) => `<si><t>${name}</t></si>`).join('')}</sst>`);
  zip.end();
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fieldmap-xlsx-'));
  const file = path.join(dir, 'contacts.xlsx');
  try {
    await writeWorkbook(file);
    const blob = await openAsBlob(file);
    let peakRss = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 20);
    const inflateSheet = async () => {
      let bytes = 0;
      await walkZip(blob, (name) =>
        name.startsWith('xl/worksheets/')
          ? (chunk) => {
              bytes += chunk.length;
              return true;
            }
          : null,
      );
      return bytes;
    };
    await inflateSheet(); // warm-up: the floor is taken warm
    const floor = await time(inflateSheet);
    const first = await time(() => readWorkbook(blob, 100));
    const sheetPath = first.value.sheets[0]?.path ?? '';
    let csvBytes = 0;
    const full = await time(() =>
      sheetToCsv(blob, first.value, sheetPath, { isRaw: false, onPart: (part) => (csvBytes += part.length) }),
    );
    clearInterval(sampler);
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
    console.log(
      `${ROWS} rows: workbook ${mb(statSync(file).size)}, sheet XML ${mb(floor.value)}, CSV ${mb(csvBytes)}`,
    );
    console.log(`floor (inflate the sheet only): ${floor.ms.toFixed(0)} ms`);
    console.log(
      `sheet list + first 100 rows of each: ${first.ms.toFixed(0)} ms (${(first.ms / floor.ms).toFixed(2)}× the floor)`,
    );
    console.log(
      `full sheet to CSV: ${full.ms.toFixed(0)} ms (${(full.ms / floor.ms).toFixed(2)}× the floor), ${full.value.rows} rows`,
    );
    console.log(`peak RSS ${mb(peakRss)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
