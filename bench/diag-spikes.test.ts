import { describe, expect, it } from 'vitest';
import { cappedZ, recallAt, summarize, STATISTICS, type CategoryMonth } from './diag-spikes';
import type { Monthly } from './spend-series';
import { Z90 } from '../lib/core/features/stats';

function row(category: string, spike: boolean, z: number, extra: Partial<CategoryMonth> = {}): CategoryMonth {
  const stats = Object.fromEntries(STATISTICS.map((s) => [s, s === 'z' ? z : 0])) as CategoryMonth['stats'];
  return { where: 'h 2024-01', category, spike, steady: false, caught: false, stats, ...extra };
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

describe('cappedZ', () => {
  const month = (charges: number[]): Monthly => ({ spend: charges.reduce((a, b) => a + b, 0), largest: Math.max(0, ...charges), count: charges.length, charges });
  // 24 months of four $50 purchases, every fourth with a $1,000 appliance too: the cap is $50
  const history = (last: number[], lastYear: number[] = [5000, 5000, 5000, 5000]) =>
    Array.from({ length: 24 }, (_, j) => (j === 12 ? month(lastYear) : month(j % 4 === 0 ? [5000, 5000, 5000, 5000, 100000] : [5000, 5000, 5000, 5000]))).concat([month(last)]);
  const hist = Array.from({ length: 24 }, (_, i) => 23 - i);
  // capped history: $200 most months, $250 in the appliance months (a quarter): the spread is the upper tail's
  const spread = Math.log(300 / 250) / Z90;

  it('sees three times the usual purchases, not one big one', () => {
    const many = cappedZ(history(Array.from({ length: 12 }, () => 5000)), hist, 24);
    const oneBig = cappedZ(history([5000, 5000, 5000, 5000, 300000]), hist, 24);
    // capped spend: $600 against a median of $200, a log($ + 50) rise of log(650/250)
    expect(many).toBeCloseTo(Math.log(650 / 250) / spread, 6);
    // the $3,000 appliance counts as one more $50 purchase: $250, like the appliance months before
    expect(oneBig).toBeCloseTo(Math.log(300 / 250) / spread, 6);
  });

  it('takes off what the same month last year was above its median', () => {
    const twelve = Array.from({ length: 12 }, () => 5000);
    // last year's month (index 12) had 8 purchases: $400, log(450/250) above the median (median and spread unchanged)
    expect(cappedZ(history(twelve, Array.from({ length: 8 }, () => 5000)), hist, 24)).toBeCloseTo((Math.log(650 / 250) - Math.log(450 / 250)) / spread, 6);
  });
});
