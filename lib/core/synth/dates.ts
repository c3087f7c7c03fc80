/**
 * Calendar arithmetic on day numbers (days since 1970-01-01 in the proleptic
 * Gregorian calendar, no time zones) and month indices (year * 12 + month - 1).
 * Plain integers keep generation fast and free of `Date` time-zone traps.
 */

/** Day number of a civil date (Howard Hinnant's `days_from_civil`). `m` is 1..12. */
export function dayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date `[y, m, d]` of a day number (Hinnant's `civil_from_days`). */
export function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Day number of an ISO `YYYY-MM-DD` date. */
export function dayOfIso(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Day of week: 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** The same day, or the following Monday when it falls on a weekend. */
export function nextBusinessDay(day: number): number {
  const w = weekday(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

/** The same day, or the Friday before when it falls on a weekend (how payroll moves). */
export function prevBusinessDay(day: number): number {
  const w = weekday(day);
  return w === 6 ? day - 1 : w === 0 ? day - 2 : day;
}

/** Month index of `YYYY-MM`; throws on a malformed string. */
export function monthIndexOf(ym: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!match) throw new Error(`expected YYYY-MM, got "${ym}"`);
  const m = Number(match[2]);
  if (m < 1 || m > 12) throw new Error(`month out of range in "${ym}"`);
  return Number(match[1]) * 12 + m - 1;
}

/** `YYYY-MM` of a month index. */
export function monthKeyOf(mi: number): string {
  return `${Math.floor(mi / 12)}-${pad2((mi % 12) + 1)}`;
}

export function yearOfMonth(mi: number): number {
  return Math.floor(mi / 12);
}

/** Calendar month 1..12 of a month index. */
export function monthOfMonth(mi: number): number {
  return (mi % 12) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return dayOf(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayOf(y, m, 1);
}

/** First day number of a month index. */
export function firstDayOfMonth(mi: number): number {
  return dayOf(Math.floor(mi / 12), (mi % 12) + 1, 1);
}

/** Month index containing a day number. */
export function monthIndexOfDay(day: number): number {
  const [y, m] = civil(day);
  return y * 12 + m - 1;
}

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `Jan`..`Dec` for 1..12. */
export function monthAbbr(m: number): string {
  return MONTH_ABBR[m - 1] ?? '???';
}

/** `DD/MM/YYYY` from ISO. */
export function dmySlash(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** `DD/MM` from ISO. */
export function dmShort(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}

/** `DD Mon YY` (NAB current) from ISO. */
export function dMonYY(iso: string): string {
  return `${iso.slice(8, 10)} ${monthAbbr(Number(iso.slice(5, 7)))} ${iso.slice(2, 4)}`;
}

/** `DD-Mon-YY` (NAB legacy) from ISO. */
export function dMonYYDash(iso: string): string {
  return `${iso.slice(8, 10)}-${monthAbbr(Number(iso.slice(5, 7)))}-${iso.slice(2, 4)}`;
}

/** `DD Mon YYYY` (Macquarie, ING narratives) from ISO. */
export function dMonYYYY(iso: string): string {
  return `${iso.slice(8, 10)} ${monthAbbr(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;
}

/** First Sunday on or after the 1st of a month. */
function firstSunday(y: number, m: number): number {
  const d1 = dayOf(y, m, 1);
  return d1 + ((7 - weekday(d1)) % 7);
}

/**
 * UTC offset in minutes of Australia/Melbourne (and Sydney) local time on a
 * day: +11:00 from the first Sunday of October to the first Sunday of April,
 * else +10:00. The switch hour is ignored (transactions at 2–3 am on the
 * changeover day get the new offset).
 */
export function melbourneOffsetMinutes(day: number): number {
  const [y] = civil(day);
  const dstEnd = firstSunday(y, 4);
  const dstStart = firstSunday(y, 10);
  return day >= dstEnd && day < dstStart ? 600 : 660;
}
