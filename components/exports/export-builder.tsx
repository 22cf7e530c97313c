'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, type Resolver, useForm, useWatch } from 'react-hook-form';
import { applyServerErrors } from '@/components/auth/apply-server-errors';
import { connectionsQuery, modulesQuery } from '@/components/connect/queries';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { type ExportDefinition, emptyGroup } from '@/lib/exports/definitions/export-definition';
import { exportDefinitionSchemaFor } from '@/lib/exports/definitions/export-definition-schema-for';
import type { FieldCatalog } from '@/lib/exports/definitions/field-catalog';
import { apiFetch } from '@/lib/http/api-fetch';
import { buildReadRequest } from '@/lib/zoho/wire/build-read-request';
import { FieldsAndFileSection } from './fields-and-file-section';
import { exportKeys } from './queries';
import { RecordsSection } from './records-section';
import { RequestPreview } from './request-preview';
import { SectionHeading } from './section-heading';
import { useFieldCatalog } from './use-field-catalog';

const SELECT =
  'mt-1 block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm shadow-sm focus:outline-2 focus:outline-indigo-600';

/** The export builder: source, records (criteria or a custom view), fields and file, and the request it makes. */
export function ExportBuilder({ initial }: { initial?: Partial<ExportDefinition> }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string>();
  const connections = useQuery(connectionsQuery());
  const catalogRef = useRef<FieldCatalog>(new Map());
  const resolver: Resolver<ExportDefinition> = (values, context, options) =>
    zodResolver(exportDefinitionSchemaFor(catalogRef.current))(values, context, options);
  const form = useForm<ExportDefinition>({
    resolver,
    defaultValues: {
      name: '',
      connectionId: '',
      module: 'Leads',
      fileType: 'csv',
      fields: [],
      filter: 'criteria',
      criteria: emptyGroup(),
      cvid: '',
      ...initial,
    },
  });
  const { register, setValue, formState, handleSubmit, control } = form;
  const values = useWatch({ control }) as ExportDefinition;
  const modules = useQuery({ ...modulesQuery(values.connectionId), enabled: values.connectionId !== '' });
  const { catalog, isLoading } = useFieldCatalog(values.connectionId, values.module);
  catalogRef.current = catalog;
  const connection = connections.data?.find((item) => item.id === values.connectionId);

  useEffect(() => {
    const first = connections.data?.[0];
    if (first && !form.getValues('connectionId')) setValue('connectionId', first.id);
  }, [connections.data, form, setValue]);

  const start = useMutation({
    mutationFn: (definition: ExportDefinition) =>
      apiFetch<{ id: string }>('/api/exports', { method: 'POST', json: definition }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: exportKeys.all });
      router.push(`/exports/${id}`);
    },
    onError: (error) => setMessage(applyServerErrors(error, form.setError)),
  });

  const onSubmit = handleSubmit(
    (definition) => {
      setMessage(undefined);
      start.mutate(definition);
    },
    () => setMessage(undefined),
  );

  const chooseModule = (module: string) => {
    setValue('module', module);
    setValue('fields', []);
    setValue('criteria', emptyGroup());
    setValue('fileType', module === 'Events' ? values.fileType : 'csv', {
      shouldValidate: formState.isSubmitted,
    });
  };

  if (connections.data && connections.data.length === 0) {
    return (
      <Alert tone="info">
        Connect a Zoho org first on the{' '}
        <a className="font-medium underline" href="/connection">
          Connection page
        </a>{' '}
        (the built-in sandbox takes one click).
      </Alert>
    );
  }
  const readable = (modules.data?.modules ?? []).filter((module) => module.canBulkRead);
  const request = buildReadRequest(values);
  return (
    <FormProvider {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label="New export"
        className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]"
      >
        <div className="space-y-6">
          <Card className="p-5">
            <SectionHeading step={1} title="Source" description="Where the records come from." />
            <div className="mt-4 grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_minmax(0,0.8fr)]">
              <Field
                label="Export name"
                placeholder="Leads from the webinar"
                error={formState.errors.name?.message}
                {...register('name')}
              />
              <div>
                <label htmlFor="export-connection" className="block text-sm font-medium text-slate-800">
                  Connection
                </label>
                <select id="export-connection" className={SELECT} {...register('connectionId')}>
                  {(connections.data ?? []).map((item) => (
                    <option key={item.id} value={item.id}>
                      {item.name}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="export-module" className="block text-sm font-medium text-slate-800">
                  Module
                </label>
                <select
                  id="export-module"
                  className={SELECT}
                  value={values.module}
                  onChange={(event) => chooseModule(event.target.value)}
                >
                  {readable.length === 0 ? <option value={values.module}>{values.module}</option> : null}
                  {readable.map((module) => (
                    <option key={module.apiName} value={module.apiName}>
                      {module.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </Card>

          <RecordsSection catalog={catalog} isLoading={isLoading} />

          <FieldsAndFileSection catalog={catalog} />
        </div>

        <aside className="space-y-4 lg:sticky lg:top-6 lg:self-start">
          <Card className="p-5">
            <h2 className="text-sm font-semibold text-slate-900">Zoho request</h2>
            <p className="mt-1 text-xs text-slate-500">
              Exactly what Fieldmap sends. Past 200,000 records it asks for the next page by itself.
            </p>
            <div className="mt-3">
              <RequestPreview apiVersion={connection?.apiVersion ?? 'v8'} request={request} />
            </div>
          </Card>
          {message ? <Alert>{message}</Alert> : null}
          {formState.submitCount > 0 && Object.keys(formState.errors).length > 0 ? (
            <Alert>Some settings need attention: see the messages beside them.</Alert>
          ) : null}
          <Button type="submit" className="w-full" disabled={start.isPending || isLoading}>
            {start.isPending ? 'Starting…' : 'Run export'}
          </Button>
        </aside>
      </form>
    </FormProvider>
  );
}
