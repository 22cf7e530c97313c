import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { openExportDownload } from '@/lib/exports/files/open-export-download';
import { route } from '@/lib/http/route';
import { localFileStorage } from '@/lib/storage/local-file-storage';

const params = z.object({ id: z.uuid(), page: z.coerce.number().int().positive() });

export const GET = route({ auth: 'admin', scope: 'export', params }, async ({ params }) =>
  openExportDownload({
    db: await getDb(),
    storage: localFileStorage(),
    exportId: params.id,
    page: params.page,
  }),
);
