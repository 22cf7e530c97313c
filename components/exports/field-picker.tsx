'use client';

import { useMemo, useState } from 'react';
import type { CatalogField, FieldCatalog } from '@/lib/exports/definitions/field-catalog';

type Props = {
  catalog: FieldCatalog;
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
};

const TYPE_LABELS: Record<string, string> = {
  ownerlookup: 'user',
  userlookup: 'user',
  multiselectpicklist: 'multi-select',
  lookup: 'lookup',
};

/** Fields to export: search, select all (of what is shown), and lookup sub-fields such as Owner → Last Name. */
export function FieldPicker({ catalog, selected, onChange, error }: Props) {
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const all = useMemo(() => [...catalog.values()], [catalog]);
  const chosen = new Set(selected);
  const needle = search.trim().toLowerCase();
  const matches = (field: CatalogField) =>
    !needle || field.label.toLowerCase().includes(needle) || field.path.toLowerCase().includes(needle);
  const baseOf = (field: CatalogField) => field.path.split('.')[0] ?? '';
  const visible = all.filter((field) =>
    field.path.includes('.')
      ? matches(field) && (Boolean(needle) || open.has(baseOf(field)))
      : matches(field),
  );
  const inOrder = (paths: Set<string>) => all.map((field) => field.path).filter((path) => paths.has(path));
  const toggle = (path: string, isOn: boolean) => {
    const next = new Set(chosen);
    if (isOn) next.add(path);
    else next.delete(path);
    onChange(inOrder(next));
  };
  const hasSubFields = (path: string) => all.some((field) => field.path.startsWith(`${path}.`));
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <input
          type="search"
          aria-label="Search fields"
          placeholder="Search fields…"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="h-9 min-w-48 flex-1 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-sm focus:outline-2 focus:outline-indigo-600"
        />
        <button
          type="button"
          className="h-9 rounded-md px-3 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
          onClick={() => onChange(inOrder(new Set([...selected, ...visible.map((field) => field.path)])))}
        >
          Select all{needle ? ' shown' : ''}
        </button>
        <button
          type="button"
          className="h-9 rounded-md px-3 text-sm font-medium text-slate-600 hover:bg-slate-100"
          onClick={() => onChange([])}
        >
          Clear
        </button>
      </div>
      <p className="mt-2 text-xs text-slate-500" aria-live="polite">
        {selected.length === 0
          ? 'No field chosen: Zoho exports every field.'
          : `${selected.length} of ${all.length} fields chosen.`}
      </p>
      <ul
        aria-label="Fields"
        className={`mt-2 max-h-80 divide-y divide-slate-100 overflow-y-auto rounded-md border bg-white ${error ? 'border-red-400' : 'border-slate-200'}`}
      >
        {visible.map((field) => {
          const isSub = field.path.includes('.');
          return (
            <li
              key={field.path}
              className={`flex items-center gap-2 px-3 py-1.5 ${isSub ? 'bg-slate-50 pl-9' : ''}`}
            >
              <label className="flex min-w-0 flex-1 items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  aria-label={field.label}
                  checked={chosen.has(field.path)}
                  onChange={(event) => toggle(field.path, event.target.checked)}
                />
                <span className="truncate">{isSub ? field.label.split(' → ')[1] : field.label}</span>
                <span className="truncate font-mono text-[11px] text-slate-500">{field.path}</span>
              </label>
              <span className="text-[11px] text-slate-500">
                {TYPE_LABELS[field.dataType] ?? field.dataType}
              </span>
              {!isSub && hasSubFields(field.path) && !needle ? (
                <button
                  type="button"
                  aria-expanded={open.has(field.path)}
                  aria-label={`${open.has(field.path) ? 'Hide' : 'Show'} ${field.label} sub-fields`}
                  className="rounded px-1.5 text-xs text-indigo-700 hover:bg-indigo-50"
                  onClick={() => {
                    const next = new Set(open);
                    if (next.has(field.path)) next.delete(field.path);
                    else next.add(field.path);
                    setOpen(next);
                  }}
                >
                  {open.has(field.path) ? 'Sub-fields ▾' : 'Sub-fields ▸'}
                </button>
              ) : null}
            </li>
          );
        })}
        {visible.length === 0 ? (
          <li className="px-3 py-4 text-sm text-slate-500">No field matches.</li>
        ) : null}
      </ul>
      {error ? <p className="mt-1 text-xs text-red-700">{error}</p> : null}
    </div>
  );
}
