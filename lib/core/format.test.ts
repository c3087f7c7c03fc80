import { describe, expect, it } from 'vitest';
import { dayLabel, dayRangeLabel, monthLabel, seasonNote, timeLabel } from './format';

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
