/**
 * What the month page says about a scored month that was not flagged, when
 * some category was still well above its usual level: a house move or a
 * doubled Shopping month read "Nothing stands out" before, which a person
 * can see is not true. The note says which categories rose, and why that
 * did not make the month unusual, in the engine's own terms.
 */
import { formatDollars } from '../money';
import { MATERIAL_MIN_CENTS, SPIKE_EXCLUDED } from '../features/signals';
import type { Category } from '../types';
import { times } from './text';

export interface CategoryLevel {
  category: string;
  spendCents: number;
  /** the usual level the detector judged the month against (history and season) */
  usualCents: number;
}

/** How many risen categories a sentence names before it says "and N more". */
const NAMED = 3;
/**
 * A category at least this many times its usual level is worth a word on an
 * unflagged month (a category spike itself needs twice: a house move at 1.9×
 * its usual Housing is still plainly "above usual" to the person reading).
 */
export const NOTE_MIN_RATIO = 1.5;

/**
 * The categories of a month at least NOTE_MIN_RATIO times their usual level
 * and MATERIAL_MIN_CENTS above it (the least rise a category spike weighs),
 * largest rise first.
 */
export function risenCategories(rows: readonly CategoryLevel[]): CategoryLevel[] {
  return rows
    .filter((r) => r.usualCents > 0 && r.spendCents >= NOTE_MIN_RATIO * r.usualCents && r.spendCents - r.usualCents >= MATERIAL_MIN_CENTS)
    .sort((a, b) => b.spendCents - b.usualCents - (a.spendCents - a.usualCents));
}

function listed(rows: readonly CategoryLevel[], withTimes: boolean): string {
  const shown = rows.slice(0, NAMED).map((r) => `${r.category} ${formatDollars(r.spendCents)} (${withTimes ? `${times(r.spendCents, r.usualCents)} its usual ` : 'usually '}${formatDollars(r.usualCents)})`);
  const more = rows.length - shown.length;
  if (more > 0) shown.push(`${more} more`);
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
}

/**
 * One or two sentences for a scored, unflagged month ("February 2025"), or
 * null when no category rose that far.
 */
export function unflaggedNote(rows: readonly CategoryLevel[]): string | null {
  const risen = risenCategories(rows);
  if (risen.length === 0) return null;
  const lifeEvents = risen.filter((r) => SPIKE_EXCLUDED.has(r.category as Category));
  const spending = risen.filter((r) => !SPIKE_EXCLUDED.has(r.category as Category));
  const out: string[] = [];
  if (lifeEvents.length) {
    const verb = lifeEvents.length === 1 ? 'was' : 'were';
    out.push(
      `${listed(lifeEvents, false)} ${verb} well above usual, but big months there are mostly one-off events or bills that fall due ` +
        '(a move, a bond, dental work, school terms, premiums), so Oddmonth does not count them as unusual spending.',
    );
  }
  if (spending.length) {
    const verb = spending.length === 1 ? 'was' : 'were';
    const also = lifeEvents.length ? ' also' : '';
    out.push(`${listed(spending, true)} ${verb}${also} above usual; Oddmonth weighed that against how much each varies for you and did not find the month unusual enough to flag.`);
  }
  return out.join(' ');
}
