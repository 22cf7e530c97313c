import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SetupForm } from '@/components/auth/setup-form';
import { hasAnyAdmin } from '@/lib/auth/has-any-admin';
import { getDb } from '@/lib/db/client';

export const metadata = { title: 'Set up Fieldmap' };

export default async function SetupPage() {
  if (await hasAnyAdmin(await getDb())) redirect('/sign-in');
  return (
    <AuthCard
      title="Set up Fieldmap"
      description="Create the first admin. To prove you run this server, enter the one-time setup token from its log."
    >
      <SetupForm />
    </AuthCard>
  );
}
