import { createApiTokenSchema } from '@/lib/api-tokens/api-token-schemas';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const GET = route(
  { auth: 'admin', scope: 'admin', summary: 'List API tokens (never their secrets)' },
  async () => Response.json({ tokens: await listApiTokens({ db: await getDb() }) }),
);

export const POST = route(
  {
    auth: 'admin',
    scope: 'admin',
    body: createApiTokenSchema,
    summary: 'Create an API token; its secret is shown once',
  },
  async ({ body, session }) =>
    Response.json(await createApiToken({ db: await getDb(), admin: session, input: body }), { status: 201 }),
);
