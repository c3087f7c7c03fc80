/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and month keys
 * (`YYYY-MM`), in whole days / months, without time zones: a "day number"
 * is the number of days since 1970-01-01 of the calendar date (UTC
 * arithmetic on a date that has no time of day), a "month number" is
 * year·12 + (month − 1).
 */

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (extra characters after the day are ignored). */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Month number (year·12 + month − 1) of an ISO date or month key. */
export function monthNumber(isoOrKey: string): number {
  return Number(isoOrKey.slice(0, 4)) * 12 + Number(isoOrKey.slice(5, 7)) - 1;
}

/** `YYYY-MM` of a month number. */
export function monthKey(mn: number): string {
  const y = Math.floor(mn / 12);
  const m = mn - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/** Day number of the first day of a month number. */
export function monthStartDay(mn: number): number {
  const y = Math.floor(mn / 12);
  return Math.floor(Date.UTC(y, mn - y * 12, 1) / 86_400_000);
}

/** Number of days in a month number. */
export function daysInMonth(mn: number): number {
  return monthStartDay(mn + 1) - monthStartDay(mn);
}

/** Calendar month 1..12 of a month number. */
export function calendarMonth(mn: number): number {
  return (mn % 12) + 1;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** `March` for month number / calendar month. */
export function monthName(mn: number): string {
  return MONTH_NAMES[((mn % 12) + 12) % 12]!;
}

/** `14 Feb` for an ISO date. */
export function shortDate(iso: string): string {
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return `${d} ${MONTH_NAMES[m - 1]!.slice(0, 3)}`;
}
