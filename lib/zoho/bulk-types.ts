/** Zoho's bulk write request, as `lib/mapping` builds it (shared/zoho-api.md §4.1). */
export type BulkFieldMapping = {
  api_name: string;
  index?: number;
  format?: string;
  find_by?: string;
  default_value?: { value: string };
};

export type BulkWriteRequest = {
  operation: 'insert' | 'update' | 'upsert';
  ignore_empty?: boolean;
  callback?: { url: string; method: 'post' };
  resource: {
    type: 'data';
    module: { api_name: string };
    file_id: string;
    find_by?: string;
    field_mappings: BulkFieldMapping[];
  }[];
};

export type BulkWriteJob = {
  id: string;
  /** ADDED, INPROGRESS (or IN PROGRESS), COMPLETED, FAILED. */
  status: 'ADDED' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  added: number;
  updated: number;
  skipped: number;
  total: number;
  downloadUrl?: string;
};

export type BulkReadQuery = {
  module: { api_name: string };
  fields?: string[];
  criteria?: unknown;
  cvid?: string;
  page?: number;
  page_token?: string;
};

export type BulkReadJob = {
  id: string;
  state: 'ADDED' | 'QUEUED' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILURE';
  page?: number;
  count?: number;
  moreRecords: boolean;
  nextPageToken?: string;
  downloadUrl?: string;
  errorMessage?: string;
};
