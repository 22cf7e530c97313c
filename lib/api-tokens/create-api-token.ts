import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { AdminSession } from '@/lib/auth/get-session-admin';
import type { Db } from '@/lib/db/client';
import { apiTokens } from '@/lib/db/schema';
import type { CreateApiTokenInput, CreatedApiToken } from './api-token-schemas';
import { toApiTokenItem } from './to-api-token-item';
import { generateTokenSecret } from './token-secret';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Makes a token for `admin`; the secret is in the answer and nowhere else. */
export async function createApiToken({
  db,
  admin,
  input,
  now = new Date(),
}: {
  db: Db;
  admin: AdminSession;
  input: CreateApiTokenInput;
  now?: Date;
}): Promise<CreatedApiToken> {
  const { token, hash, prefix } = generateTokenSecret();
  const scopes = [...new Set(input.scopes)];
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        name: input.name,
        tokenHash: hash,
        prefix,
        scopes,
        adminId: admin.adminId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
      })
      .returning();
    if (!row) throw new Error('token insert returned nothing');
    await recordAuditEvent({
      db: tx,
      adminId: admin.adminId,
      action: 'api_token.created',
      subjectKind: 'api_token',
      subjectId: row.id,
      detail: { name: row.name, scopes, expiresAt: row.expiresAt.toISOString() },
    });
    return { token, item: toApiTokenItem(row, admin.name, now) };
  });
}
