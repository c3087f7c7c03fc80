/**
 * `npm run eval`: quality of the detector and of the baseline rule on
 * generated households, measured THROUGH the real bank formats:
 *
 *   generateHousehold → toBankCsv (the household's bank) → parseBankCsv →
 *   categorizeAll(DEFAULT_RULES) → analyzeHistory
 *
 * so parsing and categorization noise are included (labels come from the
 * generator; categories in reasons come from our categorizer).
 *
 * Two splits of seeds: `tune` (the only seeds ever looked at while choosing
 * features, floors and the threshold) and `holdout` (never tuned on; report
 * only). A third, `stress`, changes the generator's settings (more
 * anomalies, shorter and later histories) as a rough check of robustness.
 *
 * Metrics, per split, for the model and the rule, over all months of all
 * households (a month with score null — too little history — counts as not
 * flagged and ranks lowest):
 * precision, recall, F1 and false-positive rate on normal months; ROC-AUC
 * (pooled over households: the threshold is global, so scores must be
 * comparable across users); recall per anomaly kind, and for category
 * spikes per labelled category and per whether that category was steady in
 * the 24 months before (`spend-series.ts`); and, among caught
 * anomalies, how often one of the top two reasons names a labelled category.
 * Also what the thumbs up / down do (`feedbackReplay`): the first half of
 * each history answered truthfully, the tuned threshold applied to the rest.
 *
 * Prints a table and writes bench/results/eval.json.
 *
 *   npx tsx bench/eval.ts [--households 20] [--months 72] [--split tune|holdout|stress|short|all] [--forest-seeds 8]
 *     [--offset N] (households seeds + N: more sets of the same splits, e.g. --offset 100 --households 40)
 *     [--pool 0:20,100:40,…] (several such sets as one: offset[:households], figures over all their months)
 *     [--anomalies-from 12] (months of history before the first labelled anomaly)
 *     [--min-history 12] (complete months a month needs before it is scored)
 *     [--engine sustainedRise=false,…] (the engine's feature switches, against their defaults)
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateHousehold, toBankCsv, ANOMALY_KINDS, SPIKE_CATEGORIES, type MonthLabel } from '../lib/core/synth';
import { parseBankCsv } from '../lib/core/csv';
import { categorizeAll, compileRules, DEFAULT_RULES } from '../lib/core/categorize';
import { analyzeHistory, DEFAULT_THRESHOLD, type AnalyzeOptions, type MonthResult } from '../lib/core/detect';
import { rocAuc, wilsonInterval } from '../lib/core/metrics';
import { tuneThreshold, type Answer } from '../lib/core/threshold';
import type { CategorizedTransaction } from '../lib/core/types';
import { monthlyByCategory, steadyBefore } from './spend-series';
import { STEADY_SHARE, STEADY_SPREAD, WINDOW, type FeatureOptions } from '../lib/core/features/signals';

export interface SplitSpec {
  name: string;
  seeds: number[];
  months: number;
  startMonth: string;
  anomalyRate?: number;
  /** months of history before the first labelled anomaly (generator default 12) */
  anomalyFromMonth?: number;
}

export interface EvalHousehold {
  seed: number;
  bank: string;
  txs: CategorizedTransaction[];
  labels: MonthLabel[];
  parseErrors: number;
  /** per month labelled a category spike: whether its category was steady in the months before (a property of the data, not of any run) */
  spikeSteady: Record<string, boolean>;
}

const compiled = compileRules(DEFAULT_RULES);
const encoder = new TextEncoder();

/** One generated household, through its bank's CSV, the parser and the default rules. */
export function loadHousehold(seed: number, months: number, startMonth: string, anomalyRate?: number, anomalyFromMonth?: number): EvalHousehold {
  const h = generateHousehold({ seed, startMonth, months, ...(anomalyRate !== undefined ? { anomalyRate } : {}), ...(anomalyFromMonth !== undefined ? { anomalyFromMonth } : {}) });
  const bank = h.profile.bank;
  const csv = toBankCsv(bank, h.transactions);
  const parsed = parseBankCsv(encoder.encode(csv), { fileName: `hh-${seed}.csv` });
  const txs = categorizeAll(parsed.transactions, compiled);
  const series = monthlyByCategory(
    txs,
    h.labels.map((l) => l.month),
    SPIKE_CATEGORIES,
  );
  const spikeSteady: Record<string, boolean> = {};
  h.labels.forEach((l, t) => {
    const spiked = l.kind === 'category-spike' ? series.get(l.categories[0] ?? '') : undefined;
    if (spiked) spikeSteady[l.month] = steadyBefore(spiked, t);
  });
  return { seed, bank, txs, labels: h.labels, parseErrors: parsed.errors.length, spikeSteady };
}

export interface MethodMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** flagged normal months / normal months */
  fpr: number;
  /**
   * flagged normal months / normal months the model scored: the first
   * MIN_HISTORY_MONTHS of a file are never flagged, which flatters `fpr`
   * (the rule is computed for every month: for it the two are the same set)
   */
  fprScored: number;
  rocAuc: number;
  /**
   * ROC-AUC over the months the model scored: unscored months rank below
   * every score, and they are all normal (no anomaly in a file's first year),
   * which lifts `rocAuc` (the rule: the same set as `rocAuc`)
   */
  rocAucScored: number;
  /** mean over households (with both classes) of the per-household ROC-AUC */
  meanHouseholdAuc: number;
  recallByKind: Record<string, Tally>;
  /**
   * category spikes by the labelled category: the issue's "3× in a steady
   * category must not hide behind lumpy ones" is about where they are lost
   */
  spikeRecallByCategory: Record<string, Tally>;
  /**
   * category spikes by the labelled category's history before the spike:
   * `steady` (spent in most months, narrow spread: the engine's definition,
   * from the transactions) or `lumpy`
   */
  spikeRecallBySteadiness: Record<Steadiness, Tally>;
  /** among caught anomalies: share whose top-two reasons name a labelled category */
  topTwoCategory: number;
  caught: number;
  anomalous: number;
  normal: number;
  flaggedNormal: number;
}

export const STEADINESS = ['steady', 'lumpy'] as const;
export type Steadiness = (typeof STEADINESS)[number];

/** anomalous months of one group (a kind, a spike's category) and how many were caught */
export interface Tally {
  caught: number;
  total: number;
  /** caught / total, NaN when there were none */
  recall: number;
  /** 95 % Wilson interval of the recall, null when there were none: with 10–40 months of a kind per split, one month is 2.5–10 points */
  ci95: { low: number; high: number } | null;
}

/** An empty tally per key. */
function tallies(keys: readonly string[]): Record<string, Tally> {
  return Object.fromEntries(keys.map((k) => [k, { caught: 0, total: 0, recall: NaN, ci95: null }]));
}

/** One labelled month into `t[key]` (created for an unknown key). */
function count(t: Record<string, Tally>, key: string, caught: boolean): void {
  const x = (t[key] ??= { caught: 0, total: 0, recall: NaN, ci95: null });
  x.total++;
  if (caught) x.caught++;
  x.recall = x.caught / x.total;
  x.ci95 = wilsonInterval(x.caught, x.total);
}

export interface MonthRecord {
  label: MonthLabel;
  modelScore: number;
  modelFlag: boolean;
  modelTop2: string[];
  ruleScore: number;
  ruleFlag: boolean;
  ruleTop2: string[];
  household: number;
  /** the model scored this month (enough history) */
  scored: boolean;
  /** category spikes: whether the labelled category was steady before the month */
  spikeSteady?: boolean;
}

function safeAuc(labels: number[], scores: number[]): number {
  const pos = labels.reduce((a, b) => a + b, 0);
  if (pos === 0 || pos === labels.length) return NaN;
  return rocAuc(labels, scores);
}

export function metricsOf(records: MonthRecord[], which: 'model' | 'rule'): MethodMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let top2 = 0;
  let normalScored = 0;
  let fpScored = 0;
  const byKind = tallies(ANOMALY_KINDS);
  const bySpikeCat = tallies(SPIKE_CATEGORIES);
  const bySteadiness = tallies(STEADINESS) as Record<Steadiness, Tally>;
  const labels: number[] = [];
  const scores: number[] = [];
  const labelsScored: number[] = [];
  const scoresScored: number[] = [];
  const perHousehold = new Map<number, { l: number[]; s: number[] }>();
  for (const r of records) {
    const flag = which === 'model' ? r.modelFlag : r.ruleFlag;
    const score = which === 'model' ? r.modelScore : r.ruleScore;
    const y = r.label.anomalous ? 1 : 0;
    // the rule is computed for every month; the model only for months with enough history
    const counted = which === 'rule' || r.scored;
    labels.push(y);
    scores.push(score);
    if (counted) {
      labelsScored.push(y);
      scoresScored.push(score);
    }
    const ph = perHousehold.get(r.household) ?? { l: [], s: [] };
    ph.l.push(y);
    ph.s.push(score);
    perHousehold.set(r.household, ph);
    if (y === 1) {
      count(byKind, r.label.kind ?? 'unknown', flag);
      if (r.label.kind === 'category-spike') {
        count(bySpikeCat, r.label.categories[0] ?? 'unknown', flag);
        if (r.spikeSteady !== undefined) count(bySteadiness, r.spikeSteady ? 'steady' : 'lumpy', flag);
      }
      if (flag) {
        tp++;
        const names = which === 'model' ? r.modelTop2 : r.ruleTop2;
        if (names.some((c) => (r.label.categories as string[]).includes(c))) top2++;
      } else fn++;
    } else {
      if (counted) normalScored++;
      if (flag) {
        fp++;
        if (counted) fpScored++;
      }
    }
  }
  const normal = labels.length - (tp + fn);
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const aucs = [...perHousehold.values()].map((p) => safeAuc(p.l, p.s)).filter((a) => !Number.isNaN(a));
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    fpr: normal > 0 ? fp / normal : 0,
    fprScored: normalScored > 0 ? fpScored / normalScored : 0,
    rocAuc: safeAuc(labels, scores),
    rocAucScored: safeAuc(labelsScored, scoresScored),
    meanHouseholdAuc: aucs.length > 0 ? aucs.reduce((a, b) => a + b, 0) / aucs.length : NaN,
    recallByKind: byKind,
    spikeRecallByCategory: bySpikeCat,
    spikeRecallBySteadiness: bySteadiness,
    topTwoCategory: tp > 0 ? top2 / tp : NaN,
    caught: tp,
    anomalous: tp + fn,
    normal,
    flaggedNormal: fp,
  };
}

/** Score every month of every household and compute both methods' metrics. */
export function evaluate(
  households: EvalHousehold[],
  opts: AnalyzeOptions = {},
  /** added to each household's forest seed: another draw of every forest */
  forestSeedOffset = 0,
): { model: MethodMetrics; rule: MethodMetrics; records: MonthRecord[]; scores: number[] } {
  const records: MonthRecord[] = [];
  const scores: number[] = [];
  households.forEach((h, hi) => {
    const result = analyzeHistory(h.txs, { seed: h.seed + forestSeedOffset, ...opts });
    for (const m of result.months) if (m.score !== null) scores.push(m.score);
    const byMonth = new Map<string, MonthResult>(result.months.map((m) => [m.month, m]));
    for (const label of h.labels) {
      const m = byMonth.get(label.month);
      const spikeSteady = h.spikeSteady[label.month];
      records.push({
        label,
        modelScore: m?.score ?? -1,
        modelFlag: m?.flagged ?? false,
        modelTop2: (m?.reasons ?? []).slice(0, 2).map((r) => r.category),
        ruleScore: m ? ruleScoreOf(m) : 0,
        ruleFlag: m?.rule.flagged ?? false,
        ruleTop2: (m?.rule.categories ?? []).slice(0, 2),
        household: hi,
        scored: m?.score !== null && m?.score !== undefined,
        ...(spikeSteady !== undefined ? { spikeSteady } : {}),
      });
    }
  });
  return { model: metricsOf(records, 'model'), rule: metricsOf(records, 'rule'), records, scores };
}

export interface Confusion {
  precision: number;
  recall: number;
  f1: number;
  /** flagged normal months / normal months */
  fpr: number;
  flaggedNormal: number;
  caught: number;
}

export interface FeedbackReplay {
  /** share of each household's scored months whose flags were answered */
  answeredShare: number;
  households: number;
  answers: number;
  /** households whose threshold moved */
  moved: number;
  /** the tuned thresholds that differ from the default */
  thresholds: number[];
  /** the rest of each history, at the default threshold and at the tuned one */
  before: Confusion;
  after: Confusion;
}

function confusionOf(records: MonthRecord[]): Confusion {
  const m = metricsOf(records, 'model');
  return { precision: m.precision, recall: m.recall, f1: m.f1, fpr: m.fpr, flaggedNormal: m.flaggedNormal, caught: m.caught };
}

/**
 * What the thumbs up / down do (`lib/core/threshold`): each household's
 * user answers every flag in the first `answeredShare` of their scored
 * months truthfully (a labelled anomaly is "real", anything else a false
 * alarm); the threshold tuned from those answers then decides the rest of
 * the history, compared with the default on the same months. Scores are the
 * full history's (the app rescores the whole history after each import).
 */
export function feedbackReplay(records: readonly MonthRecord[], defaultThreshold: number, answeredShare = 0.5): FeedbackReplay {
  const byHousehold = new Map<number, MonthRecord[]>();
  for (const r of records) {
    if (!r.scored) continue;
    const list = byHousehold.get(r.household);
    if (list) list.push(r);
    else byHousehold.set(r.household, [r]);
  }
  const before: MonthRecord[] = [];
  const after: MonthRecord[] = [];
  let answers = 0;
  const thresholds: number[] = [];
  for (const months of byHousehold.values()) {
    const k = Math.floor(months.length * answeredShare);
    const given: Answer[] = months
      .slice(0, k)
      .filter((r) => r.modelScore >= defaultThreshold)
      .map((r) => ({ score: r.modelScore, verdict: r.label.anomalous ? 'real' : 'false_alarm' }));
    answers += given.length;
    const tuned = tuneThreshold(defaultThreshold, given);
    if (tuned !== defaultThreshold) thresholds.push(tuned);
    for (const r of months.slice(k)) {
      before.push({ ...r, modelFlag: r.modelScore >= defaultThreshold });
      after.push({ ...r, modelFlag: r.modelScore >= tuned });
    }
  }
  return { answeredShare, households: byHousehold.size, answers, moved: thresholds.length, thresholds, before: confusionOf(before), after: confusionOf(after) };
}

function feedbackTable(by: Record<string, FeedbackReplay>): string {
  const c = (x: Confusion) => `F1 ${pct(x.f1)}  normal flagged ${pct(x.fpr)} (${x.flaggedNormal})  caught ${x.caught}`;
  const share = Object.values(by)[0]?.answeredShare ?? 0.5;
  const lines = [`feedback: every flag in the first ${Math.round(share * 100)} % of each history answered truthfully; the rest at the default threshold → at the tuned one:`];
  for (const [split, r] of Object.entries(by)) {
    lines.push(`${split.padEnd(8)} ${r.answers} answers, threshold moved for ${r.moved} of ${r.households}${r.moved ? ` (${r.thresholds.map((t) => t.toFixed(3)).join(', ')})` : ''}: ${c(r.before)} → ${c(r.after)}`);
  }
  return lines.join('\n');
}

/** The rule's ranking score, carried on the month result when present (falls back to flagged 0/1). */
function ruleScoreOf(m: MonthResult): number {
  const s = (m.rule as { score?: number }).score;
  return typeof s === 'number' ? s : m.rule.flagged ? 1 : 0;
}

export const SPLITS: SplitSpec[] = [
  // the only seeds looked at while choosing features, floors and the threshold
  { name: 'tune', seeds: range(1, 20), months: 72, startMonth: '2019-01' },
  // never tuned on
  { name: 'holdout', seeds: range(5001, 20), months: 72, startMonth: '2019-01' },
  // generator settings changed: more anomalies, shorter and later histories
  { name: 'stress', seeds: range(9001, 20), months: 48, startMonth: '2020-07', anomalyRate: 0.2 },
  // two-year files with anomalies from the 7th month: users with less than a year of history (never tuned on)
  { name: 'short', seeds: range(7001, 20), months: 24, startMonth: '2023-06', anomalyFromMonth: 6 },
];

/**
 * The household seeds of a split: its first `n`, or with an offset the `n`
 * consecutive seeds from its first seed + offset (a fresh set of households
 * drawn the same way; the seed sets the detect README quotes as "seeds + 100").
 */
export function splitSeeds(split: SplitSpec, n: number, offset = 0): number[] {
  if (offset === 0 && n <= split.seeds.length) return split.seeds.slice(0, n);
  return Array.from({ length: n }, (_, i) => split.seeds[0]! + offset + i);
}

/** One seed set of a pooled run: households seeds + offset, `households` of them. */
export interface PoolSet {
  offset: number;
  households: number;
}

/**
 * `--pool 0:20,100:40,140` → the seed sets to pool: `offset[:households]`,
 * households defaulting to `defaultHouseholds`. Pooling several sets gives
 * one figure (and one interval) over all their months, where single sets of
 * 20–40 households move by a month or two per kind.
 * @throws Error naming the bad entry
 */
export function parsePool(spec: string, defaultHouseholds: number): PoolSet[] {
  return spec.split(',').map((entry) => {
    const m = /^\s*(\d+)\s*(?::\s*(\d+)\s*)?$/.exec(entry);
    const households = m?.[2] === undefined ? defaultHouseholds : Number(m[2]);
    if (!m || !(households >= 1)) throw new Error(`--pool: "${entry}" is not offset or offset:households (e.g. 0:20,100:40)`);
    return { offset: Number(m[1]), households };
  });
}

/** The household seeds of a split over pooled sets, each seed once, in the order the sets give them. */
export function poolSeeds(split: SplitSpec, sets: readonly PoolSet[]): number[] {
  return [...new Set(sets.flatMap((s) => splitSeeds(split, s.households, s.offset)))];
}

/**
 * Label-free: the seed-to-seed standard deviation of s (8 forest seeds) for
 * months whose mean s is within 0.45..0.65, i.e. how much a flag near the
 * threshold depends on the forest's randomness.
 */
export function seedSpread(households: EvalHousehold[], opts: AnalyzeOptions = {}): { median: number; p90: number; n: number } {
  const sds: number[] = [];
  for (const h of households) {
    const runs = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => analyzeHistory(h.txs, { ...opts, seed: k * 1000 + 7 }).months.map((m) => m.score));
    for (let i = 0; i < runs[0]!.length; i++) {
      const xs = runs.map((r) => r[i]).filter((x): x is number => x !== null && x !== undefined);
      if (xs.length < 2) continue;
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      if (mean < 0.45 || mean > 0.65) continue;
      sds.push(Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)));
    }
  }
  sds.sort((a, b) => a - b);
  return { median: sds[sds.length >> 1] ?? NaN, p90: sds[Math.floor(0.9 * sds.length)] ?? NaN, n: sds.length };
}

function range(start: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => start + i);
}

function pct(x: number): string {
  return Number.isNaN(x) ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`;
}

function table(results: Record<string, { model: MethodMetrics; rule: MethodMetrics; households: number; parseErrors: number }>): string {
  const lines: string[] = [];
  const head = ['split', 'method', 'precision', 'recall', 'F1', 'FPR normal', 'FPR scored', 'ROC-AUC', 'AUC scored', 'top-2 cat'];
  lines.push(head.map((h) => h.padEnd(10)).join(' '));
  for (const [split, r] of Object.entries(results)) {
    for (const which of ['model', 'rule'] as const) {
      const m = r[which];
      lines.push(
        [split, which, pct(m.precision), pct(m.recall), pct(m.f1), pct(m.fpr), pct(m.fprScored), m.rocAuc.toFixed(3), m.rocAucScored.toFixed(3), pct(m.topTwoCategory)]
          .map((s) => String(s).padEnd(10))
          .join(' '),
      );
    }
  }
  lines.push('');
  lines.push('recall by kind (model [its 95 % Wilson interval] / rule):');
  const kinds = ANOMALY_KINDS;
  lines.push(['split'.padEnd(8), ...kinds.map((k) => k.padEnd(29))].join(' '));
  for (const [split, r] of Object.entries(results)) {
    lines.push(
      [
        split.padEnd(8),
        ...kinds.map((k) => {
          const a = r.model.recallByKind[k]!;
          const b = r.rule.recallByKind[k]!;
          const ci = a.ci95 ? ` [${Math.round(100 * a.ci95.low)}–${Math.round(100 * a.ci95.high)}]` : '';
          return `${pct(a.recall)}${ci} / ${pct(b.recall)} n=${a.total}`.padEnd(29);
        }),
      ].join(' '),
    );
  }
  return lines.join('\n');
}

/** Forest seeds of the k-th extra run: household seed + k × this (households' seeds are < 10,000 apart). */
const FOREST_SEED_STEP = 100_003;

interface Spread {
  mean: number;
  min: number;
  max: number;
}
type SeedSummary = Record<'f1' | 'fpr' | 'fprScored' | 'rocAuc' | 'rocAucScored', Spread> & {
  recallByKind: Record<string, Spread>;
  spikeRecallByCategory: Record<string, Spread & { total: number }>;
  spikeRecallBySteadiness: Record<Steadiness, Spread & { total: number }>;
};

function spread(xs: number[]): Spread {
  const ok = xs.filter((x) => !Number.isNaN(x));
  return { mean: ok.reduce((a, b) => a + b, 0) / ok.length, min: Math.min(...ok), max: Math.max(...ok) };
}

/** The model's figures over several draws of every forest: mean and range. */
function summarizeSeeds(runs: MethodMetrics[]): SeedSummary {
  const recallByKind: Record<string, Spread> = {};
  for (const k of ANOMALY_KINDS) recallByKind[k] = spread(runs.map((r) => r.recallByKind[k]?.recall ?? NaN));
  const spikeRecallByCategory: Record<string, Spread & { total: number }> = {};
  for (const c of SPIKE_CATEGORIES) spikeRecallByCategory[c] = { ...spread(runs.map((r) => r.spikeRecallByCategory[c]?.recall ?? NaN)), total: runs[0]?.spikeRecallByCategory[c]?.total ?? 0 };
  const spikeRecallBySteadiness = Object.fromEntries(
    STEADINESS.map((k) => [k, { ...spread(runs.map((r) => r.spikeRecallBySteadiness[k].recall)), total: runs[0]?.spikeRecallBySteadiness[k].total ?? 0 }]),
  ) as SeedSummary['spikeRecallBySteadiness'];
  return {
    f1: spread(runs.map((r) => r.f1)),
    fpr: spread(runs.map((r) => r.fpr)),
    fprScored: spread(runs.map((r) => r.fprScored)),
    rocAuc: spread(runs.map((r) => r.rocAuc)),
    rocAucScored: spread(runs.map((r) => r.rocAucScored)),
    recallByKind,
    spikeRecallByCategory,
    spikeRecallBySteadiness,
  };
}

function seedTable(by: Record<string, SeedSummary>, n: number): string {
  const p = (s: Spread) => `${(100 * s.mean).toFixed(1)} (${(100 * s.min).toFixed(1)}–${(100 * s.max).toFixed(1)})`;
  const a = (s: Spread) => `${s.mean.toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)})`;
  const lines = [`model over ${n} forest seeds, mean (min–max):`];
  lines.push(['split'.padEnd(8), 'F1 %'.padEnd(18), 'FPR normal %'.padEnd(16), 'FPR scored %'.padEnd(16), 'ROC-AUC'.padEnd(22), 'AUC scored'].join(' '));
  for (const [split, s] of Object.entries(by)) {
    lines.push([split.padEnd(8), p(s.f1).padEnd(18), p(s.fpr).padEnd(16), p(s.fprScored).padEnd(16), a(s.rocAuc).padEnd(22), a(s.rocAucScored)].join(' '));
  }
  lines.push('recall by kind %, mean (min–max):');
  for (const [split, s] of Object.entries(by)) {
    lines.push([split.padEnd(8), ...ANOMALY_KINDS.map((k) => `${k.split('-')[0]} ${p(s.recallByKind[k]!)}`)].join('  '));
  }
  lines.push('category spikes by labelled category %, mean (min–max), n spikes:');
  for (const [split, s] of Object.entries(by)) {
    lines.push(
      [
        split.padEnd(8),
        ...SPIKE_CATEGORIES.map((c) => {
          const x = s.spikeRecallByCategory[c]!;
          return `${c} ${x.total > 0 ? p(x) : '—'} n=${x.total}`;
        }),
      ].join('  '),
    );
  }
  lines.push(
    `category spikes by the category's last ${WINDOW} months (steady: spent in ≥ ${STEADY_SHARE * 100} % of them, spread ≤ ${STEADY_SPREAD}, as the engine counts it) %, mean (min–max), n spikes:`,
  );
  for (const [split, s] of Object.entries(by)) {
    lines.push(
      [
        split.padEnd(8),
        ...STEADINESS.map((k) => {
          const x = s.spikeRecallBySteadiness[k];
          return `${k} ${x.total > 0 ? p(x) : '—'} n=${x.total}`;
        }),
      ].join('  '),
    );
  }
  return lines.join('\n');
}

/** The feature options `--engine` may set: the engine's documented switches (a typo is refused, not ignored). */
const ENGINE_SWITCHES = [
  'adaptiveFloor', 'trimLargest', 'countZ', 'seasonalNeighbourWeight', 'broadRise', 'cappedRise',
  'maskedRise', 'holidayNeedsTravel', 'seasonMonths', 'firstYearHabits', 'sustainedRise', 'tripMeals',
  'payerStream', 'tripAbroad', 'biggerJob', 'cashDrain', 'sameLarger', 'parentalLeave', 'earlyPay', 'topUps', 'unpaidHoliday', 'outsizedCharge', 'debitedTwice', 'payCouples',
] as const satisfies ReadonlyArray<keyof FeatureOptions>;

/**
 * `--engine sustainedRise=false,seasonalNeighbourWeight=0.5` → feature
 * options: the eval runs the engine with those switches changed, on the
 * same households as a run without the flag, which is what it is compared
 * with.
 */
export function parseEngineOptions(spec: string): FeatureOptions {
  const out: Record<string, boolean | number> = {};
  for (const entry of spec.split(',')) {
    const m = /^([a-zA-Z]+)=(true|false|-?\d+(?:\.\d+)?)$/.exec(entry.trim());
    if (!m) throw new Error(`--engine: "${entry}" is not name=true|false|number (e.g. sustainedRise=false)`);
    if (!(ENGINE_SWITCHES as readonly string[]).includes(m[1]!)) throw new Error(`--engine: no switch "${m[1]}"; one of ${ENGINE_SWITCHES.join(', ')}`);
    out[m[1]!] = m[2] === 'true' ? true : m[2] === 'false' ? false : Number(m[2]);
  }
  return out as FeatureOptions;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const n = Number(arg('households') ?? 20);
  const forestSeeds = Number(arg('forest-seeds') ?? 8);
  if (!(Number.isInteger(forestSeeds) && forestSeeds >= 1)) throw new Error(`--forest-seeds must be a positive integer, got ${arg('forest-seeds')}`);
  const overSeeds: Record<string, SeedSummary> = {};
  const which = arg('split') ?? 'all';
  const intArg = (name: string): number | undefined => {
    const v = arg(name);
    if (v === undefined) return undefined;
    const x = Number(v);
    if (!(Number.isInteger(x) && x >= 1)) throw new Error(`--${name} must be a positive integer, got ${v}`);
    return x;
  };
  // shorter files, anomalies earlier in them, months scored with less history
  const months = intArg('months');
  const anomalyFrom = intArg('anomalies-from');
  const minHistory = intArg('min-history');
  const offset = arg('offset') === undefined ? 0 : intArg('offset')!;
  const pool = arg('pool');
  if (pool !== undefined && arg('offset') !== undefined) throw new Error('--pool and --offset do not go together: give the offset as one of the pooled sets');
  const sets: PoolSet[] = pool !== undefined ? parsePool(pool, n) : [{ offset, households: n }];
  const seedsOf = (split: SplitSpec) => poolSeeds(split, sets);
  const opts: AnalyzeOptions = minHistory !== undefined ? { minHistoryMonths: minHistory } : {};
  const engine = arg('engine');
  if (engine !== undefined) opts.features = parseEngineOptions(engine);
  const results: Record<
    string,
    {
      model: MethodMetrics;
      rule: MethodMetrics;
      households: number;
      parseErrors: number;
      banks: Record<string, number>;
      seedSpread: { median: number; p90: number; n: number };
      feedback: FeedbackReplay;
    }
  > = {};
  const t0 = performance.now();
  for (const split of SPLITS) {
    if (which !== 'all' && which !== split.name) continue;
    const seeds = seedsOf(split);
    const households = seeds.map((s) => loadHousehold(s, months ?? split.months, split.startMonth, split.anomalyRate, anomalyFrom ?? split.anomalyFromMonth));
    const { model, rule, records } = evaluate(households, opts);
    if (forestSeeds > 1) {
      const runs = [model];
      for (let k = 1; k < forestSeeds; k++) runs.push(evaluate(households, opts, k * FOREST_SEED_STEP).model);
      overSeeds[split.name] = summarizeSeeds(runs);
    }
    const banks: Record<string, number> = {};
    for (const h of households) banks[h.bank] = (banks[h.bank] ?? 0) + 1;
    results[split.name] = {
      model,
      rule,
      households: households.length,
      parseErrors: households.reduce((a, h) => a + h.parseErrors, 0),
      banks,
      // label-free check of the threshold's margin: seed-to-seed spread of s near the threshold
      seedSpread: seedSpread(households.slice(0, 5), opts),
      feedback: feedbackReplay(records, opts.threshold ?? DEFAULT_THRESHOLD),
    };
  }
  if (pool !== undefined) console.log(`pooled seed sets: ${sets.map((x) => `seeds + ${x.offset} (${x.households})`).join(', ')}\n`);
  console.log(table(results));
  console.log(
    `\nthreshold ${DEFAULT_THRESHOLD} = 0.5 (Liu et al.'s boundary) + 2 × the p90 seed-to-seed std of s near it; measured std (median / p90): ${Object.entries(
      results,
    )
      .map(([k, r]) => `${k} ${r.seedSpread.median.toFixed(3)} / ${r.seedSpread.p90.toFixed(3)}`)
      .join(', ')}`,
  );
  if (forestSeeds > 1) console.log(`\n${seedTable(overSeeds, forestSeeds)}`);
  console.log(`\n${feedbackTable(Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.feedback])))}`);
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const outDir = path.resolve(import.meta.dirname, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'eval.json');
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        pipeline: 'generateHousehold → toBankCsv → parseBankCsv → categorizeAll(DEFAULT_RULES) → analyzeHistory',
        threshold: DEFAULT_THRESHOLD,
        splits: Object.fromEntries(SPLITS.map((s) => [s.name, { seeds: seedsOf(s), months: s.months, startMonth: s.startMonth, anomalyRate: s.anomalyRate ?? 0.12, anomalyFromMonth: s.anomalyFromMonth ?? 12 }])),
        results,
        ...(forestSeeds > 1 ? { forestSeeds, overForestSeeds: overSeeds } : {}),
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
