import { describe, expect, it } from 'vitest';
import { parseBankCsv } from '../csv';
import { generateHousehold, toBankCsv } from '../synth';
import { defaultCompiledRules } from '../pipeline';
import { accountNumberIn, buildCategorizeContext, categorize, compileRules, ContextCollector, mayNeedContext } from './engine';
import { DEFAULT_RULES } from './default-rules';
import type { CategorizeContext } from './types';

const EMPTY: CategorizeContext = { outMerchants: new Set() };

describe('mayNeedContext', () => {
  it('rows it rules out get the same category under any context; a refund needs it', () => {
    const rules = defaultCompiledRules();
    for (const seed of [3, 4, 5]) {
      const h = generateHousehold({ seed, startMonth: '2023-01', months: 24 });
      const txs = parseBankCsv(new TextEncoder().encode(toBankCsv('commbank', h.transactions))).transactions;
      const full = buildCategorizeContext(txs);
      const empty = EMPTY;
      for (const t of txs) {
        const a = categorize(t, rules, empty);
        const b = categorize(t, rules, full);
        if (!mayNeedContext(t)) expect(a).toEqual(b);
      }
    }
    // money in from a merchant the file pays is a refund only with the context
    const tx = (amountCents: number) => ({
      line: 1, date: '2026-03-02', amountCents, description: 'ZORBLAX GADGETS SYDNEY', merchant: 'ZORBLAX GADGETS',
      balanceCents: null, account: null, kind: 'normal' as const, bankCategory: null,
    });
    expect(mayNeedContext(tx(3500))).toBe(true);
    expect(categorize(tx(3500), rules, buildCategorizeContext([tx(-7000)])).category).toBe('Refunds');
    expect(categorize(tx(3500), rules, EMPTY).category).not.toBe('Refunds');
  });

  it('the context built row by row equals the one built from the whole batch', () => {
    const h = generateHousehold({ seed: 9, startMonth: '2023-01', months: 12 });
    const txs = parseBankCsv(new TextEncoder().encode(toBankCsv('anz', h.transactions))).transactions;
    const c = new ContextCollector();
    for (const t of txs) c.add(t);
    expect([...c.context().outMerchants].sort()).toEqual([...buildCategorizeContext(txs).outMerchants].sort());
    expect(c.context().outMerchants.size).toBeGreaterThan(20);
  });
});

describe('own accounts by round trip', () => {
  const rules = defaultCompiledRules();
  const row = (amountCents: number, description: string) => ({
    line: 1, date: '2026-03-02', amountCents, description, merchant: description,
    balanceCents: null, account: null, kind: 'normal' as const, bankCategory: 'OTHER',
  });
  const out = row(-270000, 'WITHDRAWAL ONLINE 239072 TFR TO 032165879671');
  const back = row(30000, 'DEPOSIT ONLINE 510767 TFR FROM 032165879671');
  const friend = row(-5000, 'WITHDRAWAL ONLINE 239073 TFR TO 062000123456');

  it('reads the account number a transfer goes to or comes from, and nothing else', () => {
    expect(accountNumberIn(out.description)).toBe('032165879671');
    expect(accountNumberIn('TRANSFER FROM A/C 062-000 1234 5678')).toBe('06200012345678');
    expect(accountNumberIn('Transfer to xx1624 CommBank App')).toBeNull();
    expect(accountNumberIn('ANZ MOBILE BANKING PAYMENT 110245 TO J SMITH')).toBeNull();
    expect(accountNumberIn('TFR TO 2024')).toBeNull();
  });

  it('money sent to an account that also sends money back is a transfer between own accounts; one way is a payment', () => {
    const ctx = buildCategorizeContext([out, back, friend]);
    expect([...ctx.ownAccounts!]).toEqual(['032165879671']);
    expect(categorize(out, rules, ctx).category).toBe('Transfers');
    expect(categorize(back, rules, ctx).category).toBe('Transfers');
    expect(categorize(friend, rules, ctx).category).toBe('Personal Payments');
    // without the money coming back, the same row is money sent to someone
    expect(categorize(out, rules, buildCategorizeContext([out])).category).toBe('Personal Payments');
    // and the row waits for the whole file when imported row by row
    expect(mayNeedContext(out)).toBe(true);
    expect(mayNeedContext(row(-1299, 'EFTPOS DEBIT SPECSAVERS BRUNSWICK AU'))).toBe(false);
  });

  it("a rule of the user's own still decides", () => {
    const withUser = compileRules([{ id: 'u:rent', category: 'Housing', priority: 1000, match: { field: 'description', op: 'contains', value: '032165879671' }, direction: 'out', source: 'user' }, ...DEFAULT_RULES]);
    expect(categorize(out, withUser, buildCategorizeContext([out, back])).category).toBe('Housing');
  });
});
