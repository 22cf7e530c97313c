import { describe, expect, it } from 'vitest';
import { IdSequence } from '../ids';
import { RecordStore } from './record-store';

function leads(count: number) {
  const store = new RecordStore(new IdSequence());
  store.transaction(() => {
    for (let n = 1; n <= count; n += 1)
      store.insert('Leads', {
        Last_Name: `Last ${n}`,
        Email: `lead${n}@example.com`,
        City: n % 2 ? 'Oslo' : 'Lima',
      });
  });
  return store;
}

describe('the records store', () => {
  it('finds records by a unique field ignoring case, and keeps the keys current on update', () => {
    const store = leads(50);
    expect(store.findBy('Leads', 'Email', ' LEAD7@example.com ')?.Last_Name).toBe('Last 7');
    const seventh = store.findBy('Leads', 'Email', 'lead7@example.com');
    store.update('Leads', seventh?.id ?? '', { Email: 'renamed@example.com' });
    expect(store.findBy('Leads', 'Email', 'lead7@example.com')).toBeUndefined();
    expect(store.findBy('Leads', 'Email', 'renamed@example.com')?.id).toBe(seventh?.id);
    expect(store.count('Leads')).toBe(50);
  });

  it('pages newest first, and searches a unique value exactly or any text', () => {
    const store = leads(60);
    expect(store.newestFirst('Leads', { offset: 0, limit: 2 }).map((record) => record.Last_Name)).toEqual([
      'Last 60',
      'Last 59',
    ]);
    store.findBy('Leads', 'Email', 'lead1@example.com');
    expect(store.search('Leads', 'lead12@example.com', { offset: 0, limit: 25 })).toMatchObject({
      total: 1,
      isPartial: false,
      records: [{ Last_Name: 'Last 12' }],
    });
    const oslo = store.search('Leads', 'oslo', { offset: 0, limit: 25 });
    expect(oslo.total).toBe(30);
    expect(oslo.records[0]?.Last_Name).toBe('Last 59');
  });

  it('reads every record a batch at a time, so the caller may use the store between batches', () => {
    const store = leads(2_500);
    let seen = 0;
    for (const batch of store.batches('Leads')) {
      seen += batch.length;
      expect(store.get('Leads', batch[0]?.id ?? '')).toBeDefined();
    }
    expect(seen).toBe(2_500);
    expect(store.idAt('Leads', 1_000)).toBe(store.list('Leads')[1_000]?.id);
  });
});
