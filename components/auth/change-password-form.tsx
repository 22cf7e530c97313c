'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { changePasswordSchema } from '@/lib/auth/auth-schemas';
import { apiFetch } from '@/lib/http/api-fetch';
import { applyServerErrors } from './apply-server-errors';

type Values = z.input<typeof changePasswordSchema>;

export function ChangePasswordForm() {
  const [message, setMessage] = useState<{ tone: 'danger' | 'success'; text: string }>();
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(changePasswordSchema),
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    try {
      await apiFetch('/api/admins/me/password', { method: 'POST', json: values });
      reset();
      setMessage({ tone: 'success', text: 'Password changed. Your other sessions were signed out.' });
    } catch (error) {
      const text = applyServerErrors(error, setError);
      if (text) setMessage({ tone: 'danger', text });
    }
  });

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Change your password">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register('currentPassword')}
      />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        error={errors.newPassword?.message}
        {...register('newPassword')}
      />
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        Change password
      </Button>
    </form>
  );
}
