import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const DEMO_CLIENT = { id: '1000.SIMULATOR', secret: 'simulator-secret' } as const;
export const ALL_SCOPES = [
  'ZohoCRM.bulk.ALL',
  'ZohoCRM.modules.ALL',
  'ZohoCRM.settings.ALL',
  'ZohoCRM.org.READ',
  'ZohoCRM.users.READ',
  'ZohoFiles.files.ALL',
];
const GRANT_CODE_MS = 2 * 60_000;

type Grant = { clientId: string; scopes: string[]; redirectUri?: string; expiresAt: number };
type Refresh = { clientId: string; scopes: string[]; isRevoked: boolean };
type Access = { refreshToken: string; scopes: string[]; expiresAt: number };

const token = () => `1000.${randomBytes(16).toString('hex')}.${randomBytes(16).toString('hex')}`;

/** Grant codes (single use, 2 minutes), refresh tokens, and access tokens (1 hour) of the demo org. */
export class TokenStore {
  private readonly grants = new Map<string, Grant>();
  private readonly refreshTokens = new Map<string, Refresh>();
  private readonly accessTokens = new Map<string, Access>();
  /** Access token lifetime; Zoho's is an hour, tests set it short through /__sim/settings. */
  accessSeconds: number;

  /** `selfClientRefreshToken` is the demo self-client's ready refresh token, for curl sessions and docs. */
  constructor(
    readonly selfClientRefreshToken = '1000.simulator.refresh',
    private readonly defaultAccessSeconds = 3600,
    /** With SIM_DATA_DIR, refresh tokens are kept on disk: Zoho's outlive restarts, so a connection does too. */
    private readonly file?: string,
  ) {
    this.accessSeconds = defaultAccessSeconds;
    this.clear();
    if (file && existsSync(file)) {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Refresh>;
      for (const [value, refresh] of Object.entries(saved)) this.refreshTokens.set(value, refresh);
    }
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(Object.fromEntries(this.refreshTokens)));
    renameSync(`${this.file}.tmp`, this.file);
  }

  reset(): void {
    this.clear();
    this.save();
  }

  private clear(): void {
    this.grants.clear();
    this.refreshTokens.clear();
    this.accessTokens.clear();
    this.accessSeconds = this.defaultAccessSeconds;
    this.refreshTokens.set(this.selfClientRefreshToken, {
      clientId: DEMO_CLIENT.id,
      scopes: ALL_SCOPES,
      isRevoked: false,
    });
  }

  issueGrant(clientId: string, scopes: string[], redirectUri?: string): string {
    const code = token();
    this.grants.set(code, { clientId, scopes, redirectUri, expiresAt: Date.now() + GRANT_CODE_MS });
    return code;
  }

  /** The grant is consumed whether or not the exchange succeeds, as a used code is gone. */
  takeGrant(code: string): Grant | undefined {
    const grant = this.grants.get(code);
    this.grants.delete(code);
    return grant && grant.expiresAt > Date.now() ? grant : undefined;
  }

  issueRefresh(clientId: string, scopes: string[]): string {
    const refreshToken = token();
    this.refreshTokens.set(refreshToken, { clientId, scopes, isRevoked: false });
    this.save();
    return refreshToken;
  }

  findRefresh(refreshToken: string): Refresh | undefined {
    const found = this.refreshTokens.get(refreshToken);
    return found && !found.isRevoked ? found : undefined;
  }

  issueAccess(refreshToken: string, scopes: string[]): { accessToken: string; expiresIn: number } {
    const accessToken = token();
    this.accessTokens.set(accessToken, {
      refreshToken,
      scopes,
      expiresAt: Date.now() + this.accessSeconds * 1000,
    });
    return { accessToken, expiresIn: this.accessSeconds };
  }

  findAccess(
    accessToken: string,
  ): { scopes: string[]; state: 'valid' | 'expired'; expiresAt: number } | undefined {
    const found = this.accessTokens.get(accessToken);
    if (!found || this.refreshTokens.get(found.refreshToken)?.isRevoked) return undefined;
    return {
      scopes: found.scopes,
      state: found.expiresAt > Date.now() ? 'valid' : 'expired',
      expiresAt: found.expiresAt,
    };
  }

  revoke(tokenValue: string): boolean {
    const refresh = this.refreshTokens.get(tokenValue);
    if (refresh) {
      refresh.isRevoked = true;
      this.save();
      return true;
    }
    return this.accessTokens.delete(tokenValue);
  }

  issuedValues(): string[] {
    return [...this.refreshTokens.keys(), ...this.accessTokens.keys()];
  }

  expireAllAccessTokens(): number {
    for (const access of this.accessTokens.values()) access.expiresAt = 0;
    return this.accessTokens.size;
  }

  revokeAllRefreshTokens(): void {
    for (const refresh of this.refreshTokens.values()) refresh.isRevoked = true;
    this.save();
  }
}
