import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Connection, connections } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';

export async function getConnection(db: Db, id: string): Promise<Connection> {
  const [connection] = await db.select().from(connections).where(eq(connections.id, id));
  if (!connection)
    throw new AppError('not_found', 'That connection no longer exists. Pick another on the Connection page.');
  return connection;
}
