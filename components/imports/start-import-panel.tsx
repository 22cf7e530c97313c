'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { uploadInParts } from '@/components/imports/upload-in-parts';
import { ChildFilesPending } from '@/components/mapping/child-files/child-files-pending';
import type { ChildFileReady } from '@/components/mapping/child-files/child-files-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Progress } from '@/components/ui/progress';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import { apiFetch } from '@/lib/http/api-fetch';
import { estimateCredits } from '@/lib/imports/create/estimate-credits';
import type { CreateImportBody } from '@/lib/imports/create/import-schemas';
import type { JobSettings } from '@/lib/mapping/job-settings';
import type { MappingState } from '@/lib/mapping/mapping-state';

export type StartImportPanelProps = {
  file: File;
  parseOptions: CsvParseOptions;
  settings: JobSettings;
  mapping: MappingState;
  /** 'invalid': rows the pre-flight found Zoho would skip are kept back (and counted as excluded). */
  exclusion: 'none' | 'invalid';
  /** Data rows in the file, from the preview's scan (for the credit estimate and the test-run size). */
  dataRows: number;
  /** Parent-child imports: the parent file's key column and the child files ready to go in the same jobs. */
  family?: { parentKeyColumn: number; children: ChildFileReady[] };
  /** What is left to do before starting (child files still being read or mapped): the start button waits. */
  pending?: string[];
};

const formSchema = z.object({
  name: z.string().trim().min(1, 'Give the import a name').max(200),
  testRows: z
    .number({ error: 'Enter a number of rows' })
    .int()
    .min(1, 'At least 1 row')
    .max(25_000, 'At most 25,000 rows'),
});
type FormValues = z.infer<typeof formSchema>;

/** Upload the raw file, create the import (or a test run of its first rows), and go to its live page. */
export function StartImportPanel({
  file,
  parseOptions,
  settings,
  mapping,
  exclusion,
  dataRows,
  family,
  pending = [],
}: StartImportPanelProps) {
  const router = useRouter();
  const children = family?.children ?? [];
  const files = [file, ...children.map((child) => child.file)];
  const totalBytes = files.reduce((sum, each) => sum + each.size, 0);
  const [sentBytes, setSentBytes] = useState(0);
  const [uploadingIndex, setUploadingIndex] = useState(0);
  const uploading = files[uploadingIndex] ?? file;
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: file.name, testRows: Math.min(100, Math.max(1, dataRows)) },
  });
  const start = useMutation({
    mutationFn: async ({ values, isTest }: { values: FormValues; isTest: boolean }) => {
      setSentBytes(0);
      const uploads: Awaited<ReturnType<typeof uploadInParts>>[] = [];
      let doneBytes = 0;
      for (const [index, each] of files.entries()) {
        setUploadingIndex(index);
        uploads.push(await uploadInParts(each, (sent) => setSentBytes(doneBytes + sent)));
        doneBytes += each.size;
      }
      const [upload, ...childUploads] = uploads;
      if (!upload || childUploads.length !== children.length) throw new Error('A file was not uploaded.');
      const body: CreateImportBody = {
        uploadId: upload.id,
        settings,
        mapping,
        parseOptions,
        exclusion,
        name: isTest ? `Test run: ${values.name}` : values.name,
        ...(isTest ? { rowLimit: values.testRows } : {}),
        ...(family && children.length > 0
          ? {
              parentKeyColumn: family.parentKeyColumn,
              children: children.map((child, i) => ({
                uploadId: childUploads[i]?.id ?? '',
                parseOptions: child.parseOptions,
                field: child.field,
                keyColumn: child.keyColumn,
                mapping: child.mapping,
              })),
            }
          : {}),
      };
      return apiFetch<{ id: string }>('/api/imports', { method: 'POST', json: body });
    },
    onSuccess: ({ id }) => router.push(`/imports/${id}`),
  });
  const { jobs, credits } = estimateCredits(
    dataRows,
    children.map((child) => ({ rows: child.dataRows, kind: child.kind })),
  );
  const submit = (isTest: boolean) => form.handleSubmit((values) => start.mutate({ values, isTest }));
  const isUploading = start.isPending && sentBytes < totalBytes;
  // A family, even while its child files are being read.
  const hasChildren = family !== undefined;
  const childRows = children.reduce((sum, child) => sum + child.dataRows, 0);

  return (
    <section
      aria-labelledby="start-import"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="start-import" className="text-base font-semibold text-slate-900">
        Run the import
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {dataRows.toLocaleString()} rows go to Zoho as about {jobs} bulk write {jobs === 1 ? 'job' : 'jobs'},
        costing about <strong>{credits.toLocaleString()} API credits</strong> of the org's daily allowance.
        {hasChildren
          ? ` ${childFilesNote(children.length, childRows)} A test run sends the first parent rows with their child rows.`
          : ' Try a test run of the first rows first if you are unsure.'}
      </p>
      <form className="mt-4 grid gap-4 sm:grid-cols-[2fr_1fr]" onSubmit={submit(false)} noValidate>
        <Field label="Import name" error={form.formState.errors.name?.message} {...form.register('name')} />
        <Field
          label={hasChildren ? 'Parent rows in a test run' : 'Rows in a test run'}
          type="number"
          min={1}
          error={form.formState.errors.testRows?.message}
          {...form.register('testRows', { valueAsNumber: true })}
        />
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" disabled={start.isPending || pending.length > 0}>
            {start.isPending ? 'Starting…' : 'Start import'}
          </Button>
          <Button variant="secondary" disabled={start.isPending || pending.length > 0} onClick={submit(true)}>
            Test run with the first {form.watch('testRows') || '…'} {hasChildren ? 'parent rows' : 'rows'}
          </Button>
        </div>
      </form>
      {pending.length > 0 ? <ChildFilesPending blockers={pending} /> : null}
      {start.isPending ? (
        <div className="mt-4 space-y-1">
          <Progress
            value={sentBytes}
            max={totalBytes}
            label={hasChildren ? 'Uploading the files' : 'Uploading the file'}
          />
          <p className="text-xs text-slate-600" role="status">
            {isUploading
              ? `Uploading ${uploading.name}${hasChildren ? ` (file ${uploadingIndex + 1} of ${files.length})` : ''}: ${Math.round((sentBytes / Math.max(1, totalBytes)) * 100)}% (a dropped connection resumes by itself)`
              : 'Creating the import…'}
          </p>
        </div>
      ) : null}
      {start.isError ? (
        <div className="mt-4">
          <Alert>{start.error.message}</Alert>
        </div>
      ) : null}
    </section>
  );
}

function childFilesNote(files: number, rows: number): string {
  const what =
    files === 0
      ? 'Child rows'
      : `The ${rows.toLocaleString()} rows of ${files === 1 ? 'the child file' : `the ${files} child files`}`;
  return `${what} go in the same jobs as their parents (rows naming no parent are kept back).`;
}
