'use client';
import { Button } from '@/components/ui/button';

export type SelectedCell = { record: number; header: string; value: string };

/** The full value of a clicked cell, as text. */
export function CellDetail({ cell, onClose }: { cell: SelectedCell; onClose: () => void }) {
  return (
    <section aria-label="Cell value" className="border-t border-slate-200 bg-slate-50 px-4 py-3">
      <div className="flex items-center justify-between gap-3">
        <p className="text-xs font-medium text-slate-600">
          Record {cell.record} · {cell.header} · {cell.value.length.toLocaleString('en-US')} characters
        </p>
        <Button variant="ghost" size="sm" onClick={onClose}>
          Close
        </Button>
      </div>
      <pre
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
        tabIndex={0}
        className="mt-2 max-h-48 overflow-auto rounded border border-slate-200 bg-white p-2 font-mono text-xs whitespace-pre-wrap break-all text-slate-800"
      >
        {cell.value === '' ? '(empty)' : cell.value}
      </pre>
    </section>
  );
}
