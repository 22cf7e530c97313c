import type { EntrySink } from './walk-zip';
import { type XmlHandlers, xmlSink } from './xml-sink';

export type SheetRef = { name: string; relationId: string; isHidden: boolean };

/** xl/workbook.xml: the sheets in tab order, and whether dates count from 1904 (old Mac workbooks). */
export function workbookSink(into: { sheets: SheetRef[]; isDate1904: boolean }): EntrySink {
  return xmlSink({
    open(name, attributes) {
      if (name === 'sheet') {
        const relationId =
          Object.entries(attributes).find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1] ?? '';
        into.sheets.push({
          name: attributes.name ?? '',
          relationId,
          isHidden: attributes.state !== undefined && attributes.state !== 'visible',
        });
      }
      if (name === 'workbookPr')
        into.isDate1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
    },
  });
}

/** xl/_rels/workbook.xml.rels: relation id → part path inside the zip. */
export function relationsSink(into: Map<string, string>): EntrySink {
  return xmlSink({
    open(name, attributes) {
      if (name !== 'Relationship' || !attributes.Id || !attributes.Target) return;
      const target = attributes.Target.replace(/^\//, '');
      into.set(attributes.Id, target.startsWith('xl/') ? target : `xl/${target}`);
    },
  });
}

export type CellStyles = { formatOfStyle: number[]; formats: Map<number, string> };

/** xl/styles.xml: each cell style's number format (the `s` attribute of a cell indexes `formatOfStyle`). */
export function stylesSink(into: CellStyles): EntrySink {
  let isInCellXfs = false;
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (name === 'numFmt' && attributes.numFmtId && attributes.formatCode !== undefined)
        into.formats.set(Number(attributes.numFmtId), attributes.formatCode);
      if (name === 'cellXfs') isInCellXfs = true;
      if (name === 'xf' && isInCellXfs) into.formatOfStyle.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') isInCellXfs = false;
    },
  };
  return xmlSink(handlers);
}

/** xl/sharedStrings.xml: the text of every shared string, phonetic guides (`rPh`) left out. */
export function sharedStringsSink(into: string[]): EntrySink {
  let current = '';
  let isInText = false;
  let isInPhonetic = false;
  return xmlSink({
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') isInText = true;
      else if (name === 'rPh') isInPhonetic = true;
    },
    close(name) {
      if (name === 'si') into.push(current);
      else if (name === 't') isInText = false;
      else if (name === 'rPh') isInPhonetic = false;
    },
    text(text) {
      if (isInText && !isInPhonetic) current += text;
    },
  });
}
