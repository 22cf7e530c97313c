import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { callbackBaseUrl } from '@/lib/imports/run/callback-base-url';
import { getBoss } from '@/lib/jobs/start-workers';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { startTemplateImport } from '@/lib/template-imports/start-template-import';
import { templateImportBodySchema } from '@/lib/template-imports/template-import-schemas';

export const POST = route(
  {
    auth: 'admin',
    scope: 'import',
    body: templateImportBodySchema,
    summary:
      'Start an import of an uploaded file with a saved mapping template; refused (409, details.drift) when the headers differ from the template',
  },
  async ({ body, session }) => {
    const created = await startTemplateImport({
      db: await getDb(),
      boss: await getBoss(),
      storage: localFileStorage(),
      adminId: session.adminId,
      body,
      canReceiveCallbacks: (isSandbox) => Boolean(callbackBaseUrl(isSandbox)),
    });
    return Response.json(created, { status: 201 });
  },
);
