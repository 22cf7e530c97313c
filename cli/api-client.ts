import { z } from 'zod';
import { CliError, EXIT } from './exit-codes';

const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export type ApiClient = {
  baseUrl: string;
  json<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T>;
  raw(path: string, init?: RequestInit): Promise<Response>;
};

function unreachable(baseUrl: string, error: unknown): CliError {
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  const why = cause ? ` (${cause})` : '';
  return new CliError(
    EXIT.error,
    `Cannot reach Fieldmap at ${baseUrl}${why}. Is it running? Check FIELDMAP_URL.`,
  );
}

/** 4xx answers about the import itself are refusals (3); about the caller (401/403), errors (1). */
async function toCliError(response: Response): Promise<CliError> {
  const parsed = errorBody.safeParse(await response.json().catch(() => undefined));
  const message = parsed.success ? parsed.data.error.message : `The server answered ${response.status}.`;
  const details = parsed.success ? parsed.data.error.details : undefined;
  const isRefusal = [400, 404, 409, 413, 422].includes(response.status);
  return new CliError(isRefusal ? EXIT.refused : EXIT.error, message, details);
}

export function createApiClient(baseUrl: string, token: string): ApiClient {
  const raw = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    headers.set('accept', 'application/json');
    let response: Response;
    try {
      response = await fetch(new URL(path, baseUrl), { ...init, headers, redirect: 'manual' });
    } catch (error) {
      throw unreachable(baseUrl, error);
    }
    if (!response.ok) throw await toCliError(response);
    return response;
  };
  return {
    baseUrl,
    raw,
    async json<T>(path: string, init: { method?: string; body?: unknown } = {}) {
      const response = await raw(path, {
        method: init.method ?? 'GET',
        headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      return (response.status === 204 ? undefined : await response.json()) as T;
    },
  };
}

/** FIELDMAP_URL and FIELDMAP_TOKEN, checked before anything is sent. */
export function clientFromEnv(environment: NodeJS.ProcessEnv = process.env): ApiClient {
  const url = environment.FIELDMAP_URL?.trim();
  const token = environment.FIELDMAP_TOKEN?.trim();
  if (!url)
    throw new CliError(EXIT.error, 'Set FIELDMAP_URL to your Fieldmap address, e.g. http://localhost:3000.');
  if (!URL.canParse(url)) throw new CliError(EXIT.error, `FIELDMAP_URL is not a URL: ${url}`);
  if (!token)
    throw new CliError(EXIT.error, 'Set FIELDMAP_TOKEN to an API token (Fieldmap → Settings → API tokens).');
  return createApiClient(url, token);
}
