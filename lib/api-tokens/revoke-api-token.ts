import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';
import { apiTokens } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';

/** Revokes a token at once; revoking one already revoked changes nothing. */
export async function revokeApiToken({
  db,
  id,
  adminId,
}: {
  db: Db;
  id: string;
  adminId: string;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const [found] = await tx.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.id, id));
    if (!found) throw new AppError('not_found', 'No such API token. Reload the list.');
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning({ name: apiTokens.name });
    if (revoked[0])
      await recordAuditEvent({
        db: tx,
        adminId,
        action: 'api_token.revoked',
        subjectKind: 'api_token',
        subjectId: id,
        detail: { name: revoked[0].name },
      });
  });
}
