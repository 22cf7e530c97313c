'use client';
import { useQuery } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import { connectionsQuery } from '@/components/connect/queries';
import type { CrmField, CrmLayout } from '@/lib/crm/crm-field';
import { type JobSettings, OPERATIONS } from '@/lib/mapping/job-settings';
import { LabelledSelect } from './labelled-select';
import { bulkWriteModulesQuery } from './queries';

type Props = { form: UseFormReturn<JobSettings>; fields: CrmField[]; layouts: CrmLayout[] };

const TIME_ZONES =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

/** Connection, module, operation, find_by, ignore_empty, layout and time zone of the job. */
export function JobSettingsForm({ form, fields, layouts }: Props) {
  const { register, watch, formState } = form;
  const errors = formState.errors;
  const connectionId = watch('connectionId');
  const operation = watch('operation');
  const connections = useQuery(connectionsQuery());
  const modules = useQuery(bulkWriteModulesQuery(connectionId));
  const keys = fields.filter((f) => f.isUnique);
  const none = (label: string) => [{ value: '', label }];
  return (
    <form
      aria-label="Job settings"
      className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6"
      onSubmit={(e) => e.preventDefault()}
    >
      <LabelledSelect
        label="Connection"
        error={errors.connectionId?.message}
        options={[
          ...none(connections.isPending ? 'Loading…' : 'Choose…'),
          ...(connections.data ?? []).map((c) => ({ value: c.id, label: c.orgName || c.name })),
        ]}
        {...register('connectionId')}
      />
      <LabelledSelect
        label="Module"
        error={errors.module?.message}
        options={[
          ...none(modules.isFetching ? 'Loading…' : 'Choose…'),
          ...(modules.data ?? []).map((m) => ({ value: m.apiName, label: m.label })),
        ]}
        {...register('module')}
      />
      <LabelledSelect
        label="Operation"
        options={OPERATIONS.map((o) => ({ value: o, label: o[0]?.toUpperCase() + o.slice(1) }))}
        {...register('operation')}
      />
      <LabelledSelect
        label="Find existing records by"
        error={errors.findBy?.message}
        options={[
          ...none(operation === 'insert' ? 'Nothing (insert all)' : 'Choose…'),
          { value: 'id', label: 'Record id' },
          ...keys.map((f) => ({ value: f.apiName, label: `${f.label} (unique)` })),
        ]}
        {...register('findBy', { setValueAs: (v: string) => v || undefined })}
      />
      <LabelledSelect
        label="Layout"
        options={[...none('Default layout'), ...layouts.map((l) => ({ value: l.id, label: l.name }))]}
        {...register('layoutId', { setValueAs: (v: string) => v || undefined })}
      />
      <LabelledSelect
        label="Time zone of datetimes without offset"
        error={errors.timeZone?.message}
        options={TIME_ZONES.map((tz) => ({ value: tz, label: tz }))}
        {...register('timeZone')}
        value={watch('timeZone')}
      />
      <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-3 lg:col-span-6">
        <input type="checkbox" className="size-4 rounded border-slate-300" {...register('ignoreEmpty')} />
        Empty cells don't overwrite existing values (ignore_empty)
      </label>
    </form>
  );
}
