import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from './providers';
import './globals.css';

// Every page renders per request (its own CSP nonce, the live session), and `next build` never prerenders
// one: prerendering would run page code, and with it the database, inside the build.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Fieldmap', template: '%s · Fieldmap' },
  description: 'Bulk data jobs for Zoho CRM',
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, so each gets its own CSP nonce (proxy.ts).
  await headers();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
