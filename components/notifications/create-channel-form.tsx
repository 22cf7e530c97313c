'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/auth/apply-server-errors';
import { NewWebhookSecret } from '@/components/notifications/new-webhook-secret';
import { schedulesQuery } from '@/components/schedules/queries';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { apiFetch } from '@/lib/http/api-fetch';
import { NOTIFICATION_EVENTS, NOTIFICATION_SCOPES } from '@/lib/job-status/notification-lists';
import {
  type CreatedNotificationChannel,
  type CreateNotificationChannelInput,
  createNotificationChannelSchema,
  EVENT_LABELS,
  SCOPE_LABELS,
} from '@/lib/notifications/notification-schemas';
import { notificationKeys } from './queries';

const SELECT = 'mt-1 block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm';

export function CreateChannelForm() {
  const queryClient = useQueryClient();
  const schedules = useQuery(schedulesQuery());
  const [message, setMessage] = useState<string>();
  const [created, setCreated] = useState<CreatedNotificationChannel>();
  const { register, handleSubmit, setError, reset, watch, formState } =
    useForm<CreateNotificationChannelInput>({
      resolver: zodResolver(createNotificationChannelSchema),
      defaultValues: {
        kind: 'webhook',
        name: '',
        target: '',
        events: ['failed', 'needs_attention', 'unreconciled'],
        scope: 'own',
      },
    });
  const { errors } = formState;
  const kind = watch('kind');
  const scope = watch('scope');

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    try {
      const input = { ...values, scheduleId: values.scope === 'schedule' ? values.scheduleId : undefined };
      setCreated(
        await apiFetch<CreatedNotificationChannel>('/api/notifications', { method: 'POST', json: input }),
      );
      reset();
      await queryClient.invalidateQueries({ queryKey: notificationKeys.channels });
    } catch (error) {
      setMessage(applyServerErrors(error, setError));
    }
  });

  return (
    <div className="space-y-4">
      {created?.secret ? <NewWebhookSecret name={created.item.name} secret={created.secret} /> : null}
      {created && !created.secret ? (
        <p role="status" className="text-sm text-emerald-800">
          “{created.item.name}” added.
        </p>
      ) : null}
      <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Add a notification">
        {message ? <Alert>{message}</Alert> : null}
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Send by</legend>
          <div className="mt-1 flex gap-4 text-sm text-slate-700">
            <label className="flex items-center gap-2">
              <input type="radio" value="webhook" {...register('kind')} /> Webhook
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" value="email" {...register('kind')} /> E-mail
            </label>
          </div>
        </fieldset>
        <Field
          label="Name"
          hint="e.g. “#crm-ops in Slack”."
          error={errors.name?.message}
          {...register('name')}
        />
        <Field
          label={kind === 'email' ? 'E-mail address' : 'Webhook URL'}
          type={kind === 'email' ? 'email' : 'url'}
          hint={
            kind === 'email'
              ? 'Sent through the server’s SMTP_URL.'
              : 'A public https URL (a Slack incoming webhook works as is). Redirects are not followed.'
          }
          error={errors.target?.message}
          {...register('target')}
        />
        <fieldset aria-describedby={errors.events ? 'notification-events-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">When an import</legend>
          <div className="mt-1 space-y-1">
            {NOTIFICATION_EVENTS.map((event) => (
              <label key={event} className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" value={event} {...register('events')} /> {EVENT_LABELS[event]}
              </label>
            ))}
          </div>
          {errors.events ? (
            <p id="notification-events-error" className="mt-1 text-xs text-red-700">
              {errors.events.message}
            </p>
          ) : null}
        </fieldset>
        <div>
          <label htmlFor="notification-scope" className="block text-sm font-medium text-slate-800">
            For
          </label>
          <select id="notification-scope" className={SELECT} {...register('scope')}>
            {NOTIFICATION_SCOPES.map((value) => (
              <option key={value} value={value}>
                {SCOPE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        {scope === 'schedule' ? (
          <div>
            <label htmlFor="notification-schedule" className="block text-sm font-medium text-slate-800">
              Schedule
            </label>
            <select
              id="notification-schedule"
              aria-invalid={errors.scheduleId ? true : undefined}
              aria-describedby={errors.scheduleId ? 'notification-schedule-error' : undefined}
              className={SELECT}
              {...register('scheduleId')}
            >
              <option value="">{schedules.data?.length === 0 ? 'No schedules yet' : 'Choose…'}</option>
              {schedules.data?.map((schedule) => (
                <option key={schedule.id} value={schedule.id}>
                  {schedule.name}
                </option>
              ))}
            </select>
            {errors.scheduleId ? (
              <p id="notification-schedule-error" className="mt-1 text-xs text-red-700">
                {errors.scheduleId.message}
              </p>
            ) : null}
          </div>
        ) : null}
        <Button type="submit" disabled={formState.isSubmitting}>
          Add notification
        </Button>
      </form>
    </div>
  );
}
