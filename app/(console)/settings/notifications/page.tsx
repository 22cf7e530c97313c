import { ChannelsTable } from '@/components/notifications/channels-table';
import { CreateChannelForm } from '@/components/notifications/create-channel-form';
import { DeliveriesTable } from '@/components/notifications/deliveries-table';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Hear when an import completes, fails, needs your decision or does not reconcile: by signed webhook or e-mail. A receiver that is down never holds up a job; the log below says what happened."
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <Card className="p-6 xl:col-span-2">
          <h2 className="mb-4 text-base font-semibold">Your notifications</h2>
          <ChannelsTable />
        </Card>
        <Card className="p-6">
          <h2 className="mb-4 text-base font-semibold">Add a notification</h2>
          <CreateChannelForm />
        </Card>
        <Card className="p-6 xl:col-span-3">
          <h2 className="mb-4 text-base font-semibold">Delivery log</h2>
          <DeliveriesTable />
        </Card>
      </div>
    </>
  );
}
