'use client';
import { useState } from 'react';
import type { ZohoFieldMapping } from '@/lib/zoho/wire/to-field-mappings';

/** Exactly the `field_mappings` that will go to Zoho, copyable. */
export function FieldMappingsPanel({ mappings }: { mappings: ZohoFieldMapping[] }) {
  const [isCopied, setIsCopied] = useState(false);
  const json = JSON.stringify(mappings, null, 2);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        What is sent: field_mappings ({mappings.length})
      </summary>
      <div className="mt-2 flex justify-end">
        <button
          type="button"
          className="text-xs font-medium text-indigo-700 hover:underline"
          onClick={() => navigator.clipboard.writeText(json).then(() => setIsCopied(true))}
        >
          {isCopied ? 'Copied' : 'Copy JSON'}
        </button>
      </div>
      <pre
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
        tabIndex={0}
        className="mt-1 max-h-80 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100"
      >
        {json}
      </pre>
    </details>
  );
}
