import 'server-only';
import { z } from 'zod';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';

const SANDBOX_PAGE_SIZE = 25;

const recordsSchema = z
  .object({
    module: z.string(),
    total: z.number().int(),
    /** A search of a large module reads only this many of the newest records (unless it names a unique value). */
    searched_newest: z.number().int().optional(),
    records: z.array(z.record(z.string(), z.unknown())),
  })
  .transform(({ searched_newest, ...page }) => ({ ...page, searchedNewest: searched_newest ?? null }));
export type SandboxRecords = z.output<typeof recordsSchema> & { pageSize: number };

/**
 * What the built-in sandbox (the simulator) stores for a module, newest first, with subform rows and
 * multi-select or multi-user lookup links under their parent, as Zoho's record view shows them. Sandbox only: a real org's
 * records are looked at in Zoho CRM.
 */
export async function listSandboxRecords(options: {
  module: string;
  page: number;
  q?: string;
}): Promise<SandboxRecords> {
  const url = new URL(`/__sim/records/${encodeURIComponent(options.module)}`, env().simUrl);
  url.searchParams.set('per_page', String(SANDBOX_PAGE_SIZE));
  url.searchParams.set('page', String(options.page));
  if (options.q) url.searchParams.set('q', options.q);
  const response = await fetch(url, { cache: 'no-store' }).catch(() => undefined);
  if (!response)
    throw new AppError(
      'unavailable',
      'The built-in sandbox is not running. Start Fieldmap with `npm start`.',
    );
  if (response.status === 404)
    throw new AppError('not_found', `The sandbox has no module ${options.module}.`);
  if (!response.ok) throw new AppError('unavailable', `The sandbox answered ${response.status}. Try again.`);
  return { ...recordsSchema.parse(await response.json()), pageSize: SANDBOX_PAGE_SIZE };
}
