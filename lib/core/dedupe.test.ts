import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignOccurrences,
  dedupeKey,
  dedupeText,
  fnv1a64,
  normalizeDescription,
  numberOccurrences,
  occurrenceId,
  splitNew,
  storedDedupeKey,
} from './dedupe';

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

  it('numbers rows in place like assignOccurrences', () => {
    const rows = [coffee, { ...coffee, amountCents: -450 }, coffee, { ...coffee, description: 'cafe nero sydney' }].map((r) => ({
      ...r,
      dedupeKey: '',
      occurrence: 0,
    }));
    numberOccurrences(rows);
    expect(rows.map((r) => [r.dedupeKey, r.occurrence])).toEqual(assignOccurrences(rows).map((o) => [o.key, o.occurrence]));
    expect(rows.map((r) => r.occurrence)).toEqual([1, 1, 2, 3]);
  });

  it('numbers rows of a file out of date order the same way (dates interleaved, identical rows apart)', () => {
    const day = (date: string) => ({ ...coffee, date });
    const order = ['2026-03-05', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-04', '2026-03-05', '2026-03-04'];
    const rows = order.map((d) => ({ ...day(d), dedupeKey: '', occurrence: 0 }));
    numberOccurrences(rows);
    expect(rows.map((r) => r.occurrence)).toEqual([1, 1, 2, 1, 2, 3, 3]);
    expect(rows.map((r) => [r.dedupeKey, r.occurrence])).toEqual(assignOccurrences(rows).map((o) => [o.key, o.occurrence]));
  });
});

describe('stored key', () => {
  it('is 64-bit FNV-1a of the UTF-8 bytes (reference vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    // 'é' is c3 a9 and '😀' f0 9f 98 80 in UTF-8 (computed with a reference implementation)
    expect(fnv1a64('é')).toBe('0ac21707b7181e01');
    expect(fnv1a64('😀')).toBe('feff073875020288');
  });

  it('is the date in clear and the hash of date|amount|normalized description', () => {
    expect(dedupeText(coffee)).toBe('2026-03-05|-400|cafe nero sydney');
    expect(dedupeKey(coffee)).toBe(`2026-03-05|${fnv1a64('2026-03-05|-400|cafe nero sydney')}`);
    expect(dedupeKey(coffee)).toMatch(/^2026-03-05\|[0-9a-f]{16}$/);
  });

  it('builds the same key without the text as with it, for any narrative', () => {
    const narrative = fc.oneof(
      fc.string({ unit: fc.constantFrom('A', 'b', 'Z', ' ', '\t', '\n', '\r', '\v', '\f', '1', '*', '|', '\u001f', '\u00a0', 'É', 'Σ', 'İ', '\u3000'), maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(narrative, fc.integer({ min: -1e12, max: 1e12 }), (description, amountCents) => {
        const tx = { date: '2024-02-29', amountCents, description };
        expect(dedupeKey(tx)).toBe(`2024-02-29|${fnv1a64(dedupeText(tx))}`);
        expect(normalizeDescription(description)).toBe(description.toLowerCase().replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('reads keys stored as text (before the compact key) as the compact key', () => {
    const legacy = dedupeText(coffee);
    expect(storedDedupeKey(legacy)).toBe(dedupeKey(coffee));
    expect(storedDedupeKey(dedupeKey(coffee))).toBe(dedupeKey(coffee));
    // so a re-import over old rows still finds them
    const old = new Set([occurrenceId(storedDedupeKey(legacy), 1)]);
    expect(split([coffee, coffee], old)).toMatchObject({ duplicates: 1 });
  });
});
