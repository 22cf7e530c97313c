/** Zoho's bulk API limits and credit costs (docs/zoho.md, “Limits and credits”). */
export const ZOHO_LIMITS = {
  /** Records per bulk write CSV. */
  writeRecordsPerFile: 25_000,
  /** Rows per subform or line-item CSV in one parent-child job (LIMIT_EXCEEDED above it). */
  writeChildRowsPerFile: 200,
  /** Columns per bulk write CSV (and mapped fields per job: HEADER_LIMIT_EXCEEDED). */
  writeColumnsPerFile: 200,
  /** Zip size per upload (FILE_TOO_LARGE above it). */
  uploadZipBytes: 25 * 1024 * 1024,
  /** Records per bulk read job (one page). */
  readRecordsPerPage: 200_000,
  /** Records per ICS bulk read job. */
  readIcsRecordsPerJob: 20_000,
  /** API credits one bulk write job costs. */
  writeJobCredits: 500,
  /** API credits one bulk read job costs. */
  readJobCredits: 50,
} as const;

/**
 * Uncompressed bytes per chunk CSV. Deflate never grows data by more than a few bytes per 64 KiB block, so a
 * CSV this size always zips under the upload limit, even if nothing in it compresses.
 */
export const WRITE_CSV_MAX_BYTES = ZOHO_LIMITS.uploadZipBytes - 1024 * 1024;
