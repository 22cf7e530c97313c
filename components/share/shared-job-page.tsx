'use client';

import { useQuery } from '@tanstack/react-query';
import { ApiError } from '@/lib/http/api-fetch';
import type { PublicJobView } from '@/lib/share-links/public-job-view';
import { LinkGone } from './link-gone';
import { sharedJobQuery } from './queries';
import { SharedExportStatus } from './shared-export-status';
import { SharedImportStatus } from './shared-import-status';

/** The public page's body: shows the job and keeps it fresh until the job ends or the link stops working. */
export function SharedJobPage({ token, initialView }: { token: string; initialView: PublicJobView }) {
  const { data, error } = useQuery(sharedJobQuery(token, initialView));
  if (error instanceof ApiError && error.status === 404) return <LinkGone />;
  return (
    <>
      {error ? (
        <p role="status" className="mb-4 text-sm text-amber-800">
          Could not refresh just now; showing the last known status.
        </p>
      ) : null}
      {data.kind === 'import' ? <SharedImportStatus view={data} /> : <SharedExportStatus view={data} />}
    </>
  );
}
