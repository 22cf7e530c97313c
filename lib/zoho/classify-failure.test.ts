import { describe, expect, it } from 'vitest';
import { pauseSeconds } from '@/lib/exports/run/export-step';
import { classifyFailure } from './classify-failure';
import { ZohoError } from './zoho-error';

const zoho = (code: string, status: number, message = 'x') => new ZohoError(code, status, message, 'advice');

describe('which Zoho failures pause a job and which stop it', () => {
  it('waits out rate limits, exhausted credits, token trouble and an unreachable Zoho; stops on a refusal', () => {
    expect(classifyFailure(zoho('TOO_MANY_REQUESTS', 429)).kind).toBe('wait');
    expect(classifyFailure(zoho('LIMIT_REACHED', 400, 'API credits exhausted')).kind).toBe('wait');
    expect(classifyFailure(zoho('NEEDS_RECONNECT', 401)).kind).toBe('wait');
    expect(classifyFailure(zoho('NETWORK_ERROR', 0)).kind).toBe('wait');
    expect(classifyFailure(zoho('MANDATORY_FIELDS_NOT_MAPPED', 400))).toMatchObject({
      kind: 'stop',
      message: expect.stringContaining('MANDATORY_FIELDS_NOT_MAPPED'),
    });
  });

  it('exports pause on the same failures imports pause on, exhausted credits included', () => {
    expect(pauseSeconds(zoho('LIMIT_REACHED', 400, 'API credits exhausted'))).toBe(900);
    expect(pauseSeconds(zoho('INVALID_CRITERIA', 400))).toBeUndefined();
    expect(pauseSeconds(new Error('bug'))).toBeUndefined();
  });
});
