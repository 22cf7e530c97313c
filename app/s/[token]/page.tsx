import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SharedJobPage } from '@/components/share/shared-job-page';
import { SharedPageFrame } from '@/components/share/shared-page-frame';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/http/app-error';
import { getPublicJobView } from '@/lib/share-links/get-public-job-view';

export const metadata: Metadata = {
  title: 'Job status',
  referrer: 'no-referrer',
  robots: { index: false, follow: false },
};

/** Public (a capability URL: whoever holds the link may see this one status): no session is read; the token alone opens one job's status. */
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getPublicJobView({ db: await getDb(), token }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });
  return (
    <SharedPageFrame>
      <SharedJobPage token={token} initialView={view} />
    </SharedPageFrame>
  );
}
