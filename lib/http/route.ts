import 'server-only';
import type { z } from 'zod';
import type { TokenCaller } from '@/lib/api-tokens/authenticate-api-token';
import { type AdminSession, getSessionAdmin } from '@/lib/auth/get-session-admin';
import { renewSessionCookie } from '@/lib/auth/renew-session-cookie';
import type { SessionData } from '@/lib/auth/session-cookie';
import type { ApiTokenScope } from '@/lib/db/schema/api-tokens';
import { AppError, toErrorResponse } from './app-error';
import { authenticateBearer, readBearerToken, recordTokenUse } from './bearer-auth';
import { checkOrigin, isSafeMethod } from './check-origin';
import { parseInput, readJsonBody } from './parse-input';

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;
export type RouteAuth = 'admin' | 'public';

type Options<B, Q, P, A extends RouteAuth> = {
  /** 'public' only for files listed in lib/http/public-routes.ts (a test enforces it). */
  auth: A;
  body?: B;
  query?: Q;
  params?: P;
  /** Server-to-server routes (the Zoho callback) carry no Origin; everything a browser calls keeps the check. */
  isBrowserRoute?: boolean;
  /**
   * What an API token needs to call this: by default `read` for GET and `admin` for anything that changes state.
   * 'session-only' for what only a person at a browser may do (their password, their sessions).
   */
  scope?: ApiTokenScope | 'session-only';
  /** One line for the OpenAPI document. */
  summary?: string;
  /** For the OpenAPI document: a body that is not JSON (upload parts are raw bytes). */
  rawBodyType?: string;
};

type Context<B, Q, P, A extends RouteAuth> = {
  request: Request;
  body: Infer<B>;
  query: Infer<Q>;
  params: Infer<P>;
  session: A extends 'admin' ? AdminSession : null;
  /** The API token that made this request, or null for a browser session. */
  token: TokenCaller | null;
};

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteSpec = {
  body?: Schema;
  query?: Schema;
  params?: Schema;
  scope?: ApiTokenScope | 'session-only';
  summary?: string;
  rawBodyType?: string;
};
export type RouteHandler = ((request: Request, context: NextContext) => Promise<Response>) & {
  auth: RouteAuth;
  isBrowserRoute: boolean;
  spec: RouteSpec;
};

const madeByRoute = new WeakSet<object>();

/** True when a route.ts export was made by `route()` (the route-guard test checks every export). */
export function isRouteHandler(value: unknown): value is RouteHandler {
  return typeof value === 'function' && madeByRoute.has(value);
}

/** The scope a token needs for this request when the route names none. */
function scopeFor(request: Request, scope: Options<unknown, unknown, unknown, RouteAuth>['scope']) {
  return scope ?? (isSafeMethod(request.method) ? 'read' : 'admin');
}

/**
 * Every route handler is made here: caller (session cookie or API token), Origin check, input parsing, and the
 * one try/catch. The Origin check guards cookies a browser attaches by itself; a bearer token is never attached
 * by a browser to another site's request, so token calls skip it.
 */
export function route<
  B extends Schema | undefined,
  Q extends Schema | undefined,
  P extends Schema | undefined,
  A extends RouteAuth,
>(options: Options<B, Q, P, A>, handler: (context: Context<B, Q, P, A>) => Promise<Response>): RouteHandler {
  const wrapped = async (request: Request, nextContext: NextContext): Promise<Response> => {
    try {
      const bearer = options.auth === 'admin' ? readBearerToken(request) : null;
      const tokenAuth = bearer
        ? await authenticateBearer(request, bearer, scopeFor(request, options.scope))
        : null;
      if (!tokenAuth && options.isBrowserRoute !== false) checkOrigin(request);
      const found =
        options.auth === 'admin' && !tokenAuth ? await getSessionAdmin(request.headers.get('cookie')) : null;
      if (options.auth === 'admin' && !found && !tokenAuth)
        throw new AppError('unauthorized', 'Your session has ended. Sign in again.');
      const url = new URL(request.url);
      const context = {
        request,
        body: (options.body
          ? parseInput(options.body, await readJsonBody(request), 'body')
          : undefined) as Infer<B>,
        query: (options.query
          ? parseInput(options.query, Object.fromEntries(url.searchParams), 'query')
          : undefined) as Infer<Q>,
        params: (options.params
          ? parseInput(options.params, await nextContext?.params, 'path')
          : undefined) as Infer<P>,
        session: (found?.admin ?? tokenAuth?.admin ?? null) as Context<B, Q, P, A>['session'],
        token: tokenAuth?.caller ?? null,
      };
      const response = await handler(context);
      if (tokenAuth) {
        await recordTokenUse(request, tokenAuth, response.status);
        return withNoStore(response);
      }
      return found ? await withSessionHeaders(response, found.session, request) : response;
    } catch (error) {
      return toErrorResponse(error);
    }
  };
  madeByRoute.add(wrapped);
  const { body, query, params, scope, summary, rawBodyType } = options;
  return Object.assign(wrapped, {
    auth: options.auth,
    isBrowserRoute: options.isBrowserRoute !== false,
    spec: { body, query, params, scope, summary, rawBodyType } as RouteSpec,
  });
}

function withNoStore(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('Cache-Control', 'no-store');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Authenticated answers are never cached; an active session slides its idle expiry forward. */
async function withSessionHeaders(
  response: Response,
  session: SessionData,
  request: Request,
): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set('Cache-Control', 'no-store');
  const renewed = headers.has('set-cookie') ? null : await renewSessionCookie({ session }, request.headers);
  if (renewed) headers.append('Set-Cookie', renewed);
  // A fresh Response: some (redirects, proxied fetches) have immutable headers.
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
