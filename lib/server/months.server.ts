import 'server-only';
import { prisma } from './db.server';
import type { MonthDetail, MonthSummary } from '@/lib/schemas/months';
import { trendReasons } from '@/lib/core/format';
import { unflaggedNote } from '@/lib/core/explain';
import type { Verdict } from '@/lib/schemas/feedback';
import { HttpError } from './errors.server';
import { activeScores } from './scoring.server';
import { median } from '@/lib/core/features/stats';
import { SEASON_MONTHS } from '@/lib/core/history';
import { DEFAULT_THRESHOLD } from '@/lib/core/detect';
import { WINDOW } from '@/lib/core/features/signals';

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
  const scores = await activeScores(userId);
  const answers = new Map(
    (await prisma.feedback.findMany({ where: { userId }, select: { month: true, verdict: true } })).map((f) => [f.month, verdictOf(f.verdict)]),
  );
  return out
    .map((r) => {
      const s = scores.get(r.month);
      return {
        month: r.month,
        spendCents: -Number(r._sum.amountCents ?? 0),
        incomeCents: income.get(r.month) ?? 0,
        transactions: r._count._all,
        score: s?.score ?? null,
        threshold: s?.threshold ?? null,
        flagged: s?.flagged ?? false,
        ruleFlagged: s?.ruleFlagged ?? false,
        insufficientHistory: s?.insufficientHistory ?? true,
        headline: s?.flagged ? (s.reasons[0]?.text ?? null) : null,
        feedback: answers.get(r.month) ?? null,
      };
    })
    .sort((a, b) => a.month.localeCompare(b.month));
}

/** A stored verdict (a string column: real | false_alarm). */
function verdictOf(v: string): Verdict {
  return v === 'real' ? 'real' : 'false_alarm';
}

function previousMonths(month: string, n: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 2 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/**
 * One month of one user: spend per category against its usual level, the
 * score and why. The usual level is the detector's, the one the reasons
 * quote (median of the last 24 complete months plus the season), for months
 * scored by engine 6 or later; otherwise the median of the previous 12
 * months the user's history covers (months before the first transaction are
 * not $0 months).
 */
export async function monthDetail(userId: string, month: string): Promise<MonthDetail> {
  const s = (await activeScores(userId, month)).get(month);
  const engineUsual = s?.usualCents && Object.keys(s.usualCents).length > 0 ? s.usualCents : null;
  // the previous 12 months only when the detector kept no usual level for this month
  let prior: string[] = [];
  if (!engineUsual) prior = await monthsBefore(userId, month, 12);
  const aggs = await prisma.monthlyAggregate.findMany({ where: { userId, month: { in: [month, ...prior] } } });
  if (!s && !aggs.some((a) => a.month === month)) throw new HttpError(404, 'not_found', `No data for ${month}.`);
  const byCat = new Map<string, { spend: number; count: number; history: number[] }>();
  for (const a of aggs) {
    let e = byCat.get(a.category);
    if (!e) byCat.set(a.category, (e = { spend: 0, count: 0, history: [] }));
    if (a.month === month) {
      e.spend = a.spendCents;
      e.count = a.count;
    }
  }
  for (const [cat, e] of byCat) {
    e.history = prior.map((p) => aggs.find((a) => a.month === p && a.category === cat)?.spendCents ?? 0);
  }
  // a category usual for this season but not spent on this month still belongs in the table
  if (engineUsual) for (const cat of Object.keys(engineUsual)) if (!byCat.has(cat)) byCat.set(cat, { spend: 0, count: 0, history: [] });
  const usualOf = (cat: string, history: number[]): number =>
    engineUsual ? (engineUsual[cat] ?? 0) : history.length ? Math.round(median(history)) : 0;
  const fb = await prisma.feedback.findUnique({ where: { userId_month: { userId, month } } });
  const categories = [...byCat.entries()]
    .map(([category, e]) => ({
      category,
      spendCents: e.spend,
      usualCents: usualOf(category, e.history),
      typicalCents: engineUsual ? (s?.typicalCents?.[category] ?? null) : null,
      count: e.count,
    }))
    .filter((c) => c.spendCents > 0 || c.usualCents > 0)
    .sort((a, b) => b.spendCents - a.spendCents);
  // a scored month the detector itself did not flag, though some category rose: say which, and why it did
  // not count (a month under the user's own raised alert level is explained by their answers instead)
  const scoredUsual = engineUsual !== null && s !== undefined && s.score !== null && !s.flagged && s.score < DEFAULT_THRESHOLD;
  return {
    month,
    score: s?.score ?? null,
    threshold: s?.threshold ?? null,
    flagged: s?.flagged ?? false,
    ruleFlagged: s?.ruleFlagged ?? false,
    ruleCategories: s?.ruleCategories ?? [],
    insufficientHistory: s?.insufficientHistory ?? true,
    firstYear: s !== undefined && s.score !== null && s.historyMonths !== undefined && s.historyMonths < SEASON_MONTHS,
    reasons: s?.reasons ?? [],
    incomeCents: s?.incomeCents ?? 0,
    usualBasis: engineUsual ? 'history-and-season' : 'last-12-months',
    categories,
    unflaggedNote: scoredUsual ? unflaggedNote(categories) : null,
    trends: await trendsOf(userId, month, [...trendReasons(s?.reasons ?? []).keys()]),
    feedback: fb ? verdictOf(fb.verdict) : null,
  };
}

/** The up to `n` months before `month` that the user's history covers, newest first (months before it began are not $0 months). */
async function monthsBefore(userId: string, month: string, n: number): Promise<string[]> {
  const first = (await prisma.transaction.aggregate({ where: { userId }, _min: { month: true } }))._min.month;
  return first === null ? [] : previousMonths(month, n).filter((p) => p >= first);
}

/** Each category's spend over the window the usual level comes from, and this month, oldest first. */
async function trendsOf(userId: string, month: string, categories: string[]): Promise<MonthDetail['trends']> {
  if (categories.length === 0) return [];
  const months = [...(await monthsBefore(userId, month, WINDOW)).reverse(), month];
  const aggs = await prisma.monthlyAggregate.findMany({
    where: { userId, category: { in: categories }, month: { in: months } },
    select: { month: true, category: true, spendCents: true },
  });
  const spend = new Map(aggs.map((a) => [`${a.category}|${a.month}`, a.spendCents]));
  return categories.map((category) => ({ category, months: months.map((m) => ({ month: m, spendCents: spend.get(`${category}|${m}`) ?? 0 })) }));
}
