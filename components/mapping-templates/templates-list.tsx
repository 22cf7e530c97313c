'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { MappingIcon } from '@/components/ui/icons';
import { templatesQuery, useDeleteTemplate } from './queries';
import { RenameTemplateForm } from './rename-template-form';

/** Every saved mapping (newest version), with rename and delete. */
export function TemplatesList() {
  const templates = useQuery(templatesQuery());
  const remove = useDeleteTemplate();
  const [renaming, setRenaming] = useState<string>();

  if (templates.isPending) return <p className="text-sm text-slate-500">Loading saved mappings…</p>;
  if (templates.isError) return <Alert>{templates.error.message}</Alert>;
  if (templates.data.length === 0) {
    return (
      <EmptyState
        icon={<MappingIcon />}
        title="No saved mappings"
        description="Mappings you save while mapping an import's columns onto CRM fields are kept here for the next file of the same shape."
      />
    );
  }
  return (
    <div className="space-y-3">
      {remove.isError ? <Alert>{remove.error.message}</Alert> : null}
      <ul
        aria-label="Saved mappings"
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm"
      >
        {templates.data.map((template) => {
          const mapped = Object.values(template.body.byHeader).filter((c) => c.kind === 'matched').length;
          return (
            <li key={template.id} aria-label={template.name} className="space-y-2 p-4">
              {renaming === template.id ? (
                <RenameTemplateForm template={template} onDone={() => setRenaming(undefined)} />
              ) : (
                <div className="flex flex-wrap items-center gap-3">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium text-slate-900">
                      {template.name} <Badge tone="info">{template.module}</Badge>{' '}
                      <Badge>version {template.version}</Badge>
                    </p>
                    <p className="mt-0.5 text-xs text-slate-500">
                      {template.operation}
                      {template.findBy ? ` by ${template.findBy}` : ''} · {mapped} of{' '}
                      {template.body.headers.length} columns mapped · saved{' '}
                      {new Date(template.createdAt).toLocaleString()}
                      {template.createdByName ? ` by ${template.createdByName}` : ''}
                    </p>
                  </div>
                  <Button size="sm" variant="secondary" onClick={() => setRenaming(template.id)}>
                    Rename
                  </Button>
                  <Button
                    size="sm"
                    variant="danger"
                    aria-label={`Delete ${template.name}`}
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(`Delete the saved mapping “${template.name}”?`))
                        remove.mutate(template.id);
                    }}
                  >
                    Delete
                  </Button>
                </div>
              )}
              <details className="text-xs text-slate-600">
                <summary className="cursor-pointer font-medium text-slate-700">Columns</summary>
                <ul className="mt-1 grid gap-x-6 gap-y-0.5 sm:grid-cols-2">
                  {template.body.headers.map((header) => {
                    const saved = template.body.byHeader[header];
                    return (
                      <li key={header}>
                        “{header}” →{' '}
                        {saved?.kind === 'matched' ? (
                          <code className="text-slate-800">{saved.apiName}</code>
                        ) : saved?.kind === 'ignored' ? (
                          'not imported'
                        ) : (
                          'not mapped'
                        )}
                      </li>
                    );
                  })}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
