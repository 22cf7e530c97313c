'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { setupSchema } from '@/lib/auth/auth-schemas';
import { apiFetch } from '@/lib/http/api-fetch';
import { applyServerErrors } from './apply-server-errors';

type Values = z.input<typeof setupSchema>;

export function SetupForm() {
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(setupSchema),
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    try {
      await apiFetch('/api/auth/setup', { method: 'POST', json: values });
      window.location.assign('/imports');
    } catch (error) {
      setMessage(applyServerErrors(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {message ? <Alert>{message}</Alert> : null}
      <Field
        label="Setup token"
        autoComplete="off"
        hint="Printed in the server log when Fieldmap started (also in .data/setup-token)."
        error={errors.setupToken?.message}
        {...register('setupToken')}
      />
      <Field label="Name" autoComplete="name" error={errors.name?.message} {...register('name')} />
      <Field
        label="Email"
        type="email"
        autoComplete="username"
        error={errors.email?.message}
        {...register('email')}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters."
        error={errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Creating…' : 'Create admin'}
      </Button>
    </form>
  );
}
