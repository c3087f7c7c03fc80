import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format } from 'date-fns';
import { decideDateOrder, parseDate, parseDateParts, toIsoDate } from './date';

describe('parseDateParts / parseDate', () => {
  it.each([
    ['05/03/2024', 'dmy', '2024-03-05'],
    ['05/03/2024', 'mdy', '2024-05-03'],
    ['5/3/24', 'dmy', '2024-03-05'],
    ['31-12-1999', 'dmy', '1999-12-31'],
    ['05.03.2024', 'dmy', '2024-03-05'],
    ['30-Nov-17', 'dmy', '2017-11-30'],
    ['10 Apr 26', 'dmy', '2026-04-10'],
    ['10 Apr 2026', 'dmy', '2026-04-10'],
    ['1 Sept 2025', 'dmy', '2025-09-01'],
    ['10 April 2026', 'dmy', '2026-04-10'],
    ['Apr 10, 2026', 'dmy', '2026-04-10'],
    ['2026-04-10', 'dmy', '2026-04-10'],
    ['2026/04/10', 'dmy', '2026-04-10'],
    ['20260410', 'dmy', '2026-04-10'],
    ['2026-09-21T13:14:37+10:00', 'ymd', '2026-09-21'],
    // local calendar date as written, even late at night with an offset
    ['2026-09-21T23:59:59+10:00', 'ymd', '2026-09-21'],
    ['2026-09-21T00:10:00-05:00', 'ymd', '2026-09-21'],
    ['2021-02-01 15:10:56 +11:00', 'ymd', '2021-02-01'],
    ['2026-04-10T10:00:00Z', 'ymd', '2026-04-10'],
    ['05/03/2024 12:00:00 AM', 'dmy', '2024-03-05'],
    ['29/02/2024', 'dmy', '2024-02-29'],
    [' 05/03/2024 ', 'dmy', '2024-03-05'],
    ['01/01/69', 'dmy', '1969-01-01'],
    ['01/01/68', 'dmy', '2068-01-01'],
  ] as const)('%s (%s) -> %s', (input, order, expected) => {
    expect(parseDate(input, order)).toBe(expected);
  });

  it.each(['', 'hello', '32/01/2024', '29/02/2023', '31/04/2024', '00/01/2024', '13/13/2024', '2024-13-01', '30 Foo 2024', '1/2', '12345', '2024-02-30', '31-Feb-24'])(
    'rejects %j',
    (input) => {
      expect(parseDate(input, 'dmy')).toBeNull();
    },
  );

  it('keeps numeric dates unresolved until the order is known', () => {
    expect(parseDateParts('05/03/2024')).toEqual({ kind: 'numeric', a: 5, b: 3, year: 2024 });
    expect(parseDateParts('30-Nov-17')).toEqual({ kind: 'resolved', year: 2017, month: 11, day: 30, order: 'dmy' });
  });

  it('round-trips random valid dates in several layouts (property)', () => {
    const layouts: [string, 'dmy' | 'mdy'][] = [
      ['dd/MM/yyyy', 'dmy'],
      ['d/M/yyyy', 'dmy'],
      ['d/M/yy', 'dmy'],
      ['dd-MM-yyyy', 'dmy'],
      ['MM/dd/yyyy', 'mdy'],
      ['dd-MMM-yy', 'dmy'],
      ['dd MMM yy', 'dmy'],
      ['d MMM yyyy', 'dmy'],
      ['d MMMM yyyy', 'dmy'],
      ['yyyy-MM-dd', 'dmy'],
      ["yyyy-MM-dd'T'HH:mm:ssxxx", 'dmy'],
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1970, 0, 1), max: new Date(2068, 11, 31), noInvalidDate: true }),
        fc.nat({ max: layouts.length - 1 }),
        (d, i) => {
          const [fmt, order] = layouts[i] ?? layouts[0]!;
          const text = format(d, fmt);
          const expected = format(d, 'yyyy-MM-dd');
          const parts = parseDateParts(text);
          expect(parts, text).not.toBeNull();
          expect(toIsoDate(parts!, order)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const p = parseDateParts(s);
        if (p) expect(() => toIsoDate(p, 'dmy')).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decideDateOrder', () => {
  const rows = (...values: string[]) => values.map((value, i) => ({ line: i + 1, value }));

  it('is day-first when any first component exceeds 12, even on the last row', () => {
    const d = decideDateOrder(rows('01/02/2024', '03/04/2024', '05/06/2024', '25/06/2024'));
    expect(d.order).toBe('dmy');
    expect(d.ambiguous).toBe(false);
    expect(d.dayFirstLine).toBe(4);
  });

  it('is month-first when any second component exceeds 12', () => {
    const d = decideDateOrder(rows('01/02/2024', '12/31/2024'));
    expect(d.order).toBe('mdy');
    expect(d.monthFirstLine).toBe(2);
    expect(d.conflict).toBe(false);
  });

  it('defaults to day-first and says the file was ambiguous', () => {
    const d = decideDateOrder(rows('01/02/2024', '05/03/2024', '12/12/2024'));
    expect(d).toMatchObject({ order: 'dmy', ambiguous: true, conflict: false });
  });

  it('reports a conflict when both orders are proven', () => {
    const d = decideDateOrder(rows('25/01/2024', '01/25/2024', '26/01/2024'));
    expect(d).toMatchObject({ order: 'dmy', conflict: true, dayFirstLine: 1, monthFirstLine: 2 });
  });

  it('uses the order of self-describing dates', () => {
    expect(decideDateOrder(rows('2026-01-02T10:00:00+10:00')).order).toBe('ymd');
    expect(decideDateOrder(rows('10 Apr 26')).order).toBe('dmy');
    expect(decideDateOrder(rows('garbage')).order).toBeNull();
  });
});
