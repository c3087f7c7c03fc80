import { describe, expect, it } from 'vitest';
import { runZ } from './diag-sustained';
import type { Monthly } from './spend-series';

/** A category's months: `spend[t]` dollars, in charges of $50 (the last one smaller). */
function series(dollars: number[]): Monthly[] {
  return dollars.map((d) => {
    const charges: number[] = [];
    for (let left = d * 100; left > 0; left -= 5000) charges.push(Math.min(5000, left));
    return { spend: d * 100, largest: Math.max(0, ...charges), count: charges.length, charges };
  });
}

describe('runZ', () => {
  // two years of $400–$440 a month, then three months at $600
  const base = Array.from({ length: 24 }, (_, i) => 400 + (i % 5) * 10);
  const rising = series([...base, 600, 600, 600]);

  it('is the least z of the run against the months before it', () => {
    const z3 = runZ(rising, 26, 3, false);
    expect(z3).toBeGreaterThan(2);
    // a run of three whose first month is ordinary is not up
    expect(runZ(series([...base, 420, 600, 600]), 26, 3, false)).toBeLessThan(1);
    // the capped spend sees the same rise here: every charge is an ordinary one
    expect(runZ(rising, 26, 3, true)).toBeCloseTo(z3, 1);
  });

  it('leaves out what last year\'s same months had too', () => {
    const lastYearToo = [...base];
    for (const j of [14, 15, 16]) lastYearToo[j] = 600;
    expect(runZ(series([...lastYearToo, 600, 600, 600]), 26, 3, false)).toBeLessThan(1);
  });

  it('on the capped spend, one big charge is one ordinary one', () => {
    // the same $600 months made of the usual charges plus one of $200
    const oneBig = series([...base, 600, 600, 600]).map((m, t) => (t < 24 ? m : { ...m, charges: [...Array(8).fill(5000), 20000], count: 9, largest: 20000 }));
    expect(runZ(oneBig, 26, 3, false)).toBeGreaterThan(2);
    expect(runZ(oneBig, 26, 3, true)).toBeLessThan(runZ(oneBig, 26, 3, false));
  });
});
