import { CreateScheduleForm } from '@/components/schedules/create-schedule-form';
import { SchedulesList } from '@/components/schedules/schedules-list';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';
import { env } from '@/lib/env';

export const metadata = { title: 'Schedules' };

export default async function SchedulesPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="Schedules"
        description="Import the CSV files that land in a server folder, on a timetable, with a saved mapping template. A file whose columns differ from the template is held, never mapped by a guess."
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="xl:col-span-2">
          <SchedulesList />
        </div>
        <Card className="p-6">
          <h2 className="mb-4 text-base font-semibold">Create a schedule</h2>
          <CreateScheduleForm foldersRoot={env().scheduleFoldersRoot} />
        </Card>
      </div>
    </>
  );
}
