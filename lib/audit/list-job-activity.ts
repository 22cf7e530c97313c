import 'server-only';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins, auditEvents } from '@/lib/db/schema';
import type { AuditEventItem } from './list-audit-events';

/** Everything admins did around one job: its share links (created, revoked) and its retries. Newest first. */
export async function listJobActivity({
  db,
  jobKind,
  jobId,
  limit = 50,
}: {
  db: Db;
  jobKind: 'import' | 'export';
  jobId: string;
  limit?: number;
}): Promise<AuditEventItem[]> {
  const rows = await db
    .select({ event: auditEvents, adminName: admins.name })
    .from(auditEvents)
    .leftJoin(admins, eq(admins.id, auditEvents.adminId))
    .where(
      or(
        and(eq(auditEvents.subjectKind, jobKind), eq(auditEvents.subjectId, jobId)),
        and(
          eq(auditEvents.subjectKind, 'share_link'),
          sql`${auditEvents.detail}->>'jobKind' = ${jobKind}`,
          sql`${auditEvents.detail}->>'jobId' = ${jobId}`,
        ),
      ),
    )
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
