import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { jumpToTargets } from './jump-to-targets';

type Args = Parameters<KeyboardCoordinateGetter>[1];

const rect = (top: number) => ({ top, left: 500, width: 200, height: 40, bottom: top + 40, right: 700 });
const droppableRects = new Map([
  ['field-B', rect(200)],
  ['field-A', rect(100)],
  ['field-C', rect(300)],
]);

function press(code: string, overId: string | null) {
  const event = { code, preventDefault: () => {} } as KeyboardEvent;
  const args = {
    active: 'column-0',
    currentCoordinates: { x: 0, y: 0 },
    context: {
      collisionRect: { top: 0, left: 0, width: 100, height: 20, bottom: 20, right: 100 },
      droppableRects,
      over: overId ? { id: overId } : null,
    },
  } as unknown as Args;
  return jumpToTargets(event, args);
}

describe('jumpToTargets', () => {
  it('moves the dragged column onto the next field down, in screen order', () => {
    // Centre of field-A (600, 120) minus the centre of the dragged card (50, 10).
    expect(press('ArrowDown', null)).toEqual({ x: 550, y: 110 });
    expect(press('ArrowDown', 'field-A')).toEqual({ x: 550, y: 210 });
    expect(press('ArrowUp', 'field-C')).toEqual({ x: 550, y: 210 });
  });

  it('stays put past the last field and ignores other keys', () => {
    expect(press('ArrowDown', 'field-C')).toEqual({ x: 0, y: 0 });
    expect(press('KeyA', 'field-A')).toBeUndefined();
  });
});
