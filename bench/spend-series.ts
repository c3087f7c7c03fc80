/**
 * A household's monthly spend per category, and whether a category was
 * steady before a month, computed from the transactions alone (not from the
 * engine's internals), with the engine's definition of steady: spent in at
 * least 75 % of the last 24 months, with a spread of at most 0.5 in
 * log(dollars + $50), the spread being the larger of 1.4826·MAD and
 * (q90 − median)/1.2816, at least 0.1.
 *
 * `npm run eval` uses it to split category-spike recall into spikes in steady
 * categories (the "3× in groceries or dining must not hide") and in
 * lumpy ones; `bench/diag-spikes.ts` to report the steady share per category.
 */
import { mad, quantileSorted, sorted, MAD_TO_SIGMA, Z90 } from '../lib/core/features/stats';
// the engine's own constants, so this split follows any change to its definition of steady
import { LOG_OFFSET, SIGMA_FLOOR as SPREAD_FLOOR, STEADY_SHARE, STEADY_SPREAD, WINDOW as HISTORY_MONTHS } from '../lib/core/features/signals';
import type { CategorizedTransaction } from '../lib/core/types';

export interface Monthly {
  /** money out, cents */
  spend: number;
  /** the month's largest charge, cents */
  largest: number;
  /** number of charges */
  count: number;
  /** each charge, cents (for the capped spend: `bench/diag-spikes.ts`) */
  charges: number[];
}

/** log(dollars + $50): the engine's scale for monthly spend */
export const logSpend = (cents: number): number => Math.log(cents / 100 + LOG_OFFSET);

/** Median and robust spread of a series. */
export function robustSpread(xs: readonly number[]): { med: number; spread: number } {
  const s = sorted(xs);
  const med = quantileSorted(s, 0.5);
  return { med, spread: Math.max(MAD_TO_SIGMA * mad(xs, med), (quantileSorted(s, 0.9) - med) / Z90, SPREAD_FLOOR) };
}

/** Money out per category and month (own transfers excluded), for the given categories and months (`YYYY-MM`). */
export function monthlyByCategory(txs: readonly CategorizedTransaction[], months: readonly string[], categories: readonly string[]): Map<string, Monthly[]> {
  const index = new Map(months.map((m, i) => [m, i]));
  const out = new Map<string, Monthly[]>(categories.map((c) => [c, months.map(() => ({ spend: 0, largest: 0, count: 0, charges: [] as number[] }))]));
  for (const tx of txs) {
    if (tx.kind === 'transfer' || tx.amountCents >= 0) continue;
    const t = index.get(tx.date.slice(0, 7));
    const row = t === undefined ? undefined : out.get(tx.category)?.[t];
    if (!row) continue;
    row.spend -= tx.amountCents;
    row.largest = Math.max(row.largest, -tx.amountCents);
    row.count++;
    row.charges.push(-tx.amountCents);
  }
  return out;
}

/** Indexes of the (up to) HISTORY_MONTHS months before t, newest first. */
export function historyBefore(t: number): number[] {
  return Array.from({ length: Math.min(HISTORY_MONTHS, t) }, (_, i) => t - 1 - i);
}

/** Whether the series was steady over the months before t (false without history). */
export function steadyBefore(series: readonly Monthly[], t: number): boolean {
  const hist = historyBefore(t);
  if (hist.length === 0) return false;
  const spent = hist.filter((j) => series[j]!.spend > 0).length;
  return spent >= STEADY_SHARE * hist.length && robustSpread(hist.map((j) => logSpend(series[j]!.spend))).spread <= STEADY_SPREAD;
}
