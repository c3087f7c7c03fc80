import type { ReactNode } from 'react';
import { requireAdmin } from '@/lib/server/session.server';
import { AppShell } from '@/components/app-shell';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireAdmin();
  return <AppShell user={user}>{children}</AppShell>;
}
