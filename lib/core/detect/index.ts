/**
 * Detection for one user's history: features → Isolation Forest → score,
 * flag and explanation per month, with the baseline rule alongside.
 *
 *   const result = analyzeHistory(categorizedRows, { seed: 1 });
 *
 * Score direction: `score` is the Isolation Forest's s in (0, 1], HIGHER =
 * MORE ANOMALOUS (Liu, Ting & Zhou 2008; scikit-learn's `score_samples` is
 * −s); for a month with evidence in one of {@link SOLO_FEATURES} it is the
 * mean of s and that column's own forest's s when that is higher (solo.ts:
 * earlier trouble must not hide the next). A month is flagged when
 * score >= threshold. `score` is null for
 * months with too little history to judge ({@link MIN_HISTORY_MONTHS}
 * complete earlier months), and for every month when fewer than
 * {@link MIN_TRAIN_MONTHS} months can be scored.
 *
 * Model: one forest per user, fitted on that user's scorable months (why
 * per-user and not pooled, and why these columns: README.md). The same rows
 * (in any order) and seed give the same scores, flags and reasons.
 */
import { IsolationForest, type IsolationForestJSON } from '../iforest';
import type { CategorizedTransaction } from '../types';
import { spendRecord, SPEND_CATEGORIES, type MonthAggregate } from '../features/aggregate';
import { computeFeatures, type FeatureOptions, type MonthFeatures } from '../features/signals';
import { MIN_HISTORY_MONTHS, MIN_TRAIN_MONTHS, SEASON_MONTHS } from '../history';
import { baselineRule } from '../rules';
import { reasonText } from '../explain/text';
import { combineAttribution, combineScores, fitSolo, SOLO_FEATURES, SOLO_TREES, soloToJSON, type SoloFit } from './solo';

/** A transaction behind a reason. */
export interface ReasonTransaction {
  date: string;
  amountCents: number;
  description: string;
  merchant: string;
}

export interface Reason {
  /** category the reason is about (`Income` for income that did not arrive) */
  category: string;
  /** evidence kind: category-spike, new-direct-debit, duplicate-charges, card-burst, new-payee-transfer, missing-income, … */
  kind: string;
  /** one sentence, in AUD */
  text: string;
  /** share of the month's isolation attributed to this reason's feature (0..1; reasons sum to <= 1) */
  weight: number;
  transactions: ReasonTransaction[];
}

export interface MonthResult {
  /** `YYYY-MM` */
  month: string;
  /** money out per spending category (only categories with spend), cents */
  spendCents: Record<string, number>;
  /**
   * the usual level of each spending category for this month, the one a
   * category spike's reason compares with ("2.3× your usual $365 for
   * March"): median of the last 24 complete months plus what the same
   * season last year added, cents; only categories with a usual level or
   * spend this month; empty before 4 complete months
   */
  usualCents: Record<string, number>;
  /** the same categories' typical month, without the season: median of the last 24 complete months, cents */
  typicalCents: Record<string, number>;
  /** money in other than transfers and refunds, cents */
  incomeCents: number;
  /**
   * s in (0, 1], higher = more anomalous (the forest's, or for evidence in a
   * solo column the mean with that column's own s when higher: solo.ts);
   * null = too little history
   */
  score: number | null;
  /**
   * complete months of the file before this one: scored from
   * {@link MIN_HISTORY_MONTHS}; below {@link SEASON_MONTHS} only the event
   * features and an everyday habit that tripled can carry evidence (other
   * spending levels wait for a season seen once)
   */
  historyMonths: number;
  flagged: boolean;
  threshold: number;
  rule: { flagged: boolean; categories: string[] };
  /** for flagged months: what drove the score, strongest first (empty otherwise) */
  reasons: Reason[];
}

export interface AnalyzeOptions {
  /** forest seed, default 0 */
  seed?: number;
  /** flag threshold on s, default {@link DEFAULT_THRESHOLD} */
  threshold?: number;
  /** also explain months that are not flagged (reasons for every scored month) */
  explainAll?: boolean;
  /** number of trees, default 100 */
  nEstimators?: number;
  /** feature tuning knobs (defaults documented in features/signals.ts) */
  features?: FeatureOptions;
  /** names of the features the forest uses, default {@link MODEL_FEATURES} */
  modelFeatures?: readonly string[];
  /** complete months a month needs before it is scored, default {@link MIN_HISTORY_MONTHS} */
  minHistoryMonths?: number;
  /** model features whose months are also scored by a forest of their own, default {@link SOLO_FEATURES} ([] = the full forest alone) */
  soloFeatures?: readonly string[];
}

export interface AnalysisResult {
  months: MonthResult[];
  threshold: number;
  featureNames: string[];
  /** the fitted forest, or null when there was too little history */
  model: IsolationForestJSON | null;
  /** the one-column forests of {@link SOLO_FEATURES} by feature name (detect/solo.ts); empty when there was too little history */
  soloModels: Record<string, IsolationForestJSON>;
}

export { MIN_HISTORY_MONTHS, MIN_TRAIN_MONTHS, SEASON_MONTHS };
export { SOLO_FEATURES, SOLO_TREES };
/**
 * The detection engine's version, stored with every fitted model: bump it
 * whenever a change makes stored scores out of date (features, model,
 * history rules), so installations rescore (`oddmonth rescore`, `npm run
 * demo`). 1: models stored before it was kept; 2: months scored from 6
 * months of history, spending levels from 12; 3: a new direct debit to a
 * subscription brand the rules know by name is not counted, a category
 * spike needs the month at twice its usual level, and a person payment's
 * memo is no longer part of its payee (`rescoreStale` refreshes stored
 * merchants first); 4: Dining's seasonal allowance needs Travel spend in
 * the month (last year's holiday does not excuse meals out at home); 5:
 * money to a new payee in 2+ payments within 3 days is judged against half
 * the reference (instalments to a stranger), and the merchant of a NAB
 * payment no longer holds its memo (`ONLINE 1234567 bike H ZHANG` is
 * H ZHANG, one payee whatever the memo) nor Westpac's BPAY channel text,
 * a broad rise needs the month's everyday purchases at twice their usual,
 * a pay that two sources of one payer would accept (two people at one
 * employer) goes to the one it was due from, Education and Insurance are
 * not category spikes (school terms, premiums) nor Health and Education
 * duplicates (a fee per person), and a trip's companions include places
 * not paid for a year; 6: scores unchanged, but what is stored with them
 * is new: the reason for a broad rise leads with the everyday purchases
 * ("Transport $981 apart from its 2 largest charges, 4.3× your usual $226
 * for March ($1,917 in all, usually $1,166)"), and each month keeps its
 * categories' usual levels, so the month page shows the figures the
 * reasons quote; 7: a month with evidence in a steady category spike,
 * duplicated charges, a card burst, a missing pay or money to a new payee
 * is also scored by a forest of that column alone, and scores the mean of
 * the two when that is higher (solo.ts), so a household's earlier
 * anomalies no longer hide its next; 8: a new payer makes up for a
 * missing pay only if it started paying after that payer's last pay (less
 * one pay cycle): a partner's new job, paying alongside for a month
 * already, is no replacement for a pay that did not come; and a payment
 * the rules filed under Fees for its memo ("release fee") is still money
 * sent by transfer when the bank's type says so. The merchant of an ANZ
 * payment is its payee (`PAYMENT 110245 TO J SMITH` is J SMITH; a payee
 * ending in a word like a place was `PAYMENT TO`, one payee for all of
 * them), and a number in a NAB payment's memo stays with the memo; 9: a
 * card burst holding a test charge ($3 or less at a new payee) needs only
 * one payment above the usual window, may be at one merchant, is not
 * excused as a trip, and its reason names the test charge; a test charge
 * whose merchant charges again, at least twice as much, within the window
 * is a burst whatever the household's usual window; missing income
 * counts from 7 % of usual monthly income (was 10 %): one weekly pay of a
 * second earner; and a new job whose first pay made up a missed one is due
 * on that pay's cycle until it has its own (its second pay that does not
 * come is missing income), while the old job is no longer due.
 * 10: the capped rise. Shopping, Dining, Groceries, Transport and
 * Entertainment are also judged on their spend with each charge capped at
 * the category's p75 charge of the last 24 months, against that series'
 * median, spread and same month last year (features/signals.ts
 * CAPPED_CATEGORIES): a month of many more ordinary purchases in a category
 * that appliances or concerts make lumpy is a spike, and its reason counts
 * the purchases. 11: the masked rise. A month whose total is under twice
 * its usual level only because last year's same month ±1 held a one-off
 * charge (a car, a suite) may still be a capped rise: its total is then
 * judged against the median plus last year's ordinary purchases, which the
 * reason quotes, and the capped z must reach 3 (features/signals.ts
 * MASKED_RISE_MIN_Z). 12: before a year of history, groceries or eating
 * out bought from 3+ places in a median month, at 3 times their usual level
 * in a month without travel, is a category spike (features/signals.ts
 * firstYearHabit): an everyday habit does not triple by season.
 * 13: one payer at another amount. A payer paying less than the pay that
 * did not come (parental leave, part-time), or again the amount of an
 * earlier regular pay (back to full pay), is the pay arriving, not missing
 * income; the new amount takes over the pay cycle. A bonus or back pay, or
 * a larger amount that was never a pay, is not. One payment takes over a
 * missed pay's cycle, a new job before a lower pay from the old payer (a
 * final pay next to a new job's first is no job of its own). Payments of a weekly or fortnightly
 * payer beyond its own cycle (a new job at the partner's employer) are new
 * income that can make up a missed pay. And a narrative ending in a foreign
 * currency's amount with no cents (Macquarie's `… TOKYO JPN JPY 13267`) is
 * a card payment abroad, not an unmarked debit taken for a direct debit.
 * 14: the sustained rise. Groceries or transport three months running,
 * each month's ordinary purchases (charges capped at the p75 charge) at
 * least 1.5 spreads above their level before the run and the same month
 * last year, is evidence in the steady column at the run's third month,
 * once per run (features/signals.ts SUSTAINED_RISE_MIN_Z): "Groceries
 * $1,120 a month for 3 months running, 1.4× your usual $800".
 * 15: a holiday's meals. Eating out that rose in a month with Travel
 * spend, by no more than the month's meals at places new to the household
 * (or not paid in a year), is the trip, not a spike (features/signals.ts
 * tripExplains).
 * 16: harder lives (the fourth opinion, decision 020). A payer whose pay
 * varies (a casual's $600 one week, $1,800 the next: two or more amount
 * bands paid three times or more) is judged as one stream of pay on its
 * cadence, not band by band: a week paid at another amount is no missing
 * income, a week not paid at all is (features/signals.ts
 * payerStreamMisses). A burst of card payments at new places is a stay
 * abroad, not a skimmed card, when the same currency was paid at places
 * new in those weeks on 4 or more days, 3 of them beyond the burst's own
 * (a skim is drained in one to three days; features/signals.ts abroad).
 * A new job on its own pay cycle that pays more than a missed pay makes it
 * up by its whole amount (a graduate's first salary after Youth
 * Allowance), and takes over the missed pay's cycle only if it pays on it.
 * 17: a skimmed card emptied at ATMs: 2 or more cash withdrawals within 2
 * days, $1,000 or more and twice the most the user ever drew in 2 days, is
 * a card burst (features/signals.ts cashDrain). The same payer paying up to
 * 35 % more than a missed pay (more shifts) is the pay; parental leave pay
 * is paid for a fixed term: its end is no missing income, and starting in
 * place of a salary it makes up the missed pays (PARENTAL_LEAVE_RE). A few
 * dollars in the currency of a stay abroad, in a window paid all in it, is
 * no test charge (oneForeignCurrency). A monthly pay due on the 1st and paid the
 * Friday before was this month's, paid early (paidEarly). Two round
 * top-ups of a transport card on one day are two cards (isTopUp). A
 * casual's pay that stops while the household is away is a holiday
 * without pay (UNPAID_HOLIDAY_DAYS).
 * 18: in groceries and dining out, a charge at least twice the largest of
 * the history months is not trimmed away: the month is judged on its whole
 * spend, and the reason names the charge (OUTSIZED_CATEGORIES).
 * 19: scores unchanged, but the stored reasons are new: a broad rise's
 * reason opens with the category's total and usual level, the figures the
 * month page's table shows, and sets the everyday purchases against their
 * own usual ("Transport $1,917 for March, usually $1,166; all but its 2
 * largest charges came to $981, 4.3× their usual $226"): one sentence
 * with two unlabelled usuals read as a contradiction. And a biller whose
 * name ends in ONLINE, printed with its reference (ANZ's `FLEXIGYM ONLINE
 * 962237`), is no longer read as a NAB or Westpac transfer (`ONLINE
 * 1234567 …` opens those narratives): its new direct debit counts
 * (features/channel.ts TRANSFER_RE). A direct debit of one payee and
 * amount taken again within 3 days is a duplicated charge, as two on one
 * day are: a biller presents a debit again the next business day; top-ups
 * of a toll or transport card account excepted (debitedTwice, decision
 * 023). A payer that pays two alike payments every payday (a couple's
 * pensions from Centrelink) is due both: one of them missing is a missed
 * pay (payCouples, features/signals.ts paymentsPerPayday).
 */
export const ENGINE_VERSION = 19;
/**
 * Default flag threshold on s, set without labels: Liu, Ting & Zhou's
 * boundary s = 0.5 (a month isolated faster than the average unsuccessful
 * search in a binary tree of the same size, E[h(x)] < c(n)) plus a margin of
 * twice the seed-to-seed standard deviation of s near that boundary (p90
 * 0.025 with 100 trees on a user's ~60 scored months, printed by
 * `npm run eval`), so that a flag does not flip with the forest's seed.
 */
export const DEFAULT_THRESHOLD = 0.55;

const MAX_REASONS = 4;

/**
 * Features the forest is fitted on, chosen by measurement on the tuning
 * seeds (see README.md): with ~60 months per user, every extra column
 * dilutes the isolation of the one that carries a month's evidence. The
 * other features (the naive three, lumpy categories, total spend, new
 * merchants, income drop, sustained rise) are still computed, documented
 * and available through `modelFeatures`.
 */
export const MODEL_FEATURES: readonly string[] = [
  'steadyCategorySpike',
  'newDirectDebit',
  'duplicateCharges',
  'cardBurst',
  'newPayeeTransfer',
  'missingIncome',
];

/** {@link MonthResult.usualCents} and {@link MonthResult.typicalCents} of one month. */
function usualRecords(mf: MonthFeatures, m: MonthAggregate): Pick<MonthResult, 'usualCents' | 'typicalCents'> {
  const usualCents: Record<string, number> = {};
  const typicalCents: Record<string, number> = {};
  if (mf.usualCents !== null && mf.typicalCents !== null) {
    for (let k = 0; k < SPEND_CATEGORIES.length; k++) {
      const u = mf.usualCents[k]!;
      if (u === 0 && m.spend[k]! === 0) continue;
      usualCents[SPEND_CATEGORIES[k]!] = u;
      typicalCents[SPEND_CATEGORIES[k]!] = mf.typicalCents[k]!;
    }
  }
  return { usualCents, typicalCents };
}

function toReasonTx(tx: CategorizedTransaction): ReasonTransaction {
  return { date: tx.date, amountCents: tx.amountCents, description: tx.description, merchant: tx.merchant };
}

/** Reasons of one month from per-feature attributions: features with evidence, strongest first. */
export function reasonsFor(mf: MonthFeatures, cols: readonly number[], attribution: readonly number[]): Reason[] {
  const out: Reason[] = [];
  for (let i = 0; i < cols.length; i++) {
    const f = cols[i]!;
    const ev = mf.evidence[f];
    if (!ev || mf.values[f]! <= 0) continue;
    out.push({
      category: ev.evidence.category,
      kind: ev.evidence.kind,
      text: reasonText(ev.evidence),
      weight: attribution[i] ?? 0,
      transactions: ev.transactions.map(toReasonTx),
    });
  }
  out.sort((a, b) => b.weight - a.weight);
  return out.slice(0, MAX_REASONS);
}

/**
 * Analyze one user's categorized history (any order).
 * @throws RangeError for an invalid threshold or seed
 */
export function analyzeHistory(txs: readonly CategorizedTransaction[], opts: AnalyzeOptions = {}): AnalysisResult {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`analyzeHistory: threshold must be in [0, 1], got ${threshold}`);
  const fs = computeFeatures(txs, opts.features);
  const agg = fs.aggregation.months;
  const rule = baselineRule(agg);
  const scorable: number[] = [];
  const minHistory = opts.minHistoryMonths ?? MIN_HISTORY_MONTHS;
  for (let t = 0; t < fs.months.length; t++) if (fs.months[t]!.history >= minHistory) scorable.push(t);

  const names = opts.modelFeatures ?? MODEL_FEATURES;
  const cols = names.map((n) => {
    const i = fs.featureNames.indexOf(n);
    if (i < 0) throw new RangeError(`analyzeHistory: unknown feature ${n}`);
    return i;
  });
  const rowOf = (mf: MonthFeatures): number[] => cols.map((c) => mf.values[c]!);
  const scores: (number | null)[] = new Array<number | null>(fs.months.length).fill(null);
  const decisive: (number | null)[] = new Array<number | null>(fs.months.length).fill(null);
  let forest: IsolationForest | null = null;
  let solo: SoloFit | null = null;
  if (scorable.length >= MIN_TRAIN_MONTHS) {
    const X = scorable.map((t) => rowOf(fs.months[t]!));
    const seed = opts.seed ?? 0;
    const nEstimators = opts.nEstimators ?? 100;
    forest = new IsolationForest({ seed, nEstimators }).fit(X);
    const soloColumns = (opts.soloFeatures ?? SOLO_FEATURES).map((n) => names.indexOf(n)).filter((j) => j >= 0);
    solo = fitSolo(X, soloColumns, seed);
    const c = combineScores(forest.score(X), X, solo);
    for (let i = 0; i < scorable.length; i++) {
      scores[scorable[i]!] = c.score[i]!;
      decisive[scorable[i]!] = c.decisive[i]!;
    }
  }

  const months: MonthResult[] = fs.months.map((mf, t) => {
    const score = scores[t]!;
    const flagged = score !== null && score >= threshold;
    let reasons: Reason[] = [];
    if (forest !== null && score !== null && (flagged || opts.explainAll)) {
      reasons = reasonsFor(mf, cols, combineAttribution(forest.explain(rowOf(mf)), decisive[t]!));
    }
    const r = rule[t]!;
    return {
      month: mf.month,
      spendCents: spendRecord(agg[t]!),
      ...usualRecords(mf, agg[t]!),
      incomeCents: agg[t]!.incomeCents,
      score,
      historyMonths: mf.history,
      flagged,
      threshold,
      rule: { flagged: r.flagged, categories: r.categories },
      reasons,
    };
  });
  return {
    months,
    threshold,
    featureNames: [...names],
    model: forest ? forest.toJSON() : null,
    soloModels: solo ? soloToJSON(solo, names) : {},
  };
}
