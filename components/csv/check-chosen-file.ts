const ACCEPTED_EXTENSIONS = ['.csv', '.tsv', '.txt'];
const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xls', '.xlsm', '.ods', '.numbers'];

/** A message when the chosen files cannot be previewed, null when the one file may go ahead. */
export function checkChosenFiles(files: File[]): string | null {
  if (files.length === 0) return null;
  if (files.length > 1) return 'Drop one file at a time.';
  const name = files[0]?.name.toLowerCase() ?? '';
  if (SPREADSHEET_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return 'This is a spreadsheet, not a CSV. Open it and use File → Save As → "CSV UTF-8", then drop the CSV here.';
  }
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return 'Choose a .csv, .tsv or .txt file.';
  }
  return null;
}
