const ACCEPTED_EXTENSIONS = ['.csv', '.tsv', '.txt'];
const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];
const OTHER_SPREADSHEETS = ['.xls', '.xlsb', '.ods', '.numbers'];

/** An Excel workbook this app reads itself (sheet picker, then as a CSV). */
export function isWorkbookName(name: string): boolean {
  const lower = name.toLowerCase();
  return WORKBOOK_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** A message when the chosen files cannot be previewed, null when the one file may go ahead. */
export function checkChosenFiles(files: File[]): string | null {
  if (files.length === 0) return null;
  if (files.length > 1) return 'Drop one file at a time.';
  const name = files[0]?.name.toLowerCase() ?? '';
  if (OTHER_SPREADSHEETS.some((extension) => name.endsWith(extension))) {
    return 'This spreadsheet format is not read here. Open it in Excel and save it as .xlsx (or use File → Save As → "CSV UTF-8"), then drop that file here.';
  }
  if (![...ACCEPTED_EXTENSIONS, ...WORKBOOK_EXTENSIONS].some((extension) => name.endsWith(extension))) {
    return 'Choose a .csv, .tsv, .txt or .xlsx file.';
  }
  return null;
}
