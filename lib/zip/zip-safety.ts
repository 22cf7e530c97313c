import 'server-only';

/** A zip from outside (Zoho's results) that is not safe to unpack: a path escaping its folder, too many or too big entries. */
export class UnsafeZipError extends Error {
  override name = 'UnsafeZipError';
}

/** Absolute paths, drive letters and `..` segments: an entry named so could write or read outside its folder. */
export function isUnsafeZipPath(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split(/[/\\]/).includes('..')
  );
}
