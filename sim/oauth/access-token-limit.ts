const WINDOW_MS = 10 * 60_000;
const PER_WINDOW = 10;

/**
 * Zoho's documented access-token limit: a refresh token gets at most ten access tokens in ten minutes, and is
 * then blocked for the rest of those ten minutes (variant tokenLimit).
 */
export class AccessTokenLimit {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  /** Counts a token about to be issued; false when the refresh token is blocked (nothing is counted then). */
  take(refreshToken: string, now = Date.now()): boolean {
    const window = this.windows.get(refreshToken);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      this.windows.set(refreshToken, { startedAt: now, count: 1 });
      return true;
    }
    if (window.count >= PER_WINDOW) return false;
    window.count += 1;
    return true;
  }

  reset(): void {
    this.windows.clear();
  }
}
