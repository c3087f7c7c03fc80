/**
 * Money is integer cents everywhere in Oddmonth (AUD). Formatting happens
 * only at the edge, with en-AU conventions.
 */
export type Cents = number;

const aud = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD' });
const audWhole = new Intl.NumberFormat('en-AU', {
  style: 'currency',
  currency: 'AUD',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});

/** "$1,234.56" (negative as "-$1,234.56"). */
export function formatCents(cents: Cents): string {
  return aud.format(cents / 100);
}

/** "$1,235" — rounded to whole dollars, for prose where cents are noise. */
export function formatDollars(cents: Cents): string {
  return audWhole.format(Math.round(cents / 100));
}

/** True when `n` is a safe integer number of cents. */
export function isCents(n: number): boolean {
  return Number.isSafeInteger(n);
}
