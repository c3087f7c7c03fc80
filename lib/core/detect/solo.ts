/**
 * Evidence judged alone as well as together.
 *
 * The per-user forest isolates a month only once a tree draws the column that
 * holds its evidence, and it draws among every column the user's history
 * puts to use. A household whose history holds anomalies of several kinds
 * (a skimmed card last year, a missed pay) has more columns in use, so a
 * later month with clear evidence in one column scores 0.45–0.55 and is not
 * flagged: earlier trouble hides the next (detect/README.md, "Column
 * positive, score below 0.55").
 *
 * So for a few evidence columns each month is also scored by a forest fitted
 * on that column alone: the same Isolation Forest on a one-column view of
 * the same months. A month with evidence there scores the larger of the
 * forest's s and the mean of s and that column's own s. The mean, not the
 * larger: the full forest keeps half a say, and that half is what makes a
 * household's recurring pattern (two identical phone bills every month)
 * count as usual. A column's own s still falls as it fires more often for
 * the user (alone in 60 months: about 0.9; in 12 of 60: about 0.64).
 */
import { IsolationForest, type IsolationForestJSON } from '../iforest';

/**
 * Columns judged alone too. Chosen by measurement (README "Engine 7"): these
 * are rarely positive in a normal month, so lifting their months costs few
 * false alarms. New direct debits are left to the forest alone: free trials
 * and new subscriptions make that column positive in normal months far more
 * often: judging it alone too flagged 0.16–0.28 points more normal months
 * and lowered F1.
 */
export const SOLO_FEATURES: readonly string[] = ['steadyCategorySpike', 'duplicateCharges', 'cardBurst', 'missingIncome', 'newPayeeTransfer'];

/**
 * Trees per one-column forest. One column with a handful of positive months
 * needs few: on the eval splits 25, 50 and 100 trees gave the same flags,
 * F1 and ROC-AUC to the digits printed, and 25 cost a quarter of 100's time
 * (about 0.2 ms a user instead of 0.8).
 */
export const SOLO_TREES = 25;

export interface SoloFit {
  /** index into the model's columns of each forest in `forests` */
  columns: number[];
  forests: IsolationForest[];
}

/** A seed per column, different from the full forest's and from each other's. */
export function soloSeed(seed: number, column: number): number {
  return (seed + Math.imul(0x9e3779b1, column + 1)) >>> 0;
}

/**
 * One forest per solo column that varies over the training rows (a column
 * that is the same in every month has nothing to isolate).
 *
 * @param X the rows the full forest was fitted on
 * @param columns indices into a row of the columns to judge alone
 */
export function fitSolo(X: readonly (readonly number[])[], columns: readonly number[], seed: number, nEstimators = SOLO_TREES): SoloFit {
  const fit: SoloFit = { columns: [], forests: [] };
  for (const j of columns) {
    const col = X.map((r) => [r[j]!]);
    if (col.every((c) => c[0] === col[0]![0])) continue;
    fit.columns.push(j);
    fit.forests.push(new IsolationForest({ seed: soloSeed(seed, j), nEstimators }).fit(col));
  }
  return fit;
}

export interface Combined {
  score: number[];
  /** per row, the model column whose own forest set the score, or null when the full forest's s stands */
  decisive: (number | null)[];
}

/**
 * Each row's final score: its full-forest s, or for a row with evidence
 * (> 0) in a solo column, the mean of s and that column's own s when that is
 * higher (the highest such column decides).
 */
export function combineScores(s: readonly number[], X: readonly (readonly number[])[], solo: SoloFit): Combined {
  const score = [...s];
  const decisive: (number | null)[] = new Array<number | null>(s.length).fill(null);
  solo.forests.forEach((forest, k) => {
    const j = solo.columns[k]!;
    // only months with evidence in the column can be lifted: score just those
    const rows: number[] = [];
    for (let i = 0; i < X.length; i++) if (X[i]![j]! > 0) rows.push(i);
    if (rows.length === 0) return;
    const own = forest.score(rows.map((i) => [X[i]![j]!]));
    rows.forEach((i, r) => {
      const c = (s[i]! + own[r]!) / 2;
      if (c > score[i]!) {
        score[i] = c;
        decisive[i] = j;
      }
    });
  });
  return { score, decisive };
}

/**
 * Attribution that matches a combined score: the full forest's path-based
 * shares, and where a column's own forest set the score, half of the credit
 * to that column (its half of the mean), half shared as the full forest says.
 */
export function combineAttribution(forestShares: readonly number[], decisive: number | null): number[] {
  if (decisive === null) return [...forestShares];
  return forestShares.map((a, i) => (a + (i === decisive ? 1 : 0)) / 2);
}

/** The solo forests as JSON, by feature name. */
export function soloToJSON(solo: SoloFit, names: readonly string[]): Record<string, IsolationForestJSON> {
  const out: Record<string, IsolationForestJSON> = {};
  solo.forests.forEach((f, k) => {
    out[names[solo.columns[k]!]!] = f.toJSON();
  });
  return out;
}
