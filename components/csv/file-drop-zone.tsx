'use client';
import { type DragEvent, useState } from 'react';
import { UploadIcon } from '@/components/ui/icons';
import { checkChosenFiles } from './check-chosen-file';

type Props = { onFile: (file: File) => void; onReject: (message: string) => void };

export function FileDropZone({ onFile, onReject }: Props) {
  const [isOver, setIsOver] = useState(false);

  function choose(list: FileList | null): void {
    const files = list ? [...list] : [];
    const problem = checkChosenFiles(files);
    if (problem) onReject(problem);
    else if (files[0]) onFile(files[0]);
  }

  function onDrop(event: DragEvent<HTMLLabelElement>): void {
    event.preventDefault();
    setIsOver(false);
    choose(event.dataTransfer.files);
  }

  return (
    <label
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={onDrop}
      className={`flex cursor-pointer flex-col items-center rounded-lg border-2 border-dashed px-6 py-16 text-center transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600 ${isOver ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300 bg-white hover:border-indigo-400'}`}
    >
      <span className="flex h-12 w-12 items-center justify-center rounded-full bg-indigo-50 text-indigo-600">
        <UploadIcon />
      </span>
      <span className="mt-4 text-base font-semibold text-slate-900">
        Drop a CSV file or an Excel workbook here
      </span>
      <span className="mt-1 text-sm text-slate-600">
        or <span className="font-medium text-indigo-600 underline">choose a file</span> · .csv, .tsv, .txt or
        .xlsx, any size (several GB is fine: nothing is uploaded yet)
      </span>
      <input
        type="file"
        aria-label="Choose a CSV file"
        accept=".csv,.tsv,.txt,.xlsx,.xlsm,text/csv,text/tab-separated-values,text/plain"
        className="sr-only"
        onChange={(event) => {
          choose(event.target.files);
          event.target.value = '';
        }}
      />
    </label>
  );
}
