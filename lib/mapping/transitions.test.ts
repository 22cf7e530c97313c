import { describe, expect, it } from 'vitest';
import { columnFor, emptyMapping } from './mapping-state';
import {
  acceptAll,
  acceptSuggestion,
  ignoreColumn,
  mapColumn,
  setFieldDefault,
  setOptions,
  suggest,
  undoAll,
  unmapColumn,
} from './transitions';

const start = emptyMapping([0, 1, 2]);
const suggestion = (apiName: string) => ({ apiName, reason: 'test', confidence: 0.9 });

describe('mapping transitions', () => {
  it('maps a column and gives a field only one column', () => {
    const once = mapColumn(start, 0, 'Email');
    expect(columnFor(once, 'Email')).toBe(0);
    const moved = mapColumn(once, 2, 'Email');
    expect(columnFor(moved, 'Email')).toBe(2);
    expect(moved.columns[0]).toEqual({ kind: 'unmapped', suggestion: undefined });
  });

  it('keeps options with the match and drops them on unmap', () => {
    const mapped = setOptions(mapColumn(start, 1, 'Owner'), 1, { findBy: 'email' });
    expect(mapped.columns[1]).toMatchObject({ kind: 'matched', apiName: 'Owner', findBy: 'email' });
    expect(unmapColumn(mapped, 1).columns[1]).toEqual({ kind: 'unmapped', suggestion: undefined });
    expect(setOptions(start, 1, { findBy: 'id' })).toBe(start);
  });

  it("marks a column don't-import", () => {
    expect(ignoreColumn(mapColumn(start, 0, 'Email'), 0).columns[0]).toEqual({ kind: 'ignored' });
  });

  it('accepts one suggestion, or all without giving one field two columns', () => {
    const suggested = suggest(start, {
      0: suggestion('Email'),
      1: suggestion('Phone'),
      2: suggestion('Phone'),
    });
    expect(acceptSuggestion(suggested, 0).columns[0]).toMatchObject({ kind: 'matched', apiName: 'Email' });
    const all = acceptAll(suggested);
    expect(columnFor(all, 'Email')).toBe(0);
    expect(columnFor(all, 'Phone')).toBe(1);
    expect(all.columns[2]?.kind).toBe('unmapped');
  });

  it('does not let a suggestion overwrite a decision', () => {
    const ignored = ignoreColumn(start, 0);
    expect(suggest(ignored, { 0: suggestion('Email') }).columns[0]).toEqual({ kind: 'ignored' });
  });

  it('undoes all decisions but keeps the suggestions to accept again', () => {
    const accepted = acceptAll(suggest(start, { 0: suggestion('Email') }));
    const undone = undoAll(setFieldDefault(ignoreColumn(accepted, 1), 'Lead_Source', 'Web'));
    expect(undone.columns[0]).toEqual({ kind: 'unmapped', suggestion: suggestion('Email') });
    expect(undone.columns[1]).toEqual({ kind: 'unmapped', suggestion: undefined });
    expect(undone.fieldDefaults).toEqual({});
  });

  it('sets and clears a default for a field without a column', () => {
    const set = setFieldDefault(start, 'Lead_Source', 'Web');
    expect(set.fieldDefaults).toEqual({ Lead_Source: 'Web' });
    expect(setFieldDefault(set, 'Lead_Source', '').fieldDefaults).toEqual({});
  });
});
