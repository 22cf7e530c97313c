import Link from 'next/link';
import { FileCard } from '@/components/job-status/file-card';
import { FileCards } from '@/components/job-status/file-cards';
import { notInCrm } from '@/components/job-status/not-in-crm';
import { buttonClasses } from '@/components/ui/button';
import { formatCount } from '@/components/ui/format';
import type { AdminFileView } from '@/lib/imports/views/family-files';

/** The admin's side-by-side cards of a parent-child import's files, each with its downloads. */
export function FamilyFiles({ files }: { files: AdminFileView[] }) {
  if (files.length === 0) return null;
  return (
    <FileCards count={files.length}>
      {files.map((file) => (
        <FileCard
          key={file.importId}
          file={file}
          details={
            <p className="truncate text-xs text-slate-500" title={file.fileName}>
              File <span className="font-medium text-slate-700">{file.fileName}</span>
            </p>
          }
          actions={<FileDownloads file={file} />}
        />
      ))}
    </FileCards>
  );
}

function FileDownloads({ file }: { file: AdminFileView }) {
  const notIn = notInCrm(file.counts);
  const base = `/api/imports/${file.importId}/results`;
  return (
    <>
      <a href={`${base}?rows=all`} className={buttonClasses('secondary', 'sm')} download>
        Full results
      </a>
      <a
        href={`${base}?rows=not-in-crm`}
        className={buttonClasses(notIn > 0 ? 'primary' : 'secondary', 'sm')}
        download
      >
        Not in the CRM ({formatCount(notIn)})
      </a>
      {file.role === 'child' ? (
        <Link
          href={`/imports/${file.importId}`}
          className={`${buttonClasses('ghost', 'sm')} text-indigo-700`}
        >
          File page
        </Link>
      ) : null}
    </>
  );
}
