'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { apiFetch } from '@/lib/http/api-fetch';
import { scheduleKeys, schedulesQuery } from './queries';
import { ScheduleRuns } from './schedule-runs';

export function SchedulesList() {
  const queryClient = useQueryClient();
  const schedules = useQuery(schedulesQuery());
  const refresh = () => queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'run' | 'pause' | 'resume' | 'delete' }) =>
      action === 'run'
        ? apiFetch(`/api/schedules/${id}/run-now`, { method: 'POST' })
        : action === 'delete'
          ? apiFetch(`/api/schedules/${id}`, { method: 'DELETE' })
          : apiFetch(`/api/schedules/${id}`, { method: 'PATCH', json: { isEnabled: action === 'resume' } }),
    onSettled: refresh,
  });

  if (schedules.isPending) return <p className="text-sm text-slate-500">Loading schedules…</p>;
  if (schedules.isError) return <Alert>{schedules.error.message}</Alert>;
  if (schedules.data.length === 0)
    return (
      <p className="text-sm text-slate-600">
        No schedules yet. Create one to import a folder’s files on a timetable.
      </p>
    );
  return (
    <div className="space-y-4">
      {act.isError ? <Alert>{act.error.message}</Alert> : null}
      {schedules.data.map((schedule) => (
        <Card key={schedule.id} className="p-6">
          <section aria-label={schedule.name} className="space-y-3">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 className="text-base font-semibold text-slate-900">
                  {schedule.name}{' '}
                  {schedule.isEnabled ? (
                    <Badge tone="success">Active</Badge>
                  ) : (
                    <Badge tone="neutral">Paused</Badge>
                  )}
                </h2>
                <p className="text-sm text-slate-700">
                  Template <strong>{schedule.templateName ?? 'deleted'}</strong> · folder{' '}
                  <code className="font-mono">{schedule.folder}</code> ·{' '}
                  <code className="font-mono">{schedule.cron}</code> ({schedule.timeZone})
                </p>
                <p className="text-xs text-slate-600">
                  {schedule.nextRunAt
                    ? `Next run ${new Date(schedule.nextRunAt).toLocaleString()}`
                    : 'Paused: no next run'}
                </p>
              </div>
              <div className="flex gap-2">
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={act.isPending}
                  onClick={() => act.mutate({ id: schedule.id, action: 'run' })}
                >
                  Run now
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={act.isPending}
                  onClick={() =>
                    act.mutate({ id: schedule.id, action: schedule.isEnabled ? 'pause' : 'resume' })
                  }
                >
                  {schedule.isEnabled ? 'Pause' : 'Resume'}
                </Button>
                <Button
                  size="sm"
                  variant="danger"
                  aria-label={`Delete ${schedule.name}`}
                  disabled={act.isPending}
                  onClick={() => {
                    if (window.confirm(`Delete “${schedule.name}” and its run log? Imports it started stay.`))
                      act.mutate({ id: schedule.id, action: 'delete' });
                  }}
                >
                  Delete
                </Button>
              </div>
            </div>
            <h3 className="text-sm font-medium text-slate-800">Runs</h3>
            <ScheduleRuns scheduleId={schedule.id} name={schedule.name} />
          </section>
        </Card>
      ))}
    </div>
  );
}
