import { Card } from '@/components/ui/card';
import { formatWhen } from '@/components/ui/format';
import type { ImportAdminView } from '@/lib/imports/views/import-admin-view';

type Preflight = { rowsToSkip?: number; rowsWithWarnings?: number; blankLines?: number } | null;

/** Who ran what from where, and what it cost: the admin-only facts of an import. */
export function ImportFacts({ view }: { view: ImportAdminView }) {
  const preflight = view.preflight as Preflight;
  const facts: [string, string][] = [
    ['File', view.fileName],
    ['Connection', view.connectionName ?? 'Removed'],
    ['Ran by', view.ranBy ?? 'A removed admin'],
    ['Started', formatWhen(view.createdAt)],
    ['Finished', formatWhen(view.finishedAt)],
    [
      'Zoho jobs',
      `${view.chunks.filter((chunk) => chunk.status !== 'pending').length} of ${view.chunks.length}`,
    ],
    view.familyParent
      ? ['API credits used', 'none of its own: it goes in with the parent file']
      : ['API credits used', `about ${view.creditsUsed.toLocaleString()}`],
  ];
  if (preflight) {
    // With child files it covers the parent file: child rows are checked in the browser before sending.
    facts.push([
      view.files.length > 0 ? `Pre-flight on the server (${view.module} file)` : 'Pre-flight on the server',
      `${(preflight.rowsToSkip ?? 0).toLocaleString()} rows predicted to be skipped, ${(preflight.rowsWithWarnings ?? 0).toLocaleString()} with warnings${preflight.blankLines ? `, ${preflight.blankLines.toLocaleString()} blank lines ignored` : ''}`,
    ]);
  }
  return (
    <Card className="p-5">
      <h2 className="text-base font-semibold text-slate-900">Details</h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-500">{term}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
