/**
 * The bank's own category or transaction type (`ParsedTransaction.bankCategory`:
 * NAB `Eating out` / `Transfers out`, Up `restaurants-and-cafes` / `Salary`,
 * Macquarie `Food & Drink / Groceries`, Westpac `FEE`, NAB legacy
 * `TRANSFER DEBIT`…) as a last hint, used only when no rule matched, or
 * when only a last-resort one-word rule did and the bank says the money went
 * to someone by transfer.
 *
 * Each hint is a case-insensitive regex on the bank's text; the first that
 * matches (for the row's direction) wins. Order matters: specific before
 * generic (`Food & Drink / Groceries` is Groceries, not Dining; Up's
 * `home-insurance-and-rates` is Insurance, not Utilities).
 * Deliberately absent: Westpac `PAYMENT`/`DEP`/`CREDIT`/`OTHER` and Up
 * `Purchase`, which say nothing about what was bought, and a bare `Home`.
 * Up's `Payment` is its type for money paid to an account by BSB or PayID
 * (its bills are `BPAY Payment`, its debits `Direct Debit`), so it is a
 * Personal Payment like NAB's `Transfers out`; matched in Up's own case,
 * since Westpac's `PAYMENT` covers bills and debits too.
 */
import type { Category } from '../types';

interface BankHint {
  readonly re: RegExp;
  readonly category: Category;
}

/** Hints for money out. */
const OUT_HINTS: readonly BankHint[] = [
  { re: /\b(?:internal transfers?|transfers? between|round ?ups?|linked acc)/i, category: 'Transfers' },
  // before Fees: Macquarie's `Education / School Fees` is school, not a bank fee
  { re: /\b(?:education|student|school|childcare|tuition)\b|education-and-student-loans/i, category: 'Education' },
  { re: /\b(?:fees?|bank charges|debit interest|interest charged)\b/i, category: 'Fees' },
  { re: /\b(?:cash|atm)\b/i, category: 'Cash' },
  { re: /\b(?:rent|mortgage|home ?loan|strata|housing)\b|rent-and-mortgage/i, category: 'Housing' },
  { re: /\binsurance\b|insurance-and/i, category: 'Insurance' },
  { re: /\b(?:grocer(?:y|ies)|groceries|supermarkets?|booze|liquor|alcohol)\b/i, category: 'Groceries' },
  { re: /\b(?:eating out|restaurants?|cafes?|takeaway|pubs|bars|dining|food (?:&|and) drink)\b|restaurants-and-cafes|pubs-and-bars/i, category: 'Dining' },
  { re: /\b(?:fuel|transport|parking|tolls?|toll-roads|taxis?|share-cars|cycling|car|vehicle)\b/i, category: 'Transport' },
  { re: /\b(?:utilit(?:y|ies)|electricity|gas|water|rates)\b/i, category: 'Utilities' },
  { re: /\b(?:internet|mobile|phone|telecom\w*)\b|mobile-phone/i, category: 'Phone & Internet' },
  { re: /\b(?:subscriptions?|streaming|apps|software)\b|tv-and-music|tv (?:&|and) music|apps-games-and-software|news-magazines/i, category: 'Subscriptions' },
  { re: /\b(?:health|medical|pharmac\w*|fitness|wellbeing|doctors?|dental)\b|health-and-medical|fitness-and-wellbeing/i, category: 'Health' },
  { re: /\b(?:gifts?|charity|charities|donations?)\b|gifts-and-charity/i, category: 'Gifts' },
  { re: /\b(?:travel|holidays?|accommodation|flights?|airlines?)\b|holidays-and-travel/i, category: 'Travel' },
  { re: /\b(?:entertainment|events|gigs|lottery|gambling|hobbies|games|leisure|recreation)\b|events-and-gigs|lottery-and-gambling/i, category: 'Entertainment' },
  { re: /\b(?:shopping|clothing|homewares?|appliances|technology|hair|beauty|pets|retail|household)\b|clothing-and-accessories|homeware-and-appliances|hair-and-beauty|home-maintenance/i, category: 'Shopping' },
  { re: /\b(?:transfers? out|transfer debit|pay ?anyone|osko|payid|person to person)\b/i, category: 'Personal Payments' },
  // Up's type for money paid to an account by BSB or PayID, in Up's own case;
  // Westpac's upper-case PAYMENT code also covers bills and debits
  { re: /(?:^|\/ )Payment$/, category: 'Personal Payments' },
];

/** Hints for money in. */
const IN_HINTS: readonly BankHint[] = [
  { re: /\b(?:internal transfers?|transfers? between|round ?ups?|linked acc)/i, category: 'Transfers' },
  { re: /\b(?:refunds?|reversals?|returns?)\b/i, category: 'Refunds' },
  { re: /\b(?:salary|salaries|wages?|income|government|pensions?|benefits|centrelink|interest|dividends?|distributions?)\b/i, category: 'Income' },
];

/** Our category for a bank's category text, or null when it says nothing useful. */
export function bankCategoryHint(bankCategory: string | null, amountCents: number): Category | null {
  if (!bankCategory) return null;
  const hints = amountCents > 0 ? IN_HINTS : OUT_HINTS;
  for (const h of hints) if (h.re.test(bankCategory)) return h.category;
  return null;
}
