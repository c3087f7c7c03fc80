/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and month keys
 * (`YYYY-MM`), in whole days / months, without time zones: a "day number"
 * is the number of days since 1970-01-01 of the calendar date (UTC
 * arithmetic on a date that has no time of day), a "month number" is
 * year·12 + (month − 1).
 */

/** digits of an ISO date at [at, at + n), read without allocating */
function digitsAt(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/**
 * Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (extra characters after
 * the day are ignored). Proleptic Gregorian, integer arithmetic (Howard
 * Hinnant's days_from_civil), so it is exact and allocation-free.
 */
export function dayNumber(iso: string): number {
  return daysFromCivil(digitsAt(iso, 0, 4), digitsAt(iso, 5, 2), digitsAt(iso, 8, 2));
}

/** Days since 1970-01-01 of year y, month m (1..12), day d. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Month number (year·12 + month − 1) of an ISO date or month key. */
export function monthNumber(isoOrKey: string): number {
  return digitsAt(isoOrKey, 0, 4) * 12 + digitsAt(isoOrKey, 5, 2) - 1;
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
  return daysFromCivil(y, mn - y * 12 + 1, 1);
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
