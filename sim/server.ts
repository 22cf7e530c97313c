import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerBulkReadRoutes } from './bulk-read/routes';
import { registerBulkWriteRoutes } from './bulk-write/routes';
import { configFromEnv, type SimConfig } from './config';
import { SimContext } from './context';
import { registerControlRoutes } from './control/routes';
import type { Fault } from './faults';
import { sendAppError, sendJson } from './http/respond';
import { Router } from './http/router';
import { registerMetadataRoutes } from './metadata/routes';
import { registerOAuthRoutes } from './oauth/routes';
import { registerRedirectedDownloads } from './shared/redirected-download';
import { registerUploadRoutes } from './upload/routes';

export type RunningSimulator = { url: string; context: SimContext; close(): Promise<void> };

/** Starts the Zoho CRM simulator: one origin for Zoho's accounts, API, upload and download hosts. */
export async function startSimulator(options: Partial<SimConfig> = {}): Promise<RunningSimulator> {
  const config = { ...configFromEnv(), ...options };
  const context = new SimContext(config);
  const router = new Router();
  registerControlRoutes(router, context);
  registerOAuthRoutes(router, context);
  registerMetadataRoutes(router, context);
  registerUploadRoutes(router, context);
  registerBulkWriteRoutes(router, context);
  registerBulkReadRoutes(router, context);
  registerRedirectedDownloads(router, context);

  const server = createServer((req, res) => void handle(context, router, req, res));
  // Longer than any client's idle keep-alive, so a reused connection is never closed under a request in flight.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  context.publicUrl = config.publicUrl ?? `http://${config.host}:${port}`;
  return {
    url: context.publicUrl,
    context,
    close: () =>
      new Promise((resolve) => {
        context.stop();
        server.closeAllConnections();
        server.close(() => {
          context.close();
          resolve();
        });
      }),
  };
}

async function handle(
  context: SimContext,
  router: Router,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://simulator');
  res.on('finish', () =>
    context.log.add({
      at: new Date().toISOString(),
      method: req.method ?? 'GET',
      path: url.pathname,
      status: res.statusCode,
      grantType: context.log.grantOf(res),
    }),
  );
  const fault = url.pathname.startsWith('/__sim/')
    ? undefined
    : context.faults.take(req.method ?? 'GET', url.pathname);
  if (fault?.mode === 'drop') return void req.socket.destroy();
  if (fault?.mode === 'timeout') return;
  if (fault?.mode === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 0));
  else if (fault?.mode === 'accept-then-drop' || fault?.mode === 'accept-then-respond')
    replaceAnswer(req, res, fault);
  else if (fault)
    return sendJson(res, fault.status, fault.body ?? defaultFaultBody(fault.status), fault.headers);
  try {
    await router.handle(req, res, url);
  } catch (error) {
    console.error('[sim]', error);
    if (!res.headersSent) sendAppError(res, 500, 'INTERNAL_ERROR', 'Internal Server Error');
  }
}

/** The call is handled in full, but its answer never reaches the client: the connection resets or a fault answers. */
function replaceAnswer(req: IncomingMessage, res: ServerResponse, fault: Fault): void {
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (() => res) as typeof res.writeHead;
  res.end = (() => {
    if (fault.mode === 'accept-then-drop') req.socket.destroy();
    else {
      res.writeHead = writeHead;
      res.end = end;
      sendJson(res, fault.status, fault.body ?? defaultFaultBody(fault.status), fault.headers);
    }
    return res;
  }) as typeof res.end;
}

/** Zoho's own bodies for the faults tests arm most: 429 (concurrency) and anything else as a 500. */
function defaultFaultBody(status: number) {
  if (status === 429)
    return {
      status: 'error',
      code: 'TOO_MANY_REQUESTS',
      message: 'Many requests fired in concurrent than the allowed limit',
      details: {},
    };
  return { status: 'error', code: 'INTERNAL_ERROR', message: 'Internal Server Error', details: {} };
}
