/**
 * How far three-month sustained rises stand out, by one statistic per
 * category, beyond what the engine already flags: the offline measurement
 * behind engine 14's sustained rise (docs/decisions/019).
 *
 * For every month t with 14 months before it, and every shopping category
 * spent in at least 75 % of the (up to) 24 months before t − 2: the z of
 * each of the months t − 2, t − 1, t against those earlier months (median
 * and the engine's spread), less how far above that median the same month
 * a year earlier was. `run3` is the least of the three (all three up),
 * `run2` the least of the last two; the month's value is the largest over
 * its categories. `--capped` uses the spend with each charge capped at the
 * p75 charge of the earlier months, as the capped rise does.
 *
 * Prints, per cut, the sustained months and the normal months above it that
 * the engine (the eval's forest seed) does not flag already; `--engine
 * sustainedRise=false,tripMeals=false` measures against engine 13, as
 * decision 019 did.
 *
 *   npx tsx bench/diag-sustained.ts [--offset N] [--capped] [--categories Groceries,Transport] [--engine …]
 *   npx tsx bench/diag-sustained.ts --third 31,32,33 [--capped] [--engine …]
 *   npx tsx bench/diag-sustained.ts --fourth 7,8,9 [--capped] [--engine …]
 */
import { pathToFileURL } from 'node:url';
import { SPLITS, parseEngineOptions } from './eval';
import { fourthOpinionHouseholds, splitHouseholds, thirdOpinionHouseholds, type LabelledHousehold } from './labelled-households';
import { analyzeHistory } from '../lib/core/detect';
import { logSpend, monthlyByCategory, robustSpread, type Monthly } from './spend-series';
import { quantileSorted } from '../lib/core/features/stats';
import { CAPPED_QUANTILE, CAPPED_CATEGORIES, type FeatureOptions } from '../lib/core/features/signals';

export interface RunMonth {
  sustained: boolean;
  normal: boolean;
  caught: boolean;
  run2: number;
  run3: number;
}

/** The least z of months t − n + 1 … t of one category, against the months before t − 2. */
export function runZ(m: readonly Monthly[], t: number, n: number, capped: boolean): number {
  const start = t - 2;
  const hist = Array.from({ length: Math.min(24, start) }, (_, i) => start - 1 - i);
  let value = (j: number): number => logSpend(m[j]!.spend);
  if (capped) {
    const all = hist.flatMap((j) => m[j]!.charges).sort((a, b) => a - b);
    const cap = all.length ? quantileSorted(all, CAPPED_QUANTILE) : 0;
    value = (j) => logSpend(m[j]!.charges.reduce((a, x) => a + Math.min(x, cap), 0));
  }
  const ref = robustSpread(hist.map(value));
  const z = (j: number): number => (value(j) - ref.med - Math.max(0, j >= 12 ? value(j - 12) - ref.med : 0)) / ref.spread;
  let least = Infinity;
  for (let j = t - n + 1; j <= t; j++) least = Math.min(least, z(j));
  return least;
}

export function runMonths(h: LabelledHousehold, categories: readonly string[], capped: boolean, features: FeatureOptions = {}): RunMonth[] {
  const months = h.labels.map((l) => l.month);
  const flagged = analyzeHistory(h.txs, { seed: h.seed, features }).months.map((m) => m.flagged);
  const by = monthlyByCategory(h.txs, months, categories);
  const out: RunMonth[] = [];
  for (let t = 14; t < months.length; t++) {
    const kind = h.labels[t]!.kind;
    const hist = Array.from({ length: Math.min(24, t - 2) }, (_, i) => t - 3 - i);
    let run2 = -Infinity;
    let run3 = -Infinity;
    for (const c of categories) {
      const m = by.get(c)!;
      if (hist.filter((j) => m[j]!.spend > 0).length < 0.75 * hist.length) continue;
      run2 = Math.max(run2, runZ(m, t, 2, capped));
      run3 = Math.max(run3, runZ(m, t, 3, capped));
    }
    out.push({ sustained: kind === 'sustained-elevation', normal: kind === 'normal', caught: flagged[t]!, run2, run3 });
  }
  return out;
}

function households(args: string[]): LabelledHousehold[] {
  const ti = args.indexOf('--third');
  if (ti >= 0) return thirdOpinionHouseholds((args[ti + 1] ?? '31,32,33').split(',').map(Number));
  const fi = args.indexOf('--fourth');
  if (fi >= 0) return fourthOpinionHouseholds((args[fi + 1] ?? '7,8,9').split(',').map(Number));
  const oi = args.indexOf('--offset');
  const offset = oi >= 0 ? Number(args[oi + 1]) : 0;
  return SPLITS.flatMap((sp) => splitHouseholds(sp.name, offset));
}

function main(): void {
  const args = process.argv.slice(2);
  const capped = args.includes('--capped');
  const ci = args.indexOf('--categories');
  const categories = ci >= 0 ? args[ci + 1]!.split(',') : [...CAPPED_CATEGORIES];
  const ei = args.indexOf('--engine');
  const features = ei >= 0 ? parseEngineOptions(args[ei + 1] ?? '') : {};
  const rows = households(args).flatMap((h) => runMonths(h, categories, capped, features));
  const pos = rows.filter((r) => r.sustained);
  const neg = rows.filter((r) => r.normal);
  console.log(`sustained months ${pos.length} (engine flags ${pos.filter((r) => r.caught).length}), normal months ${neg.length} (engine flags ${neg.filter((r) => r.caught).length}); ${capped ? 'capped spend' : 'month totals'}, ${categories.join(', ')}`);
  for (const key of ['run2', 'run3'] as const) {
    for (const cut of [1, 1.5, 2, 2.5]) {
      const tp = pos.filter((r) => !r.caught && r[key] > cut).length;
      const fp = neg.filter((r) => !r.caught && r[key] > cut).length;
      console.log(`  ${key} > ${cut}: +${tp} sustained (${((100 * tp) / pos.length).toFixed(1)} %), +${fp} normal (${((100 * fp) / neg.length).toFixed(2)} %)`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
