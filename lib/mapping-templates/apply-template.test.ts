import { describe, expect, it } from 'vitest';
import { LEADS_FIELDS, profiles } from '@/lib/mapping/leads-fixture';
import { emptyMapping } from '@/lib/mapping/mapping-state';
import { ignoreColumn, mapColumn, setFieldDefault } from '@/lib/mapping/transitions';
import { applyTemplate, hasDrift, headerMatch } from './apply-template';
import { templateFromState } from './template-from-state';

const settings = { module: 'Leads', operation: 'upsert' as const, findBy: 'Email', ignoreEmpty: true };
const saved = profiles('Surname', 'E-mail', 'Signed up', 'Colour');
let state = mapColumn(emptyMapping([0, 1, 2, 3]), 0, 'Last_Name');
state = mapColumn(state, 1, 'Email');
state = mapColumn(state, 2, 'Preferred_Contact_Date', { format: 'dd/MM/yyyy', defaultValue: '' });
state = ignoreColumn(state, 3);
state = setFieldDefault(state, 'Company', 'Acme');
const template = templateFromState('Webinar leads', state, saved, settings);

describe('templateFromState', () => {
  it('keeps decisions by header with their options, and the job settings', () => {
    expect(template).toEqual({
      name: 'Webinar leads',
      module: 'Leads',
      operation: 'upsert',
      findBy: 'Email',
      body: {
        headers: ['Surname', 'E-mail', 'Signed up', 'Colour'],
        byHeader: {
          Surname: { kind: 'matched', apiName: 'Last_Name' },
          'E-mail': { kind: 'matched', apiName: 'Email' },
          'Signed up': { kind: 'matched', apiName: 'Preferred_Contact_Date', format: 'dd/MM/yyyy' },
          Colour: { kind: 'ignored' },
        },
        fieldDefaults: { Company: 'Acme' },
        ignoreEmpty: true,
      },
    });
  });
});

describe('applyTemplate', () => {
  it('reapplies to the same columns in another order, without drift', () => {
    const file = profiles('Colour', 'Signed up', 'E-mail', 'Surname');
    const { state: applied, drift } = applyTemplate(template.body, file, LEADS_FIELDS);
    expect(applied.columns[3]).toMatchObject({ kind: 'matched', apiName: 'Last_Name' });
    expect(applied.columns[1]).toMatchObject({ apiName: 'Preferred_Contact_Date', format: 'dd/MM/yyyy' });
    expect(applied.columns[0]).toEqual({ kind: 'ignored' });
    expect(applied.fieldDefaults).toEqual({ Company: 'Acme' });
    expect(hasDrift(drift)).toBe(false);
  });

  it('shows missing, renamed and extra columns, and fields the module lost', () => {
    const file = profiles('surname', 'Email address', 'Signed-up on', 'Phone');
    const body = {
      ...template.body,
      byHeader: {
        ...template.body.byHeader,
        Colour: { kind: 'matched' as const, apiName: 'Favourite_Colour' },
      },
    };
    const { state: applied, drift } = applyTemplate(body, file, LEADS_FIELDS);
    expect(applied.columns[0]).toMatchObject({ apiName: 'Last_Name' });
    expect(drift.renamed).toEqual([{ from: 'Signed up', to: 'Signed-up on' }]);
    expect(applied.columns[2]).toMatchObject({ apiName: 'Preferred_Contact_Date' });
    expect(drift.missing).toEqual(['E-mail', 'Colour']);
    expect(drift.extra).toEqual(['Email address', 'Phone']);
    expect(applied.columns[1]).toEqual({ kind: 'unmapped' });
    expect(drift.droppedFields).toEqual([]);
    const lost = applyTemplate(body, profiles('Colour'), LEADS_FIELDS).drift;
    expect(lost.droppedFields).toEqual(['Favourite_Colour']);
  });

  it('ranks templates by how many of their headers the file has', () => {
    expect(headerMatch(template.body, ['Surname', 'E-mail', 'Signed up', 'Colour'])).toBe(1);
    expect(headerMatch(template.body, ['surname', 'E-MAIL'])).toBe(0.5);
    expect(headerMatch(template.body, ['Surname', 'E-mail', 'Signed up', 'Colour', 'A', 'B', 'C', 'D'])).toBe(
      0.5,
    );
  });
});
