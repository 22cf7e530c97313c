import { isIP } from 'node:net';

export type CallbackProblem = {
  code: 'INVALID_CALLBACK_URL' | 'INVALID_CALLBACK_METHOD';
  message: string;
  details: unknown;
};

const PRIVATE_V4 = [
  /^10\./,
  /^127\./,
  /^169\.254\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^0\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
];

function isPrivateHost(host: string): boolean {
  const bare = host
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
  if (
    bare === 'localhost' ||
    bare.endsWith('.localhost') ||
    bare.endsWith('.local') ||
    bare.endsWith('.internal')
  )
    return true;
  if (isIP(bare) === 4) return PRIVATE_V4.some((pattern) => pattern.test(bare));
  if (isIP(bare) === 6)
    return (
      bare === '::1' ||
      bare === '::' ||
      bare.startsWith('::ffff:') ||
      bare.startsWith('fc') ||
      bare.startsWith('fd') ||
      bare.startsWith('fe80')
    );
  return false;
}

/**
 * Zoho refuses callback URLs it considers an SSRF risk (seed 000: a bare host without a path). Loopback and
 * private addresses are refused too, unless the simulator runs with SIM_ALLOW_PRIVATE_CALLBACKS for local tests.
 */
export function checkCallback(callback: unknown, allowPrivate: boolean): CallbackProblem | undefined {
  if (callback === undefined) return undefined;
  const { url, method } = (callback ?? {}) as { url?: unknown; method?: unknown };
  const invalidUrl = (reason: string): CallbackProblem => ({
    code: 'INVALID_CALLBACK_URL',
    message: `Invalid URL '${String(url)}' for callback.`,
    details: { reason },
  });
  if (typeof url !== 'string') return invalidUrl('invalid url');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return invalidUrl('invalid url');
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.pathname === '/' || parsed.pathname === '') {
    return invalidUrl('possible ssrf attempt');
  }
  if (isPrivateHost(parsed.hostname) && !allowPrivate) return invalidUrl('possible ssrf attempt');
  if (method !== undefined && String(method).toLowerCase() !== 'post') {
    return {
      code: 'INVALID_CALLBACK_METHOD',
      message: `Invalid request method ${String(method)} for callback.`,
      details: { supported_callback_methods: ['post'] },
    };
  }
  return undefined;
}
