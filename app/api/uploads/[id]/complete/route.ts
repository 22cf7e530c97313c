import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { completeUpload } from '@/lib/uploads/complete-upload';

export const POST = route(
  { auth: 'admin', scope: 'import', params: z.object({ id: z.uuid() }) },
  async ({ params }) =>
    Response.json(
      await completeUpload({ db: await getDb(), storage: localFileStorage(), uploadId: params.id }),
    ),
);
