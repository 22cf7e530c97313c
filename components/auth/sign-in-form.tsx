'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { signInSchema } from '@/lib/auth/auth-schemas';
import { apiFetch } from '@/lib/http/api-fetch';
import { applyServerErrors } from './apply-server-errors';

type Values = z.input<typeof signInSchema>;

export function SignInForm() {
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(signInSchema),
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    try {
      await apiFetch('/api/auth/sign-in', { method: 'POST', json: values, isSignInOnUnauthorized: false });
      window.location.assign('/imports');
    } catch (error) {
      setMessage(applyServerErrors(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {message ? <Alert>{message}</Alert> : null}
      <Field
        label="Email"
        type="email"
        autoComplete="username"
        error={formState.errors.email?.message}
        {...register('email')}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="current-password"
        error={formState.errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
