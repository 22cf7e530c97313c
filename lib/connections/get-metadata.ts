import 'server-only';
import type { CrmField, CrmLayout, CrmModule } from '@/lib/crm/crm-field';
import type { Db } from '@/lib/db/client';
import { getFields } from '@/lib/zoho/get-fields';
import { getLayouts } from '@/lib/zoho/get-layouts';
import { listModules } from '@/lib/zoho/list-modules';
import { connectionAuth } from './connection-auth';
import { getConnection } from './get-connection';
import { withZohoErrors } from './to-app-error';

const TTL_MS = 5 * 60_000;
const cache = new Map<string, { at: number; value: unknown }>();

async function cached<T>(key: string, isRefresh: boolean, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit && !isRefresh && Date.now() - hit.at < TTL_MS) return hit.value as T;
  const value = await load();
  cache.set(key, { at: Date.now(), value });
  return value;
}

export function forgetMetadata(connectionId: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${connectionId}:`)) cache.delete(key);
}

/** Live metadata, cached briefly per connection (the mapping board asks often; "Refresh" skips the cache). */
export async function getModules(options: {
  db: Db;
  connectionId: string;
  isRefresh?: boolean;
}): Promise<CrmModule[]> {
  const connection = await getConnection(options.db, options.connectionId);
  return cached(`${connection.id}:modules`, Boolean(options.isRefresh), () =>
    withZohoErrors(() =>
      listModules(connectionAuth(options.db, connection), { apiVersion: connection.apiVersion }),
    ),
  );
}

export async function getModuleFields(options: {
  db: Db;
  connectionId: string;
  module: string;
  isRefresh?: boolean;
}): Promise<{ fields: CrmField[]; layouts: CrmLayout[] }> {
  const connection = await getConnection(options.db, options.connectionId);
  return cached(`${connection.id}:fields:${options.module}`, Boolean(options.isRefresh), () =>
    withZohoErrors(async () => {
      const auth = connectionAuth(options.db, connection);
      const request = { apiVersion: connection.apiVersion, module: options.module };
      const [fields, layouts] = await Promise.all([getFields(auth, request), getLayouts(auth, request)]);
      return { fields, layouts };
    }),
  );
}
