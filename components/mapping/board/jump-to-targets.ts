import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Keyboard dragging moves from drop target to drop target (↓/→ next field, ↑/← previous) instead of
 * 25 px steps, so a keyboard user reaches any field in a few presses.
 */
export const jumpToTargets: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const forward = event.code === KeyboardCode.Down || event.code === KeyboardCode.Right;
  const backward = event.code === KeyboardCode.Up || event.code === KeyboardCode.Left;
  const { collisionRect, droppableRects, over } = context;
  if ((!forward && !backward) || !collisionRect) return undefined;
  event.preventDefault();
  const targets = [...droppableRects.entries()].sort(([, a], [, b]) => a.top - b.top || a.left - b.left);
  const position = targets.findIndex(([id]) => id === over?.id);
  const next = targets[forward ? position + 1 : position < 0 ? targets.length - 1 : position - 1];
  if (!next) return currentCoordinates;
  const [, rect] = next;
  return {
    x: currentCoordinates.x + rect.left + rect.width / 2 - (collisionRect.left + collisionRect.width / 2),
    y: currentCoordinates.y + rect.top + rect.height / 2 - (collisionRect.top + collisionRect.height / 2),
  };
};
