const WINDOW_MS = 60_000;

/**
 * Zoho's accounts server refuses clients that call the token endpoint too often (it documents limits such as
 * 5 refresh tokens a minute). Off when the limit is 0; the body is the one Zoho is widely reported to send.
 */
export class TokenThrottle {
  private readonly times: number[] = [];

  constructor(public perMinute: number) {}

  /** Records the attempt; true when it is over the limit (refused attempts count too, as they do at Zoho). */
  isThrottled(now = Date.now()): boolean {
    if (this.perMinute <= 0) return false;
    while (this.times.length > 0 && (this.times[0] ?? 0) <= now - WINDOW_MS) this.times.shift();
    this.times.push(now);
    return this.times.length > this.perMinute;
  }

  reset(perMinute: number): void {
    this.perMinute = perMinute;
    this.times.length = 0;
  }
}

export const TOKEN_THROTTLED_BODY = {
  error_description: 'You have made too many requests continuously. Please try again after some time.',
  error: 'Access Denied',
  status: 'failure',
} as const;

/** The same refusal as public captures show it localised (variant tokenThrottleLanguage). */
export const TOKEN_THROTTLED_BODY_CHINESE = {
  error_description: '您已连续提出过多请求，请稍后再试。',
  error: '拒绝访问',
  status: 'failure',
} as const;
