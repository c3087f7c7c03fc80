import Link from 'next/link';
import type { ReactNode } from 'react';
import type { SessionUser } from '@/lib/server/http.server';
import { SignOutButton } from './auth/sign-out-button';
import { ShellMain } from './ui/main-landmark';
import { NavLink } from './ui/nav-link';

const links = [
  { href: '/months', label: 'Months' },
  { href: '/import', label: 'Import' },
  { href: '/rules', label: 'Rules' },
];

export function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-border bg-card">
        <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <Link href="/months" className="text-lg font-bold">
            Oddmonth
          </Link>
          <ul className="flex gap-3 text-sm">
            {links.map((l) => (
              <li key={l.href}>
                <NavLink href={l.href} className="rounded px-2 py-1 hover:underline">
                  {l.label}
                </NavLink>
              </li>
            ))}
            {user.role === 'admin' ? (
              <li>
                <NavLink href="/admin" className="rounded px-2 py-1 hover:underline">
                  Admin
                </NavLink>
              </li>
            ) : null}
          </ul>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-muted">{user.email}</span>
            <SignOutButton />
          </div>
        </nav>
      </header>
      <ShellMain className="mx-auto max-w-6xl px-4 py-6">{children}</ShellMain>
    </div>
  );
}
