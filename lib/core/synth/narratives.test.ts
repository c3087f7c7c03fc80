import { describe, expect, it } from 'vitest';
import {
  bankCategoryHint,
  macquarieCategory,
  macquarieDetails,
  nabCategory,
  nabTransactionType,
  renderNarrative,
  upCategory,
  upTransactionType,
  westpacCode,
} from './narratives';
import type { NarrativeSpec } from './types';

const facts = { date: '2026-04-10', amountCents: -4999, merchant: 'Linkt' };
const S: Record<string, NarrativeSpec> = {
  dd: { channel: 'direct-debit', raw: 'LINKT BRISBANE', biller: '062934', ref: '1234567890', n: 21 },
  bpay: { channel: 'bpay', raw: 'AGL SALES PTY LTD', biller: '23796', ref: '4021234567', n: 22 },
  refund: { channel: 'refund', raw: 'JB HI-FI', suburb: 'CHATSWOOD', state: 'NSW', card: '4147', n: 23 },
  foreign: {
    channel: 'card',
    raw: 'OPENAI *CHATGPT SUBSCR',
    suburb: 'SYDNEY',
    state: 'NSW',
    online: true,
    card: '4147',
    foreign: { currency: 'USD', amount: '22.00', city: 'SAN FRANCISCO', country: 'USA', region: 'CA' },
    valueDate: '2026-04-08',
    n: 25,
  },
  atm: { channel: 'atm', raw: 'CBA ATM', suburb: 'TOWN HALL', state: 'NSW', card: '4147', n: 26 },
  fee: { channel: 'fee', raw: 'foreign', n: 27 },
  payin: { channel: 'pay-in', raw: 'J SMITH', memo: 'footy', n: 29 },
  wallet: { channel: 'card', raw: 'BLACK STAR COFFEE', suburb: 'NEWTOWN', state: 'NSW', card: '4147', wallet: true, n: 30 },
  short: { channel: 'card', raw: 'KMART 1046', suburb: 'PARRAMATTA', state: 'NSW', card: '4147', n: 32 },
  own: { channel: 'transfer-in', raw: 'Rainy Day', account: '55512733', n: 33 },
  govt: { channel: 'credit', raw: 'CENTRELINK', biller: '062895', ref: '123456789K', n: 34 },
};
const all = (bank: Parameters<typeof renderNarrative>[0]): Record<string, string> =>
  Object.fromEntries(Object.entries(S).map(([k, s]) => [k, renderNarrative(bank, s, facts)]));

describe('renderNarrative', () => {
  it('CommBank: card suffixes, value dates, Tap and Pay, foreign amounts, direct debit ids, own vs person transfers', () => {
    expect(all('commbank')).toEqual({
      dd: 'Direct Debit 062934 LINKT BRISBANE 1234567890',
      bpay: 'BPAY AGL SALES PTY LTD 23796 4021234567',
      refund: 'Return JB HI-FI CHATSWOOD NS AUS Card xx4147',
      foreign: 'OPENAI *CHATGPT SUBSCR SAN FRANCISCO CA USA Card xx4147 USD 22.00 Value Date: 08/04/2026',
      atm: 'Wdl ATM CBA ATM TOWN HALL NSW 314925 AUS',
      fee: 'Foreign Currency Conversion Fee',
      payin: 'Fast Transfer From J SMITH to PayID Phone footy',
      wallet: 'BLACK STAR COFFEE NEWTOWN NS AUS Tap and Pay xx4147',
      short: 'KMART 1046 PARRAMATTA NSW AU',
      own: 'Transfer from xx2733 CommBank App',
      govt: 'Direct Credit 062895 CENTRELINK 123456789K',
    });
  });

  it('ANZ: VISA DEBIT lines, padded BPAY, funds transfers by account number', () => {
    expect(all('anz')).toMatchObject({
      bpay: 'ANZ INTERNET BANKING BPAY AGL SALES PTY LTD         {4021234567}',
      refund: 'VISA DEBIT DEPOSIT CARD 4147 JB HI-FI CHATSWOOD',
      foreign: 'VISA DEBIT PURCHASE CARD 4147 OPENAI *CHATGPT SUBSCR SAN FRANCISCO USD 22.00',
      wallet: 'VISA DEBIT PURCHASE CARD 4147 BLACK STAR COFFEE NEWTOWN',
      own: 'ANZ INTERNET BANKING FUNDS TFER TRANSFER 028062 FROM 55512733',
      govt: 'PAYMENT FROM CENTRELINK 123456789K',
    });
  });

  it('Westpac: padded card lines with the card number, payment by authority, Osko', () => {
    expect(all('westpac')).toMatchObject({
      dd: 'PAYMENT BY AUTHORITY TO LINKT BRISBANE 1234567890',
      refund: 'DEBIT CARD REFUND JB HI-FI CHATSWOOD      AUS Card No. ~004147',
      wallet: 'DEBIT CARD PURCHASE BLACK STAR COFFEE NEWTOWN AUS Card No. ~004147',
      payin: 'DEPOSIT-OSKO PAYMENT 9749575 J SMITH footy',
      fee: 'FOREIGN TRANSACTION FEE',
    });
  });

  it('NAB: card suffix and purchase date first, reference last', () => {
    expect(all('nab')).toMatchObject({
      dd: 'LINKT BRISBANE 1234567890',
      foreign: 'V4147 08/04 OPENAI *CHATGPT SUBSCR SAN FRANCISCO USD 22.00 74940853833',
      wallet: 'V4147 10/04 BLACK STAR COFFEE NEWTOWN 74940153960',
      own: 'ONLINE 5739374 NAB Reward Saver Linked Acc Trns',
    });
  });

  it('ING: payee first, channel, receipt glued to "In", card number', () => {
    expect(all('ing')).toMatchObject({
      dd: 'LINKT BRISBANE - Direct Debit - Receipt 592255 1234567890',
      foreign:
        'OPENAI *CHATGPT SUBSCR SAN FRANCISCO - Visa Purchase - Receipt 950556In SAN FRANCISCO Date 08 Apr 2026 Card 462263xxxxxx4147 Foreign Currency Amount: USD 22.00',
      wallet: 'BLACK STAR COFFEE NEWTOWN - Visa Purchase - Receipt 074909In NEWTOWN Date 10 Apr 2026 Card 462263xxxxxx4147',
      payin: 'J Smith footy - Osko Deposit - Receipt 311460',
      own: 'Internal Transfer - Receipt 816260 From Savings Maximiser 2733',
    });
  });

  it('Macquarie, Up and generic', () => {
    expect(all('macquarie')).toMatchObject({ wallet: 'BLACK STAR COFFEE NEWTOWN NSWAU', own: 'TRANSFER FROM 55512733 INTERNAL TRANSFER' });
    expect(all('up')).toMatchObject({ wallet: 'Linkt', own: 'Transfer from Rainy Day', payin: 'Transfer from J Smith', atm: 'ATM Town Hall' });
    expect(all('generic')).toMatchObject({ wallet: 'BLACK STAR COFFEE NEWTOWN NSW', own: 'TRANSFER FROM SAVINGS 2733', dd: 'LINKT BRISBANE 1234567890' });
  });
});

describe('bank types and categories', () => {
  it("maps channels to each bank's own words", () => {
    expect([S.dd, S.bpay, S.wallet, S.own, S.govt].map((s) => nabTransactionType(s as NarrativeSpec))).toEqual([
      'AUTOMATIC DRAWING',
      'INTERNET BPAY',
      'EFTPOS DEBIT',
      'TRANSFER CREDIT',
      'INTER-BANK CREDIT',
    ]);
    expect(nabTransactionType(S.foreign as NarrativeSpec)).toBe('MISCELLANEOUS DEBIT');
    expect(nabCategory(S.own as NarrativeSpec, 'Transfers')).toBe('Internal transfers');
    expect(nabCategory(S.govt as NarrativeSpec, 'Income')).toBe('Government payments');
    expect(nabCategory(S.payin as NarrativeSpec, 'Refunds')).toBe('Transfers in');
    expect([S.dd, S.fee, S.govt, S.own, S.payin].map((s) => westpacCode(s as NarrativeSpec))).toEqual(['PAYMENT', 'FEE', 'DEP', 'CREDIT', 'CREDIT']);
    expect(macquarieCategory(S.wallet as NarrativeSpec, 'Dining')).toEqual(['Food & Drink', 'Restaurants & Cafes']);
    expect(macquarieDetails({ channel: 'transfer-out', raw: 'x', account: '12342733', n: 1 }, 'Savings')).toBe('To linked account xx2733 - Internal transfer');
    expect(upTransactionType(S.wallet as NarrativeSpec)).toBe('Purchase');
    expect(upCategory(S.wallet as NarrativeSpec, 'Dining')).toBe('Restaurants & Cafes');
    expect(upCategory(S.own as NarrativeSpec, 'Transfers')).toBe('');
    expect(bankCategoryHint('commbank', S.wallet as NarrativeSpec, 'Dining')).toBeNull();
    expect(bankCategoryHint('westpac', S.wallet as NarrativeSpec, 'Dining')).toBe('PAYMENT');
    expect(bankCategoryHint('up', S.own as NarrativeSpec, 'Transfers')).toBe('Transfer');
    expect(bankCategoryHint('macquarie', S.wallet as NarrativeSpec, 'Dining')).toBe('Food & Drink / Restaurants & Cafes');
  });
});
