/**
 * Where labelled anomalies go. Placement only: the rows themselves are
 * written by the life simulator in `generate.ts`, from a separate random
 * stream, so a household's normal life is the same whatever the anomaly
 * rate.
 */
import type { Rng } from '../rng';
import type { AnomalyKind } from './types';
import { weightedIndex } from './random';

/** No anomaly before this many months of history (the default of `planAnomalies`' `from`). */
export const HISTORY_MONTHS = 12;

export interface AnomalyPlan {
  kind: AnomalyKind;
  /** sustained-elevation: 0, 1, 2 for the months of one run (same `run` id) */
  step: number;
  run: number;
}

const KINDS: readonly AnomalyKind[] = [
  'fraud-direct-debit',
  'category-spike',
  'sustained-elevation',
  'card-skimming',
  'scam-transfer',
  'missing-salary',
  'duplicate-charges',
];
/** sustained-elevation takes three months per event, so it is drawn less often */
const WEIGHTS = [1, 1.15, 0.55, 1, 0.9, 0.9, 1.1];

/**
 * Month offsets (0-based from the start) with their anomaly. The number of
 * anomalous months is `rate * months` (randomly rounded), all at offsets
 * >= `from`; a sustained run is three consecutive months with a normal month
 * on each side.
 */
export function planAnomalies(rng: Rng, months: number, rate: number, from = HISTORY_MONTHS): Map<number, AnomalyPlan> {
  const plan = new Map<number, AnomalyPlan>();
  const eligible = months - from;
  if (eligible <= 0 || rate <= 0) return plan;
  const exact = Math.min(eligible * 0.6, rate * months);
  let target = Math.floor(exact) + (rng.next() < exact - Math.floor(exact) ? 1 : 0);
  let run = 0;
  let attempts = 0;
  while (target > 0 && attempts++ < 500) {
    const kind = KINDS[weightedIndex(rng, WEIGHTS)] as AnomalyKind;
    if (kind === 'sustained-elevation') {
      if (target < 3 && rng.next() < 0.5) continue; // rarely overshoot by a month or two
      if (eligible < 5) continue;
      const start = from + rng.int(eligible - 2);
      const free = (o: number): boolean => o >= from && o < months && !plan.has(o);
      const notSustained = (o: number): boolean => plan.get(o)?.kind !== 'sustained-elevation';
      if (!free(start) || !free(start + 1) || !free(start + 2)) continue;
      if (!notSustained(start - 1) || !notSustained(start + 3)) continue;
      run++;
      for (let s = 0; s < 3; s++) plan.set(start + s, { kind, step: s, run });
      target -= 3;
    } else {
      const o = from + rng.int(eligible);
      if (plan.has(o)) continue;
      run++;
      plan.set(o, { kind, step: 0, run });
      target -= 1;
    }
  }
  return plan;
}
