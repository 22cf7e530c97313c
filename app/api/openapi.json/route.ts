import { appOrigin } from '@/lib/http/app-origin';
import { route } from '@/lib/http/route';
import { buildOpenApiDocument } from '@/lib/openapi/build-openapi-document';

export const GET = route({ auth: 'admin', summary: 'This OpenAPI 3.1 document' }, async ({ request }) =>
  Response.json(buildOpenApiDocument(appOrigin(request.headers))),
);
