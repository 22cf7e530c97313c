import { useId } from 'react';
import type { MappingProblem } from '@/lib/mapping/mapping-problem';

/** The checks' results, each saying what to do; errors first. */
/** `fileName` tells screen readers which file the checks are for when a page holds several lists. */
export function ProblemsList({ problems, fileName }: { problems: MappingProblem[]; fileName?: string }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        Checks before sending
        {fileName ? <span className="sr-only"> {fileName}</span> : null}
      </h3>
      {problems.length === 0 ? (
        <p className="mt-2 text-sm text-emerald-700">
          Everything Zoho checks before the job starts is in order.
        </p>
      ) : (
        <>
          <p className="mt-1 text-xs text-slate-500">
            {errors} to fix, {problems.length - errors} to know.
          </p>
          <ul aria-label="Mapping problems" className="mt-2 space-y-1.5">
            {problems.map((problem) => (
              <li
                key={`${problem.code}-${problem.apiName ?? ''}-${problem.columnIndex ?? ''}`}
                className={`rounded-md px-3 py-2 text-sm ${problem.severity === 'error' ? 'bg-red-50 text-red-800' : 'bg-amber-50 text-amber-900'}`}
              >
                <span className="font-semibold">{problem.severity === 'error' ? 'Fix: ' : 'Note: '}</span>
                {problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
