'use client';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import type { JobSettings } from '@/lib/mapping/job-settings';
import type { MappingState } from '@/lib/mapping/mapping-state';

export type StartImportPanelProps = {
  file: File;
  parseOptions: CsvParseOptions;
  settings: JobSettings;
  mapping: MappingState;
  /** 'invalid': rows the pre-flight found Zoho would skip are kept back (and counted as excluded). */
  exclusion: 'none' | 'invalid';
  /** Data rows in the file, from the preview's scan (for the credit estimate and the test-run size). */
  dataRows: number;
};

/** Upload the raw file, create the import, and go to its page. (Being built by the pipeline owner.) */
export function StartImportPanel(_props: StartImportPanelProps) {
  return null;
}
