import { formatCents } from '@/lib/core/money';
import type { RuleView } from '@/lib/schemas/rules';

export const FIELD_LABELS: Record<RuleView['match']['field'], string> = {
  merchant: 'Merchant',
  description: 'Description or merchant',
};

export const OP_LABELS: Record<RuleView['match']['op'], string> = {
  contains: 'contains',
  startsWith: 'starts with',
  equals: 'is exactly',
  regex: 'matches regex',
};

export const DIRECTION_LABELS: Record<RuleView['direction'], string> = {
  any: 'Money in or out',
  out: 'Money out',
  in: 'Money in',
};

/** "any amount", "up to $20.00", "$5.00 to $20.00", "$5.00 or more". */
export function amountRange(min: number | null, max: number | null): string {
  if (min === null && max === null) return 'Any amount';
  if (min === null) return `Up to ${formatCents(max as number)}`;
  if (max === null) return `${formatCents(min)} or more`;
  return `${formatCents(min)} to ${formatCents(max)}`;
}

/**
 * Dollars typed by a person ("12", "12.5", "$1,200.00") to integer cents,
 * exactly (no floating point). Blank is null; anything else that is not a
 * non-negative amount with at most two decimals is an error message.
 */
export function parseDollars(text: string): { cents: number | null } | { error: string } {
  const s = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (s === '') return { cents: null };
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return { error: 'Enter an amount in dollars, like 12.50.' };
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return { cents };
}

/** Cents to the text shown in an amount input ("12.50"), blank for null. */
export function centsToInput(cents: number | null): string {
  if (cents === null) return '';
  const whole = Math.floor(cents / 100);
  const frac = cents % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0')}`;
}
