import type { ReactNode } from 'react';

/** "Files in this import": a parent-child import's files side by side. */
export function FileCards({ children, count }: { children: ReactNode; count: number }) {
  return (
    <section aria-labelledby="family-files" className="space-y-3">
      <div>
        <h2 id="family-files" className="text-base font-semibold text-slate-900">
          Files in this import
        </h2>
        <p className="text-sm text-slate-600">
          One parent file and {count - 1} child {count - 1 === 1 ? 'file' : 'files'}, sent together: each
          child row goes in with its parent record.
        </p>
      </div>
      <div className={`grid gap-4 md:grid-cols-2 ${count > 2 ? 'xl:grid-cols-3' : ''}`}>{children}</div>
    </section>
  );
}
