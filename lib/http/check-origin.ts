import 'server-only';
import { AppError } from './app-error';
import { appOrigin } from './app-origin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method);
}

/** Cookies ride along on cross-site requests; a state change must come from our own pages. */
export function checkOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get('origin');
  const isCrossSite = request.headers.get('sec-fetch-site') === 'cross-site';
  if (isCrossSite || !origin || origin === 'null' || origin !== appOrigin(request.headers)) {
    throw new AppError(
      'forbidden',
      'This request did not come from a Fieldmap page. Reload the page and try again.',
    );
  }
}
