'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '@/components/auth/apply-server-errors';
import { templatesQuery } from '@/components/mapping-templates/queries';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { apiFetch } from '@/lib/http/api-fetch';
import { createScheduleSchema } from '@/lib/schedules/schedule-schemas';
import { scheduleKeys } from './queries';

type Values = z.input<typeof createScheduleSchema>;

export function CreateScheduleForm({ foldersRoot }: { foldersRoot: string }) {
  const queryClient = useQueryClient();
  const templates = useQuery(templatesQuery());
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(createScheduleSchema),
    defaultValues: { name: '', folder: '', cron: '0 2 * * *', timeZone: 'UTC', templateId: '' },
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    try {
      await apiFetch('/api/schedules', { method: 'POST', json: values });
      reset();
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
    } catch (error) {
      setMessage(applyServerErrors(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Create a schedule">
      {message ? <Alert>{message}</Alert> : null}
      <Field label="Name" error={errors.name?.message} {...register('name')} />
      <div>
        <label htmlFor="schedule-template" className="block text-sm font-medium text-slate-800">
          Mapping template
        </label>
        <select
          id="schedule-template"
          aria-invalid={errors.templateId ? true : undefined}
          aria-describedby={errors.templateId ? 'schedule-template-error' : undefined}
          className="mt-1 block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm"
          {...register('templateId')}
        >
          <option value="">
            {templates.data?.length === 0 ? 'Save a template from an import first' : 'Choose…'}
          </option>
          {templates.data?.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name} ({template.module}, {template.operation})
            </option>
          ))}
        </select>
        {errors.templateId ? (
          <p id="schedule-template-error" className="mt-1 text-xs text-red-700">
            {errors.templateId.message}
          </p>
        ) : null}
      </div>
      <Field
        label="Folder"
        hint={`On the server, inside ${foldersRoot}. Every .csv in it is imported once; files already imported are skipped.`}
        error={errors.folder?.message}
        {...register('folder')}
      />
      <Field
        label="When (cron)"
        hint="minute hour day month weekday — 0 2 * * * is 02:00 every day, */15 * * * * every 15 minutes."
        error={errors.cron?.message}
        {...register('cron')}
      />
      <Field
        label="Time zone"
        hint="IANA name, e.g. Europe/Berlin."
        error={errors.timeZone?.message}
        {...register('timeZone')}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        Create schedule
      </Button>
    </form>
  );
}
