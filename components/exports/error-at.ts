import { type FieldErrors, get } from 'react-hook-form';

/** The error message react-hook-form holds for a dotted path, if any. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const found: unknown = get(errors, path);
  if (typeof found !== 'object' || found === null || !('message' in found)) return undefined;
  return typeof found.message === 'string' && found.message ? found.message : undefined;
}
