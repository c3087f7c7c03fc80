/**
 * What an independent generator (bench/third-opinion, bench/fourth-opinion)
 * exports, and what the scorer (bench/third-opinion/score.ts) reads: the
 * spend categories of the `analyze` output, the seven anomaly
 * kinds, one label per household-month, and each file's exact truth. Each
 * generator was written against this interface and nothing else of ours
 * (decisions 018, 020).
 */

export const SPEND_CATEGORIES = [
  'Housing', 'Groceries', 'Dining', 'Transport', 'Utilities', 'Phone & Internet', 'Subscriptions',
  'Insurance', 'Health', 'Shopping', 'Entertainment', 'Travel', 'Gifts', 'Education',
  'Personal Payments', 'Cash', 'Fees',
] as const;
export type SpendCategory = (typeof SPEND_CATEGORIES)[number];
export type Category = SpendCategory | 'Income' | 'Refunds' | 'Transfers';

export const ANOMALY_KINDS = [
  'fraud-direct-debit', 'category-spike', 'sustained-elevation', 'card-skimming',
  'scam-transfer', 'missing-salary', 'duplicate-charges',
] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

/** one label per household-month, for every month of the file */
export interface MonthLabel {
  household: string;
  file: string;
  month: string;
  kind: 'normal' | AnomalyKind;
  /** where the anomaly's money is (anomalous months only) */
  category?: Category;
  /** the month's normal events, and a description of the anomaly */
  notes?: string[];
}

/** Per-file truth: money out per spend category per month, in cents (refunds not subtracted, own transfers excluded). */
export interface FileTruth<L extends string = string> {
  household: string;
  file: string;
  layout: L;
  firstMonth: string;
  lastMonth: string;
  spendCents: Record<string, Partial<Record<SpendCategory, number>>>;
  incomeCents: Record<string, number>;
}

export interface GenerateOptions {
  seed: number;
  count: number;
  months: number;
  startYear?: number;
}

export interface GeneratedHousehold<L extends string = string> {
  household: string;
  file: string;
  layout: L;
  /** the file's exact bytes as text */
  csv: string;
  labels: MonthLabel[];
  truth: FileTruth<L>;
}

/** A generator module, as the scorer loads it. */
export interface GeneratorModule {
  generate(opts: GenerateOptions): GeneratedHousehold[];
  writeGenerated(dir: string, hs: GeneratedHousehold[]): void;
}
