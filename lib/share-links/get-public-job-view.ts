import 'server-only';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/http/app-error';
import { getImportStatusView } from '@/lib/imports/views/import-status-view';
import { getRetrySummary } from '@/lib/retries/get-retry-summary';
import { getPublicExportView } from './get-public-export-view';
import type { PublicJobView } from './public-job-view';
import { resolveShareLink } from './resolve-share-link';
import { createSharedViewCache } from './shared-view-cache';
import { toPublicImportView } from './to-public-import-view';

const cached = createSharedViewCache<PublicJobView | undefined>();

/** One wording for every token that opens nothing, so a viewer cannot tell unknown from revoked or expired. */
export const SHARE_NOT_FOUND_MESSAGE = 'This link does not exist, has expired or was turned off.';

/** What a share token shows, read from our database only (never Zoho: viewers cost no API calls). */
export async function getPublicJobView({
  db,
  token,
  now = new Date(),
}: {
  db: Db;
  token: string;
  now?: Date;
}): Promise<PublicJobView> {
  const link = await resolveShareLink({ db, token, now });
  if (!link) throw new AppError('not_found', SHARE_NOT_FOUND_MESSAGE);
  const load = async () =>
    link.jobKind === 'import'
      ? await getImportStatusView(db, link.jobId).then(
          async (found) =>
            found && toPublicImportView(found, link, now, await getRetrySummary(db, link.jobId)),
        )
      : await getPublicExportView(db, link.jobId, link, now);
  // The display name belongs to the link, so links of one job are cached apart.
  const view = await cached(`${link.id}`, load, now.getTime());
  if (!view) throw new AppError('not_found', SHARE_NOT_FOUND_MESSAGE);
  return { ...view, generatedAt: now.toISOString() };
}
