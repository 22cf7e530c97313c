'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import type { ExportDefinition } from '@/lib/exports/definitions/export-definition';
import type { FieldCatalog } from '@/lib/exports/definitions/field-catalog';
import { CriteriaGroup } from './criteria-group';
import { errorAt } from './error-at';
import { SectionHeading } from './section-heading';

const FILTERS = [
  { value: 'none', label: 'All records' },
  { value: 'criteria', label: 'Records matching criteria' },
  { value: 'cvid', label: 'A custom view' },
] as const;

/** Which records: all, those matching nested criteria, or a custom view's. */
export function RecordsSection({ catalog, isLoading }: { catalog: FieldCatalog; isLoading: boolean }) {
  const { register, formState } = useFormContext<ExportDefinition>();
  const filter = useWatch<ExportDefinition, 'filter'>({ name: 'filter' });
  return (
    <Card className="p-5">
      <SectionHeading
        step={2}
        title="Records"
        description="Every record, those matching criteria, or a custom view's."
      />
      <fieldset className="mt-4 flex flex-wrap gap-2" aria-label="Which records">
        {FILTERS.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm text-slate-800 has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50"
          >
            <input type="radio" value={option.value} {...register('filter')} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="mt-4">
        {filter === 'criteria' ? (
          isLoading ? (
            <p className="text-sm text-slate-500">Loading fields…</p>
          ) : (
            <CriteriaGroup path="criteria" catalog={catalog} depth={0} />
          )
        ) : null}
        {filter === 'cvid' ? (
          <Field
            label="Custom view id"
            hint="The digits after cvid= in the view's address in Zoho. Its own criteria apply."
            inputMode="numeric"
            error={formState.errors.cvid?.message}
            {...register('cvid')}
          />
        ) : null}
        {errorAt(formState.errors, 'criteria') ? (
          <p className="mt-2 text-xs text-red-700">{errorAt(formState.errors, 'criteria')}</p>
        ) : null}
      </div>
    </Card>
  );
}
