'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { newAdminSchema } from '@/lib/auth/auth-schemas';
import { apiFetch } from '@/lib/http/api-fetch';
import { applyServerErrors } from './apply-server-errors';
import { adminKeys } from './queries';

type Values = z.input<typeof newAdminSchema>;

export function AddAdminForm() {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(newAdminSchema),
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    try {
      await apiFetch('/api/admins', { method: 'POST', json: values });
      reset();
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
    } catch (error) {
      setMessage(applyServerErrors(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Add an admin">
      {message ? <Alert>{message}</Alert> : null}
      <Field label="Name" error={errors.name?.message} {...register('name')} />
      <Field
        label="Email"
        type="email"
        autoComplete="off"
        error={errors.email?.message}
        {...register('email')}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters; share it with them safely."
        error={errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        Add admin
      </Button>
    </form>
  );
}
