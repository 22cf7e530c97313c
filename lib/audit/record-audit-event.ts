import 'server-only';
import type { Db } from '@/lib/db/client';
import { auditEvents } from '@/lib/db/schema';

export type AuditAction =
  | 'share_link.created'
  | 'share_link.revoked'
  | 'import.retried'
  | 'api_token.created'
  | 'api_token.revoked'
  | 'api_token.used'
  | 'notification_channel.created'
  | 'notification_channel.deleted';

export type RecordAuditEventOptions = {
  db: Db;
  adminId: string | null;
  action: AuditAction;
  subjectKind: 'share_link' | 'import' | 'export' | 'api_token' | 'notification_channel';
  subjectId: string;
  /** Facts for the log (ids, names chosen by the admin); never tokens or row values. */
  detail?: Record<string, unknown>;
  at?: Date;
};

/** Who did what to which link or job, and when. Pass a transaction's `tx` as `db` to commit it with the change. */
export async function recordAuditEvent({ db, at, detail, ...event }: RecordAuditEventOptions): Promise<void> {
  await db.insert(auditEvents).values({ ...event, detail: detail ?? null, ...(at ? { at } : {}) });
}
