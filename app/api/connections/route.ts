import { listConnections } from '@/lib/connections/list-connections';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const GET = route({ auth: 'admin' }, async () =>
  Response.json({ connections: await listConnections(await getDb()) }),
);
