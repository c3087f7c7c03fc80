import { describe, expect, it } from 'vitest';
import { monthlyByCategory, steadyBefore, type Monthly } from './spend-series';
import { tx } from '../lib/core/detect/test-fixtures';

const m = (dollars: number): Monthly => ({ spend: dollars * 100, largest: dollars * 100, count: dollars > 0 ? 1 : 0, charges: dollars > 0 ? [dollars * 100] : [] });

describe('steadyBefore', () => {
  it('counts a category spent on every month within ±15 % as steady', () => {
    const series = Array.from({ length: 24 }, (_, i) => m(500 + (i % 3) * 40 - 40)).concat([m(2000)]);
    expect(steadyBefore(series, 24)).toBe(true);
  });

  it('counts a category as lumpy when some months are several times the others', () => {
    // $100 most months, $1,500 one month in four: the q90 is far above the median
    const series = Array.from({ length: 24 }, (_, i) => m(i % 4 === 0 ? 1500 : 100));
    expect(steadyBefore(series, 24)).toBe(false);
  });

  it('counts a category spent in fewer than 75 % of months as lumpy, however even the amounts', () => {
    const series = Array.from({ length: 24 }, (_, i) => m(i % 3 === 0 ? 0 : 500));
    expect(steadyBefore(series, 24)).toBe(false);
  });

  it('looks only at the months before t, at most 24 of them', () => {
    // 24 lumpy months, then 24 steady ones: steady at 48, lumpy at 24
    const series = Array.from({ length: 24 }, (_, i) => m(i % 4 === 0 ? 1500 : 100)).concat(Array.from({ length: 24 }, () => m(300)));
    expect(steadyBefore(series, 24)).toBe(false);
    expect(steadyBefore(series, 48)).toBe(true);
    expect(steadyBefore(series, 0)).toBe(false);
  });
});

describe('monthlyByCategory', () => {
  it('sums money out per month and category, keeps the largest charge, skips money in and own transfers', () => {
    const out = monthlyByCategory(
      [
        tx('2024-01-03', -1200, 'CAFE', 'Dining'),
        tx('2024-01-20', -3400, 'BISTRO', 'Dining'),
        tx('2024-01-21', 500, 'BISTRO', 'Dining'),
        tx('2024-02-02', -99900, 'SAVINGS', 'Dining', { kind: 'transfer' }),
        tx('2024-02-05', -700, 'IGA', 'Groceries'),
        tx('2023-12-31', -5000, 'CAFE', 'Dining'),
      ],
      ['2024-01', '2024-02'],
      ['Dining', 'Groceries'],
    );
    expect(out.get('Dining')).toEqual([
      { spend: 4600, largest: 3400, count: 2, charges: [1200, 3400] },
      { spend: 0, largest: 0, count: 0, charges: [] },
    ]);
    expect(out.get('Groceries')![1]).toEqual({ spend: 700, largest: 700, count: 1, charges: [700] });
  });
});
