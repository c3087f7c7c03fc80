/**
 * Shared shapes of the pure core. Money is integer cents (negative = money
 * out of the account); dates are ISO calendar dates `YYYY-MM-DD` in the
 * account's local time (banks export local dates; no time zones here).
 */
import type { Cents } from './money';

export type BankFormat =
  | 'commbank'
  | 'anz'
  | 'westpac'
  | 'nab'
  | 'nab-legacy'
  | 'ing'
  | 'macquarie'
  | 'up'
  | 'generic';

/** How a row counts towards spend. */
export type TransactionKind =
  /** ordinary money in or out */
  | 'normal'
  /** a move between the user's own accounts (savings, round-ups, linked accounts): not spend, not income */
  | 'transfer';

/** One transaction as read from a bank file, before categorization. */
export interface ParsedTransaction {
  /** 1-based line number in the source file (after decoding) */
  line: number;
  /** `YYYY-MM-DD` */
  date: string;
  /** signed integer cents: negative is money out */
  amountCents: Cents;
  /** the bank's narrative, untouched (whitespace runs kept) */
  description: string;
  /** cleaned, stable merchant / payee name (card numbers, receipts, dates, locations stripped) */
  merchant: string;
  /** running balance when the file has one */
  balanceCents: Cents | null;
  /** account identifier from the file (Westpac, NAB, Up), else null */
  account: string | null;
  kind: TransactionKind;
  /** the bank's own category or transaction type, when the file has one (hint only) */
  bankCategory: string | null;
}

export interface ParseIssue {
  /** 1-based line number; 0 for whole-file problems */
  line: number;
  /** column/field name, when one field is at fault */
  field?: string;
  message: string;
}

export interface ParseResult {
  format: BankFormat | null;
  /** 0..1: how sure the detector is */
  confidence: number;
  transactions: ParsedTransaction[];
  errors: ParseIssue[];
  warnings: ParseIssue[];
  /** which date order was decided for the file */
  dateOrder: 'dmy' | 'mdy' | 'ymd' | null;
  /** number of data rows skipped on purpose (pending rows, blank lines) */
  skipped: number;
  /** header row, joined with commas, when the file has one (key for saved mappings) */
  header: string | null;
}

export const SPENDING_CATEGORIES = [
  'Housing',
  'Groceries',
  'Dining',
  'Transport',
  'Utilities',
  'Phone & Internet',
  'Subscriptions',
  'Insurance',
  'Health',
  'Shopping',
  'Entertainment',
  'Travel',
  'Gifts',
  'Education',
  'Personal Payments',
  'Cash',
  'Fees',
] as const;

export const NON_SPEND_CATEGORIES = ['Income', 'Refunds', 'Transfers', 'Uncategorized'] as const;

export type SpendingCategory = (typeof SPENDING_CATEGORIES)[number];
export type NonSpendCategory = (typeof NON_SPEND_CATEGORIES)[number];
export type Category = SpendingCategory | NonSpendCategory;

export const ALL_CATEGORIES: readonly Category[] = [...SPENDING_CATEGORIES, ...NON_SPEND_CATEGORIES];

/** A categorized transaction: what features, scoring and explanations consume. */
export interface CategorizedTransaction extends ParsedTransaction {
  category: Category;
  /**
   * The rule that decided `category` (`d:…` a default rule, else a user's
   * rule id), null when no rule did (a bank's hint or the money-in
   * fallback), as stored in `Transaction.ruleId`. Optional: rows from
   * elsewhere (tests, older callers) may not know it.
   */
  ruleId?: string | null;
}
