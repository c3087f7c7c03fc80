/**
 * Monthly aggregation of categorized transactions, in integer cents.
 *
 * Definitions (the contract the `analyze` command and the UI show):
 * - **spend** of a month is money OUT (`amountCents < 0`, reported positive)
 *   in the spending categories and `Uncategorized`; moves between the
 *   user's own accounts (`kind === 'transfer'` or category `Transfers`) are
 *   excluded, and refunds are NOT subtracted (money in never reduces spend);
 * - **income** of a month is money IN (`amountCents > 0`) other than
 *   transfers and refunds (categories `Transfers`, `Refunds` and
 *   `kind === 'transfer'` excluded).
 *
 * The month range is continuous from the first to the last transaction's
 * month: a month with no rows is present with zero spend.
 */
import { SPENDING_CATEGORIES, type CategorizedTransaction, type Category } from '../types';
import { dayNumber, daysInMonth, monthKey, monthNumber, monthStartDay } from './calendar';

/** Categories that count as spend, in a fixed order (feature columns use it). */
export const SPEND_CATEGORIES: readonly Category[] = [...SPENDING_CATEGORIES, 'Uncategorized'];

const SPEND_INDEX: ReadonlyMap<Category, number> = new Map(SPEND_CATEGORIES.map((c, i) => [c, i]));

/** Index of a category in SPEND_CATEGORIES, or -1 if it is not spend. */
export function spendIndex(category: Category): number {
  return SPEND_INDEX.get(category) ?? -1;
}

/** True when a row is money out that counts as spend. */
export function isSpend(tx: CategorizedTransaction): boolean {
  return tx.amountCents < 0 && tx.kind !== 'transfer' && SPEND_INDEX.has(tx.category);
}

/** True when a row is money in that counts as income. */
export function isIncome(tx: CategorizedTransaction): boolean {
  return tx.amountCents > 0 && tx.kind !== 'transfer' && tx.category !== 'Transfers' && tx.category !== 'Refunds';
}

export interface MonthAggregate {
  /** `YYYY-MM` */
  month: string;
  /** month number (year·12 + month − 1) */
  mn: number;
  /** spend per SPEND_CATEGORIES index, cents (>= 0) */
  spend: Float64Array;
  /** total spend, cents */
  totalSpendCents: number;
  incomeCents: number;
  /**
   * Share of the month's days covered by the data, in (0, 1]: the first and
   * last month of a file are often partial (an export that starts on the
   * 20th). Days from the first to the last transaction date of the file.
   */
  coverage: number;
}

export interface Aggregation {
  months: MonthAggregate[];
  /** day number of the first and last transaction (NaN when empty) */
  firstDay: number;
  lastDay: number;
}

/**
 * Aggregate rows into calendar months (exact integer cents).
 * @returns an empty month list for no rows
 */
export function aggregateMonths(txs: readonly CategorizedTransaction[]): Aggregation {
  if (txs.length === 0) return { months: [], firstDay: NaN, lastDay: NaN };
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const tx of txs) {
    const d = dayNumber(tx.date);
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  }
  const firstMn = monthNumber(isoOf(firstDay));
  const lastMn = monthNumber(isoOf(lastDay));
  const nMonths = lastMn - firstMn + 1;
  const K = SPEND_CATEGORIES.length;
  const months: MonthAggregate[] = new Array<MonthAggregate>(nMonths);
  for (let i = 0; i < nMonths; i++) {
    const mn = firstMn + i;
    const start = monthStartDay(mn);
    const dim = daysInMonth(mn);
    const from = Math.max(start, firstDay);
    const to = Math.min(start + dim - 1, lastDay);
    months[i] = {
      month: monthKey(mn),
      mn,
      spend: new Float64Array(K),
      totalSpendCents: 0,
      incomeCents: 0,
      coverage: (to - from + 1) / dim,
    };
  }
  for (const tx of txs) {
    const m = months[monthNumber(tx.date) - firstMn]!;
    if (isSpend(tx)) {
      const k = SPEND_INDEX.get(tx.category)!;
      m.spend[k] = m.spend[k]! - tx.amountCents;
      m.totalSpendCents -= tx.amountCents;
    } else if (isIncome(tx)) {
      m.incomeCents += tx.amountCents;
    }
  }
  return { months, firstDay, lastDay };
}

/** `{ Groceries: 81234, ... }` with only the categories that have spend, in SPEND_CATEGORIES order. */
export function spendRecord(m: MonthAggregate): Record<string, number> {
  const out: Record<string, number> = {};
  for (let k = 0; k < SPEND_CATEGORIES.length; k++) {
    const v = m.spend[k]!;
    if (v !== 0) out[SPEND_CATEGORIES[k]!] = v;
  }
  return out;
}

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
