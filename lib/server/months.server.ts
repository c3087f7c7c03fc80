import 'server-only';
import { prisma } from './db.server';
import type { MonthSummary } from '@/lib/schemas/months';

/**
 * Money out and in per calendar month for one user. Transfers between the
 * user's own accounts are neither spend nor income; refunds are not
 * subtracted from spend.
 */
export async function monthSummaries(userId: string): Promise<MonthSummary[]> {
  const rows = await prisma.transaction.groupBy({
    by: ['month', 'category'],
    where: { userId, kind: 'normal' },
    _sum: { amountCents: true },
    _count: { _all: true },
  });
  const out = await prisma.transaction.groupBy({
    by: ['month'],
    where: { userId, kind: 'normal', amountCents: { lt: 0 } },
    _sum: { amountCents: true },
    _count: { _all: true },
  });
  const income = new Map<string, number>();
  for (const r of rows) {
    if (r.category === 'Income') income.set(r.month, (income.get(r.month) ?? 0) + Number(r._sum.amountCents ?? 0));
  }
  return out
    .map((r) => ({
      month: r.month,
      spendCents: -Number(r._sum.amountCents ?? 0),
      incomeCents: income.get(r.month) ?? 0,
      transactions: r._count._all,
    }))
    .sort((a, b) => a.month.localeCompare(b.month));
}
