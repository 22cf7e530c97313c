'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/auth/apply-server-errors';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import {
  type MappingTemplateItem,
  type RenameTemplateInput,
  renameTemplateSchema,
} from '@/lib/mapping-templates/mapping-template-schemas';
import { useRenameTemplate } from './queries';

/** Inline rename of one template (every version keeps the family's name). */
export function RenameTemplateForm({
  template,
  onDone,
}: {
  template: MappingTemplateItem;
  onDone: () => void;
}) {
  const rename = useRenameTemplate();
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<RenameTemplateInput>({
    resolver: zodResolver(renameTemplateSchema),
    defaultValues: { name: template.name },
  });
  const onSubmit = handleSubmit(async (input) => {
    try {
      await rename.mutateAsync({ id: template.id, input });
      onDone();
    } catch (error) {
      setMessage(applyServerErrors(error, setError));
    }
  });
  return (
    <form
      aria-label={`Rename ${template.name}`}
      noValidate
      onSubmit={onSubmit}
      className="flex flex-wrap items-end gap-2"
    >
      <Field
        label="New name"
        className="min-w-56 flex-1"
        autoFocus
        error={formState.errors.name?.message ?? message}
        {...register('name')}
      />
      <Button type="submit" size="sm" disabled={formState.isSubmitting}>
        Save name
      </Button>
      <Button size="sm" variant="ghost" onClick={onDone}>
        Cancel
      </Button>
    </form>
  );
}
