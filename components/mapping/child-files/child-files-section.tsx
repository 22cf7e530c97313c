'use client';
import { type Dispatch, useMemo } from 'react';
import { Button } from '@/components/ui/button';
import type { CrmField } from '@/lib/crm/crm-field';
import { LabelledSelect } from '../labelled-select';
import { ChildFileCard } from './child-file-card';
import {
  type ChildFilesAction,
  type ChildFilesState,
  childFieldLabel,
  childrenOf,
  MAX_CHILD_FILES,
  type ParentFile,
} from './child-files-state';

type Props = {
  parent: Omit<ParentFile, 'keyColumn'>;
  parentFields: CrmField[];
  state: ChildFilesState;
  dispatch: Dispatch<ChildFilesAction>;
};

/** Subform rows and multi-select or multi-user lookup links from their own CSVs, sent in the same jobs as their parents. */
export function ChildFilesSection({ parent, parentFields, state, dispatch }: Props) {
  const familyFields = useMemo(() => parentFields.filter((field) => field.childModule), [parentFields]);
  const moduleKey = `${parent.connectionId}/${parent.module}`;
  const children = childrenOf(state, moduleKey);
  const withKey = useMemo(
    () => ({ ...parent, keyColumn: state.parentKeyColumn }),
    [parent, state.parentKeyColumn],
  );
  if (familyFields.length === 0) return null;
  const taken = new Set(children.map((child) => child.field));
  // One file per field: Zoho takes one CSV per module in a job.
  const nextField = familyFields.find((field) => !taken.has(field.apiName));
  const names = familyFields.map(childFieldLabel).join(', ');
  const keySamples = parent.columns
    .find((column) => column.index === state.parentKeyColumn)
    ?.samples.slice(0, 3)
    .join(', ');

  return (
    <section
      aria-labelledby="child-files"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div>
        <h2 id="child-files" className="text-base font-semibold text-slate-900">
          Child files: subforms and multi-record lookups
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {parent.module} has {names}. Add a CSV of their rows: each row names its parent row of{' '}
          {parent.file.name} by a key, and goes to Zoho in the same job as its parent.
        </p>
      </div>
      {children.length > 0 ? (
        <div className="flex flex-wrap items-end gap-x-4 gap-y-1">
          <LabelledSelect
            className="w-72"
            label="Parent key column"
            value={String(state.parentKeyColumn)}
            onChange={(event) => dispatch({ type: 'parentKey', column: Number(event.target.value) })}
            options={parent.columns.map((column) => ({ value: String(column.index), label: column.header }))}
          />
          <p className="pb-2 text-xs text-slate-500">
            The column of {parent.file.name} whose values child rows name
            {keySamples ? ` (${keySamples}, …)` : ''}; keep it unique.
          </p>
        </div>
      ) : null}
      {children.map((child, i) => (
        <ChildFileCard
          key={child.id}
          position={i + 1}
          parent={withKey}
          familyFields={familyFields}
          field={child.field}
          takenFields={children.filter((other) => other.id !== child.id).map((other) => other.field)}
          onFieldChange={(field) => dispatch({ type: 'field', id: child.id, field })}
          onReport={(ready, blocker) => dispatch({ type: 'report', id: child.id, ready, blocker })}
          onRemove={() => dispatch({ type: 'remove', id: child.id })}
        />
      ))}
      {children.length < MAX_CHILD_FILES && nextField ? (
        <Button
          variant="secondary"
          onClick={() => dispatch({ type: 'add', module: moduleKey, field: nextField.apiName })}
        >
          Add a child file
        </Button>
      ) : null}
    </section>
  );
}
