'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/auth/apply-server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import {
  type MappingTemplateItem,
  type RenameTemplateInput,
  renameTemplateSchema,
  type SaveTemplateInput,
} from '@/lib/mapping-templates/mapping-template-schemas';
import { useSaveTemplate } from './queries';

type Props = {
  toTemplate: (name: string) => SaveTemplateInput;
  /** The template the board came from: saving can make its next version instead of a new template. */
  applied: MappingTemplateItem | null;
  onSaved: (template: MappingTemplateItem) => void;
};

/** Keeps the board's decisions, by header name, for the next file of this shape. */
export function SaveTemplateForm({ toTemplate, applied, onSaved }: Props) {
  const save = useSaveTemplate();
  const [message, setMessage] = useState<string>();
  const [saved, setSaved] = useState<MappingTemplateItem>();
  const { register, handleSubmit, setError, formState } = useForm<RenameTemplateInput>({
    resolver: zodResolver(renameTemplateSchema),
    values: { name: applied?.name ?? '' },
  });
  const submit = (asVersion: boolean) =>
    handleSubmit(async ({ name }) => {
      setMessage(undefined);
      try {
        const template = await save.mutateAsync({
          id: asVersion ? applied?.id : undefined,
          input: toTemplate(name),
        });
        setSaved(template);
        onSaved(template);
      } catch (error) {
        setMessage(applyServerErrors(error, setError));
      }
    });

  return (
    <form
      aria-label="Save this mapping"
      noValidate
      onSubmit={submit(false)}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h3 className="text-sm font-semibold text-slate-900">Save this mapping for the next file</h3>
      <p className="mt-0.5 text-xs text-slate-500">
        Kept by column name with the module, operation, find-by and every option, and offered first when a
        file with these columns comes in.
      </p>
      {message ? <Alert>{message}</Alert> : null}
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <Field
          label="Mapping name"
          className="min-w-64 flex-1"
          placeholder="e.g. Webinar sign-ups"
          error={formState.errors.name?.message}
          {...register('name')}
        />
        {applied ? (
          <Button variant="secondary" disabled={formState.isSubmitting} onClick={submit(true)}>
            Save as version {applied.version + 1} of “{applied.name}”
          </Button>
        ) : null}
        <Button type="submit" disabled={formState.isSubmitting}>
          Save as new mapping
        </Button>
      </div>
      {saved ? (
        <p role="status" className="mt-2 text-sm text-emerald-700">
          Saved “{saved.name}” (version {saved.version}).
        </p>
      ) : null}
    </form>
  );
}
