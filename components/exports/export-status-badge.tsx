import { Badge } from '@/components/ui/badge';
import type { ExportView } from '@/lib/exports/views/export-view';

const LOOK: Record<ExportView['status'], { tone: Parameters<typeof Badge>[0]['tone']; label: string }> = {
  queued: { tone: 'neutral', label: 'Queued' },
  running: { tone: 'info', label: 'Running' },
  waiting: { tone: 'warning', label: 'Waiting' },
  completed: { tone: 'success', label: 'Completed' },
  failed: { tone: 'danger', label: 'Failed' },
  cancelled: { tone: 'neutral', label: 'Cancelled' },
};

export function ExportStatusBadge({ status }: { status: ExportView['status'] }) {
  const look = LOOK[status];
  return <Badge tone={look.tone}>{look.label}</Badge>;
}

const PAGE_LABELS: Record<ExportView['pages'][number]['status'], string> = {
  pending: 'Waiting to start',
  creating: 'Asking Zoho',
  in_zoho: 'Zoho is preparing it',
  downloading: 'Downloading',
  completed: 'Done',
  failed: 'Failed',
  needs_attention: 'Needs attention',
};

export function PageStatusBadge({ status }: { status: ExportView['pages'][number]['status'] }) {
  const tone =
    status === 'completed'
      ? 'success'
      : status === 'failed'
        ? 'danger'
        : status === 'needs_attention'
          ? 'warning'
          : 'info';
  return <Badge tone={tone}>{PAGE_LABELS[status]}</Badge>;
}
