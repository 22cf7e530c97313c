import type { ReactNode } from 'react';

/** The public page's frame: no navigation, no links anywhere, a note on what viewers can see. */
export function SharedPageFrame({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen bg-slate-50">
      <div className="border-b border-slate-200 bg-white">
        <p className="mx-auto max-w-5xl px-4 py-3 text-sm font-semibold text-slate-700 sm:px-6">
          Fieldmap <span className="font-normal text-slate-500">· live job status</span>
        </p>
      </div>
      <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6">{children}</main>
      <footer className="mx-auto max-w-5xl px-4 pb-10 text-xs text-slate-500 sm:px-6">
        A read-only page shared with you. It shows counts and error types only, never the data itself.
      </footer>
    </div>
  );
}
