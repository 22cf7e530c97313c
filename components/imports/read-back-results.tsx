import type { ImportAdminView } from '@/lib/imports/views/import-admin-view';

/** What each read-back found: how many rows Zoho had, and what was sent again. */
export function ReadBackResults({ view }: { view: ImportAdminView }) {
  if (view.readBackResults.length === 0) return null;
  return (
    <section aria-labelledby="read-back" className="rounded-lg border border-sky-200 bg-sky-50 p-4">
      <h2 id="read-back" className="text-sm font-semibold text-sky-950">
        Checked in Zoho
      </h2>
      <ul className="mt-2 space-y-2 text-sm text-sky-950">
        {view.readBackResults.map((result) => (
          <li key={result.index}>
            <span className="font-medium">Batch {result.index + 1}:</span> {result.summary}
          </li>
        ))}
      </ul>
    </section>
  );
}
