/**
 * Dates in bank CSVs -> `YYYY-MM-DD` calendar dates.
 *
 * Numeric dates (`05/03/2024`, `5/3/24`, `05-03-2024`, `05.03.2024`) are
 * ambiguous on their own: the order is decided once per file from every row
 * (`decideDateOrder`), then each row is read with that order (`toIsoDate`).
 * Month-name dates (`30-Nov-17`, `10 Apr 26`, `10 Apr 2026`), ISO dates and
 * ISO timestamps carry their own order. Timestamps keep the calendar date as
 * written (`2026-09-21T23:14:37+10:00` is 2026-09-21): no time-zone maths.
 *
 * Two-digit years pivot like POSIX strptime: 00–68 -> 20xx, 69–99 -> 19xx.
 */
import { isValid, parse as parseWithFormat } from 'date-fns';

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** A date read from text before the file's order is known. */
export type DateParts =
  /** `a/b/year`: a and b are day and month in an order still to decide */
  | { kind: 'numeric'; a: number; b: number; year: number }
  /** order fixed by the text itself (ISO, month names) */
  | { kind: 'resolved'; year: number; month: number; day: number; order: DateOrder };

const ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT_ISO_RE = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i;
const MONTH_NAME_RE = /^(\d{1,2})[\s/-]+([A-Za-z]{3,9})\.?[\s/-]+(\d{4}|\d{2})$/;
const MONTH_FIRST_NAME_RE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;

/** Gate for the slow date-fns fallback: only strings naming a month get there. */
const MONTH_WORD_RE = /(?:^|[^a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4,
  may: 5, jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/** Rarer layouts, tried with date-fns after the fast paths fail. */
const FALLBACK_FORMATS = ['d MMMM yyyy', 'EEE d MMM yyyy', 'EEEE, d MMMM yyyy', 'd MMM yyyy HH:mm'];
/** Fixed reference date for date-fns (the formats above are complete, so it is unused). */
const REFERENCE_DATE = new Date(2000, 0, 1);

export function expandYear(y: number, digits: number): number {
  if (digits >= 4) return y;
  return y <= 68 ? 2000 + y : 1900 + y;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    year >= 1900 &&
    year <= 2199 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatYmd(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Reads a date string without deciding day/month order; null when it is not a date. */
export function parseDateParts(input: string): DateParts | null {
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (s.length < 6 || s.length > 40) return null;

  let m = NUMERIC_RE.exec(s);
  if (m) {
    const yearText = m[3] ?? '';
    return {
      kind: 'numeric',
      a: Number(m[1]),
      b: Number(m[2]),
      year: expandYear(Number(yearText), yearText.length),
    };
  }
  m = ISO_RE.exec(s) ?? COMPACT_ISO_RE.exec(s);
  if (m) {
    return { kind: 'resolved', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), order: 'ymd' };
  }
  m = MONTH_NAME_RE.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month === undefined) return null;
    const yearText = m[3] ?? '';
    return {
      kind: 'resolved',
      year: expandYear(Number(yearText), yearText.length),
      month,
      day: Number(m[1]),
      order: 'dmy',
    };
  }
  m = MONTH_FIRST_NAME_RE.exec(s);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (month === undefined) return null;
    return { kind: 'resolved', year: Number(m[3]), month, day: Number(m[2]), order: 'mdy' };
  }
  if (!MONTH_WORD_RE.test(s)) return null;
  for (const fmt of FALLBACK_FORMATS) {
    const d = parseWithFormat(s, fmt, REFERENCE_DATE);
    if (isValid(d)) {
      return { kind: 'resolved', year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), order: 'dmy' };
    }
  }
  return null;
}

/**
 * `YYYY-MM-DD` for parts read with the file's order, or null when the result
 * is not a real calendar date (31/02, month 13 ...).
 */
export function toIsoDate(parts: DateParts, order: DateOrder): string | null {
  let year: number;
  let month: number;
  let day: number;
  if (parts.kind === 'resolved') {
    ({ year, month, day } = parts);
  } else {
    year = parts.year;
    if (order === 'mdy') {
      month = parts.a;
      day = parts.b;
    } else {
      // 'dmy', and 'ymd' cannot apply to a/b/yyyy: day-first is the Australian reading
      day = parts.a;
      month = parts.b;
    }
  }
  return isValidYmd(year, month, day) ? formatYmd(year, month, day) : null;
}

/** Parses one date with a known order (convenience for tests and single values). */
export function parseDate(input: string, order: DateOrder = 'dmy'): string | null {
  const parts = parseDateParts(input);
  return parts ? toIsoDate(parts, order) : null;
}

export interface DateOrderSample {
  line: number;
  value: string;
}

export interface DateOrderDecision {
  /** order used to read numeric dates; null when the column holds no dates */
  order: DateOrder | null;
  /** true when every numeric date had day and month <= 12 */
  ambiguous: boolean;
  /** first line proving day-first / month-first, when found */
  dayFirstLine: number | null;
  monthFirstLine: number | null;
  /** both orders are proven by different rows */
  conflict: boolean;
  numericCount: number;
}

/**
 * Decides the day/month order from every date in a file: any first component
 * above 12 proves day-first, any second component above 12 proves
 * month-first. Both proven is a conflict (the more frequent reading wins,
 * ties go to day-first; the caller reports it). Nothing proven: day-first,
 * flagged ambiguous.
 *
 * Feed it with `add(value, line)` row by row, then read `result()`. Each
 * distinct string is parsed once (a file has a few hundred distinct dates).
 */
export class DateOrderAccumulator {
  private dayFirst = 0;
  private monthFirst = 0;
  private dayFirstLine: number | null = null;
  private monthFirstLine: number | null = null;
  private numeric = 0;
  private resolved = 0;
  private resolvedOrder: DateOrder | null = null;
  private readonly seen = new Map<string, DateParts | null>();

  add(value: string, line: number): void {
    let p = this.seen.get(value);
    if (p === undefined) {
      p = parseDateParts(value);
      if (this.seen.size < 100_000) this.seen.set(value, p);
    }
    if (!p) return;
    if (p.kind === 'resolved') {
      this.resolved++;
      this.resolvedOrder ??= p.order;
      return;
    }
    this.numeric++;
    const aBig = p.a > 12;
    const bBig = p.b > 12;
    if (aBig && !bBig) {
      this.dayFirst++;
      this.dayFirstLine ??= line;
    } else if (bBig && !aBig) {
      this.monthFirst++;
      this.monthFirstLine ??= line;
    }
  }

  result(): DateOrderDecision {
    if (this.numeric === 0) {
      return {
        order: this.resolved > 0 ? this.resolvedOrder : null,
        ambiguous: false,
        dayFirstLine: null,
        monthFirstLine: null,
        conflict: false,
        numericCount: 0,
      };
    }
    return {
      order: this.monthFirst > this.dayFirst ? 'mdy' : 'dmy',
      ambiguous: this.dayFirst === 0 && this.monthFirst === 0,
      dayFirstLine: this.dayFirstLine,
      monthFirstLine: this.monthFirstLine,
      conflict: this.dayFirst > 0 && this.monthFirst > 0,
      numericCount: this.numeric,
    };
  }
}

/** `DateOrderAccumulator` over a list of samples. */
export function decideDateOrder(samples: readonly DateOrderSample[]): DateOrderDecision {
  const acc = new DateOrderAccumulator();
  for (const { line, value } of samples) acc.add(value, line);
  return acc.result();
}
