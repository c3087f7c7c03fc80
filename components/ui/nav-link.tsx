'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * A link in the main navigation that says where you are: aria-current="page"
 * on the page it points to, "true" on a page within its section (a month
 * under Months), and shown bold.
 */
export function NavLink({ href, className = '', children }: { href: string; className?: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href ? 'page' : pathname.startsWith(`${href}/`) ? 'true' : undefined;
  return (
    <Link href={href} aria-current={current} className={`${className} ${current ? 'font-semibold underline' : ''}`}>
      {children}
    </Link>
  );
}
