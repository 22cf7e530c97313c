'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { connectionsQuery } from '@/components/connect/queries';
import { StartImportPanel } from '@/components/imports/start-import-panel';
import { SaveTemplateForm } from '@/components/mapping-templates/save-template-form';
import { TemplateOffer } from '@/components/mapping-templates/template-offer';
import { Button } from '@/components/ui/button';
import { useFocusOnMount } from '@/components/ui/use-focus-on-mount';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import { checkMapping } from '@/lib/mapping/check-mapping';
import { initialMapping } from '@/lib/mapping/initial-mapping';
import { type JobSettings, jobSettingsSchema } from '@/lib/mapping/job-settings';
import { guessParentKeyColumn } from '@/lib/mapping/key-columns';
import { mappingReducer } from '@/lib/mapping/mapping-reducer';
import { emptyMapping, type MappingState, mappedColumnIndexes } from '@/lib/mapping/mapping-state';
import type { MappingTemplateItem } from '@/lib/mapping-templates/mapping-template-schemas';
import { templateFromState } from '@/lib/mapping-templates/template-from-state';
import { toFieldMappings } from '@/lib/zoho/wire/to-field-mappings';
import { CheckedBoard } from './board/checked-board';
import { FieldMappingsPanel } from './board/field-mappings-panel';
import { MappingStatusBar } from './board/mapping-status-bar';
import { browserTimeZone } from './browser-time-zone';
import { ChildFilesSection } from './child-files/child-files-section';
import { type ChildFilesState, childFilesReducer, childrenOf } from './child-files/child-files-state';
import { JobSettingsForm } from './job-settings-form';
import type { Exclusion } from './preflight/preflight-choice';
import { PreflightPanel } from './preflight/preflight-panel';
import { usePreflight } from './preflight/use-preflight';
import { bulkWriteModulesQuery, moduleFieldsQuery } from './queries';
import { useDefaultSettings } from './use-default-settings';
import { useStableSettings } from './use-stable-settings';

type Props = {
  file: File;
  columns: ColumnProfile[];
  /** How the preview read the file; the import reads it the same way. */
  parseOptions: CsvParseOptions;
  /** Data rows the preview's scan counted. */
  dataRows: number;
  onBack: () => void;
};

/** The mapping step of a new import: job settings, the board, the checks and what is sent. */
export function MappingStep({ file, columns, parseOptions, dataRows, onBack }: Props) {
  const form = useForm<JobSettings>({
    resolver: zodResolver(jobSettingsSchema),
    mode: 'onChange',
    defaultValues: {
      connectionId: '',
      module: '',
      operation: 'insert',
      ignoreEmpty: false,
      timeZone: browserTimeZone(),
    },
  });
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { settings, valid: validSettings } = useStableSettings(form);
  const connections = useQuery(connectionsQuery());
  const modules = useQuery(bulkWriteModulesQuery(settings.connectionId));
  useDefaultSettings(form, connections.data, modules.data);
  const metadata = useQuery(moduleFieldsQuery(settings.connectionId, settings.module));
  const fields = metadata.data?.fields ?? [];
  const layouts = metadata.data?.layouts ?? [];
  const [state, dispatch] = useReducer(mappingReducer, columns, (cs) => emptyMapping(cs.map((c) => c.index)));
  const [applied, setApplied] = useState<MappingTemplateItem | null>(null);
  const [family, dispatchFamily] = useReducer(childFilesReducer, columns, newFamily);

  // A fresh board once per module; a background refetch of the same fields must not wipe the admin's work.
  const boardFor = useRef('');
  const moduleKey = `${settings.connectionId}/${settings.module}`;
  useEffect(() => {
    if (!metadata.data || boardFor.current === moduleKey) return;
    boardFor.current = moduleKey;
    dispatch({ type: 'reset', state: initialMapping(columns, metadata.data.fields) });
  }, [metadata.data, columns, moduleKey]);

  const preflightInput = useMemo(
    () =>
      metadata.data
        ? { fields: metadata.data.fields, layouts: metadata.data.layouts, settings, mapping: state }
        : null,
    [metadata.data, settings, state],
  );
  const preflight = usePreflight(file, parseOptions, preflightInput);
  const [exclusion, setExclusion] = useState<Exclusion>('none');
  const onApplyTemplate = (template: MappingTemplateItem, next: MappingState) => {
    const options = { shouldValidate: true };
    form.setValue('operation', template.operation, options);
    form.setValue('findBy', template.findBy ?? undefined, options);
    form.setValue('ignoreEmpty', template.body.ignoreEmpty, options);
    form.setValue('layoutId', template.body.layoutId, options);
    dispatch({ type: 'reset', state: next });
    setApplied(template);
  };
  const problems = metadata.data ? checkMapping({ state, columns, fields, layouts, settings }) : [];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const parentFile = useMemo(
    () => ({
      file,
      parseOptions,
      columns,
      module: settings.module,
      connectionId: settings.connectionId,
      timeZone: settings.timeZone,
    }),
    [file, parseOptions, columns, settings.module, settings.connectionId, settings.timeZone],
  );
  const children = childrenOf(family, moduleKey);
  const childBlockers = children.flatMap((child) =>
    child.ready ? [] : [child.blocker ?? 'Reading the child files…'],
  );

  return (
    <div className="space-y-6">
      <section
        aria-labelledby="job-settings"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="mb-3 flex items-baseline justify-between">
          <h2
            id="job-settings"
            ref={heading}
            tabIndex={-1}
            className="text-base font-semibold text-slate-900"
          >
            Map {file.name}
          </h2>
          <p className="text-xs text-slate-500">{columns.length} columns</p>
        </div>
        <JobSettingsForm form={form} fields={fields} layouts={layouts} />
      </section>
      {connections.data?.length === 0 ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
          Nothing is connected yet. Connect a Zoho org (or the built-in sandbox) on the{' '}
          <a className="font-medium underline" href="/connection">
            Connection page
          </a>{' '}
          first.
        </p>
      ) : null}
      {metadata.isError ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">
          Could not read the module's fields: {metadata.error.message}
        </p>
      ) : null}
      {metadata.isFetching && !metadata.data ? (
        <p className="text-sm text-slate-600">Reading fields…</p>
      ) : null}
      {metadata.data ? (
        <>
          <TemplateOffer
            module={settings.module}
            columns={columns}
            fields={fields}
            onApply={onApplyTemplate}
          />
          <MappingStatusBar errors={errors} run={preflight.run} dispatch={dispatch} />
          <CheckedBoard
            connectionId={settings.connectionId}
            layoutId={settings.layoutId}
            columns={columns}
            fields={fields}
            layouts={layouts}
            state={state}
            problems={problems}
            dispatch={dispatch}
          />
          <PreflightPanel
            run={preflight.run}
            dataRows={dataRows}
            columns={columns}
            mappedIndexes={mappedColumnIndexes(state)}
            exclusion={exclusion}
            onExclusion={setExclusion}
            onCancel={preflight.cancel}
          />
          <FieldMappingsPanel mappings={toFieldMappings(state, { layoutId: settings.layoutId })} />
          <SaveTemplateForm
            toTemplate={(name) => templateFromState(name, state, columns, settings)}
            applied={applied}
            onSaved={setApplied}
          />
          <ChildFilesSection
            parent={parentFile}
            parentFields={fields}
            state={family}
            dispatch={dispatchFamily}
          />
          {errors === 0 && validSettings ? (
            <StartImportPanel
              file={file}
              parseOptions={parseOptions}
              settings={validSettings}
              mapping={state}
              exclusion={exclusion}
              dataRows={dataRows}
              family={
                children.length > 0
                  ? {
                      parentKeyColumn: family.parentKeyColumn,
                      children: children.flatMap((child) => (child.ready ? [child.ready] : [])),
                    }
                  : undefined
              }
              pending={childBlockers}
            />
          ) : null}
        </>
      ) : null}
      <Button variant="secondary" onClick={onBack}>
        Back to preview
      </Button>
    </div>
  );
}

function newFamily(columns: ColumnProfile[]): ChildFilesState {
  return { module: '', parentKeyColumn: guessParentKeyColumn(columns), nextId: 1, children: [] };
}
