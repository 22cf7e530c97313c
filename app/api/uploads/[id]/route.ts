import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { getUpload } from '@/lib/uploads/get-upload';
import { toUploadView } from '@/lib/uploads/to-upload-view';

export const GET = route({ auth: 'admin', params: z.object({ id: z.uuid() }) }, async ({ params }) =>
  Response.json(toUploadView(await getUpload(await getDb(), params.id))),
);
