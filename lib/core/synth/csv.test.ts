import { describe, expect, it } from 'vitest';
import type { BankFormat, Category } from '../types';
import { bankCsvHeader, fixed2, signedPlus, toBankCsv, trimmed } from './csv';
import { generateHousehold } from './generate';
import type { NarrativeSpec, SynthTransaction } from './types';

function tx(i: number, date: string, amountCents: number, merchant: string, category: Category, narrative: NarrativeSpec, kind: 'normal' | 'transfer' = 'normal'): SynthTransaction {
  return { line: 0, date, amountCents, description: `raw ${i}`, merchant, balanceCents: null, account: '062-000 12345678', kind, bankCategory: null, category, synthId: `t-${i}`, narrative };
}

/** A purchase posted two days late, a salary, a move to savings, a payment to a person, an online subscription. */
const FIXED: SynthTransaction[] = [
  tx(0, '2026-03-26', -1799, 'Woolworths', 'Groceries', { channel: 'card', raw: 'WOOLWORTHS 1234', suburb: 'SYDNEY', state: 'NSW', valueDate: '2026-03-24', card: '1234', n: 5 }),
  tx(1, '2026-03-27', 518904, 'Acme Pty Ltd', 'Income', { channel: 'salary', raw: 'ACME PTY LTD', biller: '123456', ref: 'SALARY', n: 7 }),
  tx(2, '2026-03-27', -50000, 'NetBank Saver', 'Transfers', { channel: 'transfer-out', raw: 'NetBank Saver', account: '10281624', n: 9 }, 'transfer'),
  tx(3, '2026-03-28', -4500, 'Dana Brown', 'Personal Payments', { channel: 'pay-out', raw: 'D BROWN', memo: 'dinner', n: 10 }),
  tx(4, '2026-03-28', -2200, 'Netflix', 'Subscriptions', { channel: 'card', raw: 'NETFLIX.COM', suburb: 'SYDNEY', state: 'NSW', online: true, card: '1234', n: 11 }),
];
const OPEN = { openingBalanceCents: 100000 };
const lines = (csv: string, eol = '\n'): string[] => csv.split(eol).slice(0, -1);

describe('amount text', () => {
  it('formats fixed, CommBank-signed and trimmed amounts', () => {
    expect([fixed2(-1799), fixed2(5), fixed2(0), fixed2(-100000), fixed2(123456789)]).toEqual(['-17.99', '0.05', '0.00', '-1000.00', '1234567.89']);
    expect([signedPlus(518904), signedPlus(-1799), signedPlus(0)]).toEqual(['+5189.04', '-17.99', '+0.00']);
    expect([trimmed(-1460), trimmed(-2000), trimmed(51820), trimmed(500000), trimmed(5), trimmed(0), trimmed(-1799)]).toEqual(['-14.6', '-20', '518.2', '5000', '0.05', '0', '-17.99']);
  });
});

describe('toBankCsv: exact layouts for a fixed input', () => {
  it('CommBank: no header, quoted signed amount, narrative and +balance, CRLF', () => {
    const csv = toBankCsv('commbank', FIXED, OPEN);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines(csv, '\r\n')).toEqual([
      '26/03/2026,"-17.99","WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234 Value Date: 24/03/2026","+982.01"',
      '27/03/2026,"+5189.04","Direct Credit 123456 ACME PTY LTD SALARY","+6171.05"',
      '27/03/2026,"-500.00","Transfer to xx1624 CommBank App","+5671.05"',
      '28/03/2026,"-45.00","Transfer To D BROWN CommBank App dinner","+5626.05"',
      '28/03/2026,"-22.00","NETFLIX.COM SYDNEY NS AUS Card xx1234","+5604.05"',
    ]);
    expect(lines(toBankCsv('commbank', FIXED, { ...OPEN, creditCard: true }), '\r\n')[0]).toBe('26/03/2026,"-17.99","WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234 Value Date: 24/03/2026",""');
  });

  it('ANZ: no header; quoted two-decimal amounts, or trimmed old-style ones', () => {
    expect(lines(toBankCsv('anz', FIXED))).toEqual([
      '26/03/2026,"-17.99","VISA DEBIT PURCHASE CARD 1234 WOOLWORTHS 1234 SYDNEY"',
      '27/03/2026,"5189.04","PAY/SALARY FROM ACME PTY LTD SALARY"',
      '27/03/2026,"-500.00","ANZ INTERNET BANKING FUNDS TFER TRANSFER 131428 TO 10281624"',
      '28/03/2026,"-45.00","ANZ MOBILE BANKING PAYMENT 428696 TO D BROWN"',
      '28/03/2026,"-22.00","VISA DEBIT PURCHASE CARD 1234 NETFLIX.COM SYDNEY"',
    ]);
    expect(lines(toBankCsv('anz', FIXED, { anzStyle: 'trimmed' })).slice(2, 4)).toEqual([
      '27/03/2026,-500,"ANZ INTERNET BANKING FUNDS TFER TRANSFER 131428 TO 10281624"',
      '28/03/2026,-45,"ANZ MOBILE BANKING PAYMENT 428696 TO D BROWN"',
    ]);
  });

  it('Westpac: header, positive debit/credit columns, category codes, empty Serial as a trailing comma', () => {
    expect(lines(toBankCsv('westpac', FIXED, OPEN))).toEqual([
      'Bank Account,Date,Narrative,Debit Amount,Credit Amount,Balance,Categories,Serial',
      '06200012345678,26/03/2026,DEBIT CARD PURCHASE WOOLWORTHS 1234 SYDNEY  AUS Card No. ~001234,17.99,,982.01,PAYMENT,',
      '06200012345678,27/03/2026,DEPOSIT ACME PTY LTD SALARY,,5189.04,6171.05,DEP,',
      '06200012345678,27/03/2026,WITHDRAWAL ONLINE 5461108 TFR Westpac eSaver 1624,500.00,,5671.05,OTHER,',
      '06200012345678,28/03/2026,WITHDRAWAL-OSKO PAYMENT 8976101 D BROWN dinner,45.00,,5626.05,PAYMENT,',
      '06200012345678,28/03/2026,DEBIT CARD PURCHASE NETFLIX.COM SYDNEY      AUS Card No. ~001234,22.00,,5604.05,PAYMENT,',
    ]);
  });

  it('NAB current: empty fourth column, DD Mon YY dates, transaction types, categories, merchant, processed on', () => {
    expect(lines(toBankCsv('nab', FIXED, OPEN))).toEqual([
      'Date,Amount,Account Number,,Transaction Type,Transaction Details,Balance,Category,Merchant Name,Processed On',
      '26 Mar 26,-17.99,062-000 12345678,,EFTPOS DEBIT,V1234 24/03 WOOLWORTHS 1234 SYDNEY 74940705510,982.01,Groceries,Woolworths,26 Mar 26',
      '27 Mar 26,5189.04,062-000 12345678,,SALARY,ACME PTY LTD SALARY,6171.05,Salary & income,,27 Mar 26',
      '27 Mar 26,-500.00,062-000 12345678,,TRANSFER DEBIT,ONLINE 7645988 NAB Reward Saver Linked Acc Trns,5671.05,Internal transfers,,27 Mar 26',
      '28 Mar 26,-45.00,062-000 12345678,,TRANSFER DEBIT,ONLINE 1006290 dinner D BROWN,5626.05,Transfers out,,28 Mar 26',
      '28 Mar 26,-22.00,062-000 12345678,,MISCELLANEOUS DEBIT,V1234 28/03 NETFLIX.COM SYDNEY 74940264173,5604.05,Entertainment,Netflix,28 Mar 26',
    ]);
    const v2022 = lines(toBankCsv('nab', FIXED, { ...OPEN, nabVariant: '2022' }));
    expect(v2022[0]).toBe('Date,Amount,Account Number,,Transaction Type,Transaction Details,Balance,Category,Merchant Name');
    expect(v2022[1]).toBe('26 Mar 26,-17.99,062-000 12345678,,EFTPOS DEBIT,V1234 24/03 WOOLWORTHS 1234 SYDNEY 74940705510,982.01,Groceries,Woolworths');
    const pending = lines(toBankCsv('nab', FIXED, { ...OPEN, blankLatestProcessedOn: true }));
    expect(pending[5]?.endsWith(',Entertainment,Netflix,')).toBe(true);
    expect(pending[1]?.endsWith(',26 Mar 26')).toBe(true);
  });

  it('NAB legacy: no header, DD-Mon-YY, two empty columns, or the quoted form with +balance', () => {
    expect(lines(toBankCsv('nab-legacy', FIXED, OPEN)).slice(0, 2)).toEqual([
      '26-Mar-26,-17.99,,,EFTPOS DEBIT,V1234 24/03 WOOLWORTHS 1234 SYDNEY 74940705510,982.01,',
      '27-Mar-26,5189.04,,,SALARY,ACME PTY LTD SALARY,6171.05,',
    ]);
    expect(lines(toBankCsv('nab-legacy', FIXED, { ...OPEN, nabLegacyStyle: 'quoted' }))[0]).toBe(
      '"26 Mar 26","-17.99","06200012345678",,"EFTPOS DEBIT","V1234 24/03 WOOLWORTHS 1234 SYDNEY 74940705510","+982.01"',
    );
  });

  it('ING: payee-first narratives, credit and (negative) debit columns', () => {
    expect(lines(toBankCsv('ing', FIXED, OPEN))).toEqual([
      'Date,Description,Credit,Debit,Balance',
      '26/03/2026,WOOLWORTHS 1234 SYDNEY - Visa Purchase - Receipt 071875In SYDNEY Date 24 Mar 2026 Card 462263xxxxxx1234,,-17.99,982.01',
      '27/03/2026,Salary - Salary Deposit - Receipt 202021 From ACME PTY LTD,5189.04,,6171.05',
      '27/03/2026,Internal Transfer - Receipt 457543 To Savings Maximiser 1624,,-500.00,5671.05',
      '28/03/2026,D Brown dinner - Osko Payment - Receipt 131297,,-45.00,5626.05',
      '28/03/2026,NETFLIX.COM SYDNEY - Visa Purchase - Receipt 415488In SYDNEY Date 28 Mar 2026 Card 462263xxxxxx1234,,-22.00,5604.05',
    ]);
  });

  it('Macquarie: unquoted header, every field quoted, clean Details, trimmed amounts, raw Original Description', () => {
    expect(lines(toBankCsv('macquarie', FIXED, { ...OPEN, accountName: 'Transaction Account' })).slice(0, 4)).toEqual([
      'Transaction Date,Details,Account,Category,Subcategory,Tags,Notes,Debit,Credit,Balance,Original Description',
      '"26 Mar 2026","Woolworths","Transaction Account","Food & Drink","Groceries","","","17.99","","982.01","WOOLWORTHS 1234 SYDNEY NSWAU"',
      '"27 Mar 2026","Acme Pty Ltd","Transaction Account","Income","Salary","","","","5189.04","6171.05","ACME PTY LTD SALARY"',
      '"27 Mar 2026","To linked account xx1624 - Internal transfer","Transaction Account","Transfers","Internal Transfer","","","500","","5671.05","TRANSFER TO 10281624 INTERNAL TRANSFER"',
    ]);
  });

  it('Macquarie: Account defaults to the rows\' account, else its name for a transaction account', () => {
    expect(fields(lines(toBankCsv('macquarie', FIXED))[1] ?? '')[2]).toBe('062-000 12345678');
    const noAccount = FIXED.map((t) => ({ ...t, account: null }));
    expect(fields(lines(toBankCsv('macquarie', noAccount))[1] ?? '')[2]).toBe('Transaction Account');
  });

  it('Up: newest first, ISO times with the Melbourne offset, round-up on the purchase row', () => {
    expect(lines(toBankCsv('up', FIXED))).toEqual([
      'Time,BSB / Account Number,Account Name,Transaction Type,Payee,Description,Category,Tags,Subtotal (AUD),Currency,Subtotal (Transaction Currency),Round Up (AUD),Total (AUD),Payment Method,Settled Date',
      '2026-03-28T18:00:00+11:00,062-000 12345678,Spending,Purchase,Netflix,Netflix,TV & Music,"",-22.00,AUD,-22.00,"",-22.00,Card Not Present,2026-03-28',
      '2026-03-28T10:00:00+11:00,062-000 12345678,Spending,Payment,Dana Brown,Transfer to D Brown,"","",-45.00,AUD,-45.00,"",-45.00,Osko,2026-03-28',
      '2026-03-27T09:00:00+11:00,062-000 12345678,Spending,Transfer,"",Transfer to Rainy Day,"","",-500.00,AUD,-500.00,"",-500.00,"",2026-03-27',
      '2026-03-27T03:00:00+11:00,062-000 12345678,Spending,Salary,Acme Pty Ltd,Acme Pty Ltd,"","",5189.04,AUD,5189.04,"",5189.04,"",2026-03-27',
      '2026-03-24T12:00:00+11:00,062-000 12345678,Spending,Purchase,Woolworths,Woolworths,Groceries,"",-17.99,AUD,-17.99,-0.01,-18.00,Card,2026-03-26',
    ]);
    const old = lines(toBankCsv('up', FIXED, { upVariant: '2021', roundUps: false }));
    expect(old[0]).toBe(
      'Time,BSB / Account Number,Transaction Type,Payee,Description,Category,Tags,Subtotal (AUD),Currency,Subtotal (Transaction Currency),Fee (AUD),Round Up (AUD),Total (AUD),Payment Method,Settled Date',
    );
    expect(old[5]).toBe('2026-03-24 12:00:00 +11:00,062-000 12345678,Purchase,Woolworths,Woolworths,Groceries,"",-17.99,AUD,-17.99,"","",-17.99,Card,2026-03-26');
    // after the first Sunday of April the offset is +10:00
    const winter = toBankCsv('up', [{ ...(FIXED[4] as SynthTransaction), date: '2026-04-06' }]);
    expect(lines(winter)[1]?.startsWith('2026-04-06T18:00:00+10:00,')).toBe(true);
  });

  it('generic: Date,Description,Amount with ISO dates', () => {
    expect(lines(toBankCsv('generic', FIXED))).toEqual([
      'Date,Description,Amount',
      '2026-03-26,WOOLWORTHS 1234 SYDNEY NSW,-17.99',
      '2026-03-27,SALARY ACME PTY LTD,5189.04',
      '2026-03-27,TRANSFER TO SAVINGS 1624,-500.00',
      '2026-03-28,TRANSFER TO D BROWN dinner,-45.00',
      '2026-03-28,NETFLIX.COM SYDNEY NSW,-22.00',
    ]);
  });

  it('keeps the description of rows without a narrative spec, quoting it when needed, and honours the options', () => {
    const plain: SynthTransaction = { ...(FIXED[0] as SynthTransaction), description: 'CORNER STORE, "THE"' };
    delete plain.narrative;
    expect(lines(toBankCsv('ing', [plain], { openingBalanceCents: 0 }))[1]).toBe('26/03/2026,"CORNER STORE, ""THE""",,-17.99,-17.99');
    expect(toBankCsv('generic', FIXED, { bom: true, lineEnding: '\r\n' }).startsWith('\uFEFFDate,Description,Amount\r\n2026-03-26,')).toBe(true);
    expect(lines(toBankCsv('commbank', FIXED, { ...OPEN, newestFirst: true }), '\r\n')[0]?.startsWith('28/03/2026,"-22.00"')).toBe(true);
    // the opening balance defaults to the first row's own balance when it has one
    const withBal = FIXED.map((t, i) => ({ ...t, balanceCents: 100000 + FIXED.slice(0, i + 1).reduce((s, x) => s + x.amountCents, 0) }));
    expect(toBankCsv('commbank', withBal)).toBe(toBankCsv('commbank', FIXED, OPEN));
  });
});

/** Minimal RFC 4180 field split for shape checks. */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

describe('toBankCsv: a whole generated household in every layout', () => {
  const h = generateHousehold({ seed: 2024, startMonth: '2023-01', months: 14 });
  const widths: Record<BankFormat, number> = { commbank: 4, anz: 3, westpac: 8, nab: 10, 'nab-legacy': 8, ing: 5, macquarie: 11, up: 15, generic: 3 };
  for (const format of Object.keys(widths) as BankFormat[]) {
    it(`${format}: one row per transaction, every row as wide as the layout`, () => {
      const csv = toBankCsv(format, h.transactions);
      const eol = format === 'commbank' ? '\r\n' : '\n';
      const rows = lines(csv, eol);
      const header = bankCsvHeader(format);
      if (header !== null) expect(rows.shift()).toBe(header);
      expect(rows).toHaveLength(h.transactions.length);
      const bad = rows.filter((r) => fields(r).length !== widths[format]);
      expect(bad.slice(0, 3)).toEqual([]);
    });
  }

  it('writes the same file from rows that went through JSON', () => {
    const copy = JSON.parse(JSON.stringify(h.transactions)) as SynthTransaction[];
    for (const format of Object.keys(widths) as BankFormat[]) expect(toBankCsv(format, copy)).toBe(toBankCsv(format, h.transactions));
  });

  it('writes the same balance the generator recorded, for banks with balances', () => {
    const csv = toBankCsv('commbank', h.transactions);
    const last = lines(csv, '\r\n').at(-1) ?? '';
    const recorded = h.transactions.at(-1)?.balanceCents;
    if (recorded !== null && recorded !== undefined) expect(fields(last)[3]).toBe(signedPlus(recorded));
    else expect(h.profile.bank === 'anz' || h.profile.bank === 'up').toBe(true);
  });
});
