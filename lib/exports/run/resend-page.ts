import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { exportPages } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { updateExport } from './update-export';

/**
 * An admin's decision to ask Zoho again for a page whose create may or may not have reached Zoho (a bulk read
 * creates no records, so the worst case is a second job and its credits).
 */
export async function resendPage(options: { db: Db; exportId: string; page: number }): Promise<void> {
  const { db, exportId, page } = options;
  // One conditional update: two clicks at once resend the page once.
  const [resent] = await db
    .update(exportPages)
    .set({ status: 'pending', error: null })
    .where(
      and(
        eq(exportPages.exportId, exportId),
        eq(exportPages.page, page),
        eq(exportPages.status, 'needs_attention'),
      ),
    )
    .returning({ page: exportPages.page });
  if (!resent) throw new AppError('conflict', 'Only a page that needs attention can be sent again.');
  await updateExport(db, exportId, { status: 'running', statusMessage: `Sending page ${page} again…` });
}
