import { describe, expect, it } from 'vitest';
import { dayLabel, dayRangeLabel, monthLabel, seasonNote, timeLabel, trendFact, trendNote, trendReasons, trendSentence, type TrendPoint } from './format';

describe('monthLabel', () => {
  it('spells the month the Australian way', () => {
    expect(monthLabel('2026-03')).toBe('March 2026');
    expect(monthLabel('2026-03', 'short')).toBe('Mar 2026');
  });
});

describe('seasonNote', () => {
  it('explains a usual level that last year raised by 10 % or more', () => {
    expect(seasonNote(133_000, 67_900, 'May')).toBe('typical $679; higher around May last year');
    expect(seasonNote(11_000, 10_000, 'March')).toBe('typical $100; higher around March last year');
  });
  it('says nothing when the season moved it by less, or not at all', () => {
    expect(seasonNote(14_500, 14_200, 'May')).toBeNull(); // 2 %
    expect(seasonNote(10_999, 10_000, 'May')).toBeNull(); // just under 10 %
    expect(seasonNote(5_000, 5_000, 'May')).toBeNull();
  });
  it('says nothing without a typical month (the first months of a file)', () => {
    expect(seasonNote(5_000, null, 'May')).toBeNull();
  });
  it('says nothing when both round to the same whole dollars', () => {
    expect(seasonNote(120, 100, 'May')).toBeNull(); // $1 and $1
  });
});

describe('dayLabel', () => {
  it('writes a day the Australian way, whatever the machine\'s time zone', () => {
    expect(dayLabel('2022-09-21')).toMatch(/^21 Sept? 2022$/);
    expect(dayLabel('2026-01-01')).toBe('1 Jan 2026');
    expect(dayLabel('2024-02-29')).toBe('29 Feb 2024');
    expect(dayRangeLabel('2020-11-01', '2026-10-31')).toBe('1 Nov 2020 – 31 Oct 2026');
  });
  it('returns anything that is not a date as it is', () => {
    expect(dayLabel('')).toBe('');
    expect(dayLabel('21/09/2022')).toBe('21/09/2022');
  });
});

describe('timeLabel', () => {
  it('writes an instant en-AU, day month year then the time, in the viewer\'s time zone', () => {
    const tz = process.env.TZ;
    try {
      // Node reads TZ when a date is formatted: Sydney is UTC+11 in November
      process.env.TZ = 'Australia/Sydney';
      expect(timeLabel('2026-11-27T00:20:46.000Z')).toBe('27 Nov 2026, 11:20 am');
      process.env.TZ = 'UTC';
      expect(timeLabel('2026-11-27T00:20:46.000Z')).toBe('27 Nov 2026, 12:20 am');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('trendFact / trendSentence', () => {
  // 24 months from 2022-11 to 2024-10 at $300, $355, $410, $465, $520 in turn, with March 2023 at $910
  const before: TrendPoint[] = Array.from({ length: 24 }, (_, i) => {
    const d = new Date(Date.UTC(2022, 10 + i, 1));
    const month = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    return { month, spendCents: month === '2023-03' ? 91000 : 30000 + (i % 5) * 5500 };
  });

  it('above every month before: how many months it tops', () => {
    const fact = trendFact(before, 92000);
    expect(fact).toEqual({ kind: 'highest', months: 24 });
    expect(trendSentence('Dining', 92000, fact!)).toBe('$920 on Dining this month: more than in any of the 24 months before.');
    expect(trendSentence('Dining', 92000, trendFact(before.slice(-1), 92000)!)).toBe('$920 on Dining this month: more than in the month before.');
  });

  it('otherwise the latest month as high or higher, a tie included', () => {
    const fact = trendFact(before, 84000);
    expect(fact).toEqual({ kind: 'since', month: '2023-03', spendCents: 91000, previous: false });
    expect(trendSentence('Dining', 84000, fact!)).toBe('$840 on Dining this month: the most since March 2023 ($910).');
    expect(trendFact(before, 91000)).toMatchObject({ kind: 'since', month: '2023-03' });
    // under a later month than March 2023: that month, not March
    expect(trendFact(before, 50000)).toMatchObject({ kind: 'since', month: '2024-06', spendCents: 52000 });
  });

  it('the month right before as high or higher says so', () => {
    const fact = trendFact(before, 40000);
    expect(fact).toEqual({ kind: 'since', month: '2024-10', spendCents: 46500, previous: true });
    expect(trendSentence('Shopping', 40000, fact!)).toBe('$400 on Shopping this month; the month before was at least as high ($465).');
  });

  it('nothing to say without earlier months or spend', () => {
    expect(trendFact([], 50000)).toBeNull();
    expect(trendFact(before, 0)).toBeNull();
  });

  it('trendNote words the last month of a series against the ones before it', () => {
    expect(trendNote('Dining', [...before, { month: '2024-11', spendCents: 84000 }])).toBe('$840 on Dining this month: the most since March 2023 ($910).');
    expect(trendNote('Dining', [{ month: '2024-11', spendCents: 84000 }])).toBeNull();
    expect(trendNote('Dining', [])).toBeNull();
  });
});

describe('trendReasons', () => {
  it('the first reason about each category\'s spending level, not events', () => {
    const reasons = [
      { kind: 'new-direct-debit', category: 'Subscriptions' },
      { kind: 'category-spike', category: 'Dining' },
      { kind: 'duplicate-charges', category: 'Shopping' },
      { kind: 'sustained', category: 'Groceries' },
      { kind: 'category-spike', category: 'Dining' },
      { kind: 'card-burst', category: 'Groceries' },
    ];
    expect([...trendReasons(reasons)]).toEqual([
      ['Dining', 1],
      ['Groceries', 3],
    ]);
  });
});
