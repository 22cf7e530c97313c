import type { ServerResponse } from 'node:http';

/** Zoho's gateway errors (auth, URL, method): key order code, details, message, status. */
export function sendGatewayError(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ code, details: {}, message, status: 'error' });
  res.writeHead(status, {
    'Content-Type': 'application/json;charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Download-Options': 'noopen',
  });
  res.end(body);
}

/** Zoho's application envelope: key order status, code, message, details. */
export function sendAppError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  details: unknown = {},
): void {
  sendJson(res, status, { status: 'error', code, message, details });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    Server: 'ZGS',
    'Cache-Control': 'no-cache, no-store',
    ...headers,
  });
  res.end(text);
}

/** Zoho's answer to a list past its last page. */
export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204, { Server: 'ZGS' });
  res.end();
}

export function sendFile(
  res: ServerResponse,
  body: Buffer,
  fileName: string,
  contentType = 'application/zip',
): void {
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': body.length,
    'Content-Disposition': `attachment; filename="${fileName}"`,
  });
  res.end(body);
}

export const INVALID_URL_PATTERN = [
  'INVALID_URL_PATTERN',
  'Please check if the URL trying to access is a correct one',
] as const;
export const INVALID_REQUEST_METHOD = [
  'INVALID_REQUEST_METHOD',
  'The http request method type is not a valid one',
] as const;
