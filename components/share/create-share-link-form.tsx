'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '@/components/auth/apply-server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { apiFetch } from '@/lib/http/api-fetch';
import {
  type CreatedShareLink,
  createShareLinkSchema,
  EXPIRY_LABELS,
  SHARE_LINK_EXPIRIES,
  type ShareJobKind,
} from '@/lib/share-links/share-link-schemas';
import { CopyLinkField } from './copy-link-field';
import { shareLinkKeys } from './queries';

type Values = z.input<typeof createShareLinkSchema>;

export function CreateShareLinkForm({ jobKind, jobId }: { jobKind: ShareJobKind; jobId: string }) {
  const queryClient = useQueryClient();
  const expiryId = useId();
  const [message, setMessage] = useState<string>();
  const [createdUrl, setCreatedUrl] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(createShareLinkSchema),
    defaultValues: { jobKind, jobId, displayName: '', expiry: '30d' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    try {
      const created = await apiFetch<CreatedShareLink>('/api/share-links', { method: 'POST', json: values });
      setCreatedUrl(created.url);
      reset({ jobKind, jobId, displayName: '', expiry: values.expiry });
      await queryClient.invalidateQueries({ queryKey: shareLinkKeys.job(jobKind, jobId) });
    } catch (error) {
      setMessage(applyServerErrors(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create a share link" className="space-y-3">
      {message ? <Alert>{message}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
        <Field
          className="sm:col-span-2"
          label="Name viewers see"
          placeholder="e.g. Spring trade-show contacts"
          error={formState.errors.displayName?.message}
          {...register('displayName')}
        />
        <div>
          <label htmlFor={expiryId} className="block text-sm font-medium text-slate-800">
            Link expires after
          </label>
          <select
            id={expiryId}
            className="mt-1 block h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm shadow-sm"
            {...register('expiry')}
          >
            {SHARE_LINK_EXPIRIES.map((expiry) => (
              <option key={expiry} value={expiry}>
                {EXPIRY_LABELS[expiry]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={formState.isSubmitting}>
          Create link
        </Button>
      </div>
      {createdUrl ? <CopyLinkField key={createdUrl} url={createdUrl} /> : null}
    </form>
  );
}
