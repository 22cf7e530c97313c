import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins, auditEvents } from '@/lib/db/schema';

export type AuditEventItem = {
  id: string;
  action: string;
  adminName: string | null;
  subjectKind: string;
  subjectId: string;
  detail: unknown;
  at: string;
};

/** The newest events about one subject (admin pages only: it names admins). */
export async function listAuditEvents({
  db,
  subjectKind,
  subjectId,
  limit = 100,
}: {
  db: Db;
  subjectKind: string;
  subjectId: string;
  limit?: number;
}): Promise<AuditEventItem[]> {
  const rows = await db
    .select({ event: auditEvents, adminName: admins.name })
    .from(auditEvents)
    .leftJoin(admins, eq(admins.id, auditEvents.adminId))
    .where(and(eq(auditEvents.subjectKind, subjectKind), eq(auditEvents.subjectId, subjectId)))
    .orderBy(desc(auditEvents.at))
    .limit(limit);
  return rows.map(({ event, adminName }) => ({
    id: event.id,
    action: event.action,
    adminName,
    subjectKind: event.subjectKind,
    subjectId: event.subjectId,
    detail: event.detail,
    at: event.at.toISOString(),
  }));
}
