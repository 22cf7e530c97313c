/** In place of the start panel while a child file is not ready: what is left to do. */
export function ChildFilesPending({ blockers }: { blockers: string[] }) {
  const unique = [...new Set(blockers)];
  return (
    <section
      aria-labelledby="start-import-pending"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="start-import-pending" className="text-base font-semibold text-slate-900">
        Run the import
      </h2>
      <p className="mt-1 text-sm text-slate-600">The import can start once every child file is ready:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        {unique.map((blocker) => (
          <li key={blocker}>{blocker}</li>
        ))}
      </ul>
    </section>
  );
}
