import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export const metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">This page does not exist</h1>
      <p className="max-w-md text-sm text-slate-600">
        The address may be mistyped, or what it pointed to was removed.
      </p>
      <Link href="/imports" className={buttonClasses('primary')}>
        Back to Fieldmap
      </Link>
    </main>
  );
}
