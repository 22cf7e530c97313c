import 'server-only';
import type { ZohoFieldMapping } from './wire/to-field-mappings';

/** Zoho's bulk write request (docs/zoho.md, “Bulk write request”); `lib/zoho/wire` builds its field mappings. */
export type BulkWriteRequest = {
  operation: 'insert' | 'update' | 'upsert';
  ignore_empty?: boolean;
  callback?: { url: string; method: 'post' };
  resource: {
    type: 'data';
    module: { api_name: string };
    /** Every resource of a parent-child job shares one zip's file_id... */
    file_id: string;
    /** ...and names its CSV in that zip (v3+; the parent is `resource[0]`). */
    file_names?: [string];
    find_by?: string;
    field_mappings: ZohoFieldMapping[];
  }[];
};

export type BulkWriteJob = {
  id: string;
  /** ADDED, QUEUED, INPROGRESS or IN PROGRESS (both spellings are Zoho's), COMPLETED, FAILED. */
  status: 'ADDED' | 'QUEUED' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  added: number;
  updated: number;
  skipped: number;
  total: number;
  downloadUrl?: string;
  /** The callback URL the job was created with, as Zoho echoes it. */
  callbackUrl?: string;
  /** One entry per CSV of the job, in `resource[]` order (a parent-child job has several). */
  resources: BulkWriteResourceStatus[];
};

/** A resource's own progress: a child can still be IN_PROGRESS when its parent is COMPLETED. */
export type BulkWriteResourceStatus = {
  module: string;
  status: BulkWriteJob['status'] | 'SKIPPED';
  fileName?: string;
  added: number;
  updated: number;
  skipped: number;
  total: number;
};

export type BulkReadQuery = {
  /** Absent on a next-page request, which carries `page_token` alone. */
  module?: { api_name: string };
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
