import { type ErrorGroupItem, ErrorGroups } from './error-groups';

/** Why rows did not go in, one table per file of a parent-child import (the parent first). */
export function FileErrorGroups({ files }: { files: { label: string; errors: ErrorGroupItem[] }[] }) {
  return (
    <div className="space-y-6">
      {files.map((file) => (
        <ErrorGroups key={file.label} title={`Why ${file.label} rows did not go in`} errors={file.errors} />
      ))}
    </div>
  );
}
