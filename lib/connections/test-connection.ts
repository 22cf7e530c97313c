import 'server-only';
import type { Db } from '@/lib/db/client';
import { getOrg } from '@/lib/zoho/get-org';
import { connectionAuth } from './connection-auth';
import { getConnection } from './get-connection';
import { withZohoErrors } from './to-app-error';

export async function testConnection(options: {
  db: Db;
  id: string;
}): Promise<{ orgName: string; userEmail: string }> {
  const connection = await getConnection(options.db, options.id);
  return withZohoErrors(async () => {
    const org = await getOrg(connectionAuth(options.db, connection), { apiVersion: connection.apiVersion });
    return { orgName: org.orgName, userEmail: org.userEmail };
  });
}
