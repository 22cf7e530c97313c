import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { deleteMappingTemplate } from '@/lib/mapping-templates/delete-mapping-template';
import { renameTemplateSchema, saveTemplateSchema } from '@/lib/mapping-templates/mapping-template-schemas';
import { renameMappingTemplate } from '@/lib/mapping-templates/rename-mapping-template';
import { updateMappingTemplate } from '@/lib/mapping-templates/update-mapping-template';

const params = z.object({ id: z.uuid() });

/** Save an edit: the family's next version. */
export const PUT = route(
  { auth: 'admin', scope: 'import', params, body: saveTemplateSchema },
  async ({ params, body, session }) =>
    Response.json({
      template: await updateMappingTemplate({
        db: await getDb(),
        id: params.id,
        input: body,
        admin: session,
      }),
    }),
);

export const PATCH = route(
  { auth: 'admin', scope: 'import', params, body: renameTemplateSchema },
  async ({ params, body }) => {
    await renameMappingTemplate({ db: await getDb(), id: params.id, name: body.name });
    return new Response(null, { status: 204 });
  },
);

export const DELETE = route({ auth: 'admin', scope: 'import', params }, async ({ params }) => {
  await deleteMappingTemplate({ db: await getDb(), id: params.id });
  return new Response(null, { status: 204 });
});
