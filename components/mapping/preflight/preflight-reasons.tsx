import type { PreflightReason, PreflightSeverity } from '@/lib/mapping/preflight-tally';
import { describeExamples, reasonKey } from '@/lib/mapping/preflight-views';

const GROUPS: { severity: PreflightSeverity; title: string; hint: string; tone: string; pill: string }[] = [
  {
    severity: 'skip',
    title: 'Zoho would skip',
    hint: 'Decided by the file alone: these rows would come back as skipped.',
    tone: 'border-red-200 bg-red-50/60',
    pill: 'bg-red-600 text-white',
  },
  {
    severity: 'warning',
    title: 'Imported, but not quite as written',
    hint: 'These rows are added or updated; check the note.',
    tone: 'border-amber-200 bg-amber-50/60',
    pill: 'bg-amber-500 text-white',
  },
  {
    severity: 'zoho_decides',
    title: 'Zoho decides from its data',
    hint: 'Depends on records already in the CRM, which the file cannot tell.',
    tone: 'border-slate-200 bg-slate-50',
    pill: 'bg-slate-600 text-white',
  },
];

type Props = {
  reasons: PreflightReason[];
  headerOf: (columnIndex: number) => string;
  onShowRows: (key: string) => void;
};

/** The pre-flight's reasons in three groups, each with its rows and a way to see them in the grid. */
export function PreflightReasons({ reasons, headerOf, onShowRows }: Props) {
  return (
    <div className="space-y-3">
      {GROUPS.map((group) => {
        const items = reasons.filter((r) => r.severity === group.severity);
        if (items.length === 0) return null;
        return (
          // A group, not a region: a page with child files holds several row checks with the same titles.
          // biome-ignore lint/a11y/useSemanticElements: not a form, so no fieldset
          <div
            key={group.severity}
            role="group"
            aria-label={group.title}
            className={`rounded-lg border p-3 ${group.tone}`}
          >
            <h4 className="text-sm font-semibold text-slate-900">{group.title}</h4>
            <p className="text-xs text-slate-600">{group.hint}</p>
            <ul className="mt-2 space-y-2">
              {items.map((reason) => (
                <li
                  key={reasonKey(reason)}
                  className="flex flex-wrap items-start gap-x-3 gap-y-1 rounded-md bg-white p-2.5 text-sm shadow-sm ring-1 ring-slate-200"
                >
                  <span
                    className={`min-w-12 rounded-full px-2 py-0.5 text-center text-xs font-semibold tabular-nums ${group.pill}`}
                  >
                    {reason.count.toLocaleString('en-US')}
                  </span>
                  <div className="min-w-0 flex-1">
                    <p className="text-slate-900">
                      {reason.message}
                      {reason.columnIndex !== undefined ? (
                        <span className="ml-2 inline-flex rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                          column “{headerOf(reason.columnIndex)}”
                        </span>
                      ) : null}
                    </p>
                    <p className="mt-0.5 text-xs text-slate-500">
                      {reason.count === 1 ? 'Row' : 'Rows'} {describeExamples(reason)}
                    </p>
                  </div>
                  {reason.severity !== 'zoho_decides' ? (
                    <button
                      type="button"
                      className="text-xs font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
                      onClick={() => onShowRows(reasonKey(reason))}
                    >
                      Show these rows
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
