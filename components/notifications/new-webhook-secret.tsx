'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/** A new webhook's signing secret, shown once, with how a receiver checks it. */
export function NewWebhookSecret({ name, secret }: { name: string; secret: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [isCopied, setIsCopied] = useState(false);
  const copy = async () => {
    input.current?.select();
    const ok = await (
      navigator.clipboard?.writeText(secret).then(() => true) ?? Promise.resolve(false)
    ).catch(() => false);
    setIsCopied(ok || Boolean(document.execCommand?.('copy')));
  };
  return (
    <div role="status" className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3">
      <p className="text-sm font-medium text-emerald-900">
        Webhook “{name}” added. Copy its signing secret now: it is not shown again.
      </p>
      <div className="flex gap-2">
        <input
          ref={input}
          readOnly
          aria-label="Webhook signing secret"
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
          className="h-9 min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2 font-mono text-xs text-slate-800"
        />
        <Button size="sm" variant="secondary" onClick={copy}>
          {isCopied ? 'Copied' : 'Copy secret'}
        </Button>
      </div>
      <p className="text-xs text-emerald-900">
        Each request carries X-Fieldmap-Timestamp and X-Fieldmap-Signature: sha256= the hex HMAC-SHA256 of
        “timestamp.body” with this secret.
      </p>
    </div>
  );
}
