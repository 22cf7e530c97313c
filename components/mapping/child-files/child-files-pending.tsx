/** Under the start button while a child file is not ready: what is left to do. */
export function ChildFilesPending({ blockers }: { blockers: string[] }) {
  return (
    <div role="status" className="mt-4 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      <p className="text-slate-700">The import can start once every child file is ready:</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
        {[...new Set(blockers)].map((blocker) => (
          <li key={blocker}>{blocker}</li>
        ))}
      </ul>
    </div>
  );
}
