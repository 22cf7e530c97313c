import { getDb } from '@/lib/db/client';
import { appOrigin } from '@/lib/http/app-origin';
import { route } from '@/lib/http/route';
import { createShareLink } from '@/lib/share-links/create-share-link';
import { listShareLinks } from '@/lib/share-links/list-share-links';
import {
  type CreatedShareLink,
  createShareLinkSchema,
  listShareLinksQuerySchema,
} from '@/lib/share-links/share-link-schemas';

export const GET = route({ auth: 'admin', query: listShareLinksQuerySchema }, async ({ query }) =>
  Response.json({ links: await listShareLinks({ db: await getDb(), ...query }) }),
);

export const POST = route(
  { auth: 'admin', body: createShareLinkSchema },
  async ({ body, session, request }) => {
    const { link, token } = await createShareLink({ db: await getDb(), ...body, admin: session });
    const created: CreatedShareLink = { link, url: `${appOrigin(request.headers)}/s/${token}` };
    return Response.json(created, { status: 201 });
  },
);
