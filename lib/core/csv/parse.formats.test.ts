/**
 * One test group per bank layout, on the synthetic fixtures in ./fixtures:
 * exact dates, cents, kinds and merchants, plus the traps each one carries.
 */
import { describe, expect, it } from 'vitest';
import fs from '@/lib/testing/fs';
import path from 'node:path';
import type { ParseResult } from '../types';
import { parseBankCsv } from './parse';
import { binaryFixtures } from './fixtures/make-binary';
import { cleanMerchant } from './merchant';
import { MERCHANT_FROM_NARRATIVE } from './layouts';
import { generateHousehold, toBankCsv } from '../synth';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');

function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

function parseFixture(name: string): ParseResult {
  return parseBankCsv(fixture(name), { fileName: name });
}

/** [line, date, cents, kind, merchant] per transaction */
function rows(r: ParseResult): [number, string, number, string, string][] {
  return r.transactions.map((t) => [t.line, t.date, t.amountCents, t.kind, t.merchant]);
}

describe('CommBank (no header, CRLF, quoted signed amounts)', () => {
  const r = parseFixture('commbank.csv');

  it('is detected by shape, day-first', () => {
    expect(r.format).toBe('commbank');
    expect(r.confidence).toBeGreaterThanOrEqual(0.8);
    expect(r.dateOrder).toBe('dmy');
    expect(r.header).toBeNull();
    expect(r.warnings).toEqual([]);
  });

  it('reads every good row exactly', () => {
    expect(rows(r)).toEqual([
      [1, '2026-03-14', -1799, 'normal', 'WOOLWORTHS'],
      [2, '2026-03-14', -4550, 'normal', 'NETFLIX.COM'],
      [3, '2026-03-15', -8940, 'normal', 'LINKT'],
      [4, '2026-03-16', -50000, 'transfer', 'TRANSFER TO XX1624'],
      [5, '2026-03-16', -5000, 'normal', 'TRANSFER TO D BROWN'],
      [6, '2026-03-17', 320000, 'normal', 'SALARY ACME PTY LTD'],
      [7, '2026-03-18', 1799, 'normal', 'WOOLWORTHS'],
      [8, '2026-03-19', -1230, 'normal', 'GUZMAN Y GOMEZ'],
      [9, '2026-03-20', -800, 'normal', 'CAFE "THE DAILY GRIND"'],
      [12, '2026-03-22', 20000, 'transfer', 'TRANSFER FROM XX1624'],
      [13, '2026-03-22', 2500, 'normal', 'FAST TRANSFER FROM JANE CITIZEN'],
    ]);
  });

  it('keeps balances, raw narratives (embedded commas and quotes) and no account', () => {
    const t = r.transactions;
    expect(t[0]?.balanceCents).toBe(517105);
    expect(t[0]?.description).toBe('WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234 Value Date: 12/03/2026');
    expect(t[4]?.description).toBe('Transfer To D BROWN CommBank App dinner, thanks');
    expect(t[8]?.description).toBe('CAFE "THE DAILY GRIND" SYDNEY NS AUS');
    expect(t.every((x) => x.account === null && x.bankCategory === null)).toBe(true);
  });

  it('reports the bad date and the bad amount with line and field, and keeps the rest', () => {
    expect(r.errors).toEqual([
      { line: 10, field: 'Date', message: 'Not a valid date: "31/02/2026" (read day-first)' },
      { line: 11, field: 'Amount', message: 'Not an amount: "-1.0O"' },
    ]);
  });
});

describe('CommBank credit card (empty balance, identical rows, ambiguous dates)', () => {
  const r = parseFixture('commbank-credit-card.csv');

  it('keeps all ten identical $4.00 coffees', () => {
    const coffees = r.transactions.filter((t) => t.amountCents === -400);
    expect(coffees).toHaveLength(10);
    expect(coffees.map((t) => t.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(coffees.map((t) => `${t.date}|${t.merchant}`))).toEqual(new Set(['2026-03-05|BAY CAFE']));
  });

  it('has no balance', () => {
    expect(r.transactions.every((t) => t.balanceCents === null)).toBe(true);
  });

  it('reads ambiguous dates day-first and says so', () => {
    expect(r.format).toBe('commbank');
    expect(r.dateOrder).toBe('dmy');
    expect(r.transactions.at(-1)).toMatchObject({ date: '2026-03-07', amountCents: -12900, merchant: 'JB HI FI' });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: 0, field: 'Date' });
    expect(r.warnings[0]?.message).toMatch(/day-first/);
    expect(r.errors).toEqual([]);
  });
});

describe('ANZ', () => {
  it('new exports: quoted two-decimal amounts; own-account transfers by account number', () => {
    const r = parseFixture('anz-new.csv');
    expect(r.format).toBe('anz');
    expect(r.errors).toEqual([]);
    expect(rows(r)).toEqual([
      [1, '2026-03-14', -70500, 'normal', 'RENTPAY'],
      [2, '2026-03-15', -6420, 'normal', 'WOOLWORTHS'],
      [3, '2026-03-16', 310000, 'normal', 'ACME PTY LTD PAYROLL'],
      [4, '2026-03-17', -100000, 'transfer', 'TRANSFER TO 259677261'],
      [5, '2026-03-18', -8000, 'normal', 'JOHN SMITH'],
      [6, '2026-03-19', 1250, 'normal', 'KMART'],
      [7, '2026-03-20', 25000, 'transfer', 'TRANSFER FROM 259677261'],
    ]);
    // BPAY padding kept in the raw narrative
    expect(r.transactions[0]?.description).toBe('ANZ INTERNET BANKING BPAY   RENTPAY        {123456}');
  });

  it('old exports: unquoted, trimmed decimals', () => {
    const r = parseFixture('anz-old.csv');
    expect(r.format).toBe('anz');
    expect(r.errors).toEqual([]);
    expect(rows(r)).toEqual([
      [1, '2017-11-30', -1460, 'normal', 'MCDONALDS'],
      [2, '2017-11-30', -2000, 'normal', 'ATM WITHDRAWAL ANZ ATM'],
      [3, '2017-12-01', 51820, 'normal', 'ACME PTY LTD'],
      [4, '2017-12-02', -350, 'normal', '7-ELEVEN'],
    ]);
  });
});

describe('Westpac (header, debit/credit columns, several accounts)', () => {
  const r = parseFixture('westpac.csv');

  it('is detected by header', () => {
    expect(r.format).toBe('westpac');
    expect(r.confidence).toBe(0.99);
    expect(r.header).toBe('bank account,date,narrative,debit amount,credit amount,balance,categories,serial');
  });

  it('signs debits negative and credits positive, per account', () => {
    expect(rows(r)).toEqual([
      [2, '2026-03-14', -5420, 'normal', 'COLES'],
      [3, '2026-03-15', -21000, 'normal', 'ORIGIN ENERGY'],
      [4, '2026-03-16', -30000, 'transfer', 'TFR WESTPAC CHO SAVINGS'],
      [5, '2026-03-16', 30000, 'transfer', 'TFR WESTPAC CHO SAVINGS'],
      [6, '2026-03-17', 300000, 'normal', 'ACME PTY LTD SALARY'],
      [7, '2026-03-18', -6510, 'normal', 'BP EXPRESS'],
      [8, '2026-03-19', -500, 'normal', 'MONTHLY ACCOUNT FEE'],
      [9, '2026-03-20', -3000, 'normal', '"JOE\'S" PIZZA, BAR'],
      [10, '2026-03-21', 123, 'normal', 'INTEREST PAID'],
      // paired across the two accounts: same day, same amount, both narrated as transfers
      [11, '2026-03-22', -10000, 'transfer', 'TFR TO SAVINGS'],
      [12, '2026-03-22', 10000, 'transfer', 'TFR FROM EVERYDAY'],
      // a transfer to a person has no matching credit: ordinary spend
      [13, '2026-03-23', -10000, 'normal', 'TFR J SMITH RENT'],
    ]);
    expect(new Set(r.transactions.map((t) => t.account))).toEqual(new Set(['032000123456', '032000654321']));
    expect(r.transactions[0]).toMatchObject({ balanceCents: 194580, bankCategory: 'OTHER' });
  });

  it('reports a row with neither debit nor credit', () => {
    expect(r.errors).toEqual([{ line: 14, field: 'Debit Amount', message: 'Neither Debit Amount nor Credit Amount has an amount' }]);
  });
});

describe('NAB current (header with an empty 4th column)', () => {
  it('10 columns: pending skipped, merchant from Merchant Name, transfers by category and narrative', () => {
    const r = parseFixture('nab.csv');
    expect(r.format).toBe('nab');
    expect(r.dateOrder).toBe('dmy');
    expect(rows(r)).toEqual([
      [2, '2026-04-13', -900, 'normal', 'CAFE GIGI'],
      [4, '2026-04-10', -1495, 'normal', 'WOOLWORTHS'],
      [5, '2026-04-09', -25000, 'transfer', 'SAVINGS LINKED ACC TRNS'],
      [6, '2026-04-08', -12000, 'normal', 'AGL'],
      [7, '2026-04-07', -6000, 'normal', 'TELSTRA'],
      [8, '2026-04-06', 150000, 'normal', 'ACME PTY LTD SALARY'],
    ]);
    expect(r.transactions[0]).toMatchObject({
      description: 'V4893 11/04 CAFE "GIGI", SURRY HILLS 7494',
      account: '083-123 12-345-6789',
      bankCategory: 'Eating out',
      balanceCents: 197605,
    });
    expect(r.skipped).toBe(1);
    expect(r.warnings).toEqual([{ line: 3, message: 'Pending transaction skipped (PURCHASE AUTHORISATION)' }]);
    expect(r.errors).toEqual([{ line: 9, field: 'Date', message: 'Not a valid date: "32 Apr 26"' }]);
  });

  it('9 columns (2022–24, no Processed On)', () => {
    const r = parseFixture('nab-9col.csv');
    expect(r.format).toBe('nab');
    expect(r.errors).toEqual([]);
    expect(rows(r)).toEqual([
      [2, '2023-06-05', -3210, 'normal', 'BUNNINGS'],
      [3, '2023-06-04', -10000, 'transfer', 'LINKED ACC TRNS'],
      [4, '2023-06-03', -4500, 'normal', 'ONLINE J SMITH CONCERT TIX'],
    ]);
  });
});

describe('NAB older (no header, DD-Mon-YY)', () => {
  it('reads the 8-column shape, skips pending, finds linked-account transfers', () => {
    const r = parseFixture('nab-legacy.csv');
    expect(r.format).toBe('nab-legacy');
    expect(rows(r)).toEqual([
      [1, '2017-11-30', -1495, 'normal', 'WOOLWORTHS'],
      [3, '2017-12-02', 250000, 'normal', 'ACME PTY LTD SALARY'],
      [4, '2017-12-03', -30000, 'transfer', 'LINKED ACC TRNS'],
    ]);
    expect(r.transactions[0]).toMatchObject({ balanceCents: 198505, bankCategory: 'MISCELLANEOUS DEBIT' });
    expect(r.skipped).toBe(1);
    expect(r.warnings.map((w) => w.line)).toEqual([2]);
  });

  it('reads the quoted variant with + on the balance and DD Mon YY dates', () => {
    const r = parseFixture('nab-legacy-quoted.csv');
    expect(r.format).toBe('nab-legacy');
    expect(rows(r)).toEqual([
      [1, '2017-12-04', -1000, 'normal', 'BP'],
      [2, '2017-12-05', -220, 'normal', '7-ELEVEN'],
    ]);
    expect(r.transactions[0]?.balanceCents).toBe(417505);
  });
});

describe('ING', () => {
  const r = parseFixture('ing.csv');

  it('takes the payee before " - ", debit already negative, internal transfers', () => {
    expect(r.format).toBe('ing');
    expect(r.errors).toEqual([]);
    expect(rows(r)).toEqual([
      [2, '2025-11-29', -6420, 'normal', 'WOOLWORTHS'],
      [3, '2025-11-28', -14000, 'normal', 'AGL ENERGY'],
      [4, '2025-11-27', 300000, 'normal', 'ACME PTY LTD'],
      [5, '2025-11-26', -40000, 'normal', 'JANE CITIZEN "RENT"'],
      [6, '2025-11-25', -50000, 'transfer', 'INTERNAL TRANSFER'],
      [7, '2025-11-24', 20000, 'transfer', 'INTERNAL TRANSFER'],
    ]);
    expect(r.transactions[3]?.balanceCents).toBe(-86000);
  });
});

describe('Macquarie', () => {
  const r = parseFixture('macquarie.csv');

  it('uses Details as merchant, Original Description as narrative, trimmed unsigned debit/credit', () => {
    expect(r.format).toBe('macquarie');
    expect(r.errors).toEqual([]);
    expect(rows(r)).toEqual([
      [2, '2026-04-10', -6420, 'normal', 'WOOLWORTHS'],
      [3, '2026-04-09', -500000, 'transfer', 'TO LINKED ACCOUNT XX2733'],
      [4, '2026-04-08', 320000, 'normal', 'ACME PTY LTD'],
      [5, '2026-04-07', -51820, 'transfer', 'TO INVESTMENT ACCOUNT'],
      [6, '2026-04-06', -5000, 'normal', 'JANE CITIZEN'],
    ]);
    expect(r.transactions[0]).toMatchObject({
      description: 'WOOLWORTHS 1234 SYDNEY AU',
      account: 'Everyday ******2733',
      bankCategory: 'Groceries / Supermarkets',
      balanceCents: 493580,
    });
  });
});

describe('Up', () => {
  it('current: maps by header name, splits round-ups off as transfers, skips the unsettled card purchase', () => {
    const r = parseFixture('up.csv');
    expect(r.format).toBe('up');
    expect(r.dateOrder).toBe('ymd');
    expect(r.errors).toEqual([]);
    expect(rows(r)).toEqual([
      // 23:50 +10:00 stays on the 21st: the local calendar date as written
      [3, '2026-09-21', -2000, 'normal', 'LATE NIGHT PIZZA'],
      [4, '2026-09-21', -4568, 'normal', 'WOOLWORTHS'],
      [4, '2026-09-21', -32, 'transfer', 'ROUND UP'],
      [5, '2026-09-20', -20000, 'transfer', 'SAVINGS'],
      [6, '2026-09-19', 300000, 'normal', 'ACME PTY LTD'],
      [7, '2026-09-18', -3500, 'normal', 'JANE CITIZEN'],
    ]);
    expect(r.transactions[1]).toMatchObject({ description: 'Woolworths Sydney', account: '633-123 123456789', bankCategory: 'groceries / Purchase' });
    expect(r.transactions[2]).toMatchObject({ description: 'Round Up', bankCategory: 'Round Up' });
    expect(r.skipped).toBe(1);
    expect(r.warnings).toEqual([{ line: 2, message: 'Pending transaction skipped (no Settled Date)' }]);
  });

  it('2021 layout: same width, different columns (Fee before Round Up)', () => {
    const r = parseFixture('up-2021.csv');
    expect(r.format).toBe('up');
    expect(r.errors).toEqual([]);
    expect(r.skipped).toBe(0);
    expect(rows(r)).toEqual([
      [2, '2021-02-01', -3760, 'normal', 'BUNNINGS'],
      [2, '2021-02-01', -40, 'transfer', 'ROUND UP'],
      [3, '2021-01-30', -1199, 'normal', 'SPOTIFY'],
      [3, '2021-01-30', -30, 'normal', 'SPOTIFY'],
      [4, '2021-01-29', -10000, 'transfer', 'TRANSFER TO RAINY DAY'],
      [5, '2021-01-28', -1200, 'normal', 'IGA'],
    ]);
    expect(r.transactions[3]).toMatchObject({ description: 'Spotify USA (fee)', bankCategory: 'Fee' });
  });
});

describe('generic layouts with a header', () => {
  it('Date, Description, Amount: ten identical rows all kept', () => {
    const r = parseFixture('generic-amount.csv');
    expect(r.format).toBe('generic');
    expect(r.errors).toEqual([]);
    expect(r.transactions).toHaveLength(13);
    expect(r.transactions.slice(0, 10).every((t) => t.date === '2024-03-05' && t.amountCents === -400 && t.merchant === 'BEAN THERE CAFE')).toBe(true);
    expect(rows(r).slice(10)).toEqual([
      [12, '2024-03-13', -150000, 'normal', 'RENT, UNIT 4'],
      [13, '2024-03-14', -20000, 'transfer', 'INTERNAL TRANSFER TO SAVINGS'],
      [14, '2024-03-15', -1250, 'normal', 'REFUND (PARTIAL)'],
    ]);
  });

  it('Withdrawal/Deposit synonyms in any order, $ and thousands separators', () => {
    const r = parseFixture('generic-debit-credit.csv');
    expect(r.format).toBe('generic');
    expect(rows(r)).toEqual([
      [2, '2025-01-12', -6420, 'normal', 'WOOLWORTHS'],
      [3, '2025-01-13', 300000, 'normal', 'ACME SALARY'],
      [4, '2025-01-14', -123456, 'normal', 'BIG PURCHASE'],
    ]);
    expect(r.transactions.map((t) => t.balanceCents)).toEqual([193580, 493580, 370124]);
    expect(r.errors).toEqual([{ line: 5, field: 'Withdrawal', message: 'Not an amount: "12.3.4"' }]);
  });

  it('semicolons, lines before the header, ISO dates', () => {
    const r = parseFixture('generic-preamble-semicolon.csv');
    expect(r.format).toBe('generic');
    expect(r.header).toBe('date,narrative,amount');
    expect(rows(r)).toEqual([
      [5, '2025-01-14', -2299, 'normal', 'NETFLIX.COM'],
      [6, '2025-01-15', -10000, 'transfer', 'TRANSFER TO XX9999 SAVINGS'],
    ]);
    expect(r.warnings).toEqual([{ line: 1, message: 'Ignored 2 line(s) before the header row' }]);
  });

  it('month-first when a second component exceeds 12', () => {
    const r = parseFixture('generic-mdy.csv');
    expect(r.dateOrder).toBe('mdy');
    expect(r.transactions.map((t) => t.date)).toEqual(['2025-01-02', '2025-01-25']);
    expect(r.warnings).toEqual([]);
  });

  it('conflicting date orders: a line-0 error and the rows that do not fit', () => {
    const r = parseFixture('conflicting-dates.csv');
    expect(r.dateOrder).toBe('dmy');
    expect(r.transactions.map((t) => [t.line, t.date])).toEqual([
      [2, '2025-01-25'],
      [4, '2025-01-26'],
    ]);
    expect(r.errors[0]).toMatchObject({ line: 0, field: 'Date' });
    expect(r.errors[0]?.message).toContain('line 2 can only be day-first and line 3 only month-first');
    expect(r.errors[1]).toEqual({ line: 3, field: 'Date', message: 'Not a valid date: "01/25/2025" (read day-first)' });
  });
});

describe('encodings (binary fixtures built by make-binary.ts)', () => {
  const bin = binaryFixtures();

  it('UTF-16 LE with BOM (CommBank)', () => {
    const r = parseBankCsv(bin.commbankUtf16le.bytes);
    expect(r.format).toBe('commbank');
    expect(rows(r)).toEqual([
      [1, '2026-03-14', -400, 'normal', 'CAFÉ ÉTOILE'],
      [2, '2026-03-15', -1250, 'normal', 'WOOLWORTHS'],
    ]);
  });

  it('UTF-16 BE with BOM (Westpac)', () => {
    const r = parseBankCsv(bin.westpacUtf16be.bytes);
    expect(r.format).toBe('westpac');
    expect(rows(r)).toEqual([[2, '2026-03-14', -450, 'normal', 'CAFÉ ROMA']]);
  });

  it('Windows-1252 with é in a merchant (ING)', () => {
    const r = parseBankCsv(bin.ingWin1252.bytes);
    expect(r.format).toBe('ing');
    expect(r.transactions[0]?.description.startsWith('CAFÉ ÉCLAIR NEWTOWN - Visa Purchase')).toBe(true);
    expect(rows(r)).toEqual([
      [2, '2025-11-29', -680, 'normal', 'CAFÉ ÉCLAIR'],
      [3, '2025-11-30', 100000, 'normal', 'ACME PTY LTD'],
    ]);
  });

  it('UTF-8 with BOM (NAB): the BOM does not stick to the first header cell', () => {
    const r = parseBankCsv(bin.nabUtf8Bom.bytes);
    expect(r.format).toBe('nab');
    expect(r.header?.startsWith('date,amount,')).toBe(true);
    expect(rows(r)).toEqual([[2, '2026-04-10', -1495, 'normal', 'WOOLWORTHS']]);
  });

  it('UTF-16 LE without a BOM (ANZ)', () => {
    const r = parseBankCsv(bin.anzUtf16leNoBom.bytes);
    expect(r.format).toBe('anz');
    expect(rows(r)).toEqual([
      [1, '2026-03-14', -70500, 'normal', 'RENTPAY'],
      [2, '2026-03-15', -995, 'normal', 'CRÈME CAFE'],
    ]);
  });
});

describe('MERCHANT_FROM_NARRATIVE', () => {
  // stored rows of these formats can have their merchant derived again (lib/server/merchants.server.ts)
  it.each(['commbank', 'anz', 'westpac', 'nab', 'nab-legacy', 'ing', 'macquarie', 'up', 'generic'] as const)(
    '%s: in the list exactly when every row\'s merchant is cleanMerchant(description)',
    (format) => {
      const h = generateHousehold({ seed: 77, startMonth: '2023-01', months: 14 });
      const parsed = parseBankCsv(new TextEncoder().encode(toBankCsv(format, h.transactions)), { fileName: `${format}.csv` });
      expect(parsed.format).toBe(format);
      expect(parsed.transactions.length).toBeGreaterThan(500);
      const derivable = parsed.transactions.every((t) => t.merchant === cleanMerchant(t.description, format));
      expect(derivable).toBe(MERCHANT_FROM_NARRATIVE.has(format));
    },
  );
});
