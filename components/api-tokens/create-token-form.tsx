'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/auth/apply-server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import {
  type CreateApiTokenInput,
  type CreatedApiToken,
  createApiTokenSchema,
  SCOPE_DESCRIPTIONS,
} from '@/lib/api-tokens/api-token-schemas';
import { API_TOKEN_SCOPES } from '@/lib/api-tokens/api-token-scopes';
import { apiFetch } from '@/lib/http/api-fetch';
import { NewTokenSecret } from './new-token-secret';
import { apiTokenKeys } from './queries';

export function CreateTokenForm() {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string>();
  const [created, setCreated] = useState<CreatedApiToken>();
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateApiTokenInput>({
    resolver: zodResolver(createApiTokenSchema),
    defaultValues: { name: '', scopes: ['read', 'import'], expiresInDays: 90 },
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    try {
      setCreated(await apiFetch<CreatedApiToken>('/api/api-tokens', { method: 'POST', json: values }));
      reset();
      await queryClient.invalidateQueries({ queryKey: apiTokenKeys.all });
    } catch (error) {
      setMessage(applyServerErrors(error, setError));
    }
  });

  return (
    <div className="space-y-4">
      {created ? <NewTokenSecret name={created.item.name} token={created.token} /> : null}
      <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Create an API token">
        {message ? <Alert>{message}</Alert> : null}
        <Field
          label="Name"
          hint="Where it is used, e.g. “Nightly ERP load”."
          error={errors.name?.message}
          {...register('name')}
        />
        <fieldset aria-describedby={errors.scopes ? 'token-scopes-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">Scopes</legend>
          <div className="mt-1 space-y-1">
            {API_TOKEN_SCOPES.map((scope) => (
              <label key={scope} className="flex items-start gap-2 text-sm text-slate-700">
                <input type="checkbox" value={scope} className="mt-1" {...register('scopes')} />
                <span>
                  <span className="font-medium text-slate-900">{scope}</span> — {SCOPE_DESCRIPTIONS[scope]}
                </span>
              </label>
            ))}
          </div>
          {errors.scopes ? (
            <p id="token-scopes-error" className="mt-1 text-xs text-red-700">
              {errors.scopes.message}
            </p>
          ) : null}
        </fieldset>
        <Field
          label="Expires after (days)"
          type="number"
          min={1}
          max={365}
          error={errors.expiresInDays?.message}
          {...register('expiresInDays', { valueAsNumber: true })}
        />
        <Button type="submit" disabled={formState.isSubmitting}>
          Create token
        </Button>
      </form>
    </div>
  );
}
