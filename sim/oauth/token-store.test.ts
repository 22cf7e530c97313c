import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES, DEMO_CLIENT, TokenStore } from './token-store';

describe('refresh tokens with SIM_DATA_DIR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sim-tokens-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('outlive a restart, as Zoho’s do, and stay revoked once revoked', () => {
    const file = join(dir, 'refresh-tokens.json');
    const first = new TokenStore(undefined, 3600, file);
    const kept = first.issueRefresh(DEMO_CLIENT.id, ALL_SCOPES);
    const revoked = first.issueRefresh(DEMO_CLIENT.id, ALL_SCOPES);
    first.revoke(revoked);
    const second = new TokenStore(undefined, 3600, file);
    expect(second.findRefresh(kept)?.clientId).toBe(DEMO_CLIENT.id);
    expect(second.findRefresh(revoked)).toBeUndefined();
    expect(new TokenStore().findRefresh(kept)).toBeUndefined();
  });
});
