import type { SimContext } from '../context';
import { readForm } from '../http/read-form';
import { sendJson } from '../http/respond';
import type { Router } from '../http/router';
import { consentPage } from './consent-page';
import { ALL_SCOPES, DEMO_CLIENT } from './token-store';
import { TOKEN_THROTTLED_BODY, TOKEN_THROTTLED_BODY_CHINESE } from './token-throttle';

function scopesOf(scope: string | undefined): string[] {
  const scopes = (scope ?? '').split(/[ ,]+/).filter(Boolean);
  return scopes.length > 0 ? scopes : ALL_SCOPES;
}

export function registerOAuthRoutes(router: Router, context: SimContext): void {
  router.add('GET', /^\/oauth\/v2\/auth$/, ({ res, url }) => {
    const clientId = url.searchParams.get('client_id') ?? '';
    const redirectUri = url.searchParams.get('redirect_uri') ?? '';
    if (clientId !== DEMO_CLIENT.id || !/^https?:\/\//.test(redirectUri)) {
      res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<h1>Invalid Client</h1><p>The client_id or redirect_uri is not valid for this simulator.</p>');
      return;
    }
    // Zoho skips the consent screen for a client the user has already granted unless prompt=consent asks for it;
    // the demo user has granted the demo client.
    if (url.searchParams.get('prompt') !== 'consent') {
      res.writeHead(302, {
        Location: approvedRedirect(
          context,
          clientId,
          redirectUri,
          url.searchParams.get('scope') ?? '',
          url.searchParams.get('state') ?? '',
        ),
      });
      res.end();
      return;
    }
    const html = consentPage({
      clientId,
      redirectUri,
      scope: url.searchParams.get('scope') ?? '',
      state: url.searchParams.get('state') ?? '',
    });
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });

  router.add('POST', /^\/oauth\/v2\/auth\/approve$/, async ({ req, res, url }) => {
    const form = await readForm(req, url);
    const target = new URL(form.redirect_uri ?? '');
    if (form.state) target.searchParams.set('state', form.state);
    if (form.decision === 'accept') {
      target.searchParams.set(
        'code',
        context.tokens.issueGrant(form.client_id ?? '', scopesOf(form.scope), form.redirect_uri),
      );
      target.searchParams.set('location', 'sim');
      target.searchParams.set('accounts-server', context.publicUrl);
    } else {
      target.searchParams.set('error', 'access_denied');
    }
    res.writeHead(302, { Location: target.toString() });
    res.end();
  });

  // Zoho answers token errors with HTTP 200 and an `error` key.
  router.add('POST', /^\/oauth\/v2\/token$/, async ({ req, res, url }) => {
    const form = await readForm(req, url);
    if (form.grant_type) context.log.tagGrant(res, form.grant_type);
    if (context.tokenThrottle.isThrottled()) return sendJson(res, 400, TOKEN_THROTTLED_BODY);
    if (form.client_id !== DEMO_CLIENT.id) return sendJson(res, 200, { error: 'invalid_client' });
    if (form.client_secret !== DEMO_CLIENT.secret)
      return sendJson(res, 200, { error: 'invalid_client_secret' });
    if (form.grant_type === 'authorization_code') {
      const grant = context.tokens.takeGrant(form.code ?? '');
      if (!grant || grant.clientId !== form.client_id) return sendJson(res, 200, { error: 'invalid_code' });
      if (grant.redirectUri && form.redirect_uri && grant.redirectUri !== form.redirect_uri) {
        return sendJson(res, 200, { error: 'invalid_redirect_uri' });
      }
      const refreshToken = context.tokens.issueRefresh(grant.clientId, grant.scopes);
      const access = context.tokens.issueAccess(refreshToken, grant.scopes);
      return sendJson(res, 200, {
        access_token: access.accessToken,
        refresh_token: refreshToken,
        scope: grant.scopes.join(' '),
        api_domain: context.publicUrl,
        token_type: 'Bearer',
        expires_in: access.expiresIn,
      });
    }
    if (form.grant_type === 'refresh_token') {
      const refresh = context.tokens.findRefresh(form.refresh_token ?? '');
      if (!refresh) return sendJson(res, 200, { error: 'invalid_code' });
      const { variants } = context;
      if (
        variants.tokenLimit === 'ten-per-ten-minutes' &&
        !context.accessTokenLimit.take(form.refresh_token ?? '')
      )
        return sendJson(
          res,
          variants.tokenThrottleStatus,
          variants.tokenThrottleLanguage === 'chinese' ? TOKEN_THROTTLED_BODY_CHINESE : TOKEN_THROTTLED_BODY,
        );
      const access = context.tokens.issueAccess(form.refresh_token ?? '', refresh.scopes);
      return sendJson(res, 200, {
        access_token: access.accessToken,
        scope: refresh.scopes.join(' '),
        api_domain: context.publicUrl,
        token_type: 'Bearer',
        expires_in: access.expiresIn,
      });
    }
    return sendJson(res, 200, { error: 'unsupported_grant_type' });
  });

  router.add('POST', /^\/oauth\/v2\/token\/revoke$/, async ({ req, res, url }) => {
    const form = await readForm(req, url);
    if (!context.tokens.revoke(form.token ?? ''))
      return sendJson(res, 400, { status: 'failure', error: 'invalid_token' });
    sendJson(res, 200, { status: 'success' });
  });
}

/** `redirect_uri?code=…&location=sim&accounts-server=…&state=…`, as Zoho's multi-DC redirect. */
function approvedRedirect(
  context: SimContext,
  clientId: string,
  redirectUri: string,
  scope: string,
  state: string,
): string {
  const target = new URL(redirectUri);
  target.searchParams.set('code', context.tokens.issueGrant(clientId, scopesOf(scope), redirectUri));
  target.searchParams.set('location', 'sim');
  target.searchParams.set('accounts-server', context.publicUrl);
  if (state) target.searchParams.set('state', state);
  return target.toString();
}
