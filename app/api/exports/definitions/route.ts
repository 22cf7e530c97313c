import { getDb } from '@/lib/db/client';
import { listExportDefinitions } from '@/lib/exports/definitions/list-export-definitions';
import { route } from '@/lib/http/route';

export const GET = route({ auth: 'admin' }, async () =>
  Response.json({ definitions: await listExportDefinitions(await getDb()) }),
);
