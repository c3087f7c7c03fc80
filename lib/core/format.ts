import { formatDollars } from './money';

/** "2026-03" -> "March 2026" (en-AU). */
export function monthLabel(month: string, style: 'long' | 'short' = 'long'): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-AU', { month: style, year: 'numeric', timeZone: 'UTC' });
}

/** "2022-09-21" -> "21 Sept 2022" (en-AU); anything else is returned as it is. */
export function dayLabel(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toLocaleDateString('en-AU', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** An instant (ISO timestamp) as "27 Nov 2026, 11:20 am": en-AU, in the viewer's time zone (when an import or a re-categorization was made). */
export function timeLabel(iso: string): string {
  return new Date(iso).toLocaleString('en-AU', { dateStyle: 'medium', timeStyle: 'short' });
}

/** "21 Sept 2022 – 3 Mar 2023" for a file's first and last dates. */
export function dayRangeLabel(from: string, to: string): string {
  return `${dayLabel(from)} – ${dayLabel(to)}`;
}

/** Below this rise over the typical month, the season's part of a usual level goes unremarked. */
export const SEASON_NOTE_MIN_RISE = 1.1;

/**
 * The note under a category's usual level on the month page: "typical $679;
 * higher around May last year" when last year's season raised it by at least
 * 10 %, otherwise null. Most categories carry some allowance (the largest
 * rise of three months a year earlier), so a note on every row would be
 * noise; a few dollars either way changes nothing a person would act on.
 */
export function seasonNote(usualCents: number, typicalCents: number | null, monthOnly: string): string | null {
  if (typicalCents === null || usualCents < typicalCents * SEASON_NOTE_MIN_RISE) return null;
  const typical = formatDollars(typicalCents);
  if (typical === formatDollars(usualCents)) return null;
  return `typical ${typical}; higher around ${monthOnly} last year`;
}

/** Reasons about a category's spending level (a spike, a sustained rise): the month page and `oddmonth analyze` set them against the category's months before. */
const TREND_REASON_KINDS: ReadonlySet<string> = new Set(['category-spike', 'sustained']);

/**
 * For each category a reason about its spending level names, the index of
 * the first such reason: the one its months before go under. In the order
 * the reasons give them.
 */
export function trendReasons(reasons: readonly { kind: string; category: string }[]): Map<string, number> {
  const at = new Map<string, number>();
  reasons.forEach((r, i) => {
    if (TREND_REASON_KINDS.has(r.kind) && !at.has(r.category)) at.set(r.category, i);
  });
  return at;
}

/** A category's spend in one month ("YYYY-MM"). */
export interface TrendPoint {
  month: string;
  spendCents: number;
}

/**
 * How a month's spend in a category stands against the months before it:
 * above all of them (`highest`), or the latest earlier month that was as
 * high or higher (`since`). Null with no earlier months, or nothing spent.
 */
export type TrendFact = { kind: 'highest'; months: number } | { kind: 'since'; month: string; spendCents: number; previous: boolean };

/** @param before the months before, oldest first (a month with nothing spent is 0, not missing) */
export function trendFact(before: readonly TrendPoint[], spendCents: number): TrendFact | null {
  if (before.length === 0 || !(spendCents > 0)) return null;
  for (let i = before.length - 1; i >= 0; i--) {
    const p = before[i]!;
    if (p.spendCents >= spendCents) return { kind: 'since', month: p.month, spendCents: p.spendCents, previous: i === before.length - 1 };
  }
  return { kind: 'highest', months: before.length };
}

/**
 * The sentence for a category's months, this month last (oldest first), or
 * null when there is nothing to say: {@link trendFact} worded by
 * {@link trendSentence}.
 */
export function trendNote(category: string, months: readonly TrendPoint[]): string | null {
  const now = months.at(-1);
  if (!now) return null;
  const fact = trendFact(months.slice(0, -1), now.spendCents);
  return fact ? trendSentence(category, now.spendCents, fact) : null;
}

/**
 * The sentence under a spending reason on the month page: "$840 on Dining
 * this month: more than in any of the 24 months before." / "…: the most
 * since March 2023 ($910)." / "…; the month before was at least as high
 * ($850)." (said as a fact beside the reason, not against it: a month can be
 * unusual for its everyday purchases after a month with one big charge)
 */
export function trendSentence(category: string, spendCents: number, fact: TrendFact): string {
  const head = `${formatDollars(spendCents)} on ${category} this month`;
  if (fact.kind === 'highest') return `${head}: more than in ${fact.months === 1 ? 'the month' : `any of the ${fact.months} months`} before.`;
  if (fact.previous) return `${head}; the month before was at least as high (${formatDollars(fact.spendCents)}).`;
  return `${head}: the most since ${monthLabel(fact.month)} (${formatDollars(fact.spendCents)}).`;
}
