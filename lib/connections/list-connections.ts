import 'server-only';
import { asc } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Connection, connections } from '@/lib/db/schema';
import { type DataCentreId, getDataCentre } from '@/lib/zoho/data-centres';

/** What the browser may know of a connection: no token, secret or client credential. */
export type ConnectionView = {
  id: string;
  name: string;
  dataCentre: string;
  dataCentreLabel: string;
  orgId: string;
  orgName: string;
  userEmail: string;
  apiVersion: string;
  scopes: string;
  status: Connection['status'];
  throttledUntil: string | null;
  isSandbox: boolean;
  createdAt: string;
};

export function toConnectionView(connection: Connection): ConnectionView {
  return {
    id: connection.id,
    name: connection.name,
    dataCentre: connection.dataCentre,
    dataCentreLabel: getDataCentre(connection.dataCentre as DataCentreId).label,
    orgId: connection.orgId,
    orgName: connection.orgName,
    userEmail: connection.userEmail,
    apiVersion: connection.apiVersion,
    scopes: connection.scopes.split(' ').join(', '),
    status: connection.status,
    throttledUntil:
      connection.throttledUntil && connection.throttledUntil > new Date()
        ? connection.throttledUntil.toISOString()
        : null,
    isSandbox: connection.isSandbox,
    createdAt: connection.createdAt.toISOString(),
  };
}

export async function listConnections(db: Db): Promise<ConnectionView[]> {
  const rows = await db.select().from(connections).orderBy(asc(connections.createdAt));
  return rows.map(toConnectionView);
}
