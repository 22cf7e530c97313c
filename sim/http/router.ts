import type { IncomingMessage, ServerResponse } from 'node:http';
import { INVALID_REQUEST_METHOD, INVALID_URL_PATTERN, sendGatewayError } from './respond';

export type RouteRequest = {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
};
export type RouteHandler = (request: RouteRequest) => Promise<void> | void;

type Route = { method: string; pattern: RegExp; handler: RouteHandler };

/** A tiny router with Zoho's answers for unknown paths (404) and wrong methods (400, as Zoho does). */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: RegExp, handler: RouteHandler): void {
    this.routes.push({ method, pattern, handler });
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const matching = this.routes.filter((route) => route.pattern.test(url.pathname));
    if (matching.length === 0) return sendGatewayError(res, 404, ...INVALID_URL_PATTERN);
    const route = matching.find((candidate) => candidate.method === req.method);
    if (!route) return sendGatewayError(res, 400, ...INVALID_REQUEST_METHOD);
    const params = route.pattern.exec(url.pathname)?.groups ?? {};
    await route.handler({ req, res, url, params: { ...params } });
  }
}

/** `/crm/{version}/…` and `/crm/bulk/{version}/…` accept every version Fieldmap may call. */
export const VERSION = '(?<version>v2|v2\\.1|v[3-8])';
