import type { ReactNode } from 'react';
import { ConsoleShell } from '@/components/shell/console-shell';
import { requireAdmin } from '@/lib/auth/require-admin';

// The frame only; every page below also calls requireAdmin() itself, since a layout is not re-run on navigation.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const admin = await requireAdmin();
  return <ConsoleShell adminName={admin.name}>{children}</ConsoleShell>;
}
