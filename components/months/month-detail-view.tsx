'use client';
import Link from 'next/link';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch } from '@/lib/client/api';
import type { MonthDetail } from '@/lib/schemas/months';
import { FeedbackResultSchema, type FeedbackResult, type Verdict } from '@/lib/schemas/feedback';
import { formatCents, formatDollars } from '@/lib/core/money';
import { dayLabel, monthLabel, seasonNote, trendNote, trendReasons } from '@/lib/core/format';
import { monthName, monthNumber } from '@/lib/core/features/calendar';
import { FIRST_YEAR_EVIDENCE, MIN_HISTORY_MONTHS } from '@/lib/core/history';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Thumb } from '@/components/ui/thumb';
import { CategoryCompareChart } from '@/components/charts/category-compare-chart';
import { CategoryTrendChart } from '@/components/charts/category-trend-chart';
import { TableScroll } from '@/components/ui/table-scroll';
import { earlierAnswerSentence, feedbackSentence, level } from './feedback-note';

/** "flagged at 0.55 or more"; "flagged only above 0.62" when a false alarm put the level just above this month's score */
function scoreLine(score: number, threshold: number | null, flagged: boolean): string {
  if (threshold === null) return 'not set';
  return !flagged && level(threshold) === level(score) ? `flagged only above ${level(threshold)}` : `flagged at ${level(threshold)} or more`;
}

/** How this month's spend in a reason's category stands against the months before: a sentence, and the months as bars. */
function ReasonTrend({ trend, usualCents }: { trend: MonthDetail['trends'][number]; usualCents: number | null }) {
  const note = trendNote(trend.category, trend.months);
  return (
    <div className="mt-2" data-testid="reason-trend">
      {note ? <p className="text-sm">{note}</p> : null}
      <CategoryTrendChart category={trend.category} months={trend.months} usualCents={usualCents} />
    </div>
  );
}

export function MonthDetailView({ month }: { month: string }) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['month', month],
    queryFn: () => apiFetch<MonthDetail>(`/api/months/${month}`),
    // a month with no transactions stays that way: say so at once
    retry: (failures, err) => !(err instanceof ApiError && err.status === 404) && failures < 1,
  });
  const feedback = useMutation({
    mutationFn: async (verdict: Verdict): Promise<FeedbackResult> => {
      const body = await apiFetch<unknown>('/api/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ month, verdict }),
      });
      const parsed = FeedbackResultSchema.safeParse(body);
      if (!parsed.success) throw new ApiError(200, 'bad_response', 'Your answer was sent, but the reply could not be read. Reload the page to see it.');
      return parsed.data;
    },
    // the answer may move the alert level, and with it any month's flag: this month, the others and the list
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['month'] }), qc.invalidateQueries({ queryKey: ['months'] })]),
  });
  // what the last answer on this page did; otherwise the answer given earlier, if any
  const answered = feedback.data?.month === month ? feedback.data : null;
  const label = monthLabel(month);
  // as the reasons name it: "2.3× your usual $365 for March"
  const monthOnly = monthName(monthNumber(month));
  // a category's months before, under the first reason that names it
  const trendAt = new Map<number, MonthDetail['trends'][number]>();
  const reasonOf = trendReasons(q.data?.reasons ?? []);
  for (const t of q.data?.trends ?? []) {
    const i = reasonOf.get(t.category);
    if (i !== undefined && t.months.length > 1) trendAt.set(i, t);
  }
  const usualOf = (category: string) => q.data?.categories.find((c) => c.category === category)?.usualCents ?? null;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/months" className="text-accent underline">
          ← All months
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{label}</h1>
      {q.isPending ? <p role="status">Loading {label}…</p> : null}
      {q.isError ? (
        q.error instanceof ApiError && q.error.status === 404 ? (
          <p role="alert">
            No transactions in {label}.{' '}
            <Link href="/months" className="text-accent underline">
              See the months you have
            </Link>
          </p>
        ) : (
          <p role="alert" className="text-danger">
            {q.error.message}
          </p>
        )
      ) : null}
      {q.data ? (
        <>
          <Card title={q.data.flagged ? 'Unusual because…' : q.data.insufficientHistory ? 'Not scored yet' : q.data.unflaggedNote ? 'Not flagged' : 'A usual month'}>
            {q.data.insufficientHistory ? (
              <p className="text-muted">
                Oddmonth needs {MIN_HISTORY_MONTHS} months of history before a month to tell what is unusual for you.
              </p>
            ) : null}
            {q.data.firstYear ? (
              <p className="mb-3 text-sm text-muted" data-testid="first-year">
                Less than a year of history before this month, so Oddmonth judges only {FIRST_YEAR_EVIDENCE}. Other spending levels are
                judged against your seasons once a year has passed.
              </p>
            ) : null}
            {q.data.flagged ? (
              <ol className="space-y-4" aria-label="Reasons">
                {q.data.reasons.map((r, i) => (
                  <li key={i} className="rounded-md border border-border p-3" data-testid="reason">
                    <p className="font-medium">{r.text}</p>
                    <p className="text-xs text-muted">
                      {r.category} · {Math.round(r.weight * 100)}% of what made this month stand out
                    </p>
                    {trendAt.get(i) ? <ReasonTrend trend={trendAt.get(i)!} usualCents={usualOf(r.category)} /> : null}
                    {r.transactions.length ? (
                      <details className="mt-2 text-sm">
                        <summary className="cursor-pointer text-accent">
                          {r.transactions.length} transaction{r.transactions.length === 1 ? '' : 's'} behind this
                        </summary>
                        <TableScroll label={`Transactions behind reason ${i + 1}`} className="mt-2">
                          <table className="w-full text-left">
                            <caption className="sr-only">Transactions behind: {r.text}</caption>
                            <thead>
                              <tr className="border-b border-border">
                                <th scope="col">Date</th>
                                <th scope="col">Description</th>
                                <th scope="col" className="text-right">Amount</th>
                              </tr>
                            </thead>
                            <tbody>
                              {r.transactions.map((t, j) => (
                                <tr key={j} className="border-b border-border last:border-0">
                                  <td className="whitespace-nowrap pr-2">{dayLabel(t.date)}</td>
                                  <td className="pr-2 wrap-anywhere">{t.description}</td>
                                  <td className="text-right tabular-nums">{formatCents(t.amountCents)}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </TableScroll>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : q.data.unflaggedNote ? (
              <p data-testid="unflagged-note">{q.data.unflaggedNote}</p>
            ) : !q.data.insufficientHistory ? (
              <p className="text-muted">Nothing in {label} stands out against your own history and season.</p>
            ) : null}
            {q.data.score !== null ? (
              <p className="mt-3 text-sm text-muted">
                Score {level(q.data.score)} (your alert level: {scoreLine(q.data.score, q.data.threshold, q.data.flagged)}). The simple rule (&ldquo;a category 40% above its
                3-month average&rdquo;) {q.data.ruleFlagged ? `would flag it for ${q.data.ruleCategories.join(', ')}` : 'would not flag it'}.
              </p>
            ) : null}
            {q.data.score !== null ? (
              <div className="mt-4 flex flex-wrap items-center gap-3" role="group" aria-label="Was this month really unusual?">
                <span className="text-sm">{q.data.flagged ? 'Was this really unusual?' : 'Should this month have been flagged?'}</span>
                <Button
                  variant={q.data.feedback === 'real' ? 'primary' : 'secondary'}
                  aria-pressed={q.data.feedback === 'real'}
                  onClick={() => feedback.mutate('real')}
                  aria-disabled={feedback.isPending}
                >
                  <Thumb /> {q.data.flagged ? 'Yes, it was' : 'Yes, it was unusual'}
                </Button>
                <Button
                  variant={q.data.feedback === 'false_alarm' ? 'primary' : 'secondary'}
                  aria-pressed={q.data.feedback === 'false_alarm'}
                  onClick={() => feedback.mutate('false_alarm')}
                  aria-disabled={feedback.isPending}
                >
                  <Thumb down /> {q.data.flagged ? 'No, false alarm' : 'No, it was usual'}
                </Button>
                <p role="status" className="basis-full text-sm" data-testid="feedback-note">
                  {feedback.isPending
                    ? 'Saving your answer…'
                    : answered
                      ? feedbackSentence(answered)
                      : q.data.feedback
                        ? earlierAnswerSentence(q.data.feedback, q.data.flagged)
                        : null}
                </p>
                {feedback.isError ? <span role="alert" className="text-sm text-danger">{feedback.error.message}</span> : null}
              </div>
            ) : null}
          </Card>
          <Card title="Spending by category">
            <CategoryCompareChart categories={q.data.categories} />
            <TableScroll label="Spending by category" className="mt-4">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Spending by category in {label} against your usual month</caption>
                <thead>
                  <tr className="border-b border-border">
                    <th scope="col" className="py-2">Category</th>
                    <th scope="col" className="text-right">{label}</th>
                    <th scope="col" className="text-right">
                      {q.data.usualBasis === 'history-and-season' ? `Usual for ${monthOnly}` : 'Usual (median of up to 12 months before)'}
                    </th>
                    {/* the least needed column gives way on a phone, so the usual level stays in view */}
                    <th scope="col" className="hidden text-right sm:table-cell">Transactions</th>
                  </tr>
                </thead>
                <tbody>
                  {q.data.categories.map((c) => {
                    const note = seasonNote(c.usualCents, c.typicalCents, monthOnly);
                    return (
                      <tr key={c.category} className="border-b border-border last:border-0">
                        <th scope="row" className="py-2 font-normal">{c.category}</th>
                        <td className="text-right tabular-nums">{formatCents(c.spendCents)}</td>
                        <td className="text-right tabular-nums">
                          {formatDollars(c.usualCents)}
                          {note ? <span className="block text-xs text-muted">{note}</span> : null}
                        </td>
                        <td className="hidden text-right tabular-nums sm:table-cell">{c.count}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
            {q.data.usualBasis === 'history-and-season' ? (
              <p className="mt-3 text-sm text-muted" data-testid="usual-note">
                Usual: your typical month (the median of the last two years), raised where it was higher around {monthOnly} last year.
                {q.data.flagged ? (
                  <>
                    {' '}
                    The reasons above use the same figures, except where they say otherwise: a reason that leaves out last year&apos;s one-off
                    charges compares with a usual level without them, and one about &ldquo;all but its largest charges&rdquo; compares your
                    everyday purchases with what they usually come to.
                  </>
                ) : null}
              </p>
            ) : null}
          </Card>
        </>
      ) : null}
    </div>
  );
}
