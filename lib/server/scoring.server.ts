import 'server-only';
import { prisma } from './db.server';
import { refreshMerchants } from './merchants.server';
import { analyzeHistory, DEFAULT_THRESHOLD, ENGINE_VERSION, SOLO_TREES, type Reason } from '@/lib/core/detect';
import { TUNING_DEFAULTS, tuneThreshold } from '@/lib/core/threshold';
import type { CategorizedTransaction, Category, TransactionKind } from '@/lib/core/types';

/** The forest seed: fixed, so the same history always gives the same scores. */
export const SCORING_SEED = 0;

/**
 * How a user's answers may move their alert level (the threshold on s,
 * lib/core/threshold): only once `minAnswers` months are answered, and never
 * more than `maxShift` from the default, so between `lowest` and `highest`.
 * The feedback service tells the user which limit held.
 */
export const ALERT_LEVEL = {
  default: DEFAULT_THRESHOLD,
  ...TUNING_DEFAULTS,
  lowest: DEFAULT_THRESHOLD - TUNING_DEFAULTS.maxShift,
  highest: DEFAULT_THRESHOLD + TUNING_DEFAULTS.maxShift,
} as const;

/** A user's stored transactions in the shape the core consumes. */
export async function historyOf(userId: string): Promise<CategorizedTransaction[]> {
  const rows = await prisma.transaction.findMany({
    where: { userId },
    orderBy: [{ date: 'asc' }, { line: 'asc' }],
    select: { date: true, amountCents: true, description: true, merchant: true, category: true, ruleId: true, kind: true, balanceCents: true, bankCategory: true, line: true },
  });
  return rows.map((r) => ({
    line: r.line,
    date: r.date,
    amountCents: r.amountCents,
    description: r.description,
    merchant: r.merchant,
    balanceCents: r.balanceCents,
    account: null,
    kind: r.kind as TransactionKind,
    bankCategory: r.bankCategory,
    category: r.category as Category,
    ruleId: r.ruleId,
  }));
}

export interface ScoringSummary {
  modelVersionId: string | null;
  months: number;
  scored: number;
  flagged: number;
  ruleFlagged: number;
  ms: number;
}

/**
 * Train the user's model on their whole history, score every month, explain
 * the flagged ones, and store it all as the user's new active model version
 * (the previous one is retired). Months with too little history are stored
 * with a null score. Runs after every import, undo and re-categorization.
 */
export async function scoreUser(userId: string): Promise<ScoringSummary> {
  const t0 = performance.now();
  const txs = await historyOf(userId);
  // The user's thumbs up/down move their threshold (lib/core/threshold).
  const answers = await prisma.feedback.findMany({ where: { userId }, select: { score: true, verdict: true } });
  const threshold = tuneThreshold(
    DEFAULT_THRESHOLD,
    answers.filter((a) => a.score !== null).map((a) => ({ score: a.score!, verdict: a.verdict === 'real' ? 'real' : 'false_alarm' })),
    { minAnswers: ALERT_LEVEL.minAnswers, maxShift: ALERT_LEVEL.maxShift },
  );
  const result = analyzeHistory(txs, { seed: SCORING_SEED, threshold });
  const modelVersionId = await prisma.$transaction(async (tx) => {
    await tx.modelVersion.updateMany({ where: { userId, status: 'active' }, data: { status: 'retired' } });
    await tx.monthlyAggregate.deleteMany({ where: { userId } });
    if (result.months.length === 0) return null;
    const mv = await tx.modelVersion.create({
      data: {
        userId,
        status: 'active',
        params: JSON.stringify({
          engine: ENGINE_VERSION,
          seed: SCORING_SEED,
          nEstimators: 100,
          maxSamples: 256,
          // the columns that also got a forest of their own in this history (those with evidence in some month)
          solo: { features: Object.keys(result.soloModels), nEstimators: SOLO_TREES },
        }),
        // the full forest and, by feature name, the one-column forests that also score its months (lib/core/detect/solo.ts)
        model: JSON.stringify({ forest: result.model, solo: result.soloModels }),
        featureNames: JSON.stringify(result.featureNames),
        threshold: result.threshold,
        trainingMonths: result.months.filter((m) => m.score !== null).length,
      },
    });
    await tx.monthScore.createMany({
      data: result.months.map((m) => ({
        userId,
        modelVersionId: mv.id,
        month: m.month,
        score: m.score,
        threshold: m.threshold,
        flagged: m.flagged,
        ruleFlagged: m.rule.flagged,
        insufficientHistory: m.score === null,
        reasons: JSON.stringify({ reasons: m.reasons, ruleCategories: m.rule.categories, spendCents: m.spendCents, usualCents: m.usualCents, typicalCents: m.typicalCents, incomeCents: m.incomeCents, historyMonths: m.historyMonths }),
      })),
    });
    const counts = new Map<string, number>();
    for (const t of txs) {
      if (t.kind === 'transfer' || t.amountCents >= 0) continue;
      const k = `${t.date.slice(0, 7)}|${t.category}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    await tx.monthlyAggregate.createMany({
      data: result.months.flatMap((m) =>
        Object.entries(m.spendCents).map(([category, spendCents]) => ({
          userId,
          month: m.month,
          category,
          spendCents,
          incomeCents: 0,
          count: counts.get(`${m.month}|${category}`) ?? 0,
        })),
      ),
    });
    return mv.id;
  });
  return {
    modelVersionId,
    months: result.months.length,
    scored: result.months.filter((m) => m.score !== null).length,
    flagged: result.months.filter((m) => m.flagged).length,
    ruleFlagged: result.months.filter((m) => m.rule.flagged).length,
    ms: performance.now() - t0,
  };
}

/** The engine version an active model was fitted by (1 when it was stored before versions were kept). */
function engineOf(params: string): number {
  try {
    const p = JSON.parse(params) as { engine?: unknown };
    return typeof p.engine === 'number' ? p.engine : 1;
  } catch {
    return 1;
  }
}

/**
 * Rescore every user whose active model was fitted by another version of the
 * detection engine (an upgrade changed what the scores mean), after bringing
 * their stored merchant names up to the current parser. Returns how
 * many users were rescored; running it again rescores nobody.
 */
export async function rescoreStale(): Promise<number> {
  const active = await prisma.modelVersion.findMany({ where: { status: 'active' }, select: { userId: true, params: true } });
  let n = 0;
  for (const m of active) {
    if (engineOf(m.params) === ENGINE_VERSION) continue;
    // the parser may have changed with the engine: stored merchants first, so payees group as a fresh import would
    await refreshMerchants(m.userId);
    await scoreUser(m.userId);
    n++;
  }
  return n;
}

export interface StoredMonthScore {
  month: string;
  score: number | null;
  threshold: number;
  flagged: boolean;
  ruleFlagged: boolean;
  insufficientHistory: boolean;
  reasons: Reason[];
  ruleCategories: string[];
  spendCents: Record<string, number>;
  incomeCents: number;
  /** complete months before this one when it was scored (absent in scores stored before it was kept) */
  historyMonths?: number;
  /** each category's usual level for this month, as the reasons use it (absent in scores stored before engine 6) */
  usualCents?: Record<string, number>;
  /** the same without the season (median of the last 24 complete months; absent before engine 6) */
  typicalCents?: Record<string, number>;
}

/** Each month's score, threshold and flag under the user's active model, without the stored reasons (what an answer may move). */
export async function activeFlags(userId: string): Promise<Map<string, Pick<StoredMonthScore, 'month' | 'score' | 'threshold' | 'flagged'>>> {
  const rows = await prisma.monthScore.findMany({
    where: { userId, modelVersion: { status: 'active' } },
    select: { month: true, score: true, threshold: true, flagged: true },
  });
  return new Map(rows.map((r) => [r.month, r]));
}

/** The active model's scores for a user, by month. */
export async function activeScores(userId: string, month?: string): Promise<Map<string, StoredMonthScore>> {
  const rows = await prisma.monthScore.findMany({
    where: { userId, modelVersion: { status: 'active' }, ...(month ? { month } : {}) },
    orderBy: { month: 'asc' },
  });
  const out = new Map<string, StoredMonthScore>();
  for (const r of rows) {
    const extra = JSON.parse(r.reasons) as Pick<StoredMonthScore, 'reasons' | 'ruleCategories' | 'spendCents' | 'incomeCents' | 'historyMonths' | 'usualCents' | 'typicalCents'>;
    out.set(r.month, {
      month: r.month,
      score: r.score,
      threshold: r.threshold,
      flagged: r.flagged,
      ruleFlagged: r.ruleFlagged,
      insufficientHistory: r.insufficientHistory,
      ...extra,
    });
  }
  return out;
}
