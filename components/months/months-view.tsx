'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { apiFetch } from '@/lib/client/api';
import type { MonthsResponse } from '@/lib/schemas/months';
import { formatCents } from '@/lib/core/money';
import { monthLabel } from '@/lib/core/format';
import { Card } from '@/components/ui/card';
import { MonthlySpendChart } from '@/components/charts/monthly-spend-chart';

export function MonthsView() {
  const q = useQuery({ queryKey: ['months'], queryFn: () => apiFetch<MonthsResponse>('/api/months') });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Your months</h1>
      {q.isPending ? <p role="status">Loading your months…</p> : null}
      {q.isError ? (
        <p role="alert" className="text-danger">
          Could not load your months: {q.error.message}
        </p>
      ) : null}
      {q.data && q.data.months.length === 0 ? (
        <Card>
          <p>
            No transactions yet.{' '}
            <Link href="/import" className="text-accent underline">
              Import a bank export
            </Link>{' '}
            to see your months.
          </p>
        </Card>
      ) : null}
      {q.data && q.data.months.length > 0 ? (
        <>
          <Card title="Spend per month">
            <MonthlySpendChart months={q.data.months} />
          </Card>
          <Card title="Months">
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Spend and income per month</caption>
                <thead>
                  <tr className="border-b border-border">
                    <th scope="col" className="py-2">Month</th>
                    <th scope="col" className="text-right">Spend</th>
                    <th scope="col" className="text-right">Income</th>
                    <th scope="col" className="text-right">Transactions</th>
                  </tr>
                </thead>
                <tbody>
                  {[...q.data.months].reverse().map((m) => (
                    <tr key={m.month} className="border-b border-border last:border-0" data-testid="month-row">
                      <th scope="row" className="py-2 font-normal">{monthLabel(m.month)}</th>
                      <td className="text-right tabular-nums">{formatCents(m.spendCents)}</td>
                      <td className="text-right tabular-nums">{formatCents(m.incomeCents)}</td>
                      <td className="text-right tabular-nums">{m.transactions.toLocaleString('en-AU')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </>
      ) : null}
    </div>
  );
}
