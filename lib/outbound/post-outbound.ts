import 'server-only';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { AppError } from '@/lib/http/app-error';
import { type OutboundOptions, resolveOutboundHost } from './resolve-outbound-host';

export type OutboundAnswer = { status: number; body: string };

const ANSWER_EXCERPT_CHARS = 500;

/** Refuses what is not an http(s) URL, with a message an admin can act on. */
export function parseOutboundUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('validation', 'Enter a full URL, starting with https://.', { reason: 'invalid_url' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new AppError('validation', 'Webhook URLs start with https:// (or http://).', {
      reason: 'invalid_url',
    });
  return url;
}

/**
 * POSTs to a URL an admin configured: the host is checked after DNS resolution and the connection goes to the
 * checked address (the Host header and TLS name stay the URL's). A redirect is an answer like any other: it is
 * never followed, so it cannot lead the server to an address that was not checked.
 */
export async function postOutbound(
  rawUrl: string,
  request: { body: string; headers: Record<string, string>; timeoutMs?: number } & OutboundOptions,
): Promise<OutboundAnswer> {
  const url = parseOutboundUrl(rawUrl);
  const { address, family } = await resolveOutboundHost(url.hostname, request);
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all)
      (callback as (e: null, all: { address: string; family: number }[]) => void)(null, [
        { address, family },
      ]);
    else callback(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<OutboundAnswer>((resolve, reject) => {
    const outgoing = client.request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: { ...request.headers, 'Content-Length': Buffer.byteLength(request.body) },
        lookup: pinned,
        timeout: request.timeoutMs ?? 10_000,
        agent: false,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (body.length < ANSWER_EXCERPT_CHARS) body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: body.slice(0, ANSWER_EXCERPT_CHARS) }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () =>
      outgoing.destroy(new Error(`no answer within ${(request.timeoutMs ?? 10_000) / 1000} s`)),
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
