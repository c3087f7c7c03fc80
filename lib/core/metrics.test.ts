import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { rocAuc, wilsonInterval } from './metrics';

/** O(n²) definition: P(score₊ > score₋) + ½ P(score₊ = score₋). */
function pairwiseAuc(labels: number[], scores: number[]): number {
  let wins = 0;
  let pairs = 0;
  labels.forEach((li, i) => {
    if (li !== 1) return;
    labels.forEach((lj, j) => {
      if (lj !== 0) return;
      pairs++;
      if (scores[i]! > scores[j]!) wins += 1;
      else if (scores[i] === scores[j]) wins += 0.5;
    });
  });
  return wins / pairs;
}

describe('rocAuc', () => {
  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(rocAuc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9])).toBe(0);
  });

  it('matches hand-computed values', () => {
    // sklearn's docstring example: 3 of the 4 positive–negative pairs ordered
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.75);
    // one positive among three negatives, ranked second highest: 2/3
    expect(rocAuc([0, 1, 0, 0], [0.9, 0.5, 0.1, 0.2])).toBeCloseTo(2 / 3, 15);
  });

  it('counts ties as half, by average rank', () => {
    // pos {2, 3}, neg {1, 2}: pairs 2>1, 2=2 (½), 3>1, 3>2 → 3.5 / 4
    expect(rocAuc([0, 0, 1, 1], [1, 2, 2, 3])).toBe(0.875);
    expect(rocAuc([0, 1, 0, 1], [5, 5, 5, 5])).toBe(0.5);
    // ties across many values, against the pairwise definition
    const rng = createRng(1);
    const labels = Array.from({ length: 300 }, () => (rng.next() < 0.2 ? 1 : 0));
    const scores = labels.map((l) => Math.round((rng.next() + l * 0.3) * 10) / 10);
    expect(rocAuc(labels, scores)).toBeCloseTo(pairwiseAuc(labels, scores), 12);
  });

  it('accepts booleans and typed arrays', () => {
    expect(rocAuc([false, false, true, true], new Float64Array([0.1, 0.4, 0.35, 0.8]))).toBe(0.75);
  });

  it('rejects input where AUC is undefined or malformed', () => {
    expect(() => rocAuc([0, 1], [0.5])).toThrow(/2 labels but 1 scores/);
    expect(() => rocAuc([], [])).toThrow(/no samples/);
    expect(() => rocAuc([1, 1], [0.1, 0.2])).toThrow(/both positive and negative/);
    expect(() => rocAuc([0, 2], [0.1, 0.2])).toThrow(/label 1 is 2/);
    expect(() => rocAuc([0, 1], [0.1, NaN])).toThrow(/score 1 is not a finite number/);
  });
});

describe('wilsonInterval', () => {
  it('matches SciPy (binomtest(k, n).proportion_ci(method="wilson"), 95 %)', () => {
    // scipy 1.17.1
    const ref: [number, number, number, number][] = [
      [22, 32, 0.5143332169904459, 0.8204745836639026],
      [23, 32, 0.5462549057408342, 0.8443541950225723],
      [0, 10, 0, 0.27753279986288926],
      [10, 10, 0.7224672001371109, 1],
      [154, 226, 0.618072127049509, 0.7386955354111201],
      [1, 1, 0.20654931437723745, 1],
    ];
    for (const [k, n, low, high] of ref) {
      const ci = wilsonInterval(k, n);
      expect(ci.low).toBeCloseTo(low, 12);
      expect(ci.high).toBeCloseTo(high, 12);
    }
  });

  it('narrows with more trials at the same proportion', () => {
    const a = wilsonInterval(7, 10);
    const b = wilsonInterval(70, 100);
    expect(b.high - b.low).toBeLessThan(a.high - a.low);
    expect(b.low).toBeLessThan(0.7);
    expect(b.high).toBeGreaterThan(0.7);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
  });
});
