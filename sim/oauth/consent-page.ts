import { CURRENT_USER, ORG } from '../demo-org/org';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The simulator's stand-in for Zoho's consent screen. */
export function consentPage(params: {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
}): string {
  const hidden = Object.entries({
    client_id: params.clientId,
    redirect_uri: params.redirectUri,
    scope: params.scope,
    state: params.state,
  })
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
  const scopes = params.scope
    .split(/[ ,]+/)
    .filter(Boolean)
    .map((scope) => `<li>${escapeHtml(scope)}</li>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Zoho CRM simulator – consent</title>
<style>body{font-family:system-ui,sans-serif;background:#f1f5f9;display:flex;justify-content:center;padding:48px}
main{background:#fff;border:1px solid #e2e8f0;border-radius:12px;padding:32px;max-width:460px}
button{font:inherit;padding:8px 16px;border-radius:6px;border:1px solid #cbd5e1;background:#fff;cursor:pointer}
button.accept{background:#4f46e5;color:#fff;border-color:#4f46e5}</style></head>
<body><main><h1>Zoho CRM simulator</h1>
<p><strong>${escapeHtml(params.clientId)}</strong> would like to access <strong>${escapeHtml(ORG.company_name)}</strong>
as ${escapeHtml(CURRENT_USER.email)}:</p><ul>${scopes}</ul>
<form method="post" action="/oauth/v2/auth/approve">${hidden}
<button class="accept" name="decision" value="accept" type="submit">Accept</button>
<button name="decision" value="deny" type="submit">Deny</button></form></main></body></html>`;
}
