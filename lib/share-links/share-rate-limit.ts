import 'server-only';
import { env } from '@/lib/env';
import { AppError, toErrorResponse } from '@/lib/http/app-error';
import { clientAddress } from '@/lib/http/client-address';
import { createTokenBucket } from '@/lib/rate-limit/token-bucket';
import { SHARE_HEADERS } from './share-headers';

type Bucket = ReturnType<typeof createTokenBucket>;
let bucket: { limit: number; bucket: Bucket; all: Bucket } | undefined;
/** Without a trusted proxy a client can name any x-forwarded-for: all share traffic also shares this budget. */
const ALL_CLIENTS_FACTOR = 50;

/**
 * The client a share request counts against. Behind a trusted proxy, the address it forwards; otherwise the
 * address Next recorded from the socket (x-forwarded-for, which Next fills in when the client sent none).
 */
export function shareClientKey(request: Request): string {
  const trusted = clientAddress(request);
  if (trusted !== 'direct') return trusted;
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'direct';
}

/** A 429 when this client has used up its share requests for now, else undefined. */
export function limitShareRequest(request: Request, now = Date.now()): Response | undefined {
  const limit = env().SHARE_RATE_LIMIT_PER_MINUTE;
  if (bucket?.limit !== limit)
    bucket = {
      limit,
      bucket: createTokenBucket({ capacity: limit, refillPerMinute: limit }),
      all: createTokenBucket({
        capacity: limit * ALL_CLIENTS_FACTOR,
        refillPerMinute: limit * ALL_CLIENTS_FACTOR,
      }),
    };
  const perClient = bucket.bucket.take(shareClientKey(request), now);
  const result = perClient.isAllowed && !env().TRUST_PROXY ? bucket.all.take('all', now) : perClient;
  if (result.isAllowed) return undefined;
  const response = toErrorResponse(
    new AppError('rate_limited', 'Too many requests to this page. Wait a moment, then reload.'),
  );
  for (const [name, value] of Object.entries(SHARE_HEADERS)) response.headers.set(name, value);
  response.headers.set('Retry-After', String(result.retryAfterSeconds));
  return response;
}
