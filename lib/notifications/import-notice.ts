import 'server-only';
import type { Import, NotificationEvent, OutcomeCounts } from '@/lib/db/schema';
import { env } from '@/lib/env';

export type NoticePayload = {
  event: `import.${NotificationEvent}` | `export.${NotificationEvent}`;
  eventId: string;
  occurredAt: string;
  /** One line: the e-mail subject. */
  title: string;
  /** Slack-compatible: an incoming-webhook URL shows this line as the message. */
  text: string;
  subject: { kind: 'import' | 'export'; id: string; name: string; url: string };
  import?: {
    status: string;
    reconciled: boolean;
    statusMessage: string | null;
    module: string;
    operation: string;
    fileName: string;
    counts: OutcomeCounts | null;
  };
};

const HEADLINES: Record<NotificationEvent, string> = {
  completed: 'completed',
  failed: 'failed',
  needs_attention: 'needs your attention',
  unreconciled: 'finished UNRECONCILED (rows not accounted for)',
};

export function appBaseUrl(): string {
  const { PUBLIC_BASE_URL, PORT } = env();
  return (PUBLIC_BASE_URL ?? `http://localhost:${PORT}`).replace(/\/$/, '');
}

function describeCounts(counts: OutcomeCounts | null): string {
  if (!counts) return '';
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`);
  return parts.length > 0 ? ` ${parts.join(', ')}.` : '';
}

/** The notice about an import, as a webhook sends it; e-mails are written from the same fields. */
export function importNotice(row: Import, event: NotificationEvent, eventId: string): NoticePayload {
  const url = `${appBaseUrl()}/imports/${row.id}`;
  const reason = event === 'completed' ? '' : row.statusMessage ? ` ${row.statusMessage}` : '';
  const title = `Import “${row.name}” ${HEADLINES[event]}`;
  return {
    event: `import.${event}`,
    eventId,
    occurredAt: new Date().toISOString(),
    title,
    text: `Fieldmap: ${title}.${describeCounts(row.counts)}${reason} ${url}`,
    subject: { kind: 'import', id: row.id, name: row.name, url },
    import: {
      status: row.status,
      reconciled: row.reconciled ?? true,
      statusMessage: row.statusMessage,
      module: row.module,
      operation: row.operation,
      fileName: row.fileName,
      counts: row.counts,
    },
  };
}
