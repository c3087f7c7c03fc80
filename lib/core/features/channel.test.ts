import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { CategorizedTransaction } from '../types';
import { channelOf, foreignCurrency, payeeKey } from './channel';

/** payeeKey as it was written with regexes: the reference the one-scan version must equal. */
function payeeKeyByRegex(tx: Pick<CategorizedTransaction, 'merchant' | 'description'>): string {
  const base = tx.merchant.trim() !== '' ? tx.merchant : tx.description;
  const k = base.toUpperCase().replace(/\d{3,}/g, ' ').replace(/\s+/g, ' ').trim();
  return k === '' ? base.toUpperCase().trim() : k;
}

function row(merchant: string, description: string): CategorizedTransaction {
  return { merchant, description } as CategorizedTransaction;
}

describe('payeeKey', () => {
  it('equals the regex definition on typical and odd names', () => {
    const cases = [
      'Woolworths 1234 Sydney',
      '  coles   0421  ',
      'AB12 345678 CD 12',
      '7-Eleven 2045',
      '123',
      '12',
      '  ',
      '',
      'straße 999 café',
      'x\u00a0\u2003y\u3000123\ufeff',
      '\t\n1234\r\v\f',
      '٣٤٥ arabic-indic digits',
      'ﬀ ligature 00012ab',
    ];
    for (const m of cases) for (const d of ['Direct Debit 062934 NETFLIX', '  ', '']) {
      expect(payeeKey(row(m, d))).toBe(payeeKeyByRegex(row(m, d)));
    }
  });

  it('equals the regex definition on random strings', () => {
    const rng = createRng(11);
    const alphabet = ['a', 'B', 'z', '0', '1', '9', ' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '-', '.', 'ß', 'é', '#', '\n'];
    for (let n = 0; n < 3000; n++) {
      const len = rng.int(14);
      let m = '';
      let d = '';
      for (let i = 0; i < len; i++) m += alphabet[rng.int(alphabet.length)]!;
      for (let i = 0; i < 6; i++) d += alphabet[rng.int(alphabet.length)]!;
      expect(payeeKey(row(m, d))).toBe(payeeKeyByRegex(row(m, d)));
    }
  });
});

/** Up's current export header */
const UP_HEADER = 'Time,BSB / Account Number,Account Name,Transaction Type,Payee,Description,Category,Tags,Subtotal (AUD),Currency,Subtotal (Transaction Currency),Round Up (AUD),Total (AUD),Payment Method,Settled Date';

describe('channelOf', () => {
  it('a card payment abroad is a card payment whatever its currency prints like', () => {
    const row = (description: string) => ({ description, bankCategory: 'Travel / Holidays', category: 'Travel' }) as CategorizedTransaction;
    // Macquarie prints the place, the country and the amount in its currency, trimmed
    expect(channelOf(row('CAFE BLUE TOKYO JPN JPY 13267'))).toBe('card');
    expect(channelOf(row('TAXI OCEAN KUTA IDN IDR 1322880'))).toBe('card');
    expect(channelOf(row('SURF SHOP CENTRAL NADI FJI FJD 66.9'))).toBe('card');
    expect(channelOf(row('SHOP 4 LONDON GBR GBP 12.50'))).toBe('card');
    // three capitals and a number that are no currency: still no channel marker
    expect(channelOf(row('QUANTA MEMBERSHIPS REF 20931'))).toBe('other');
    expect(channelOf(row('ACME PTY 2024'))).toBe('other');
    // a code inside the narrative is no amount abroad: only at its end, where the bank prints it
    expect(channelOf(row('TRY 2 WIN MEMBERSHIP 4411'))).toBe('other');
  });

  it('a payment opens with ONLINE and a number (NAB, Westpac); a biller named ONLINE with its reference does not', () => {
    const row = (description: string) => ({ description, bankCategory: null, category: 'Uncategorized' }) as CategorizedTransaction;
    expect(channelOf(row('ONLINE 4455667 Payment H ZHANG'))).toBe('transfer');
    expect(channelOf(row('WITHDRAWAL ONLINE 1302282 INV H KING ELECTRICAL'))).toBe('transfer');
    // ANZ prints a direct debit as the biller, a run of spaces and its reference
    expect(channelOf(row('FLEXIGYM ONLINE         962237'))).toBe('other');
  });

  it('reads the channel from an Up row\'s transaction type, kept beside its category', async () => {
    const { parseBankCsv } = await import('../csv');
    const csv = [
      UP_HEADER,
      '2026-09-14T09:00:00+10:00,633-123 123456789,Spending,Direct Debit,Nimbus Digital,Nimbus Digital,tv-and-music,"",-49.99,AUD,-49.99,"",-49.99,Direct Debit,2026-09-14',
      '2026-09-13T12:00:00+10:00,633-123 123456789,Spending,Purchase,Woolworths,Woolworths Sydney,groceries,"",-45.68,AUD,-45.68,"",-45.68,Card,2026-09-13',
    ].join('\n');
    const parsed = parseBankCsv(new TextEncoder().encode(csv), { fileName: 'up.csv' });
    expect(parsed.errors).toEqual([]);
    const byMerchant = new Map(parsed.transactions.map((t) => [t.merchant, channelOf({ ...t, category: 'Uncategorized' })]));
    expect(Object.fromEntries(byMerchant)).toEqual({ 'NIMBUS DIGITAL': 'direct-debit', WOOLWORTHS: 'card' });
  });

  it('a payment whose memo the rules read as a fee is still a payment; a bank fee is a fee', async () => {
    const { parseAndCategorize } = await import('../pipeline');
    const csv = [
      UP_HEADER,
      // Up files the payment's memo as its description
      '2026-09-14T09:00:00+10:00,633-123 123456789,Spending,Payment,J Westbrook Holdings,release fee,"","",-4444.93,AUD,-4444.93,"",-4444.93,"",2026-09-14',
      '2026-09-13T12:00:00+10:00,633-123 123456789,Spending,Fee,Up,International transaction fee,"","",-1.20,AUD,-1.20,"",-1.20,"",2026-09-13',
    ].join('\n');
    const { transactions } = parseAndCategorize(new TextEncoder().encode(csv), { fileName: 'up.csv' });
    expect(transactions.map((t) => [t.category, channelOf(t)])).toEqual([
      ['Personal Payments', 'transfer'],
      ['Fees', 'fee'],
    ]);
    // filed under Fees (a user's rule), it is still money sent by transfer
    expect(channelOf({ ...transactions[0]!, category: 'Fees' })).toBe('transfer');
  });
});

describe('foreignCurrency', () => {
  it('reads the currency of a foreign amount, with or without cents, and before a CommBank value date', () => {
    expect(foreignCurrency('NETFLIX.COM SAN FRANCISCO CA USA Card xx4147 USD 22.00 Value Date: 01/02/2026')).toBe('USD');
    expect(foreignCurrency('FAMILYMART TOKYO JPN JPY 13267')).toBe('JPY');
    // rupiah have no cents: the amount is a whole number, and CommBank's value date follows it
    expect(foreignCurrency('GRAB *RIDE DENPASAR ID IDN Card xx1895 IDR 1251700 Value Date: 24/10/2022')).toBe('IDR');
    expect(foreignCurrency('WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234 Value Date: 28/03/2026')).toBeNull();
    // a three-letter word before a number is no currency
    expect(foreignCurrency('THE BAR 1234 Value Date: 28/03/2026')).toBeNull();
  });
});
