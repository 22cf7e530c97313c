import Link from 'next/link';
import type { ReactNode } from 'react';
import { FocusOnNavigate } from './focus-on-navigate';
import { SidebarNav } from './sidebar-nav';
import { SignOutButton } from './sign-out-button';

export function ConsoleShell({ adminName, children }: { adminName: string; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <FocusOnNavigate />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 flex h-screen w-60 shrink-0 flex-col gap-6 bg-slate-900 py-5">
        <Link
          href="/imports"
          className="mx-3 flex items-center gap-2 rounded-md px-3 text-lg font-semibold text-white focus-visible:outline-2 focus-visible:outline-indigo-400"
        >
          <span
            className="inline-block h-6 w-6 rounded bg-gradient-to-br from-indigo-400 to-cyan-400"
            aria-hidden
          />
          Fieldmap
        </Link>
        <SidebarNav />
        <p className="px-6 text-xs text-slate-400">Bulk data jobs for Zoho CRM</p>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-end gap-3 border-b border-slate-200 bg-white px-8">
          <span className="text-sm text-slate-600">
            Signed in as <span className="font-medium text-slate-900">{adminName}</span>
          </span>
          <SignOutButton />
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-8 py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
