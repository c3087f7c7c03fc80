import 'server-only';
import { prisma } from './db.server';

export interface UserRow {
  id: string;
  email: string;
  role: string;
  createdAt: string;
  transactions: number;
  imports: number;
}

/** Admin view: every user with counts of their data (no transaction contents). */
export async function listUsers(): Promise<UserRow[]> {
  const users = await prisma.user.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, role: true, createdAt: true, _count: { select: { transactions: true, imports: true } } },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    role: u.role ?? 'user',
    createdAt: u.createdAt.toISOString(),
    transactions: u._count.transactions,
    imports: u._count.imports,
  }));
}
