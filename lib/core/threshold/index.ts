/**
 * The alert threshold, tuned by the user's own answers.
 *
 * Each answer is a month's anomaly score s (higher = more unusual) and the
 * user's verdict: 'real' (yes, that month was unusual) or 'false_alarm'.
 * The tuned threshold is the one that, among candidates between the answers'
 * scores, gets the fewest answers wrong (a false alarm flagged, or a real one
 * missed), ties going to the candidate closest to the default. It moves only
 * once there are `minAnswers` answers, and never more than `maxShift` from
 * the default, so a few clicks cannot switch alerts off or flood the user.
 */
export interface Answer {
  score: number;
  verdict: 'real' | 'false_alarm';
}

export interface ThresholdOptions {
  /** answers needed before the threshold moves (default 3) */
  minAnswers?: number;
  /** largest move away from the default, in units of s (default 0.1) */
  maxShift?: number;
}

/** The defaults of {@link ThresholdOptions}: what the app tells a user about how far their answers can move the threshold. */
export const TUNING_DEFAULTS: Required<ThresholdOptions> = { minAnswers: 3, maxShift: 0.1 };

export function tuneThreshold(defaultThreshold: number, answers: readonly Answer[], opts: ThresholdOptions = {}): number {
  const minAnswers = opts.minAnswers ?? TUNING_DEFAULTS.minAnswers;
  const maxShift = opts.maxShift ?? TUNING_DEFAULTS.maxShift;
  const usable = answers.filter((a) => Number.isFinite(a.score));
  if (usable.length < minAnswers) return defaultThreshold;
  const lo = defaultThreshold - maxShift;
  const hi = defaultThreshold + maxShift;
  // Candidates: the default, the bounds, and just above / at each answer's score.
  const candidates = new Set<number>([defaultThreshold, lo, hi]);
  for (const a of usable) {
    candidates.add(a.score);
    candidates.add(a.score + 1e-6);
  }
  let best = defaultThreshold;
  let bestErrors = Infinity;
  for (const raw of candidates) {
    const t = Math.min(hi, Math.max(lo, raw));
    let errors = 0;
    for (const a of usable) {
      const flagged = a.score >= t;
      if (flagged && a.verdict === 'false_alarm') errors++;
      else if (!flagged && a.verdict === 'real') errors++;
    }
    if (errors < bestErrors || (errors === bestErrors && Math.abs(t - defaultThreshold) < Math.abs(best - defaultThreshold))) {
      best = t;
      bestErrors = errors;
    }
  }
  return Math.round(best * 1e6) / 1e6;
}
