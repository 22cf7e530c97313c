import 'server-only';
import type { z } from 'zod';
import { type AdminSession, getSessionAdmin } from '@/lib/auth/get-session-admin';
import { renewSessionCookie } from '@/lib/auth/renew-session-cookie';
import type { SessionData } from '@/lib/auth/session-cookie';
import { AppError, toErrorResponse } from './app-error';
import { checkOrigin } from './check-origin';
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
};

type Context<B, Q, P, A extends RouteAuth> = {
  request: Request;
  body: Infer<B>;
  query: Infer<Q>;
  params: Infer<P>;
  session: A extends 'admin' ? AdminSession : null;
};

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = ((request: Request, context: NextContext) => Promise<Response>) & {
  auth: RouteAuth;
  isBrowserRoute: boolean;
};

const madeByRoute = new WeakSet<object>();

/** True when a route.ts export was made by `route()` (the route-guard test checks every export). */
export function isRouteHandler(value: unknown): value is RouteHandler {
  return typeof value === 'function' && madeByRoute.has(value);
}

/** Every route handler is made here: Origin check, session, input parsing, and the one try/catch. */
export function route<
  B extends Schema | undefined,
  Q extends Schema | undefined,
  P extends Schema | undefined,
  A extends RouteAuth,
>(options: Options<B, Q, P, A>, handler: (context: Context<B, Q, P, A>) => Promise<Response>): RouteHandler {
  const wrapped = async (request: Request, nextContext: NextContext): Promise<Response> => {
    try {
      if (options.isBrowserRoute !== false) checkOrigin(request);
      const found = options.auth === 'admin' ? await getSessionAdmin(request.headers.get('cookie')) : null;
      if (options.auth === 'admin' && !found)
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
        session: (found?.admin ?? null) as Context<B, Q, P, A>['session'],
      };
      const response = await handler(context);
      return found ? await withSessionHeaders(response, found.session, request) : response;
    } catch (error) {
      return toErrorResponse(error);
    }
  };
  madeByRoute.add(wrapped);
  return Object.assign(wrapped, { auth: options.auth, isBrowserRoute: options.isBrowserRoute !== false });
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
