'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { Card } from '@/components/ui/card';
import type { ExportDefinition } from '@/lib/exports/definitions/export-definition';
import type { FieldCatalog } from '@/lib/exports/definitions/field-catalog';
import { errorAt } from './error-at';
import { FieldPicker } from './field-picker';
import { SectionHeading } from './section-heading';

/** CSV with chosen fields (lookup sub-fields too), or a calendar for Meetings. */
export function FieldsAndFileSection({ catalog }: { catalog: FieldCatalog }) {
  const { register, setValue, formState } = useFormContext<ExportDefinition>();
  const fields = useWatch<ExportDefinition, 'fields'>({ name: 'fields' });
  const isIcs = useWatch<ExportDefinition, 'fileType'>({ name: 'fileType' }) === 'ics';
  return (
    <Card className="p-5">
      <SectionHeading
        step={3}
        title="Fields and file"
        description="What each record brings, and the file you get."
      />
      <fieldset className="mt-4 flex flex-wrap gap-2" aria-label="File type">
        <label className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50">
          <input type="radio" value="csv" {...register('fileType')} /> CSV
        </label>
        <label className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50">
          <input
            type="radio"
            value="ics"
            {...register('fileType', { onChange: () => setValue('fields', []) })}
          />{' '}
          Calendar (ICS), for Meetings
        </label>
      </fieldset>
      {formState.errors.fileType?.message ? (
        <p role="alert" className="mt-2 text-xs text-red-700">
          {formState.errors.fileType.message}
        </p>
      ) : null}
      <div className="mt-4">
        {isIcs ? (
          <p className="text-sm text-slate-600">
            A calendar holds whole meetings: Zoho takes no field list for ICS, and at most 20,000 meetings a
            job (Fieldmap asks for more pages by itself).
          </p>
        ) : (
          <FieldPicker
            catalog={catalog}
            selected={fields ?? []}
            onChange={(fields) => setValue('fields', fields, { shouldDirty: true })}
            error={errorAt(formState.errors, 'fields')}
          />
        )}
      </div>
    </Card>
  );
}
