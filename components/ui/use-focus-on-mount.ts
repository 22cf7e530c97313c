'use client';
import { useEffect, useRef } from 'react';

/**
 * For a step that replaces the control the user just used (a wizard step, an editor that opens): focus moves
 * to the new step's heading instead of falling back to the top of the page. The element needs tabIndex={-1}.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
