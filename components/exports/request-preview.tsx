import type { ReadRequestBody } from '@/lib/zoho/wire/build-read-request';

/** The exact JSON Fieldmap will send to Zoho for the first page (later pages add `page` or `page_token`). */
export function RequestPreview({ apiVersion, request }: { apiVersion: string; request: ReadRequestBody }) {
  return (
    <figure aria-label="Zoho request">
      <figcaption className="flex items-center justify-between text-xs text-slate-500">
        <span className="font-mono">POST /crm/bulk/{apiVersion}/read</span>
        <span>first page</span>
      </figcaption>
      <pre
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
        tabIndex={0}
        className="mt-2 max-h-[28rem] overflow-auto rounded-md bg-slate-900 p-3 font-mono text-[12px] leading-5 text-slate-100"
      >
        {JSON.stringify(request, null, 2)}
      </pre>
    </figure>
  );
}
