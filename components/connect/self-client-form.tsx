'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '@/components/auth/apply-server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { selfClientFormSchema } from '@/lib/connections/self-client-form-schema';
import { apiFetch } from '@/lib/http/api-fetch';
import { type DataCentreOption, DataCentreSelect } from './data-centre-select';
import { connectionKeys } from './queries';

type Values = z.input<typeof selfClientFormSchema>;

export function SelfClientForm({
  dataCentres,
  defaultDc,
}: {
  dataCentres: DataCentreOption[];
  defaultDc: string;
}) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(selfClientFormSchema),
    defaultValues: { dataCentre: defaultDc as Values['dataCentre'] },
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    try {
      await apiFetch('/api/connections/self-client', {
        method: 'POST',
        json: {
          ...values,
          grantCode: values.grantCode || undefined,
          refreshToken: values.refreshToken || undefined,
        },
      });
      reset({ dataCentre: values.dataCentre });
      await queryClient.invalidateQueries({ queryKey: connectionKeys.all });
    } catch (error) {
      setMessage(applyServerErrors(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Connect a self-client">
      {message ? <Alert>{message}</Alert> : null}
      <DataCentreSelect
        dataCentres={dataCentres}
        error={errors.dataCentre?.message}
        {...register('dataCentre')}
      />
      <div className="grid gap-3 md:grid-cols-2">
        <Field
          label="Client id"
          autoComplete="off"
          error={errors.clientId?.message}
          {...register('clientId')}
        />
        <Field
          label="Client secret"
          type="password"
          autoComplete="off"
          error={errors.clientSecret?.message}
          {...register('clientSecret')}
        />
        <Field
          label="Grant code"
          autoComplete="off"
          hint="From Self Client → Generate Code, with Fieldmap's scopes; valid a few minutes."
          error={errors.grantCode?.message}
          {...register('grantCode')}
        />
        <Field
          label="…or refresh token"
          type="password"
          autoComplete="off"
          error={errors.refreshToken?.message}
          {...register('refreshToken')}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Connecting…' : 'Connect self-client'}
      </Button>
    </form>
  );
}
