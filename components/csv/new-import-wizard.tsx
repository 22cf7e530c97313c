'use client';
import { useReducer } from 'react';
import { MappingStep } from '@/components/mapping/mapping-step';
import { Alert } from '@/components/ui/alert';
import { CsvPreviewStep } from './csv-preview-step';
import { FileDropZone } from './file-drop-zone';
import { importWizardReducer, initialWizardState } from './import-wizard-reducer';
import { PreviewPromises } from './preview-promises';
import { useCsvScanWorker } from './use-csv-scan-worker';

/** Imports → New: pick a file, preview and profile it in a worker, then hand over to mapping. */
export function NewImportWizard() {
  const [state, dispatch] = useReducer(importWizardReducer, initialWizardState);
  const { cancel } = useCsvScanWorker(state, dispatch);

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
  if (!state.file) {
    return (
      <div className="space-y-4">
        {state.error ? <Alert>{state.error}</Alert> : null}
        <FileDropZone
          onFile={(file) => dispatch({ type: 'fileChosen', file })}
          onReject={(message) => dispatch({ type: 'fileRejected', message })}
        />
        <PreviewPromises />
      </div>
    );
  }
  return <CsvPreviewStep state={state} file={state.file} dispatch={dispatch} onCancel={cancel} />;
}
