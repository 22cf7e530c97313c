import { errorBodySchema } from './app-error';

/** An error answer from our API, with the server's message (written for the admin) and field details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Browser fetch for our JSON routes: same-origin cookies, JSON in and out, errors as ApiError. */
export async function apiFetch<T>(
  path: string,
  init: RequestInit & { json?: unknown; isSignInOnUnauthorized?: boolean } = {},
): Promise<T> {
  const { json, headers, isSignInOnUnauthorized = true, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (response.ok) return data as T;
  const parsed = errorBodySchema.safeParse(data);
  if (response.status === 401 && isSignInOnUnauthorized && typeof window !== 'undefined')
    window.location.assign('/sign-in');
  throw parsed.success
    ? new ApiError(
        response.status,
        parsed.data.error.code,
        parsed.data.error.message,
        parsed.data.error.details,
      )
    : new ApiError(
        response.status,
        'network',
        `The server answered ${response.status}. Try again in a moment.`,
      );
}
