import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { startUpload } from '@/lib/uploads/start-upload';
import { startUploadSchema } from '@/lib/uploads/upload-schemas';

// Upload routes sit outside the proxy matcher (proxy.ts): Next buffers and caps bodies that pass through it.
export const POST = route(
  { auth: 'admin', scope: 'import', body: startUploadSchema },
  async ({ body, session }) =>
    Response.json(
      await startUpload({
        db: await getDb(),
        storage: localFileStorage(),
        adminId: session.adminId,
        ...body,
      }),
      { status: 201 },
    ),
);
