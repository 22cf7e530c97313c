import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { createMappingTemplate } from '@/lib/mapping-templates/create-mapping-template';
import { listMappingTemplates } from '@/lib/mapping-templates/list-mapping-templates';
import {
  listTemplatesQuerySchema,
  saveTemplateSchema,
} from '@/lib/mapping-templates/mapping-template-schemas';

export const GET = route({ auth: 'admin', query: listTemplatesQuerySchema }, async ({ query }) =>
  Response.json({ templates: await listMappingTemplates({ db: await getDb(), module: query.module }) }),
);

export const POST = route(
  { auth: 'admin', scope: 'import', body: saveTemplateSchema },
  async ({ body, session }) =>
    Response.json(
      { template: await createMappingTemplate({ db: await getDb(), input: body, admin: session }) },
      { status: 201 },
    ),
);
