import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { revokeShareLink } from '@/lib/share-links/revoke-share-link';

const params = z.object({ id: z.uuid() });

/** Revoke: the link stops working on its next request. */
export const DELETE = route({ auth: 'admin', params }, async ({ params, session }) => {
  await revokeShareLink({ db: await getDb(), id: params.id, adminId: session.adminId });
  return new Response(null, { status: 204 });
});
