import { describe, expect, it } from 'vitest';
import { describeActivity } from './describe-activity';

describe('activity lines', () => {
  it('say who did what to which link, and how many rows a retry sent', () => {
    const link = { displayName: 'Q3 leads', expiresAt: null };
    expect(describeActivity({ action: 'share_link.created', adminName: 'Ada', detail: link })).toBe(
      'Ada created the link “Q3 leads”, which never expires',
    );
    expect(describeActivity({ action: 'share_link.revoked', adminName: null, detail: link })).toBe(
      'A removed admin revoked the link “Q3 leads”',
    );
    expect(
      describeActivity({ action: 'import.retried', adminName: 'Ada', detail: { rows: 2, editedCells: 1 } }),
    ).toBe('Ada retried 2 rows with 1 fixed cell');
    expect(describeActivity({ action: 'import.retried', adminName: 'Ada', detail: 'garbage' })).toBe(
      'Ada retried 0 rows',
    );
  });
});
