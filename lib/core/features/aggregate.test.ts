import { describe, expect, it } from 'vitest';
import { aggregateMonths, spendRecord } from './aggregate';
import { tx } from '../detect/test-fixtures';

describe('aggregateMonths', () => {
  const rows = [
    tx('2024-01-03', -12345, 'WOOLWORTHS', 'Groceries'),
    tx('2024-01-20', -1, 'WOOLWORTHS', 'Groceries'),
    tx('2024-01-21', 2500, 'WOOLWORTHS', 'Refunds'),
    tx('2024-01-22', -9999, 'MYSTERY', 'Uncategorized'),
    tx('2024-01-25', -50000, 'SAVINGS', 'Transfers', { kind: 'transfer' }),
    tx('2024-01-26', -700, 'OWN ACCOUNT', 'Uncategorized', { kind: 'transfer' }),
    tx('2024-01-28', 250000, 'ACME', 'Income'),
    tx('2024-01-29', 40000, 'SAVINGS', 'Transfers', { kind: 'transfer' }),
    tx('2024-03-31', -4550, 'THAI ORCHID', 'Dining'),
    tx('2024-03-02', 1500, 'D BROWN', 'Personal Payments'),
  ];
  const agg = aggregateMonths(rows);

  it('spans every month from the first to the last row, including empty ones', () => {
    expect(agg.months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(agg.months[1]!.totalSpendCents).toBe(0);
  });

  it('sums spend in exact cents: transfers excluded, refunds not subtracted, Uncategorized counted', () => {
    expect(spendRecord(agg.months[0]!)).toEqual({ Groceries: 12346, Uncategorized: 9999 });
    expect(agg.months[0]!.totalSpendCents).toBe(22345);
    expect(spendRecord(agg.months[2]!)).toEqual({ Dining: 4550 });
  });

  it('counts money in other than transfers and refunds as income', () => {
    expect(agg.months.map((m) => m.incomeCents)).toEqual([250000, 0, 1500]);
  });

  it('reports the share of each month the file covers', () => {
    expect(agg.months[0]!.coverage).toBeCloseTo(29 / 31, 12);
    expect(agg.months[1]!.coverage).toBe(1);
    expect(agg.months[2]!.coverage).toBe(1);
  });

  it('is empty for no rows', () => {
    expect(aggregateMonths([]).months).toEqual([]);
  });
});
