import 'server-only';

/** Parts stay well under what proxies and route handlers handle comfortably. */
export const UPLOAD_PART_BYTES = 8 * 1024 * 1024;
/** Room kept free on the disk besides the file itself (results, exports, the database). */
export const DISK_HEADROOM_BYTES = 512 * 1024 * 1024;
