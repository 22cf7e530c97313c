import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getCurrentAdmin } from '@/lib/auth/get-current-admin';
import { hasAnyAdmin } from '@/lib/auth/has-any-admin';
import { getDb } from '@/lib/db/client';

export const metadata = { title: 'Sign in' };

export default async function SignInPage() {
  if (!(await hasAnyAdmin(await getDb()))) redirect('/setup');
  if (await getCurrentAdmin()) redirect('/imports');
  return (
    <AuthCard title="Sign in" description="Sign in with your Fieldmap admin account.">
      <SignInForm />
    </AuthCard>
  );
}
