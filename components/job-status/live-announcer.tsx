'use client';
import { useEffect, useState } from 'react';
import { type Announcement, nextAnnouncement } from './live-announcement';

/**
 * A visually hidden polite live region for a job that refreshes itself: it speaks each new state once and
 * progress within a state every few seconds at most (see nextAnnouncement), never every refresh.
 */
export function LiveAnnouncer({ state, text }: { state: string; text: string }) {
  const [announced, setAnnounced] = useState<Announcement | null>(null);
  useEffect(() => {
    setAnnounced((last) => nextAnnouncement(last, { state, text }, Date.now()) ?? last);
  }, [state, text]);
  return (
    <p role="status" className="sr-only">
      {announced?.text}
    </p>
  );
}
