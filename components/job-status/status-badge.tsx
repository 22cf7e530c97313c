import { Badge } from '@/components/ui/badge';
import { type JobStatus, STATUS_LABELS } from './status-labels';

export function StatusBadge({ status }: { status: JobStatus | (string & {}) }) {
  const known = STATUS_LABELS[status as JobStatus] as (typeof STATUS_LABELS)[JobStatus] | undefined;
  const isActive = known?.tone === 'info';
  return (
    <span className="inline-flex whitespace-nowrap">
      <Badge tone={known?.tone ?? 'neutral'}>
        {isActive ? (
          <span
            aria-hidden
            className="mr-1.5 inline-block h-1.5 w-1.5 animate-pulse rounded-full bg-current"
          />
        ) : null}
        {known?.label ?? status}
      </Badge>
    </span>
  );
}
