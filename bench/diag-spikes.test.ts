import { describe, expect, it } from 'vitest';
import { recallAt, summarize, STATISTICS, type CategoryMonth } from './diag-spikes';

function row(category: string, spike: boolean, z: number, extra: Partial<CategoryMonth> = {}): CategoryMonth {
  const stats = Object.fromEntries(STATISTICS.map((s) => [s, s === 'z' ? z : 0])) as CategoryMonth['stats'];
  return { category, spike, steady: false, caught: false, stats, ...extra };
}

describe('recallAt', () => {
  const neg = Array.from({ length: 200 }, (_, i) => i + 1); // 1..200

  it('counts spikes above the value only the given share of normal months exceed', () => {
    // 1 % of 200 normals is 2: 199 and 200 lie above the cut of 198
    expect(recallAt([198, 199, 250, 10], neg, 0.01)).toBe(0.5);
    // 0.5 % is 1: only 200 lies above the cut of 199
    expect(recallAt([198, 199, 250, 10], neg, 0.005)).toBe(0.25);
  });

  it('is 0 when no spike clears the normal months', () => {
    expect(recallAt([1, 50, 150], neg, 0.01)).toBe(0);
  });
});

describe('summarize', () => {
  it('reports counts, the engine recall, the steady share and a pairwise ROC-AUC per category', () => {
    const rows = [
      row('Dining', true, 3, { steady: true, caught: true }),
      row('Dining', true, 0.5),
      row('Dining', false, 0),
      row('Dining', false, 1),
      row('Dining', false, 2),
      row('Dining', false, -1),
      row('Shopping', false, 5),
    ];
    const dining = summarize(rows).find((c) => c.category === 'Dining')!;
    expect(dining.spikes).toBe(2);
    expect(dining.normal).toBe(4);
    expect(dining.steadyShare).toBe(0.5);
    expect(dining.engineRecall).toBe(0.5);
    // z = 3 beats all 4 normals, z = 0.5 beats 0 and -1: 6 of 8 pairs
    expect(dining.stats.z.auc).toBe(0.75);
    // the Shopping normal month does not count against Dining
    expect(dining.stats.z.recallAt1).toBe(0.5);
    // a category without spikes has nothing to measure
    const shopping = summarize(rows).find((c) => c.category === 'Shopping')!;
    expect(shopping.spikes).toBe(0);
    expect(shopping.engineRecall).toBeNaN();
    expect(shopping.stats.z.auc).toBeNaN();
  });
});
