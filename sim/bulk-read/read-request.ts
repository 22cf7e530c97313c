import type { Criteria } from './match-criteria';

export type ReadRequest = {
  module: string;
  fields?: string[];
  criteria?: Criteria;
  cvid?: string;
  page: number;
  fileType: 'csv' | 'ics';
  callback?: { url: string; method: string };
  /** The query as sent (page aside): what a `next_page_token` continues. */
  tokenQuery: Record<string, unknown>;
  /** What the job echoes back as `query` (module shape and criteria as the version writes them). */
  queryEcho: Record<string, unknown>;
};
