import { describe, expect, it } from 'vitest';
import type { Category, CategorizedTransaction } from '../types';
import { diffCategorization } from './diff';

function rows(categories: Category[]): CategorizedTransaction[] {
  return categories.map((category, i) => ({
    line: i + 1,
    date: '2026-01-01',
    amountCents: -100,
    description: `row ${i}`,
    merchant: '',
    balanceCents: null,
    account: null,
    kind: 'normal',
    bankCategory: null,
    category,
  }));
}

describe('diffCategorization', () => {
  it('counts changed rows and, per touched category, its count before and after', () => {
    const before = rows(['Groceries', 'Groceries', 'Dining', 'Uncategorized', 'Shopping']);
    const after = rows(['Groceries', 'Dining', 'Dining', 'Gifts', 'Shopping']);
    expect(diffCategorization(before, after)).toEqual({
      changed: 2,
      byCategory: {
        Dining: { from: 1, to: 2 },
        Gifts: { from: 0, to: 1 },
        Groceries: { from: 2, to: 1 },
        Uncategorized: { from: 1, to: 0 },
      },
    });
  });

  it('a swap shows both categories with unchanged counts', () => {
    expect(diffCategorization(rows(['Dining', 'Groceries']), rows(['Groceries', 'Dining']))).toEqual({
      changed: 2,
      byCategory: { Dining: { from: 1, to: 1 }, Groceries: { from: 1, to: 1 } },
    });
  });

  it('no change, no categories', () => {
    expect(diffCategorization(rows(['Dining']), rows(['Dining']))).toEqual({ changed: 0, byCategory: {} });
    expect(diffCategorization([], [])).toEqual({ changed: 0, byCategory: {} });
  });

  it('throws when the two lists are not the same transactions', () => {
    expect(() => diffCategorization(rows(['Dining']), rows([]))).toThrow(RangeError);
  });
});
