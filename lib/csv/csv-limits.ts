/**
 * The caps every CSV is read with, in the browser and again on the server: one field at most 128 KiB and one
 * record at most 1 MiB (characters). Longer almost always means a quote that never closed.
 */
export const MAX_FIELD_CHARS = 128 * 1024;
export const MAX_RECORD_CHARS = 1024 * 1024;
