import 'server-only';
import type { z } from 'zod';
import { type AdminSession, getSessionAdmin } from '@/lib/auth/get-session-admin';
import { sealSession, sessionCookieHeader } from '@/lib/auth/session-cookie';
import { getDb } from '@/lib/db/client';
import { AppError, toErrorResponse } from './app-error';
import { appOrigin, isSecureOrigin } from './app-origin';
import { checkOrigin } from './check-origin';
import { parseInput, readJsonBody } from './parse-input';

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;
type Auth = 'admin' | 'public';

type Options<B, Q, P, A extends Auth> = {
  auth: A;
  body?: B;
  query?: Q;
  params?: P;
  /** Server-to-server routes (Zoho callbacks) carry no Origin; everything a browser calls keeps the check. */
  isBrowserRoute?: boolean;
};

type Context<B, Q, P, A extends Auth> = {
  request: Request;
  body: Infer<B>;
  query: Infer<Q>;
  params: Infer<P>;
  session: A extends 'admin' ? AdminSession : null;
};

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = ((request: Request, context: NextContext) => Promise<Response>) & { auth: Auth };

const SESSION_RENEW_AFTER_MS = 60_000;

/** Every route handler is made here: session, Origin check, input parsing, and the one try/catch. */
export function route<
  B extends Schema | undefined,
  Q extends Schema | undefined,
  P extends Schema | undefined,
  A extends Auth,
>(options: Options<B, Q, P, A>, handler: (context: Context<B, Q, P, A>) => Promise<Response>): RouteHandler {
  const wrapped = async (request: Request, nextContext: NextContext): Promise<Response> => {
    try {
      if (options.isBrowserRoute !== false) checkOrigin(request);
      const found =
        options.auth === 'admin' ? await getSessionAdmin(await getDb(), request.headers.get('cookie')) : null;
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
          ? parseInput(options.params, await nextContext.params, 'path')
          : undefined) as Infer<P>,
        session: (found?.admin ?? null) as Context<B, Q, P, A>['session'],
      };
      const response = await handler(context);
      if (found) {
        response.headers.set('Cache-Control', 'no-store');
        const isRenewDue = Date.now() - found.session.seenAt > SESSION_RENEW_AFTER_MS;
        if (isRenewDue && !response.headers.has('set-cookie')) {
          const sealed = await sealSession({ ...found.session, seenAt: Date.now() });
          response.headers.append(
            'Set-Cookie',
            sessionCookieHeader(sealed, isSecureOrigin(appOrigin(request.headers))),
          );
        }
      }
      return response;
    } catch (error) {
      return toErrorResponse(error);
    }
  };
  return Object.assign(wrapped, { auth: options.auth });
}
