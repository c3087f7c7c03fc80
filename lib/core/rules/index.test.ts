import { describe, expect, it } from 'vitest';
import { aggregateMonths } from '../features/aggregate';
import { tx } from '../detect/test-fixtures';
import { baselineRule } from '.';

function months(spec: Array<Record<string, number>>) {
  const rows = spec.flatMap((cats, i) =>
    Object.entries(cats).map(([c, cents]) => tx(`2024-${String(i + 1).padStart(2, '0')}-10`, -cents, c.toUpperCase(), c as never)),
  );
  return aggregateMonths(rows).months;
}

describe('baselineRule (40 % above the previous 3 months, at least $50 more)', () => {
  it('needs three earlier months', () => {
    const r = baselineRule(months([{ Dining: 10000 }, { Dining: 10000 }, { Dining: 90000 }]));
    expect(r.map((x) => x.flagged)).toEqual([false, false, false]);
  });

  it('flags strictly above 140 % with at least $50 excess, exactly at the boundaries', () => {
    const r = baselineRule(
      months([
        { Dining: 20000, Groceries: 10000 },
        { Dining: 20000, Groceries: 10000 },
        { Dining: 20000, Groceries: 10000 },
        // Dining exactly 140 % (not above): no; Groceries 10000 → 15000 is +50 % but only $50 excess: yes
        { Dining: 28000, Groceries: 15000 },
        // Groceries avg (10000+10000+15000)/3 = 11666.67; 16334·3 = 49002 > 1.4·35000 = 49000 → above 140 %, excess 4668.3 < $50 → no
        { Dining: 20000, Groceries: 16334 },
      ]),
    );
    expect(r[3]).toEqual({ month: '2024-04', flagged: true, categories: ['Groceries'], score: 1.5 });
    expect(r[4]!.flagged).toBe(false);
  });

  it('lists every category that trips it, largest excess first', () => {
    const r = baselineRule(
      months([
        { Dining: 10000, Shopping: 10000 },
        { Dining: 10000, Shopping: 10000 },
        { Dining: 10000, Shopping: 10000 },
        { Dining: 20000, Shopping: 40000 },
      ]),
    );
    expect(r[3]!.categories).toEqual(['Shopping', 'Dining']);
    expect(r[3]!.score).toBe(4);
  });
});
