import { z } from 'zod';
import type { AuditEventItem } from '@/lib/audit/list-audit-events';

const detailSchema = z
  .object({
    displayName: z.string().optional(),
    expiresAt: z.string().nullable().optional(),
    rows: z.number().optional(),
    editedCells: z.number().optional(),
  })
  .catch({});

/** One line per audit event, in words: "Ada revoked the link “Q3 leads”". */
export function describeActivity(event: Pick<AuditEventItem, 'action' | 'adminName' | 'detail'>): string {
  const who = event.adminName ?? 'A removed admin';
  const detail = detailSchema.parse(event.detail ?? {});
  const link = `the link “${detail.displayName ?? 'unnamed'}”`;
  switch (event.action) {
    case 'share_link.created':
      return `${who} created ${link}${detail.expiresAt === null ? ', which never expires' : ''}`;
    case 'share_link.revoked':
      return `${who} revoked ${link}`;
    case 'import.retried': {
      const rows = detail.rows ?? 0;
      const cells = detail.editedCells ?? 0;
      return `${who} retried ${rows} ${rows === 1 ? 'row' : 'rows'}${cells > 0 ? ` with ${cells} fixed ${cells === 1 ? 'cell' : 'cells'}` : ''}`;
    }
    default:
      return `${who}: ${event.action}`;
  }
}
