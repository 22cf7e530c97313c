/** Where an import and each of its chunks can be; the database columns take their values from these lists. */
export const IMPORT_STATUSES = [
  'queued',
  'checking',
  'running',
  'paused',
  'waiting',
  'needs_attention',
  'cancelling',
  'cancelled',
  'completed',
  'failed',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const CHUNK_STATUSES = [
  'pending',
  'uploading',
  'creating',
  'in_zoho',
  'downloading',
  'completed',
  'failed',
  'needs_attention',
  /** An admin asked which of a needs-attention chunk's rows Zoho holds: the runner reads them back. */
  'reading_back',
  'cancelled',
] as const;
export type ChunkStatus = (typeof CHUNK_STATUSES)[number];
