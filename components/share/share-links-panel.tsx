'use client';

import { Card } from '@/components/ui/card';
import { CreateShareLinkForm } from './create-share-link-form';
import { JobActivity } from './job-activity';
import { ShareLinkList } from './share-link-list';

export type ShareLinksPanelProps = { jobKind: 'import' | 'export'; jobId: string };

/** Create, copy, list and revoke links to a job's public status page. */
export function ShareLinksPanel({ jobKind, jobId }: ShareLinksPanelProps) {
  return (
    <Card className="space-y-4 p-5">
      <section aria-label="Share links" className="space-y-4">
        <div>
          <h2 className="text-base font-semibold text-slate-900">Share a live status page</h2>
          <p className="mt-1 text-sm text-slate-600">
            Anyone with the link can follow this {jobKind}&apos;s progress without signing in. They see the
            name you give the link, counts, batches and error types — never record values, ids, e-mail
            addresses or the CRM connection.
          </p>
        </div>
        <CreateShareLinkForm jobKind={jobKind} jobId={jobId} />
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">Live links</h3>
          <ShareLinkList jobKind={jobKind} jobId={jobId} />
        </div>
        <JobActivity jobKind={jobKind} jobId={jobId} />
      </section>
    </Card>
  );
}
