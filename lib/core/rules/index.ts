/**
 * The plain baseline rule, shown next to the model: a month is flagged when
 * some spending category is more than 40 % above its average over the
 * previous three calendar months AND the excess is at least $50.
 *
 * Exact integer arithmetic: spend·3 > avg·3·1.4 is tested as
 * 10·3·spend > 14·(sum of the 3 previous months), and the excess as
 * 3·spend − sum >= 3·5000 cents. Months with fewer than three earlier
 * months in the data are not flagged (no 3-month average yet). Spend is
 * the aggregation's spend (money out, transfers excluded, refunds not
 * subtracted).
 */
import { SPEND_CATEGORIES, type MonthAggregate } from '../features/aggregate';

export interface RuleOptions {
  /** ratio above the 3-month average, default 0.4 (40 %) expressed in tenths: 4 */
  aboveTenths?: number;
  /** minimum excess over the average, cents, default 5000 ($50) */
  minExcessCents?: number;
}

export interface RuleResult {
  month: string;
  flagged: boolean;
  /** categories that tripped the rule, largest excess first */
  categories: string[];
  /**
   * A score for ranking (ROC-AUC): the largest spend / average ratio among
   * categories whose excess is at least the minimum, 0 when none (or too
   * little history).
   */
  score: number;
}

/** Evaluate the baseline rule for every month, in order. */
export function baselineRule(months: readonly MonthAggregate[], opts: RuleOptions = {}): RuleResult[] {
  const above = opts.aboveTenths ?? 4;
  const minExcess = opts.minExcessCents ?? 5000;
  const K = SPEND_CATEGORIES.length;
  return months.map((m, t) => {
    if (t < 3) return { month: m.month, flagged: false, categories: [], score: 0 };
    const hits: { c: string; excess: number }[] = [];
    let score = 0;
    for (let k = 0; k < K; k++) {
      const cur = m.spend[k]!;
      const sum = months[t - 1]!.spend[k]! + months[t - 2]!.spend[k]! + months[t - 3]!.spend[k]!;
      const excess3 = 3 * cur - sum;
      if (excess3 < 3 * minExcess) continue;
      const ratio = sum > 0 ? (3 * cur) / sum : 100;
      if (ratio > score) score = ratio;
      if (30 * cur > (10 + above) * sum) hits.push({ c: SPEND_CATEGORIES[k]!, excess: excess3 });
    }
    hits.sort((a, b) => b.excess - a.excess);
    return {
      month: m.month,
      flagged: hits.length > 0,
      categories: hits.map((h) => h.c),
      score,
    };
  });
}
