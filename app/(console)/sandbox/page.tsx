import { SandboxBrowser } from '@/components/sandbox/sandbox-browser';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'Sandbox records' };

export default async function SandboxPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="Sandbox records"
        description="What the built-in sandbox stores: check a dry run here before sending the file to your real org. Subform rows and the links of multi-select and multi-user lookups show under their parent record."
      />
      <SandboxBrowser />
    </>
  );
}
