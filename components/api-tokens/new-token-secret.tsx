'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/** The new token, selectable, with a copy button and the two lines a script needs. */
export function NewTokenSecret({ name, token }: { name: string; token: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [isCopied, setIsCopied] = useState(false);
  const copy = async () => {
    input.current?.select();
    const ok = await (navigator.clipboard?.writeText(token).then(() => true) ?? Promise.resolve(false)).catch(
      () => false,
    );
    setIsCopied(ok || Boolean(document.execCommand?.('copy')));
  };
  return (
    <div role="status" className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3">
      <p className="text-sm font-medium text-emerald-900">
        Token “{name}” created. Copy it now: Fieldmap keeps only a fingerprint of it and cannot show it again.
      </p>
      <div className="flex gap-2">
        <input
          ref={input}
          readOnly
          aria-label="New API token"
          value={token}
          onFocus={(event) => event.currentTarget.select()}
          className="h-9 min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2 font-mono text-xs text-slate-800"
        />
        <Button size="sm" variant="secondary" onClick={copy}>
          {isCopied ? 'Copied' : 'Copy token'}
        </Button>
      </div>
      <pre
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
        tabIndex={0}
        className="overflow-x-auto rounded bg-white p-2 font-mono text-xs text-slate-800"
      >
        {`export FIELDMAP_URL=${typeof window === 'undefined' ? '' : window.location.origin}\nexport FIELDMAP_TOKEN=<the token above>\nnpx fieldmap import leads.csv --template "My template" --wait`}
      </pre>
    </div>
  );
}
