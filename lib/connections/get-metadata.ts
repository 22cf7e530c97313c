import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { CrmField, CrmLayout, CrmModule } from '@/lib/crm/crm-field';
import type { Db } from '@/lib/db/client';
import { metadataCache } from '@/lib/db/schema';
import { getFields } from '@/lib/zoho/get-fields';
import { getLayouts } from '@/lib/zoho/get-layouts';
import { listModules } from '@/lib/zoho/list-modules';
import { type CrmUser, listUsers } from '@/lib/zoho/list-users';
import { connectionAuth } from './connection-auth';
import { getConnection } from './get-connection';
import { withZohoErrors } from './to-app-error';

const MAX_AGE_MS = 24 * 3_600_000;

export type Cached<T> = T & { fetchedAt: string };

/** Metadata from the DB cache while younger than a day; "Refresh" (or age) reads Zoho again. */
async function cached<T extends object>(
  db: Db,
  connectionId: string,
  cacheKey: string,
  isRefresh: boolean,
  load: () => Promise<T>,
): Promise<Cached<T>> {
  const where = and(eq(metadataCache.connectionId, connectionId), eq(metadataCache.cacheKey, cacheKey));
  const [hit] = await db.select().from(metadataCache).where(where);
  if (hit && !isRefresh && Date.now() - hit.fetchedAt.getTime() < MAX_AGE_MS) {
    return { ...(hit.payload as T), fetchedAt: hit.fetchedAt.toISOString() };
  }
  const value = await load();
  const fetchedAt = new Date();
  await db
    .insert(metadataCache)
    .values({ connectionId, cacheKey, payload: value, fetchedAt })
    .onConflictDoUpdate({
      target: [metadataCache.connectionId, metadataCache.cacheKey],
      set: { payload: value, fetchedAt },
    });
  return { ...value, fetchedAt: fetchedAt.toISOString() };
}

export async function getModules(options: {
  db: Db;
  connectionId: string;
  isRefresh?: boolean;
}): Promise<Cached<{ modules: CrmModule[] }>> {
  const connection = await getConnection(options.db, options.connectionId);
  return cached(options.db, connection.id, 'modules', Boolean(options.isRefresh), () =>
    withZohoErrors(async () => ({
      modules: await listModules(connectionAuth(options.db, connection), {
        apiVersion: connection.apiVersion,
      }),
    })),
  );
}

export async function getModuleFields(options: {
  db: Db;
  connectionId: string;
  module: string;
  isRefresh?: boolean;
}): Promise<Cached<{ fields: CrmField[]; layouts: CrmLayout[] }>> {
  const connection = await getConnection(options.db, options.connectionId);
  return cached(options.db, connection.id, `fields:${options.module}`, Boolean(options.isRefresh), () =>
    withZohoErrors(async () => {
      const auth = connectionAuth(options.db, connection);
      const request = { apiVersion: connection.apiVersion, module: options.module };
      const [fields, layouts] = await Promise.all([getFields(auth, request), getLayouts(auth, request)]);
      return { fields, layouts };
    }),
  );
}

/** The org's users (for an Owner set to the same user on every record), cached like the rest of the metadata. */
export async function getUsers(options: {
  db: Db;
  connectionId: string;
  isRefresh?: boolean;
}): Promise<Cached<{ users: CrmUser[] }>> {
  const connection = await getConnection(options.db, options.connectionId);
  return cached(options.db, connection.id, 'users', Boolean(options.isRefresh), () =>
    withZohoErrors(async () => ({
      users: await listUsers(connectionAuth(options.db, connection), { apiVersion: connection.apiVersion }),
    })),
  );
}
