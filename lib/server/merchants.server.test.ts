import { describe, expect, it } from 'vitest';
import { signUp } from './testing/http';
import { prisma, UPDATE_CHUNK } from './db.server';
import { commitImport } from './import.server';
import { refreshMerchants } from './merchants.server';
import { cleanMerchant } from '@/lib/core/csv';

const LIMITS = { maxBytes: 1e8, maxRows: 1e6 };

function westpacCsv(n: number): string {
  const rows = ['Bank Account,Date,Narrative,Debit Amount,Credit Amount,Balance,Categories,Serial'];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2022, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    rows.push(`000000000,${day},WITHDRAWAL-OSKO PAYMENT ${1000000 + i} M WALKER ${i % 2 ? 'rent' : 'pocket money'},${(20 + (i % 7)).toFixed(2)},,5000.00,PAYMENT,`);
  }
  return rows.join('\n');
}

describe('refreshMerchants', () => {
  it('re-derives stored merchants in chunks, in one change, and only for banks whose merchant comes from the narrative', async () => {
    const { userId } = await signUp('merchants-refresh@example.com');
    const n = 2 * UPDATE_CHUNK + 100;
    await commitImport(userId, { fileName: 'westpac.csv', bytes: new TextEncoder().encode(westpacCsv(n)) }, LIMITS, { rescore: false });
    const up = [
      'Time,BSB / Account Number,Account Name,Transaction Type,Payee,Description,Category,Tags,Subtotal (AUD),Currency,Subtotal (Transaction Currency),Round Up (AUD),Total (AUD),Payment Method,Settled Date',
      '2024-08-31T16:12:24+10:00,633-123 000000000,Spending,Purchase,Event Cinemas,Event Cinemas,Events & Gigs,"",-92.95,AUD,-92.95,0,-92.95,Card,2024-08-31',
    ].join('\n');
    await commitImport(userId, { fileName: 'up.csv', bytes: new TextEncoder().encode(up) }, LIMITS, { rescore: false });
    expect(await prisma.transaction.count({ where: { userId, merchant: 'WITHDRAWAL-OSKO PAYMENT M WALKER' } })).toBe(n);

    // as an older parser stored them: the memo in the payee; and an Up payee no narrative can give back
    await prisma.transaction.updateMany({ where: { userId, merchant: 'WITHDRAWAL-OSKO PAYMENT M WALKER' }, data: { merchant: 'WITHDRAWAL-OSKO PAYMENT M WALKER RENT' } });
    await prisma.transaction.updateMany({ where: { userId, merchant: 'EVENT CINEMAS' }, data: { merchant: 'EVENT CINEMAS GEORGE ST' } });

    expect(await refreshMerchants(userId)).toBe(n);
    const stored = await prisma.transaction.findMany({ where: { userId }, select: { description: true, merchant: true } });
    const osko = stored.filter((r) => r.description.startsWith('WITHDRAWAL-OSKO'));
    expect(osko).toHaveLength(n);
    expect(osko.filter((r) => r.merchant !== cleanMerchant(r.description, 'westpac'))).toEqual([]);
    expect(new Set(osko.map((r) => r.merchant))).toEqual(new Set(['WITHDRAWAL-OSKO PAYMENT M WALKER']));
    // Up's merchant came from its Payee column, which is not stored: left as it is
    expect(stored.filter((r) => !r.description.startsWith('WITHDRAWAL-OSKO')).map((r) => r.merchant)).toEqual(['EVENT CINEMAS GEORGE ST']);
    expect(await refreshMerchants(userId)).toBe(0);
  });
});
