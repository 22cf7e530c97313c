'use client';
import { type Dispatch, useCallback, useReducer, useState } from 'react';
import { MappingStep } from '@/components/mapping/mapping-step';
import { Alert } from '@/components/ui/alert';
import { isWorkbookName } from './check-chosen-file';
import { CsvPreviewStep } from './csv-preview-step';
import { FileDropZone } from './file-drop-zone';
import { importWizardReducer, initialWizardState, type WizardAction } from './import-wizard-reducer';
import { PreviewPromises } from './preview-promises';
import { SheetPickerStep } from './sheet-picker-step';
import { useCsvScanWorker } from './use-csv-scan-worker';
import { useWorkbookWorker } from './use-workbook-worker';

/**
 * Imports → New: pick a file, preview and profile it in a worker, then hand over to mapping. A workbook first
 * goes through the sheet picker, which turns the chosen sheet into a UTF-8 CSV; from there on it is that CSV.
 */
export function NewImportWizard() {
  const [state, csvDispatch] = useReducer(importWizardReducer, initialWizardState);
  const [workbook, setWorkbook] = useState<File | null>(null);
  const [isPickingSheet, setIsPickingSheet] = useState(false);
  const dispatch: Dispatch<WizardAction> = useCallback((action) => {
    if (action.type === 'reset') setWorkbook(null);
    csvDispatch(action);
  }, []);
  const { cancel } = useCsvScanWorker(state, dispatch);
  const sheets = useWorkbookWorker(workbook, (csv) => {
    setIsPickingSheet(false);
    dispatch({ type: 'fileChosen', file: csv });
  });

  if (state.step === 'mapping' && state.file && state.options) {
    return (
      <MappingStep
        file={state.file}
        columns={state.profiles}
        parseOptions={state.options}
        dataRows={state.progress?.rows ?? 0}
        onBack={() => dispatch({ type: 'backToPreview' })}
      />
    );
  }
  if (workbook && (isPickingSheet || !state.file)) {
    return (
      <SheetPickerStep
        file={workbook}
        view={sheets.view}
        onChoose={sheets.convert}
        onReset={() => {
          setIsPickingSheet(false);
          dispatch({ type: 'reset' });
        }}
      />
    );
  }
  if (!state.file) {
    return (
      <div className="space-y-4">
        {state.error ? <Alert>{state.error}</Alert> : null}
        <FileDropZone
          onFile={(file) => {
            if (isWorkbookName(file.name)) {
              setWorkbook(file);
              setIsPickingSheet(true);
            } else dispatch({ type: 'fileChosen', file });
          }}
          onReject={(message) => dispatch({ type: 'fileRejected', message })}
        />
        <PreviewPromises />
      </div>
    );
  }
  return (
    <CsvPreviewStep
      state={state}
      file={state.file}
      dispatch={dispatch}
      onCancel={cancel}
      workbookName={workbook?.name}
      onReadAsWorkbook={(file) => {
        setWorkbook(file);
        setIsPickingSheet(true);
      }}
      onOtherSheet={() => setIsPickingSheet(true)}
    />
  );
}
