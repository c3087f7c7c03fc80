'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { apiFetch } from '@/lib/client/api';
import type { MonthsResponse } from '@/lib/schemas/months';
import { formatCents } from '@/lib/core/money';
import { monthLabel } from '@/lib/core/format';
import { MIN_HISTORY_MONTHS } from '@/lib/core/history';
import { Card } from '@/components/ui/card';
import { MonthlySpendChart } from '@/components/charts/monthly-spend-chart';
import { TableScroll } from '@/components/ui/table-scroll';
import { answerMark } from './feedback-note';

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
          <FlaggedList months={q.data.months} />
          <Card title="Spend per month">
            <MonthlySpendChart months={q.data.months} />
          </Card>
          <Card title="Months">
            <TableScroll label="Months">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Spend and income per month</caption>
                <thead>
                  {/* Oddmonth's verdict next to the month; on a phone the rule's verdict (on each month's page too), income and the count give way, so month, verdict and spend fit without scrolling */}
                  <tr className="border-b border-border">
                    <th scope="col" className="py-2">Month</th>
                    <th scope="col">Oddmonth</th>
                    <th scope="col" className="hidden sm:table-cell">40% rule</th>
                    <th scope="col" className="text-right">Spend</th>
                    <th scope="col" className="hidden text-right sm:table-cell">Income</th>
                    <th scope="col" className="hidden text-right sm:table-cell">Transactions</th>
                  </tr>
                </thead>
                <tbody>
                  {[...q.data.months].reverse().map((m) => {
                    const mark = m.insufficientHistory ? null : answerMark(m.flagged, m.feedback);
                    return (
                      <tr key={m.month} className="border-b border-border last:border-0" data-testid="month-row">
                        <th scope="row" className="py-2 font-normal">
                          <Link href={`/months/${m.month}`} className="text-accent underline">
                            {monthLabel(m.month)}
                          </Link>
                        </th>
                        <td>
                          {m.flagged ? (
                            <span className="font-semibold text-flag">Unusual</span>
                          ) : m.insufficientHistory ? (
                            <span className="text-muted">Too early</span>
                          ) : (
                            'Usual'
                          )}
                          {/* the user's answer: on its own line on a phone, after a dot when there is room */}
                          {mark ? (
                            <span className="block text-xs text-muted sm:inline sm:text-sm" data-testid="answer-mark">
                              <span className="hidden sm:inline"> · </span>
                              {mark}
                            </span>
                          ) : null}
                        </td>
                        <td className="hidden sm:table-cell">{m.ruleFlagged ? 'Flagged' : '—'}</td>
                        <td className="text-right tabular-nums">{formatCents(m.spendCents)}</td>
                        <td className="hidden text-right tabular-nums sm:table-cell">{formatCents(m.incomeCents)}</td>
                        <td className="hidden text-right tabular-nums sm:table-cell">{m.transactions.toLocaleString('en-AU')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          </Card>
        </>
      ) : null}
    </div>
  );
}

function FlaggedList({ months }: { months: MonthsResponse['months'] }) {
  const flagged = months.filter((m) => m.flagged).reverse();
  // the rule is counted over the same months Oddmonth scored, so the two numbers compare like with like
  const scored = months.filter((m) => m.score !== null);
  const rule = scored.filter((m) => m.ruleFlagged).length;
  return (
    <Card title={flagged.length ? `${flagged.length} unusual month${flagged.length === 1 ? '' : 's'}` : 'No unusual months'}>
      <p className="mb-3 text-sm text-muted" data-testid="months-summary">
        {scored.length
          ? `Oddmonth found ${flagged.length} of your ${scored.length} scored month${scored.length === 1 ? '' : 's'} unusual; the simple 40% rule would have flagged ${rule} of the same ${scored.length}. `
          : 'No month is scored yet. '}
        A month is scored once {MIN_HISTORY_MONTHS} months of history lie before it.
      </p>
      {flagged.length ? (
        <ul className="space-y-2">
          {flagged.map((m) => {
            const mark = answerMark(m.flagged, m.feedback);
            return (
              <li key={m.month} data-testid="flagged-month">
                <Link href={`/months/${m.month}`} className="font-semibold text-accent underline">
                  {monthLabel(m.month)}
                </Link>
                {/* the user's answer, if they gave one: "· you said false alarm" or "· confirmed" */}
                {mark ? <span className="text-sm text-muted" data-testid="answer-mark"> · {mark}</span> : null}
                {m.headline ? <span> — {m.headline}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Card>
  );
}
