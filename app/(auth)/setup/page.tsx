import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SetupForm } from '@/components/auth/setup-form';
import { ensureFirstAdmin } from '@/lib/auth/ensure-first-admin';
import { hasAnyAdmin } from '@/lib/auth/has-any-admin';
import { hasSetupToken } from '@/lib/auth/setup-token';
import { getDb } from '@/lib/db/client';

export const metadata = { title: 'Set up Fieldmap' };

export default async function SetupPage() {
  const db = await getDb();
  if (await hasAnyAdmin(db)) redirect('/sign-in');
  // Start-up prints the token (instrumentation); this covers a token file deleted by hand since then.
  if (!hasSetupToken()) {
    await ensureFirstAdmin(db);
    if (await hasAnyAdmin(db)) redirect('/sign-in');
  }
  return (
    <AuthCard
      title="Set up Fieldmap"
      description="Create the first admin. To prove you run this server, enter the one-time setup token from its log."
    >
      <SetupForm />
    </AuthCard>
  );
}
