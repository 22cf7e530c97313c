'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useFocusOnMount } from '@/components/ui/use-focus-on-mount';

/** The new link, selectable, with a copy button (the link cannot be shown again later). */
export function CopyLinkField({ url }: { url: string }) {
  // Focus lands on the new link, selected, so Ctrl+C copies it at once.
  const input = useFocusOnMount<HTMLInputElement>();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    // The clipboard API exists only on https or localhost; elsewhere fall back to the selection.
    const isCopied = await (
      navigator.clipboard?.writeText(url).then(() => true) ?? Promise.resolve(false)
    ).catch(() => false);
    input.current?.select();
    setState(isCopied || document.execCommand?.('copy') ? 'copied' : 'manual');
  };
  return (
    <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3">
      <p className="text-sm font-medium text-emerald-900">
        Link created. Copy it now: Fieldmap keeps only a fingerprint of it and cannot show it again.
      </p>
      <div className="flex gap-2">
        <input
          ref={input}
          readOnly
          aria-label="New share link"
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="h-9 min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2 font-mono text-xs text-slate-800"
        />
        <Button size="sm" variant="secondary" onClick={copy}>
          {state === 'copied' ? 'Copied' : 'Copy link'}
        </Button>
      </div>
      <p role="status" className={state === 'manual' ? 'text-xs text-emerald-900' : 'sr-only'}>
        {state === 'manual'
          ? 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.'
          : state === 'copied'
            ? 'Link copied.'
            : ''}
      </p>
    </div>
  );
}
