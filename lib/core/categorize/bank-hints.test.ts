import { describe, expect, it } from 'vitest';
import type { Category, ParsedTransaction } from '../types';
import { bankCategoryHint } from './bank-hints';
import { DEFAULT_RULES } from './default-rules';
import { categorize, compileRules } from './engine';

describe('bankCategoryHint', () => {
  it.each<[string, number, Category | null]>([
    ['Eating out', -1500, 'Dining'], // NAB
    ['restaurants-and-cafes', -1500, 'Dining'], // Up
    ['TV & Music', -550, 'Subscriptions'],
    ['Food & Drink / Groceries', -1500, 'Groceries'], // Macquarie: specific before generic
    ['groceries', -1500, 'Groceries'],
    ['Transport / Fuel & Transport', -6000, 'Transport'],
    ['home-insurance-and-rates', -60000, 'Insurance'],
    ['Rent & Mortgage', -200000, 'Housing'],
    ['Transfers out', -5000, 'Personal Payments'],
    ['TRANSFER DEBIT', -5000, 'Personal Payments'], // NAB legacy transaction type
    ['Payment', -5000, 'Personal Payments'], // Up: paid to an account by BSB or PayID
    ['Spending / Payment', -5000, 'Personal Payments'],
    ['Internal transfers', -5000, 'Transfers'],
    ['Cash', -6000, 'Cash'],
    ['FEE', -500, 'Fees'], // Westpac code
    ['Education / School Fees', -40492, 'Education'], // Macquarie: school fees are no bank fee
    ['Bank Fees & Charges', -500, 'Fees'],
    ['Gifts & donations', -5000, 'Gifts'],
    ['Salary', 250000, 'Income'],
    ['Salary & income', 250000, 'Income'],
    ['Government payments', 80000, 'Income'],
    ['Refund', 2000, 'Refunds'],
    // say nothing about what was bought
    ['PAYMENT', -1500, null], // Westpac: bills, debits and transfers alike
    ['BPAY Payment', -1500, null],
    ['DEP', 1500, null],
    ['MISCELLANEOUS DEBIT', -1500, null],
    ['Home', -1500, null],
    ['Eating out', 1500, null], // a spend category on money in is not income
  ])('%s (%i) → %s', (text, amount, expected) => {
    expect(bankCategoryHint(text, amount)).toBe(expected);
  });

  it('null or empty is no hint', () => {
    expect(bankCategoryHint(null, -1)).toBeNull();
    expect(bankCategoryHint('', -1)).toBeNull();
  });
});

function tx(description: string, amountCents: number, bankCategory: string | null): ParsedTransaction {
  return { line: 1, date: '2026-01-01', amountCents, description, merchant: description, balanceCents: null, account: null, kind: 'normal', bankCategory };
}

describe('the bank category in categorize', () => {
  const compiled = compileRules(DEFAULT_RULES);

  it('is used only when no rule matched', () => {
    // Up shows a person payment as just the name
    expect(categorize(tx('J White', -14000, 'Transfers out'), compiled)).toEqual({ category: 'Personal Payments', ruleId: null });
    expect(categorize(tx('J White', -14000, null), compiled)).toEqual({ category: 'Uncategorized', ruleId: null });
    // a rule beats the bank's category
    expect(categorize(tx('WOOLWORTHS 1234', -5000, 'Eating out'), compiled).category).toBe('Groceries');
  });

  it('a one-word guess gives way to a bank that says the money went to someone', () => {
    // Up prints a payment's memo as its description: "release fee" on $8,890 to a stranger is not a bank fee
    expect(categorize(tx('release fee', -889000, 'Payment'), compiled)).toEqual({ category: 'Personal Payments', ruleId: null });
    expect(categorize(tx('A HARRIS swim fee', -4000, 'Transfers out'), compiled)).toEqual({ category: 'Personal Payments', ruleId: null });
    // without the bank's word, or when the bank says fee, the rule stands
    expect(categorize(tx('release fee', -889000, null), compiled)).toEqual({ category: 'Fees', ruleId: 'd:fees:fee' });
    expect(categorize(tx('MONTHLY FEE', -500, 'FEE'), compiled).category).toBe('Fees');
    // a rule above the last-resort level still beats the bank
    expect(categorize(tx('ONLINE 4972755 rent A HARRIS', -50000, 'Transfers out'), compiled).category).toBe('Housing');
    // and so does a user's rule at any priority
    const mine = compileRules([...DEFAULT_RULES, { id: 'u:fee', source: 'user', priority: 1, category: 'Fees', match: { field: 'description', op: 'contains', value: 'release fee' } }]);
    expect(categorize(tx('release fee', -889000, 'Payment'), mine)).toEqual({ category: 'Fees', ruleId: 'u:fee' });
  });

  it('money in: salary per the bank beats the refund guess for a brand name', () => {
    expect(categorize(tx('Bupa Aged Care', 150000, 'Salary'), compiled).category).toBe('Income');
    expect(categorize(tx('Bupa Aged Care', 150000, null), compiled).category).toBe('Refunds');
  });
});
