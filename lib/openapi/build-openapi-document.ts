import 'server-only';
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { errorBodySchema } from '@/lib/http/app-error';
import { isRouteHandler, type RouteHandler } from '@/lib/http/route';
import { API_ROUTES } from './api-routes';
import { SUMMARIES } from './summaries';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const SCOPE_TEXT = {
  read: 'API token scope: `read`.',
  import: 'API token scope: `import`.',
  export: 'API token scope: `export`.',
  admin: 'API token scope: `admin`.',
  'session-only': 'A signed-in admin in a browser only; API tokens are refused (403).',
} as const;

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorBodySchema } },
});

function tagOf(path: string): string {
  const segment = path.split('/')[2] ?? 'api';
  return segment.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

function operationFor(path: string, method: string, handler: RouteHandler): ZodOpenApiOperationObject {
  const { spec } = handler;
  const isPublic = handler.auth === 'public';
  const scope = spec.scope ?? (method === 'GET' ? 'read' : 'admin');
  const requestParams: ZodOpenApiOperationObject['requestParams'] = {};
  if (spec.params instanceof z.ZodObject) requestParams.path = spec.params;
  if (spec.query instanceof z.ZodObject) requestParams.query = spec.query;
  const body = spec.body
    ? { content: { 'application/json': { schema: spec.body } } }
    : spec.rawBodyType
      ? { content: { [spec.rawBodyType]: { schema: { type: 'string' as const, format: 'binary' } } } }
      : undefined;
  return {
    operationId: `${method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    tags: [tagOf(path)],
    summary: spec.summary ?? SUMMARIES[`${method} ${path}`],
    description: isPublic ? 'Public: no session or token needed.' : SCOPE_TEXT[scope],
    security: isPublic ? [] : undefined,
    'x-token-scope': isPublic ? undefined : scope,
    requestParams,
    ...(body ? { requestBody: body } : {}),
    responses: {
      '2XX': { description: 'Success (JSON unless the operation returns a file)' },
      ...(body || requestParams.path || requestParams.query
        ? { '422': errorResponse('The input failed validation: `details.fields` lists every problem') }
        : {}),
      ...(isPublic
        ? {}
        : {
            '401': errorResponse('No valid session or token (revoked and expired tokens say so)'),
            '403': errorResponse('The token lacks the scope (named in `details.scope`), or a foreign Origin'),
          }),
    },
  } as ZodOpenApiOperationObject;
}

/** The OpenAPI 3.1 document of every route, built from the zod schemas the routes validate their input with. */
export function buildOpenApiDocument(serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const { path, module } of API_ROUTES) {
    for (const method of METHODS) {
      const handler = module[method];
      if (!isRouteHandler(handler)) continue;
      paths[path] = { ...paths[path], [method.toLowerCase()]: operationFor(path, method, handler) };
    }
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Fieldmap API',
      version: '1',
      description:
        'Everything the Fieldmap console does. Send an API token (Settings → API tokens) as `Authorization: Bearer <token>`; errors are `{ "error": { "code", "message", "details" } }`.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token (fmt_…)' },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'fieldmap_session',
          description: 'The console session',
        },
      },
    },
    paths,
  });
}
