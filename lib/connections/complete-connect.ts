import 'server-only';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { oauthStates } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { dataCentreFromRedirect } from '@/lib/zoho/data-centres';
import { exchangeCode } from '@/lib/zoho/exchange-code';
import { clientFor } from './client-for';
import { saveConnection } from './save-connection';
import { hashState } from './start-connect';
import { withZohoErrors } from './to-app-error';

export type CallbackQuery = {
  state?: string;
  code?: string;
  location?: string;
  'accounts-server'?: string;
  error?: string;
};

/**
 * The consent redirect: the state must be this admin's and unused; the data centre comes from our table by
 * `location` (never a host from the query); the code is exchanged once.
 */
export async function completeConnect(options: {
  db: Db;
  adminId: string;
  query: CallbackQuery;
  appOrigin: string;
}): Promise<string> {
  const { db, query } = options;
  const [state] = query.state
    ? await db
        .delete(oauthStates)
        .where(
          and(
            eq(oauthStates.stateHash, hashState(query.state)),
            eq(oauthStates.adminId, options.adminId),
            gt(oauthStates.expiresAt, new Date()),
          ),
        )
        .returning()
    : [];
  if (!state)
    throw new AppError(
      'bad_request',
      'This sign-in with Zoho expired or was already used. Start again from the Connection page.',
    );
  if (query.error)
    throw new AppError(
      'bad_request',
      `Zoho did not grant access (${query.error}). Start again and choose Accept.`,
    );
  if (!query.code)
    throw new AppError('bad_request', 'Zoho sent no grant code. Start again from the Connection page.');
  const dc = dataCentreFromRedirect(query.location ?? state.dataCentre, query['accounts-server'] ?? null);
  if (!dc)
    throw new AppError(
      'bad_request',
      'Zoho named a data centre Fieldmap does not know. Start again from the Connection page.',
    );
  const client = clientFor(dc);
  const code = query.code;
  return withZohoErrors(async () => {
    const grant = await exchangeCode(dc, client, code, `${options.appOrigin}/api/zoho/callback`);
    if (!grant.refreshToken)
      throw new AppError(
        'bad_request',
        'Zoho sent no refresh token. Start again; Fieldmap asks for offline access.',
      );
    const saved = await saveConnection({
      db,
      adminId: options.adminId,
      dc,
      client,
      isOwnClient: false,
      grant: { ...grant, refreshToken: grant.refreshToken },
    });
    return saved.id;
  });
}
