/** Shapes shared by the second-opinion generator, bank writers and scorer. */
import type { SpendingCategory } from '../../lib/core/types';

/** the generator's own ground-truth category (spelled like the app's, so they compare) */
export type TruthCategory = SpendingCategory | 'Income' | 'Refunds' | 'Transfers';

/**
 * The seven kinds, by the names our generator and eval use: the
 * vocabulary is shared so the two compare, not how the anomalies are made.
 */
import type { AnomalyKind } from '../../lib/core/synth';
export { ANOMALY_KINDS, type AnomalyKind } from '../../lib/core/synth';

/** bank layouts written; several variants per bank where the doc lists them */
export type BankLayout = 'commbank' | 'anz-new' | 'anz-old' | 'westpac' | 'nab' | 'nab-9col' | 'ing' | 'macquarie' | 'up' | 'up-2021';

/** how money moved, which decides the bank's narrative */
export type Channel =
  | 'card'
  | 'card-refund'
  | 'direct-debit'
  | 'bpay'
  | 'salary'
  | 'govt'
  | 'own-out'
  | 'own-in'
  | 'person-out'
  | 'person-in'
  | 'atm'
  | 'fee'
  | 'interest';

export interface Foreign {
  currency: string;
  /** amount in the foreign currency, in its minor units ×100 (e.g. USD 22.00 = 2200) */
  amount: number;
  city: string;
  country: string;
}

/** One true transaction, before a bank writes it. */
export interface LedgerRow {
  /** generation order, used to keep sorting stable */
  seq: number;
  /** day number (days since 1970-01-01) the bank posts it: the date column */
  day: number;
  /** `YYYY-MM-DD` of `day` */
  date: string;
  /** for card rows: the day of the purchase (value date), may be before `day` */
  purchaseDay?: number;
  /** signed integer cents, negative = money out */
  amountCents: number;
  channel: Channel;
  category: TruthCategory;
  /** merchant / biller / employer / person as the bank prints it (upper case, may hold a store number) */
  payee: string;
  /** cleaned display name (what NAB's Merchant Name, Macquarie's Details or Up's Payee show) */
  clean: string;
  /** a bank's categorizer would know this merchant */
  known: boolean;
  suburb?: string;
  state?: string;
  foreign?: Foreign;
  /** direct-debit reference, BPAY CRN, or transfer memo */
  ref?: string;
  /** constant per biller (CommBank's `Direct Debit 062934 …`, BPAY biller code) */
  billerId?: string;
  account: 'main' | 'savings';
  /** set on rows that make up a labelled anomaly */
  anomaly?: string;
  /** for salary rows: which earner (so a missing pay can be taken from one person) */
  earner?: number;
  /** filled by the writer: 1-based line of the row in the CSV text */
  line?: number;
}

export interface MonthLabel {
  month: string;
  kind: 'normal' | AnomalyKind;
  category?: string;
  /** for category-spike / sustained-elevation: the generator's usual level and the month's total, cents */
  usualCents?: number;
  totalCents?: number;
  /** normal events the generator put in this month (holiday, big-ticket, new payee, …), for reading false alarms */
  notes?: string[];
}
