import { describe, expect, it } from 'vitest';
import { assignOccurrences, dedupeKey, occurrenceId, splitNew } from './dedupe';

const coffee = { date: '2026-03-05', amountCents: -400, description: 'CAFE  NERO   SYDNEY' };

function stored(rows: ReturnType<typeof assignOccurrences>): Set<string> {
  return new Set(rows.map((r) => occurrenceId(r.key, r.occurrence)));
}

function split<T extends { date: string; amountCents: number; description: string }>(rows: T[], already: Set<string>) {
  return splitNew(rows, assignOccurrences(rows), already);
}

describe('dedupe', () => {
  it('keeps ten identical coffees in one file', () => {
    const rows = Array.from({ length: 10 }, () => coffee);
    expect(assignOccurrences(rows).map((r) => r.occurrence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(split(rows, new Set()).fresh).toHaveLength(10);
  });

  it('adds nothing when the same file is imported again', () => {
    const rows = [coffee, coffee, { ...coffee, amountCents: -450 }];
    const { fresh, duplicates } = split(rows, stored(assignOccurrences(rows)));
    expect(fresh).toHaveLength(0);
    expect(duplicates).toBe(3);
  });

  it('imports the overlap of two exports once', () => {
    const day = (d: number) => ({ date: `2026-0${d}-10`, amountCents: -1000 * d, description: `SHOP ${d}` });
    const janJun = assignOccurrences([1, 2, 3, 4, 5, 6].map(day));
    const { fresh, duplicates } = split([4, 5, 6, 7, 8, 9].map(day), stored(janJun));
    expect(fresh.map((r) => r.row.date)).toEqual(['2026-07-10', '2026-08-10', '2026-09-10']);
    expect(duplicates).toBe(3);
  });

  it('adds only the extra identical rows of a later export', () => {
    const first = assignOccurrences(Array.from({ length: 10 }, () => coffee));
    const { fresh } = split(Array.from({ length: 12 }, () => coffee), stored(first));
    expect(fresh.map((r) => r.occurrence)).toEqual([11, 12]);
  });

  it('treats whitespace and case differences in narratives as the same row', () => {
    expect(dedupeKey(coffee)).toBe(dedupeKey({ ...coffee, description: 'cafe nero sydney' }));
    expect(dedupeKey(coffee)).not.toBe(dedupeKey({ ...coffee, amountCents: -401 }));
  });
});
