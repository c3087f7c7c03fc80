import { describe, expect, it } from 'vitest';
import { parseAndCategorize } from '@/lib/core/pipeline';
import { SPENDING_CATEGORIES } from '@/lib/core/types';
import { categoryTotals, generateHouseholds, LAYOUTS, usualLevel } from './generate';

const START = '2021-01';

describe('second-opinion generator', () => {
  it('is deterministic: the same seed gives identical CSV text and labels', () => {
    const a = generateHouseholds({ seed: 42, count: 4, months: 30, startMonth: START });
    const b = generateHouseholds({ seed: 42, count: 4, months: 30, startMonth: START });
    expect(a.map((h) => h.csv)).toEqual(b.map((h) => h.csv));
    expect(a.map((h) => h.labels)).toEqual(b.map((h) => h.labels));
    const c = generateHouseholds({ seed: 43, count: 4, months: 30, startMonth: START });
    expect(c.map((h) => h.csv)).not.toEqual(a.map((h) => h.csv));
  });

  it('writes every layout so that the app parses it with no errors, in the intended format, with every amount and date intact', () => {
    const hs = generateHouseholds({ seed: 5, count: LAYOUTS.length, months: 18, startMonth: START });
    expect(new Set(hs.map((h) => h.layout)).size).toBe(LAYOUTS.length);
    for (const h of hs) {
      const { parsed, transactions } = parseAndCategorize(new TextEncoder().encode(h.csv), { fileName: h.fileName });
      expect(parsed.errors, `${h.id} ${h.layout}`).toEqual([]);
      expect(parsed.format, `${h.id} ${h.layout}`).toBe(h.bank);
      const byLine = new Map<number, number[]>();
      for (const t of transactions) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t.amountCents]);
      for (const r of h.ledger) {
        expect(byLine.get(r.line!) ?? [], `${h.id} ${h.layout} line ${r.line}`).toContain(r.amountCents);
      }
    }
  });

  it('labels anomalies at a realistic rate, none in the first 14 months, with app category names', () => {
    const hs = generateHouseholds({ seed: 101, count: 20, months: 60, startMonth: START });
    let episodes = 0;
    for (const h of hs) {
      expect(h.labels).toHaveLength(60);
      h.labels.slice(0, 14).forEach((l) => expect(l.kind).toBe('normal'));
      for (let i = 0; i < h.labels.length; i++) {
        const l = h.labels[i]!;
        if (l.kind === 'normal') continue;
        if (l.kind !== 'sustained-elevation' || h.labels[i - 1]?.kind !== 'sustained-elevation') episodes++;
        if (l.category && l.category !== 'Income') expect(SPENDING_CATEGORIES as readonly string[]).toContain(l.category);
      }
    }
    // 46 eligible months per household at one per 12–15 months: about 3
    expect(episodes / hs.length).toBeGreaterThan(2);
    expect(episodes / hs.length).toBeLessThan(4.5);
  });

  it("makes category spikes 2.5–4× the generator's usual level (median of the 12 months before), and sustained elevation 1.4–1.8×", () => {
    let spikes = 0;
    let sustained = 0;
    for (const seed of [101, 7]) {
      for (const h of generateHouseholds({ seed, count: 12, months: 60, startMonth: START })) {
        h.labels.forEach((l, i) => {
          if (l.kind !== 'category-spike' && l.kind !== 'sustained-elevation') return;
          // sustained: the usual level is the one before the first month of the three
          let first = i;
          while (l.kind === 'sustained-elevation' && first > 0 && h.labels[first - 1]!.kind === 'sustained-elevation' && i - first < 2) first--;
          const usual = usualLevel(h.ledger, l.category!, h.labels[first]!.month, START);
          const total = categoryTotals(h.ledger, l.category!).get(l.month) ?? 0;
          expect(usual).toBe(l.usualCents);
          expect(total).toBe(l.totalCents);
          const ratio = total / usual;
          if (l.kind === 'category-spike') {
            spikes++;
            expect(ratio, `${h.id} ${l.month} ${l.category}`).toBeGreaterThanOrEqual(2.5);
            expect(ratio, `${h.id} ${l.month} ${l.category}`).toBeLessThanOrEqual(4);
          } else {
            sustained++;
            expect(ratio, `${h.id} ${l.month} ${l.category}`).toBeGreaterThanOrEqual(1.4);
            expect(ratio, `${h.id} ${l.month} ${l.category}`).toBeLessThanOrEqual(1.85);
          }
        });
      }
    }
    expect(spikes).toBeGreaterThan(3);
    expect(sustained).toBeGreaterThan(2);
  });
});
