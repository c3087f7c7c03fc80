/**
 * How far labelled category spikes stand out from a household's normal
 * months, per category, by statistics of that one category alone: the
 * ceiling any spike column can reach, whatever the model does with it.
 *
 * For every month with at least 12 months before it and every spike category
 * the household spends at least $100 a month on (over the last 24 months, as
 * the generator requires before it places a spike there), against the last
 * 24 months:
 *   ratio     log(spend + $50) − median of the history's
 *   z         ratio / the category's spread (max of 1.4826·MAD and
 *             (q90 − median)/1.2816, at least 0.1: the engine's spread)
 *   seasonal  z after subtracting how far above its median the category was
 *             in the same month a year earlier (when it was above)
 *   trimmed   z of the spend without the month's largest charge
 *   count     z of log(number of charges + 2)
 *   capped    z of the spend with each charge capped at the engine's
 *             CAPPED_QUANTILE (p75) of the history's charges in the
 *             category, after subtracting how far above its median that
 *             series was in the same month a year earlier: the engine's
 *             capped rise (engine 10)
 *   countSeasonal  count, less the largest count z of the same month ±1 a
 *             year earlier (when above 0)
 *   countAndSpend  min(countSeasonal, seasonal): more purchases and more money
 *   familiar  countSeasonal of the charges at merchants the household paid
 *             in the 4 months before (more visits to the usual shops: the
 *             third opinion's spikes)
 *   familiarAndSpend  min(familiar, seasonal)
 * Positives are months labelled `category-spike` in that category; negatives
 * are normal months. For each statistic: ROC-AUC, and the share of spikes
 * above the value only 1 % (0.5 %) of normal category-months reach. A month
 * has about a dozen categories in use, so a per-category false-alarm rate of
 * 0.5 % already costs several percent of normal months. Also the engine's
 * recall per category (one forest seed) and the share of spikes in
 * categories the engine counts as steady (spent in ≥ 75 % of those months,
 * spread ≤ 0.5: `spend-series.ts`).
 *
 *   npx tsx bench/diag-spikes.ts [tune|holdout|stress|short|all] [--offset N] (seeds + N)
 *   npx tsx bench/diag-spikes.ts --third 31,32,33   (third-opinion households)
 *   npx tsx bench/diag-spikes.ts --fourth 7,8,9     (fourth-opinion households)
 */
import { pathToFileURL } from 'node:url';
import { SPLITS } from './eval';
import { fourthOpinionHouseholds, splitHouseholds, thirdOpinionHouseholds, type LabelledHousehold } from './labelled-households';
import { analyzeHistory } from '../lib/core/detect';
import { SPIKE_CATEGORIES, SPIKE_MIN_BASE_CENTS } from '../lib/core/synth';
import { rocAuc } from '../lib/core/metrics';
import { historyBefore, logSpend, monthlyByCategory, robustSpread, steadyBefore, type Monthly } from './spend-series';
import { quantileSorted } from '../lib/core/features/stats';
// the engine's own cap, so this statistic follows any change to it
import { CAPPED_QUANTILE } from '../lib/core/features/signals';

export const STATISTICS = ['ratio', 'z', 'seasonal', 'trimmed', 'count', 'capped', 'countSeasonal', 'countAndSpend', 'familiar', 'familiarAndSpend'] as const;
type Statistic = (typeof STATISTICS)[number];

const MIN_HISTORY = 12;

export interface CategoryMonth {
  /** the household's seed (ours) or file (third opinion), and the month */
  where: string;
  category: string;
  spike: boolean;
  steady: boolean;
  caught: boolean;
  stats: Record<Statistic, number>;
}

/** Category-months of one split (seeds + offset). */
export function categoryMonths(splitName: string, offset = 0): CategoryMonth[] {
  return splitHouseholds(splitName, offset).flatMap(householdMonths);
}

/**
 * Category-months of third-opinion households (bench/third-opinion), read
 * from their CSV files by the product's parser and rules as `analyze` reads
 * them; scored from month 12 as its scorer does.
 */
export function thirdOpinionMonths(seeds: readonly number[]): CategoryMonth[] {
  return thirdOpinionHouseholds(seeds).flatMap(householdMonths);
}

function householdMonths(h: LabelledHousehold): CategoryMonth[] {
  const rows: CategoryMonth[] = [];
  const months = h.labels.map((l) => l.month);
  const flagged = new Map(analyzeHistory(h.txs, { seed: h.seed }).months.map((m) => [m.month, m.flagged]));
  const byCat = monthlyByCategory(h.txs, months, SPIKE_CATEGORIES);
  // charges per category and month at merchants the household paid in the 4 months before
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const seen: Array<Set<string>> = months.map(() => new Set());
  const rowsByMonth: Array<Array<{ c: string; m: string }>> = months.map(() => []);
  for (const tx of h.txs) {
    if (tx.kind === 'transfer' || tx.amountCents >= 0) continue;
    const i = monthIndex.get(tx.date.slice(0, 7));
    if (i === undefined) continue;
    seen[i]!.add(tx.merchant);
    rowsByMonth[i]!.push({ c: tx.category, m: tx.merchant });
  }
  const familiarCount = (category: string, j: number): number => {
    if (j < 0) return 0;
    let n = 0;
    for (const r of rowsByMonth[j]!) if (r.c === category && [1, 2, 3, 4].some((d) => j - d >= 0 && seen[j - d]!.has(r.m))) n++;
    return n;
  };
  for (let t = MIN_HISTORY; t < months.length; t++) {
    const label = h.labels[t]!;
    const anomalous = label.kind !== 'normal';
    const spikeCategory = label.kind === 'category-spike' ? label.category : null;
    if (anomalous && spikeCategory === null) continue;
    const hist = historyBefore(t);
    for (const category of SPIKE_CATEGORIES) {
      const spike = spikeCategory === category;
      if (anomalous && !spike) continue;
      const m = byCat.get(category)!;
      if (hist.reduce((a, j) => a + m[j]!.spend, 0) / hist.length < SPIKE_MIN_BASE_CENTS) continue;
      const level = robustSpread(hist.map((j) => logSpend(m[j]!.spend)));
      const trim = robustSpread(hist.map((j) => logSpend(m[j]!.spend - m[j]!.largest)));
      const count = robustSpread(hist.map((j) => Math.log(m[j]!.count + 2)));
      const ratio = logSpend(m[t]!.spend) - level.med;
      const lastYear = Math.max(0, logSpend(m[t - 12]!.spend) - level.med);
      const capped = cappedZ(m, hist, t);
      const cz = (j: number): number => (j < 0 ? 0 : (Math.log(m[j]!.count + 2) - count.med) / count.spread);
      const countSeasonal = cz(t) - Math.max(0, cz(t - 13), cz(t - 12), cz(t - 11));
      const seasonal = (ratio - lastYear) / level.spread;
      const fam = robustSpread(hist.map((j) => Math.log(familiarCount(category, j) + 2)));
      const fz = (j: number): number => (j < 0 ? 0 : (Math.log(familiarCount(category, j) + 2) - fam.med) / fam.spread);
      const familiar = fz(t) - Math.max(0, fz(t - 13), fz(t - 12), fz(t - 11));
      rows.push({
        where: `${h.name} ${months[t]}`,
        category,
        spike,
        steady: steadyBefore(m, t),
        caught: flagged.get(months[t]!) ?? false,
        stats: {
          ratio,
          z: ratio / level.spread,
          seasonal,
          trimmed: (logSpend(m[t]!.spend - m[t]!.largest) - trim.med) / trim.spread,
          count: (Math.log(m[t]!.count + 2) - count.med) / count.spread,
          capped,
          countSeasonal,
          countAndSpend: Math.min(countSeasonal, seasonal),
          familiar,
          familiarAndSpend: Math.min(familiar, seasonal),
        },
      });
    }
  }
  return rows;
}

/** The capped spend's seasonal z of month t against the history months `hist` (t − 12 among them or before them). */
export function cappedZ(m: readonly Monthly[], hist: readonly number[], t: number): number {
  const all = hist.flatMap((j) => m[j]!.charges).sort((a, b) => a - b);
  const cap = all.length ? quantileSorted(all, CAPPED_QUANTILE) : 0;
  const capped = (j: number): number => logSpend(m[j]!.charges.reduce((a, c) => a + Math.min(c, cap), 0));
  const ref = robustSpread(hist.map(capped));
  return (capped(t) - ref.med - Math.max(0, capped(t - 12) - ref.med)) / ref.spread;
}

/** Share of `pos` strictly above the value that only `rate` of `neg` exceed. */
export function recallAt(pos: readonly number[], neg: readonly number[], rate: number): number {
  const desc = [...neg].sort((a, b) => b - a);
  const cut = desc[Math.min(desc.length - 1, Math.floor(rate * desc.length))]!;
  return pos.filter((p) => p > cut).length / pos.length;
}

/** Per spike category; NaN where the rows hold no spike or no normal month of it. */
export interface CategorySummary {
  category: string;
  spikes: number;
  normal: number;
  steadyShare: number;
  engineRecall: number;
  stats: Record<Statistic, { auc: number; recallAt1: number; recallAt05: number }>;
}

export function summarize(rows: readonly CategoryMonth[]): CategorySummary[] {
  return SPIKE_CATEGORIES.map((category) => {
    const pos = rows.filter((r) => r.category === category && r.spike);
    const neg = rows.filter((r) => r.category === category && !r.spike);
    const stats = Object.fromEntries(
      STATISTICS.map((s) => {
        const p = pos.map((r) => r.stats[s]);
        const n = neg.map((r) => r.stats[s]);
        if (p.length === 0 || n.length === 0) return [s, { auc: NaN, recallAt1: NaN, recallAt05: NaN }];
        const labels = [...p.map(() => 1), ...n.map(() => 0)];
        return [s, { auc: rocAuc(labels, [...p, ...n]), recallAt1: recallAt(p, n, 0.01), recallAt05: recallAt(p, n, 0.005) }];
      }),
    ) as CategorySummary['stats'];
    return {
      category,
      spikes: pos.length,
      normal: neg.length,
      steadyShare: pos.length ? pos.filter((r) => r.steady).length / pos.length : NaN,
      engineRecall: pos.length ? pos.filter((r) => r.caught).length / pos.length : NaN,
      stats,
    };
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const which = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'all';
  const oi = args.indexOf('--offset');
  const offset = oi >= 0 ? Number(args[oi + 1]) : 0;
  const ti = args.indexOf('--third');
  const third = ti >= 0 ? (args[ti + 1] ?? '31,32,33').split(',').map(Number) : null;
  const fi = args.indexOf('--fourth');
  const fourth = fi >= 0 ? (args[fi + 1] ?? '7,8,9').split(',').map(Number) : null;
  const splits = which === 'all' ? SPLITS.map((s) => s.name) : [which];
  const rows = third
    ? thirdOpinionMonths(third)
    : fourth
      ? fourthOpinionHouseholds(fourth).flatMap(householdMonths)
      : splits.flatMap((s) => categoryMonths(s, offset));
  const pct = (x: number): string => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(0)}%`).padStart(5);
  const what = third
    ? `third opinion, seeds ${third.join(',')}`
    : fourth
      ? `fourth opinion, seeds ${fourth.join(',')}`
      : `splits ${splits.join(', ')}${offset ? ` (seeds + ${offset})` : ''}`;
  console.log(`${what}: recall at 1 % / 0.5 % of normal category-months, ROC-AUC`);
  console.log(['category'.padEnd(14), 'spikes', 'steady', 'engine', ...STATISTICS.map((s) => s.padEnd(20))].join(' '));
  for (const c of summarize(rows)) {
    const cells = STATISTICS.map((s) => `${pct(c.stats[s].recallAt1)} ${pct(c.stats[s].recallAt05)} ${Number.isNaN(c.stats[s].auc) ? '  —  ' : c.stats[s].auc.toFixed(3)}`.padEnd(20));
    console.log([c.category.padEnd(14), String(c.spikes).padStart(6), pct(c.steadyShare).padStart(6), pct(c.engineRecall).padStart(6), ...cells].join(' '));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
