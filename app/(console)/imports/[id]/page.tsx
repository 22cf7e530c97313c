import { ImportPage } from '@/components/imports/import-page';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'Import' };

export default async function ImportRoute({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  return <ImportPage id={id} />;
}
