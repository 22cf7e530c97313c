import { AddAdminForm } from '@/components/auth/add-admin-form';
import { AdminsTable } from '@/components/auth/admins-table';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { SignOutEverywhereButton } from '@/components/auth/sign-out-everywhere-button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'Admins' };

export default async function AdminsPage() {
  const admin = await requireAdmin();
  return (
    <>
      <PageHeader
        title="Admins"
        description="Everyone who can sign in to this Fieldmap. All admins can do everything."
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <Card className="p-6 xl:col-span-2">
          <h2 className="mb-4 text-base font-semibold">Admins</h2>
          <AdminsTable currentAdminId={admin.adminId} />
        </Card>
        <Card className="p-6">
          <h2 className="mb-4 text-base font-semibold">Add an admin</h2>
          <AddAdminForm />
        </Card>
        <Card className="p-6 xl:col-span-2">
          <h2 className="mb-4 text-base font-semibold">Your password</h2>
          <ChangePasswordForm />
        </Card>
        <Card className="p-6">
          <h2 className="text-base font-semibold">Sessions</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">
            Sign out of Fieldmap on every browser and device, this one included.
          </p>
          <SignOutEverywhereButton />
        </Card>
      </div>
    </>
  );
}
