'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

const WAIT_FOR_HEADING_MS = 5_000;

function focusElement(target: HTMLElement) {
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/**
 * After a client-side navigation, keyboard and screen-reader focus starts at the new page's heading (as after
 * a full page load it starts at the top), not on a link that may no longer exist. A page still loading gets
 * focus on its main region, then on its heading once it appears, unless the user has moved on by then.
 */
export function FocusOnNavigate() {
  const pathname = usePathname();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    if (!main) return;
    const heading = () => main.querySelector<HTMLElement>('h1');
    const found = heading();
    if (found) return focusElement(found);
    focusElement(main);
    const observer = new MutationObserver(() => {
      const late = heading();
      if (!late) return;
      observer.disconnect();
      if (document.activeElement === main) focusElement(late);
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), WAIT_FOR_HEADING_MS);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [pathname]);
  return null;
}
