import 'server-only';

/**
 * Zoho quotes the callback URL back in some errors (INVALID_CALLBACK_URL); its last segment is the secret that
 * authenticates callbacks. Every Zoho message is stored through this, so no row message, page or CSV shows it.
 */
export function redactCallbackSecrets(text: string): string {
  return text.replace(/(\/notify\/[^/\s'"]+\/)[^\s'"<>?#)\]]+/g, '$1[redacted]');
}
