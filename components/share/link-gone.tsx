/** What every dead link shows: unknown, revoked and expired read the same. */
export function LinkGone() {
  return (
    <div className="flex flex-col items-center gap-3 py-24 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">This status link is not available</h1>
      <p className="max-w-md text-sm text-slate-600">
        It does not exist, has expired or was turned off. Ask the person who sent it to you for a new one.
      </p>
    </div>
  );
}
