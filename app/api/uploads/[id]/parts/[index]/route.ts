import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/http/app-error';
import { route } from '@/lib/http/route';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { appendUploadPart } from '@/lib/uploads/append-upload-part';

const params = z.object({ id: z.uuid(), index: z.coerce.number().int().min(0) });

/** The raw bytes of one part, streamed to disk; `X-Part-SHA256` is checked when sent. */
export const PUT = route(
  {
    auth: 'admin',
    scope: 'import',
    params,
    rawBodyType: 'application/octet-stream',
    summary: 'Send one part of the file (raw bytes, at most partSize); X-Part-SHA256 is checked when sent',
  },
  async ({ params, request }) => {
    if (!request.body) throw new AppError('bad_request', 'The part is empty.');
    const view = await appendUploadPart({
      db: await getDb(),
      storage: localFileStorage(),
      uploadId: params.id,
      index: params.index,
      body: request.body,
      sha256: request.headers.get('x-part-sha256') ?? undefined,
    });
    return Response.json(view);
  },
);
