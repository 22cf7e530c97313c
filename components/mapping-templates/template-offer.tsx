'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { CrmField } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { MappingState } from '@/lib/mapping/mapping-state';
import { applyTemplate, hasDrift, headerMatch } from '@/lib/mapping-templates/apply-template';
import type { MappingTemplateItem } from '@/lib/mapping-templates/mapping-template-schemas';
import { templatesQuery } from './queries';
import { TemplateDriftList } from './template-drift';

type Props = {
  module: string;
  columns: ColumnProfile[];
  fields: CrmField[];
  onApply: (template: MappingTemplateItem, state: MappingState) => void;
};

/** Saved mappings of this module, the ones whose columns match this file first; drift is shown before applying. */
export function TemplateOffer({ module, columns, fields, onApply }: Props) {
  const templates = useQuery({ ...templatesQuery(module), enabled: module !== '' });
  const [reviewing, setReviewing] = useState<string>();
  const [applied, setApplied] = useState<string>();
  const headers = columns.map((c) => c.header);
  const ranked = (templates.data ?? [])
    .map((template) => ({ template, match: headerMatch(template.body, headers) }))
    .sort((a, b) => b.match - a.match);
  if (ranked.length === 0) return null;

  const apply = (template: MappingTemplateItem) => {
    onApply(template, applyTemplate(template.body, columns, fields).state);
    setApplied(template.id);
    setReviewing(undefined);
  };
  const use = (template: MappingTemplateItem) =>
    hasDrift(applyTemplate(template.body, columns, fields).drift)
      ? setReviewing(template.id)
      : apply(template);

  return (
    <section
      aria-labelledby="saved-mappings"
      className="rounded-lg border border-indigo-200 bg-indigo-50/40 p-4"
    >
      <h3 id="saved-mappings" className="text-sm font-semibold text-slate-900">
        Saved mappings for {module}
      </h3>
      <ul className="mt-2 space-y-2">
        {ranked.slice(0, 5).map(({ template, match }) => {
          const { drift } = applyTemplate(template.body, columns, fields);
          return (
            <li
              key={template.id}
              aria-label={`Saved mapping ${template.name}`}
              className="rounded-md bg-white p-3 shadow-sm ring-1 ring-slate-200"
            >
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{template.name}</span>
                <span className="text-xs text-slate-500">
                  v{template.version} · {template.operation}
                  {template.findBy ? ` by ${template.findBy}` : ''}
                </span>
                {match === 1 ? (
                  <Badge tone="success">Same columns as this file</Badge>
                ) : (
                  <Badge tone={match >= 0.5 ? 'warning' : 'neutral'}>
                    {Math.round(match * 100)}% of columns match
                  </Badge>
                )}
                <span className="ml-auto flex gap-2">
                  {applied === template.id ? (
                    <span role="status" className="text-sm text-emerald-700">
                      Applied
                    </span>
                  ) : null}
                  <Button
                    size="sm"
                    variant={match === 1 ? 'primary' : 'secondary'}
                    onClick={() => use(template)}
                  >
                    Use “{template.name}”
                  </Button>
                </span>
              </div>
              {reviewing === template.id ? (
                <div className="mt-3 space-y-3 rounded-md border border-amber-200 bg-amber-50/60 p-3">
                  <p className="text-sm font-medium text-slate-900">
                    This file differs from the one the mapping was saved from:
                  </p>
                  <TemplateDriftList drift={drift} />
                  <div className="flex gap-2">
                    <Button size="sm" onClick={() => apply(template)}>
                      Apply with these differences
                    </Button>
                    <Button size="sm" variant="secondary" onClick={() => setReviewing(undefined)}>
                      Cancel
                    </Button>
                  </div>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
