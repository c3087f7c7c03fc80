/** What every benchmark suite returns, and the statistics they share. */
export { median } from '../lib/core/features/stats';

/** One user's whole analysis (target ≤ 5 ms); `npm run bench` also gives it as a share of {@link SHUTTLE_FIT_SCORE} */
export const ANALYZE_HISTORY = 'analyzeHistory: features + per-user forest + scores + explanations (6 years)';
/** The Isolation Forest on shuttle.csv: the same-run baseline other rows are compared with */
export const SHUTTLE_FIT_SCORE = 'iforest fit+score shuttle';

export interface BenchResult {
  name: string;
  medianMs: number;
  /** median CPU time (user + system) per run, when the suite measures it */
  cpuMs?: number;
  runs: number;
  note?: string;
}

/**
 * A row giving `a`'s median as a share of `base`'s, both from the same run:
 * on a shared machine absolute times move with the load and the host (the
 * same code has measured 1.5x apart within an hour), their ratio much less.
 */
export function relativeTo(a: BenchResult, base: BenchResult, baseLabel: string): BenchResult {
  return {
    name: `${a.name.split(':')[0]} ÷ ${baseLabel}`,
    medianMs: NaN,
    runs: Math.min(a.runs, base.runs),
    note: `${(a.medianMs / base.medianMs).toFixed(4)} (${a.medianMs.toFixed(2)} ms ÷ ${base.medianMs.toFixed(1)} ms, medians of the same run)`,
  };
}
