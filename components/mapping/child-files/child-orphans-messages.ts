import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import type { OrphanReport } from '@/lib/mapping/find-orphans';

export type OrphansFile = { file: Blob; parseOptions: CsvParseOptions; keyColumn: number };

export type OrphansRequest = { type: 'run'; parent: OrphansFile; child: OrphansFile };

export type OrphansResponse =
  | { type: 'progress'; bytesRead: number }
  | { type: 'done'; report: OrphanReport }
  | { type: 'failed'; message: string };
