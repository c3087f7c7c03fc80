import { describe, expect, it } from 'vitest';
import { IsolationForest } from '../iforest';
import { createRng } from '../rng';
import { DEFAULT_THRESHOLD } from './index';
import { combineAttribution, combineScores, fitSolo, soloSeed } from './solo';

/**
 * 60 months, 6 evidence columns, 0 = nothing unusual. Columns 1–5 are each
 * positive in 3 months of their own (other trouble in the household's
 * history); column 0 is positive in `shared` months of similar size, the
 * first of which is month 10.
 */
function household(shared: number, seed = 1): number[][] {
  const r = createRng(seed);
  const X = Array.from({ length: 60 }, () => new Array<number>(6).fill(0));
  const free = Array.from({ length: 60 }, (_, i) => i).filter((i) => i !== 10);
  const take = (): number => free.splice(r.int(free.length), 1)[0]!;
  X[10]![0] = 2.5;
  for (let k = 1; k < shared; k++) X[take()]![0] = r.uniform(2, 3);
  for (let c = 1; c < 6; c++) for (let k = 0; k < 3; k++) X[take()]![c] = r.uniform(1, 4);
  return X;
}

function scoresOf(X: number[][], seed = 0) {
  const s = new IsolationForest({ seed }).fit(X).score(X);
  return { s, combined: combineScores(s, X, fitSolo(X, [0], seed, 100)) };
}

describe('evidence judged alone as well as together', () => {
  it('lifts a month whose one-column evidence the full forest dilutes over the threshold', () => {
    const X = household(3);
    const { s, combined } = scoresOf(X);
    // the full forest: column 0 shares the month with two others and competes with five columns in use
    expect(s[10]!).toBeLessThan(DEFAULT_THRESHOLD);
    expect(combined.score[10]!).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(combined.decisive[10]).toBe(0);
    // exactly the mean of the two scores
    const own = new IsolationForest({ seed: soloSeed(0, 0) }).fit(X.map((x) => [x[0]!])).score([[X[10]![0]!]])[0]!;
    expect(combined.score[10]!).toBeCloseTo((s[10]! + own) / 2, 12);
  });

  it('leaves every month without evidence in the column at the full forest s', () => {
    const X = household(3);
    const { s, combined } = scoresOf(X);
    for (let i = 0; i < X.length; i++) {
      if (X[i]![0]! > 0) continue;
      expect(combined.score[i]).toBe(s[i]);
      expect(combined.decisive[i]).toBeNull();
    }
  });

  it('lifts little for a column the household shows in half its months: that is its usual', () => {
    const X = household(30);
    const { s, combined } = scoresOf(X);
    const lifted = X.map((_, i) => i).filter((i) => combined.score[i]! >= DEFAULT_THRESHOLD && s[i]! < DEFAULT_THRESHOLD && X[i]![0]! > 0);
    expect(lifted.length).toBeLessThanOrEqual(3);
    const few = scoresOf(household(3));
    expect(few.combined.score[10]! - few.s[10]!).toBeGreaterThan(combined.score[10]! - s[10]!);
  });

  it('never lowers a score, and the highest column decides', () => {
    const X = household(3, 4);
    X[10]![3] = 3; // evidence in two solo columns
    const s = new IsolationForest({ seed: 2 }).fit(X).score(X);
    const solo = fitSolo(X, [0, 3], 2, 100);
    const both = combineScores(s, X, solo);
    for (let i = 0; i < s.length; i++) expect(both.score[i]!).toBeGreaterThanOrEqual(s[i]!);
    const only0 = combineScores(s, X, fitSolo(X, [0], 2, 100));
    const only3 = combineScores(s, X, { columns: [3], forests: [solo.forests[1]!] });
    expect(both.score[10]).toBe(Math.max(only0.score[10]!, only3.score[10]!));
    expect(both.decisive[10]).toBe(only0.score[10]! >= only3.score[10]! ? 0 : 3);
  });

  it('fits no forest for a column that is the same in every month', () => {
    const X = household(3).map((x) => [0, ...x.slice(1)]);
    const solo = fitSolo(X, [0, 1], 0, 10);
    expect(solo.columns).toEqual([1]);
  });

  it('gives the deciding column its half of the credit, and the shares still sum to 1', () => {
    const shares = [0.2, 0.5, 0.3];
    expect(combineAttribution(shares, null)).toEqual(shares);
    const c = combineAttribution(shares, 0);
    expect(c[0]).toBeCloseTo(0.6, 12);
    expect(c[1]).toBeCloseTo(0.25, 12);
    expect(c[2]).toBeCloseTo(0.15, 12);
    expect(c.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
