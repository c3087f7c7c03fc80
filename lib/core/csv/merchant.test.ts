import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanMerchant } from './merchant';

describe('cleanMerchant', () => {
  it.each([
    // CommBank
    ['WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234 Value Date: 28/03/2026', 'commbank', 'WOOLWORTHS'],
    ['WOOLWORTHS 1234 SYDNEY NSW AU', 'commbank', 'WOOLWORTHS'],
    ['NETFLIX.COM SAN FRANCISCO CA USA Card xx4147 USD 22.00 Value Date: 01/02/2026', 'commbank', 'NETFLIX.COM'],
    ['Tap and Pay xx1234 GUZMAN Y GOMEZ NEWTOWN NS AUS', 'commbank', 'GUZMAN Y GOMEZ'],
    ['Direct Debit 062934 LINKT BRISBANE 1234567890', 'commbank', 'LINKT'],
    ['Transfer to xx1624 CommBank App', 'commbank', 'TRANSFER TO XX1624'],
    ['Transfer To D BROWN CommBank App memo', 'commbank', 'TRANSFER TO D BROWN'],
    ['Fast Transfer From JANE CITIZEN to PayID Phone birthday', 'commbank', 'FAST TRANSFER FROM JANE CITIZEN'],
    ['Return WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234', 'commbank', 'WOOLWORTHS'],
    ['KMART BONDI JUNCTION NS AUS', 'commbank', 'KMART'],
    ['NETFLIX.COM MELBOURNE VIC AU', 'commbank', 'NETFLIX.COM'],
    ['SQ *COFFEE CART SYDNEY NS AUS', 'commbank', 'COFFEE CART'],
    ['PAYPAL *NETFLIX 4029357733 AUS', 'commbank', 'NETFLIX'],
    // ANZ
    ['VISA DEBIT PURCHASE CARD 1111 WOOLWORTHS 1234 SYDNEY', 'anz', 'WOOLWORTHS'],
    ['ANZ INTERNET BANKING FUNDS TFER TRANSFER 123456 TO 259677261', 'anz', 'TRANSFER TO 259677261'],
    ['ANZ MOBILE BANKING PAYMENT 110245 TO JOHN SMITH', 'anz', 'JOHN SMITH'],
    // a payee whose last word reads like a place is still the payee (it was "PAYMENT TO", one payee for all such)
    ['ANZ MOBILE BANKING PAYMENT 280676 TO COINVEST AU', 'anz', 'COINVEST'],
    ['ANZ INTERNET BANKING PAYMENT 708931 TO K NGUYEN', 'anz', 'K NGUYEN'],
    ['Transfer To COINVEST AU CommBank App invoice 4471', 'commbank', 'TRANSFER TO COINVEST AU'],
    ['Transfer to Coinvest Au - deposit', 'macquarie', 'TRANSFER TO COINVEST AU'],
    ['ANZ INTERNET BANKING BPAY   TELSTRA       {123456}', 'anz', 'TELSTRA'],
    ['PAY/SALARY FROM ACME PTY LTD', 'anz', 'ACME PTY LTD'],
    // NAB
    ['V4893 02/08 WOOLWORTHS 3301 SYDNEY 74940526123456789', 'nab', 'WOOLWORTHS'],
    ['MISCELLANEOUS DEBIT V4893 02/08 UBER *TRIP SYDNEY 749405261234', 'nab', 'UBER *TRIP'],
    ['INTERNET BPAY TELSTRA 987654321', 'nab', 'TELSTRA'],
    ['ONLINE 4455667 Payment H ZHANG', 'nab', 'H ZHANG'],
    ['ONLINE A123456 SAVINGS LINKED ACC TRNS', 'nab', 'SAVINGS LINKED ACC TRNS'],
    // Westpac
    ['DEBIT CARD PURCHASE COLES 0710 SYDNEY       AUS Card No. ~007002', 'westpac', 'COLES'],
    ['EFTPOS DEBIT BP EXPRESS 1234 SYDNEY AU', 'westpac', 'BP EXPRESS'],
    ['PAYMENT BY AUTHORITY TO ORIGIN ENERGY 123456789', 'westpac', 'ORIGIN ENERGY'],
    ['BPAY BILL PAYMENT 451203 TO AGL ENERGY 99887766', 'westpac', 'AGL ENERGY'],
    // ING
    ['WOOLWORTHS 1234 SYDNEY - Visa Purchase - Receipt 123456In SYDNEY Date 29 Nov 2025 Card 462263xxxxxx1234', 'ing', 'WOOLWORTHS'],
    ['CAFE ECLAIR NEWTOWN - Visa Purchase - Receipt 123456In NEWTOWN Date 29 Nov 2025 Card 462263xxxxxx1234', 'ing', 'CAFE ECLAIR'],
    ['AGL ENERGY - Direct Debit - Receipt 223344', 'ing', 'AGL ENERGY'],
    // a pay names its payer only after the receipt: two employers must not share one key
    ['Salary - Salary Deposit - Receipt 202021 From ACME PTY LTD', 'ing', 'ACME PTY LTD'],
    ['Salary - Salary Deposit - Receipt 511722 From UNIVERSITY OF SYDNEY', 'ing', 'UNIVERSITY OF SYDNEY'],
    // without "From" too: the payer is whatever follows the receipt
    ['Salary - Salary Deposit - Receipt 697512 KPMG AUSTRALIA', 'ing', 'KPMG AUSTRALIA'],
    // a city the name is "of" stays: two employers must not become "UNIVERSITY OF"
    ['University Of Melbourne', 'up', 'UNIVERSITY OF MELBOURNE'],
    ['BANK OF MELBOURNE', 'commbank', 'BANK OF MELBOURNE'],
    ['NETFLIX.COM MELBOURNE', 'commbank', 'NETFLIX.COM'],
    ['Internal Transfer - Receipt 556677 To Savings Maximiser 1182', 'ing', 'INTERNAL TRANSFER'],
    // Macquarie
    ['To linked account xx2733 - Internal transfer', 'macquarie', 'TO LINKED ACCOUNT XX2733'],
    ['Woolworths', 'macquarie', 'WOOLWORTHS'],
  ] as const)('%s (%s) -> %s', (input, format, expected) => {
    expect(cleanMerchant(input, format)).toBe(expected);
  });

  it('a person-to-person payment\'s memo is not part of the payee: one person is one payee whatever the memo says', () => {
    const one = (ds: string[], format: 'westpac' | 'ing' | 'nab') => new Set(ds.map((d) => cleanMerchant(d, format)));
    expect(one(['WITHDRAWAL-OSKO PAYMENT 1130528 M WALKER pocket money', 'WITHDRAWAL-OSKO PAYMENT 0946974 M WALKER rent', 'WITHDRAWAL-OSKO PAYMENT 4693600 M WALKER'], 'westpac')).toEqual(
      new Set(['WITHDRAWAL-OSKO PAYMENT M WALKER']),
    );
    expect(one(['G Baker groceries - Osko Payment - Receipt 368742', 'G Baker uber - Osko Payment - Receipt 344444', 'G Baker - Osko Payment - Receipt 344445'], 'ing')).toEqual(new Set(['G BAKER']));
    expect(cleanMerchant('Noah Hughes as discussed - Osko Deposit - Receipt 139008', 'ing')).toBe('NOAH HUGHES');
    // a tradie's business name in capitals stays whole; only the lowercase memo goes
    expect(cleanMerchant('WITHDRAWAL-OSKO PAYMENT 8304854 M KENNEDY HANDYMAN SERVICES quote', 'westpac')).toBe('WITHDRAWAL-OSKO PAYMENT M KENNEDY HANDYMAN SERVICES');
    // all capitals: the memo cannot be told from the name, and stays
    expect(cleanMerchant('PAYMENT FROM E SMITH DRINKS', 'anz')).toBe('PAYMENT FROM E SMITH DRINKS');
    // NAB prints the memo first ("Payment" when there is none)
    expect(one(['ONLINE 4455667 Payment H ZHANG', 'ONLINE 5566778 bike H ZHANG', 'ONLINE 6677889 as discussed H ZHANG'], 'nab')).toEqual(new Set(['H ZHANG']));
    expect(cleanMerchant('ONLINE 4455667 thanks MOSAIC MEDIA PTY LTD', 'nab-legacy')).toBe('MOSAIC MEDIA PTY LTD');
    // a memo in capitals, or a name in title case, cannot be told apart: the narrative stays whole
    expect(cleanMerchant('ONLINE 4455667 INV J YOUNG', 'nab')).toBe('INV J YOUNG');
    // a number among the memo's words is the memo's, not the start of the name
    expect(cleanMerchant('ONLINE 3062384 invoice 4471 R OKAFOR', 'nab')).toBe('R OKAFOR');
    expect(cleanMerchant('ONLINE 4455667 Payment John Young', 'nab')).toBe('PAYMENT JOHN YOUNG');
    // a name written in lowercase is not cut into nothing
    expect(cleanMerchant('g baker groceries - Osko Payment - Receipt 368742', 'ing')).toBe('G BAKER GROCERIES');
  });

  it('without a format still strips ING receipts and card numbers', () => {
    expect(cleanMerchant('WOOLWORTHS 1234 SYDNEY - Visa Purchase - Receipt 123456In SYDNEY Date 29 Nov 2025 Card 462263xxxxxx1234')).toBe('WOOLWORTHS');
  });

  it('is stable: the same merchant on different days, cards and store numbers', () => {
    const names = new Set([
      cleanMerchant('WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234 Value Date: 28/03/2026', 'commbank'),
      cleanMerchant('WOOLWORTHS 4411 PARRAMATTA NS AUS Card xx9999 Value Date: 01/04/2026', 'commbank'),
      cleanMerchant('WOOLWORTHS 0042 BONDI JUNCTION NSW AU', 'commbank'),
    ]);
    expect(names).toEqual(new Set(['WOOLWORTHS']));
  });

  it('keeps a leading number that is part of the name', () => {
    expect(cleanMerchant('99 BIKES 1234 ALEXANDRIA NS AUS', 'commbank')).toBe('99 BIKES');
  });

  it('keeps "ON THE BAY" and similar names whole', () => {
    expect(cleanMerchant('CAFE ON THE BAY')).toBe('CAFE ON THE BAY');
  });

  it('falls back to the uppercased text rather than an empty name', () => {
    expect(cleanMerchant('1234567')).toBe('1234567');
    expect(cleanMerchant('  interest   paid ')).toBe('INTEREST PAID');
    expect(cleanMerchant('')).toBe('');
  });

  it('always returns trimmed, single-spaced, uppercase text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const m = cleanMerchant(s);
        expect(m).toBe(m.trim());
        expect(m).not.toMatch(/\s{2,}/);
        expect(m).toBe(m.toUpperCase());
        if (s.trim() !== '' && /[a-z0-9]/i.test(s)) expect(m.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
