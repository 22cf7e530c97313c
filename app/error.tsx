'use client';

import { Button } from '@/components/ui/button';

/** Shown when a page fails to render; the server log has the details (the digest ties the two together). */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="max-w-md text-sm text-slate-600">
        Fieldmap could not show this page. Try again; if it keeps happening, check the server log
        {error.digest ? ` for reference ${error.digest}` : ''}.
      </p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
