'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { connectionsQuery } from '@/components/connect/queries';
import { bulkWriteModulesQuery } from '@/components/mapping/queries';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { sandboxRecordsQuery } from './queries';
import { SandboxRecordCard } from './sandbox-record-card';

const searchSchema = z.object({ q: z.string().trim().max(200, 'At most 200 characters') });

/** The records the built-in sandbox holds, as Zoho's record view would show them (children under parents). */
export function SandboxBrowser() {
  const connections = useQuery(connectionsQuery());
  const sandbox = connections.data?.find((connection) => connection.isSandbox);
  const modules = useQuery(bulkWriteModulesQuery(sandbox?.id ?? ''));
  const [chosen, setChosen] = useState('');
  const module =
    chosen ||
    (modules.data?.some((m) => m.apiName === 'Leads') ? 'Leads' : (modules.data?.[0]?.apiName ?? ''));
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const form = useForm({ resolver: zodResolver(searchSchema), defaultValues: { q: '' } });
  const records = useQuery(sandboxRecordsQuery(module, page, q));
  const pages = Math.max(1, Math.ceil((records.data?.total ?? 0) / (records.data?.pageSize ?? 1)));

  if (connections.data && !sandbox)
    return (
      <Alert tone="info">
        The built-in sandbox is not connected. Connect it on the{' '}
        <Link className="font-medium underline" href="/connection">
          Connection page
        </Link>{' '}
        to try imports and look at what they stored here.
      </Alert>
    );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <label className="block text-sm font-medium text-slate-800">
          Module
          <select
            className="mt-1 block h-10 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-sm"
            value={module}
            onChange={(event) => {
              setChosen(event.target.value);
              setPage(1);
            }}
          >
            {(modules.data ?? []).map((option) => (
              <option key={option.apiName} value={option.apiName}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <form
          className="flex items-end gap-2"
          onSubmit={form.handleSubmit((values) => {
            setQ(values.q);
            setPage(1);
          })}
        >
          <Field
            label="Find records"
            placeholder="A name, an e-mail, a note…"
            error={form.formState.errors.q?.message}
            {...form.register('q')}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
      </div>
      {records.isError ? <Alert>{records.error.message}</Alert> : null}
      {records.data ? (
        <p className="text-sm text-slate-600" role="status">
          {records.data.total.toLocaleString()} {records.data.total === 1 ? 'record' : 'records'}
          {q ? ` matching “${q}”` : ''} in {module}, newest first.
          {records.data.searchedNewest
            ? ` The search read the newest ${records.data.searchedNewest.toLocaleString()} records only; search for an exact e-mail or other unique value to find any record.`
            : ''}
        </p>
      ) : (
        <p className="text-sm text-slate-600">Loading records…</p>
      )}
      <ul className="space-y-3">
        {(records.data?.records ?? []).map((record) => (
          <SandboxRecordCard key={String(record.id)} record={record} />
        ))}
      </ul>
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-3">
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Newer
          </Button>
          <span className="text-sm text-slate-600">
            Page {page} of {pages.toLocaleString()}
          </span>
          <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            Older
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
