import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { SimContext } from '../context';
import { sendFile } from '../http/respond';
import type { Router } from '../http/router';

const LIFETIME_MS = 60_000;
const links = new WeakMap<SimContext, Map<string, { body: Buffer; fileName: string; expiresAt: number }>>();

/**
 * Variant downloadRedirect: a result download answers 302 to a short-lived link on a download host, as a CDN
 * does (Zoho's SDK follows redirects, so a real org may do this without anyone noticing). The link needs no token.
 */
export function sendResult(context: SimContext, res: ServerResponse, body: Buffer, fileName: string): void {
  if (!context.variants.downloadRedirect) {
    sendFile(res, body, fileName);
    return;
  }
  const own = links.get(context) ?? new Map();
  links.set(context, own);
  const key = randomBytes(12).toString('hex');
  own.set(key, { body, fileName, expiresAt: Date.now() + LIFETIME_MS });
  res.writeHead(302, { Location: `${context.publicUrl}/download/${key}/${fileName}` });
  res.end();
}

export function registerRedirectedDownloads(router: Router, context: SimContext): void {
  router.add('GET', /^\/download\/(?<key>[0-9a-f]+)\/[^/]+$/, ({ res, params }) => {
    const link = links.get(context)?.get(params.key ?? '');
    if (!link || link.expiresAt < Date.now()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    sendFile(res, link.body, link.fileName);
  });
}
