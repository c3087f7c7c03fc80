import { describe, expect, it } from 'vitest';
import { parseBankCsv } from '../csv';
import { generateHousehold, toBankCsv } from '../synth';
import { defaultCompiledRules } from '../pipeline';
import { buildCategorizeContext, categorize, contextOfMerchants, mayNeedContext, paysMerchant } from './engine';

describe('mayNeedContext', () => {
  it('rows it rules out get the same category under any context; a refund needs it', () => {
    const rules = defaultCompiledRules();
    for (const seed of [3, 4, 5]) {
      const h = generateHousehold({ seed, startMonth: '2023-01', months: 24 });
      const txs = parseBankCsv(new TextEncoder().encode(toBankCsv('commbank', h.transactions))).transactions;
      const full = buildCategorizeContext(txs);
      const empty = contextOfMerchants([]);
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
    expect(categorize(tx(3500), rules, contextOfMerchants([])).category).not.toBe('Refunds');
  });

  it('the context built row by row equals the one built from the whole batch', () => {
    const h = generateHousehold({ seed: 9, startMonth: '2023-01', months: 12 });
    const txs = parseBankCsv(new TextEncoder().encode(toBankCsv('anz', h.transactions))).transactions;
    const paid = new Set<string>();
    for (const t of txs) if (paysMerchant(t)) paid.add(t.merchant);
    expect([...contextOfMerchants(paid).outMerchants].sort()).toEqual([...buildCategorizeContext(txs).outMerchants].sort());
  });
});
