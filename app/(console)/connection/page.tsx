import { EmptyState } from '@/components/ui/empty-state';
import { PlugIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'Connection' };

export default async function ConnectionPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="Connection"
        description="The Zoho CRM org Fieldmap works on. Tokens stay on this server, encrypted; your browser never sees one."
      />
      <EmptyState
        icon={<PlugIcon />}
        title="No Zoho org connected"
        description="Connecting an org (any data centre) or the built-in sandbox simulator is not available in this version yet. See the README for the plan."
      />
    </>
  );
}
