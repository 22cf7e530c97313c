'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** The new link, selectable, with a copy button (the link cannot be shown again later). */
export function CopyLinkField({ url }: { url: string }) {
  const [isCopied, setIsCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(url).catch(() => undefined);
    setIsCopied(true);
  };
  return (
    <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3">
      <p className="text-sm font-medium text-emerald-900">
        Link created. Copy it now: Fieldmap keeps only a fingerprint of it and cannot show it again.
      </p>
      <div className="flex gap-2">
        <input
          readOnly
          aria-label="New share link"
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="h-9 min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2 font-mono text-xs text-slate-800"
        />
        <Button size="sm" variant="secondary" onClick={copy}>
          {isCopied ? 'Copied' : 'Copy link'}
        </Button>
      </div>
    </div>
  );
}
