/**
 * Bank CSV writers for the second-opinion generator, following
 * /work/shared/docs/bank-formats.md (written by hand, not with the app's
 * own synth/csv.ts). Each writer turns ledger rows (integer cents) into the
 * bank's text and records on every row the 1-based line it was written to.
 */
import { Rng, isoDate, partsOf, pad2, MONTH_ABBR, dayOf, weekdayOf } from './prng';
import type { StateInfo } from './catalog';
import type { BankLayout, LedgerRow, TruthCategory } from './types';

export interface WriterContext {
  seed: number;
  state: StateInfo;
  /** main account balance before the first row, cents */
  openingCents: number;
  savingsOpeningCents: number;
}

// ---------- text helpers ----------

const dmy = (day: number): string => {
  const { y, m0, d } = partsOf(day);
  return `${pad2(d)}/${pad2(m0 + 1)}/${y}`;
};
const dMonYY = (day: number): string => {
  const { y, m0, d } = partsOf(day);
  return `${pad2(d)} ${MONTH_ABBR[m0]} ${String(y).slice(2)}`;
};
const dMonYYYY = (day: number): string => {
  const { y, m0, d } = partsOf(day);
  return `${pad2(d)} ${MONTH_ABBR[m0]} ${y}`;
};
const ddmm = (day: number): string => {
  const { m0, d } = partsOf(day);
  return `${pad2(d)}/${pad2(m0 + 1)}`;
};

/** "17.99" for 1799 (absolute value, two decimals) */
const fixed2 = (c: number): string => {
  const a = Math.abs(c);
  return `${Math.floor(a / 100)}.${pad2(a % 100)}`;
};
/** "14.6", "20", "518.2" (absolute value, trailing zeros trimmed) */
const trimmed = (c: number): string => fixed2(c).replace(/\.?0+$/, '');
const signed2 = (c: number, plus = false): string => (c < 0 ? '-' : plus ? '+' : '') + fixed2(c);
const signedTrim = (c: number): string => (c < 0 ? '-' : '') + trimmed(c);

/** quote a CSV field when it needs it */
const esc = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** foreign amount as the bank prints it ("22.00"; yen and rupiah have no minor unit in practice but print .00) */
const fx = (r: LedgerRow): string => (r.foreign ? fixed2(r.foreign.amount) : '');

/** a deterministic receipt number from a row's day and amount (both sides of a transfer share it) */
function receipt(r: LedgerRow, digits: number): string {
  let h = (r.day * 2654435761 + Math.abs(r.amountCents) * 40503) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995) >>> 0;
  h = (h ^ (h >>> 15)) >>> 0;
  return String(h % 10 ** digits).padStart(digits, '0');
}

/** running balance per account, in chronological order */
function withBalances(rows: readonly LedgerRow[], ctx: WriterContext): Map<LedgerRow, number> {
  const bal = new Map<LedgerRow, number>();
  let main = ctx.openingCents;
  let sav = ctx.savingsOpeningCents;
  for (const r of rows) {
    if (r.account === 'main') bal.set(r, (main += r.amountCents));
    else bal.set(r, (sav += r.amountCents));
  }
  return bal;
}

interface Ids {
  card4: string;
  card6: string;
  main4: string;
  sav4: string;
  savAcct: string;
  mainAcct: string;
  bsb: string;
}

function ids(rng: Rng): Ids {
  const mainAcct = rng.digits(9);
  const savAcct = rng.digits(9);
  const card4 = rng.digits(4);
  return { card4, card6: `00${card4}`, main4: mainAcct.slice(-4), sav4: savAcct.slice(-4), savAcct, mainAcct, bsb: `${rng.pick(['062', '012', '032', '083', '923', '182', '633'])}-${rng.digits(3)}` };
}

/** finish: order the lines, record each row's line number, join */
function finish(rows: readonly LedgerRow[], render: (r: LedgerRow) => string, opts: { header: string | null; newestFirst: boolean; eol: string; bom: boolean }): string {
  const ordered = opts.newestFirst ? [...rows].reverse() : [...rows];
  const lines: string[] = [];
  if (opts.header !== null) lines.push(opts.header);
  for (const r of ordered) {
    lines.push(render(r));
    r.line = lines.length;
  }
  return (opts.bom ? '\uFEFF' : '') + lines.join(opts.eol) + opts.eol;
}

const stateAbbr2 = (st: string | undefined, ctx: WriterContext): string => (st ? (st === ctx.state.code ? ctx.state.abbr2 : st.slice(0, 2)) : ctx.state.abbr2);

// ---------- one writer per bank ----------

export function writeCsv(layout: BankLayout, rows: LedgerRow[], ctx: WriterContext): string {
  const rng = new Rng(ctx.seed ^ 0x5eed);
  const id = ids(rng);
  const bal = withBalances(rows, ctx);
  const bom = rng.chance(0.25);
  switch (layout) {
    case 'commbank':
      return commbank(rows, ctx, rng, id, bal, bom);
    case 'anz-new':
    case 'anz-old':
      return anz(rows, ctx, rng, id, layout === 'anz-new', bom);
    case 'westpac':
      return westpac(rows, ctx, rng, id, bal, bom);
    case 'nab':
    case 'nab-9col':
      return nab(rows, ctx, rng, id, bal, layout === 'nab', bom);
    case 'ing':
      return ing(rows, ctx, rng, id, bal, bom);
    case 'macquarie':
      return macquarie(rows, ctx, rng, id, bal, bom);
    case 'up':
    case 'up-2021':
      return up(rows, ctx, rng, id, layout === 'up', bom);
  }
}

function commbank(rows: LedgerRow[], ctx: WriterContext, rng: Rng, id: Ids, bal: Map<LedgerRow, number>, bom: boolean): string {
  const tapAndPay = rng.chance(0.5);
  const desc = (r: LedgerRow): string => {
    switch (r.channel) {
      case 'card': {
        if (r.foreign) return `${r.payee} ${r.foreign.city} ${r.foreign.country} Card xx${id.card4} ${r.foreign.currency} ${fx(r)} Value Date: ${dmy(r.purchaseDay ?? r.day)}`;
        const where = `${r.payee} ${r.suburb ?? ''} ${stateAbbr2(r.state, ctx)} AUS`;
        const valueDate = r.purchaseDay !== undefined && r.purchaseDay !== r.day ? ` Value Date: ${dmy(r.purchaseDay)}` : '';
        if (!valueDate && rng.chance(0.2)) return `${r.payee} ${r.suburb ?? ''} ${r.state ?? ctx.state.code} AU`;
        return `${where} ${tapAndPay && rng.chance(0.8) ? 'Tap and Pay' : 'Card'} xx${id.card4}${valueDate}`;
      }
      case 'card-refund':
        return `Return ${r.payee} ${r.suburb ?? ''} ${stateAbbr2(r.state, ctx)} AUS Card xx${id.card4}`;
      case 'direct-debit':
        return `Direct Debit ${r.billerId} ${r.payee} ${r.ref ?? ''}`;
      case 'bpay':
        return `${r.payee} NetBank BPAY ${r.billerId} ${r.ref ?? ''}`;
      case 'salary':
      case 'govt':
        return `Direct Credit ${r.billerId} ${r.payee} ${r.ref ?? ''}`;
      case 'own-out':
        return `Transfer to xx${id.sav4} CommBank App`;
      case 'own-in':
        return `Transfer from xx${id.sav4} CommBank App`;
      case 'person-out':
        return `Transfer To ${r.payee} CommBank App ${r.ref ?? ''}`;
      case 'person-in':
        return rng.chance(0.6) ? `Fast Transfer From ${r.payee} to PayID Phone ${r.ref ?? ''}` : `Transfer from ${r.payee} ${r.ref ?? ''}`;
      case 'atm':
        return `Wdl ATM CBA ATM ${r.suburb ?? ''} ${r.state ?? ''} ${receipt(r, 6)} AUS`;
      case 'fee':
        return 'International Transaction Fee';
      case 'interest':
        return 'Credit Interest';
    }
  };
  return finish(rows, (r) => `${dmy(r.day)},${q(signed2(r.amountCents, true))},${q(squash(desc(r)))},${q(signed2(bal.get(r)!, true))}`, { header: null, newestFirst: true, eol: '\r\n', bom });
}

function anz(rows: LedgerRow[], ctx: WriterContext, rng: Rng, id: Ids, recent: boolean, bom: boolean): string {
  const desc = (r: LedgerRow): string => {
    switch (r.channel) {
      case 'card':
        if (r.foreign) return `VISA DEBIT PURCHASE CARD ${id.card4} ${r.payee} ${r.foreign.city} ${r.foreign.currency} ${fx(r)}`;
        return `VISA DEBIT PURCHASE CARD ${id.card4} ${r.payee} ${r.suburb ?? ''}`;
      case 'card-refund':
        return `VISA DEBIT DEPOSIT CARD ${id.card4} ${r.payee} ${r.suburb ?? ''}`;
      case 'direct-debit':
        return `${r.payee} ${r.ref ?? ''}`;
      case 'bpay':
        // BPAY lines are padded with runs of spaces
        return `ANZ INTERNET BANKING BPAY ${r.payee.padEnd(28)}{${r.ref ?? ''}}`;
      case 'salary':
        return `PAY/SALARY FROM ${r.payee} ${r.ref ?? ''}`;
      case 'govt':
        return `PAYMENT FROM ${r.payee} ${r.ref ?? ''}`;
      case 'own-out':
        return `ANZ INTERNET BANKING FUNDS TFER TRANSFER ${receipt(r, 6)} TO ${id.savAcct}`;
      case 'own-in':
        return `ANZ INTERNET BANKING FUNDS TFER TRANSFER ${receipt(r, 6)} FROM ${id.savAcct}`;
      case 'person-out':
        return `ANZ MOBILE BANKING PAYMENT ${receipt(r, 6)} TO ${r.payee}`;
      case 'person-in':
        return `TRANSFER FROM ${r.payee} ${r.ref ?? ''}`;
      case 'atm':
        return `ANZ ATM ${r.suburb ?? ''} ${r.state ?? ''}`;
      case 'fee':
        return 'OVERSEAS TRANSACTION FEE';
      case 'interest':
        return 'CREDIT INTEREST PAID';
    }
  };
  // keep BPAY's space runs; squash elsewhere
  const text = (r: LedgerRow): string => (r.channel === 'bpay' ? desc(r).trimEnd() : squash(desc(r)));
  return finish(rows, (r) => `${dmy(r.day)},${recent ? q(signed2(r.amountCents)) : signedTrim(r.amountCents)},${q(text(r))}`, { header: null, newestFirst: rng.chance(0.7), eol: rng.chance(0.5) ? '\r\n' : '\n', bom });
}

function westpac(rows: LedgerRow[], ctx: WriterContext, rng: Rng, id: Ids, bal: Map<LedgerRow, number>, bom: boolean): string {
  const mainAcct = `${id.bsb.replace('-', '')}${id.mainAcct.slice(-6)}`;
  const savAcct = `${id.bsb.replace('-', '')}${id.savAcct.slice(-6)}`;
  const narrative = (r: LedgerRow): string => {
    switch (r.channel) {
      case 'card': {
        if (r.foreign) return `DEBIT CARD PURCHASE ${r.payee} ${r.foreign.city.padEnd(14)}${r.foreign.country} Card No. ~${id.card6} ${r.foreign.currency} ${fx(r)}`;
        if (r.suburb && rng.chance(0.25)) return `EFTPOS DEBIT ${r.payee} ${r.suburb}`;
        return `DEBIT CARD PURCHASE ${`${r.payee} ${r.suburb ?? ''}`.padEnd(31)}AUS Card No. ~${id.card6}`;
      }
      case 'card-refund':
        return `DEBIT CARD REFUND ${`${r.payee} ${r.suburb ?? ''}`.padEnd(31)}AUS Card No. ~${id.card6}`;
      case 'direct-debit':
        return `PAYMENT BY AUTHORITY TO ${r.payee} ${r.ref ?? ''}`;
      case 'bpay':
        return `WITHDRAWAL ONLINE ${receipt(r, 7)} BPAY ${r.payee} ${r.ref ?? ''}`;
      case 'salary':
      case 'govt':
        return `DEPOSIT ${r.payee} ${r.ref ?? ''}`;
      case 'own-out':
        return r.account === 'main' ? `WITHDRAWAL ONLINE ${receipt(r, 7)} TFR Westpac Life ${id.sav4}` : `WITHDRAWAL ONLINE ${receipt(r, 7)} TFR Westpac Choice ${id.main4}`;
      case 'own-in':
        return r.account === 'main' ? `DEPOSIT ONLINE ${receipt(r, 7)} TFR Westpac Life ${id.sav4}` : `DEPOSIT ONLINE ${receipt(r, 7)} TFR Westpac Choice ${id.main4}`;
      case 'person-out':
        return `WITHDRAWAL-OSKO PAYMENT ${receipt(r, 7)} ${r.payee} ${r.ref ?? ''}`;
      case 'person-in':
        return `DEPOSIT-OSKO PAYMENT ${receipt(r, 7)} ${r.payee} ${r.ref ?? ''}`;
      case 'atm':
        return `ATM WITHDRAWAL ${receipt(r, 6)} ${r.suburb ?? ''} ${r.state ?? ''}`;
      case 'fee':
        return 'FOREIGN TRANSACTION FEE';
      case 'interest':
        return 'INTEREST PAID';
    }
  };
  const code = (r: LedgerRow): string => {
    if (r.channel === 'fee') return 'FEE';
    if (r.channel === 'card-refund' || r.channel === 'interest') return 'CREDIT';
    if (r.amountCents > 0) return 'DEP';
    return r.channel === 'direct-debit' || r.channel === 'bpay' || r.channel === 'person-out' ? 'PAYMENT' : 'OTHER';
  };
  const header = 'Bank Account,Date,Narrative,Debit Amount,Credit Amount,Balance,Categories,Serial';
  return finish(
    rows,
    (r) => {
      const n = narrative(r);
      const text = n.includes('Card No.') ? n.replace(/ {2,}$/, '') : squash(n);
      return [r.account === 'main' ? mainAcct : savAcct, dmy(r.day), esc(text), r.amountCents < 0 ? fixed2(r.amountCents) : '', r.amountCents > 0 ? fixed2(r.amountCents) : '', signed2(bal.get(r)!), code(r), ''].join(',');
    },
    { header, newestFirst: true, eol: '\r\n', bom },
  );
}

const NAB_CATS: Partial<Record<TruthCategory, string>> = {
  Groceries: 'Groceries',
  Dining: 'Restaurants & takeaway',
  Transport: 'Transport',
  Shopping: 'Shopping',
  Utilities: 'Utilities',
  'Phone & Internet': 'Utilities',
  Subscriptions: 'Entertainment',
  Insurance: 'Insurance',
  Health: 'Health & medical',
  Entertainment: 'Entertainment',
  Travel: 'Travel',
  Education: 'Education',
  Housing: 'Home',
  Gifts: 'Gifts & donations',
  Cash: 'Cash',
  Fees: 'Fees & interest',
};

function nab(rows: LedgerRow[], ctx: WriterContext, rng: Rng, id: Ids, bal: Map<LedgerRow, number>, processedOn: boolean, bom: boolean): string {
  const acct = `${id.bsb.replace('-', '')}${id.mainAcct}`.slice(-9);
  const typeAndDetails = (r: LedgerRow): [string, string] => {
    switch (r.channel) {
      case 'card':
        if (r.foreign) return ['MISCELLANEOUS DEBIT', `V${id.card4} ${ddmm(r.purchaseDay ?? r.day)} ${r.payee} ${r.foreign.city} ${r.foreign.country} ${r.foreign.currency} ${fx(r)} ${receipt(r, 11)}`];
        return ['MISCELLANEOUS DEBIT', `V${id.card4} ${ddmm(r.purchaseDay ?? r.day)} ${r.payee} ${r.suburb ?? ''} ${receipt(r, 11)}`];
      case 'card-refund':
        return ['MISCELLANEOUS CREDIT', `V${id.card4} ${ddmm(r.purchaseDay ?? r.day)} ${r.payee} ${r.suburb ?? ''} ${receipt(r, 11)}`];
      case 'direct-debit':
        return ['AUTOMATIC DRAWING', `${r.payee} ${r.ref ?? ''}`];
      case 'bpay':
        return ['INTERNET BPAY', `INTERNET BPAY ${r.payee} ${r.ref ?? ''}`];
      case 'salary':
      case 'govt':
        return ['INTER-BANK CREDIT', `${r.payee} ${r.ref ?? ''}`];
      case 'own-out':
        return ['TRANSFER DEBIT', `ONLINE ${receipt(r, 7)} Linked Acc Trns SAVINGS ${id.sav4}`];
      case 'own-in':
        return ['TRANSFER CREDIT', `ONLINE ${receipt(r, 7)} Linked Acc Trns SAVINGS ${id.sav4}`];
      case 'person-out':
        return ['TRANSFER DEBIT', `ONLINE ${receipt(r, 7)} ${r.ref ?? ''} ${r.payee}`];
      case 'person-in':
        return ['TRANSFER CREDIT', `${r.payee} ${r.ref ?? ''}`];
      case 'atm':
        return ['ATM WITHDRAWAL', `NAB ATM ${r.suburb ?? ''} ${r.state ?? ''}`];
      case 'fee':
        return ['FEES', 'INTERNATIONAL TRANSACTION FEE'];
      case 'interest':
        return ['CREDIT INTEREST', 'INTEREST PAID'];
    }
  };
  const category = (r: LedgerRow): string => {
    if (r.channel === 'own-out' || r.channel === 'own-in') return 'Internal transfers';
    if (r.channel === 'person-out') return 'Transfers out';
    if (r.channel === 'person-in') return 'Transfers in';
    if (r.channel === 'govt') return 'Government payments';
    if (r.channel === 'salary') return 'Salary';
    if (!r.known) return '';
    return NAB_CATS[r.category] ?? '';
  };
  const header = processedOn ? 'Date,Amount,Account Number,,Transaction Type,Transaction Details,Balance,Category,Merchant Name,Processed On' : 'Date,Amount,Account Number,,Transaction Type,Transaction Details,Balance,Category,Merchant Name';
  const lastDay = rows.length ? rows[rows.length - 1]!.day : 0;
  return finish(
    rows,
    (r) => {
      const [type, details] = typeAndDetails(r);
      const merchant = r.channel === 'card' || r.channel === 'card-refund' || r.channel === 'direct-debit' || r.channel === 'bpay' ? (r.known || rng.chance(0.5) ? r.clean : '') : '';
      const cells = [dMonYY(r.day), signed2(r.amountCents), acct, '', type, esc(squash(details)), signed2(bal.get(r)!), esc(category(r)), esc(merchant)];
      // the newest rows are not processed yet
      if (processedOn) cells.push(r.day >= lastDay - 1 ? '' : dMonYY(r.day + (weekdayOf(r.day) === 5 ? 3 : weekdayOf(r.day) === 6 ? 2 : 1)));
      return cells.join(',');
    },
    { header, newestFirst: true, eol: rng.chance(0.5) ? '\r\n' : '\n', bom },
  );
}

function ing(rows: LedgerRow[], ctx: WriterContext, rng: Rng, id: Ids, bal: Map<LedgerRow, number>, bom: boolean): string {
  const card = `462263xxxxxx${id.card4}`;
  const plainSalary = rng.chance(0.5);
  const alwaysQuote = rng.chance(0.4);
  const desc = (r: LedgerRow): string => {
    const rc = receipt(r, 6);
    switch (r.channel) {
      case 'card': {
        const pd = dMonYYYY(r.purchaseDay ?? r.day);
        if (r.foreign) return `${r.payee} ${r.foreign.city} - Visa Purchase - Receipt ${rc}In ${r.foreign.city} Date ${pd} Card ${card} Foreign Currency Amount: ${r.foreign.currency} ${fx(r)}`;
        if (r.suburb && rng.chance(0.15)) return `${r.payee} ${r.suburb} - EFTPOS Purchase - Receipt ${rc}Date ${pd} Card ${card}`;
        return `${r.payee} ${r.suburb ?? ''} - Visa Purchase - Receipt ${rc}In ${r.suburb ?? ''} Date ${pd} Card ${card}`;
      }
      case 'card-refund':
        return `${r.payee} ${r.suburb ?? ''} - Visa Refund - Receipt ${rc}In ${r.suburb ?? ''} Date ${dMonYYYY(r.purchaseDay ?? r.day)} Card ${card}`;
      case 'direct-debit':
        return `${r.payee} - Direct Debit - Receipt ${rc} ${r.ref ?? ''}`;
      case 'bpay':
        return `${r.payee} - BPAY Bill Payment - Receipt ${rc} To ${r.ref ?? ''}`;
      case 'salary':
        return plainSalary ? `Salary - Salary Deposit - Receipt ${rc} ${r.payee}` : `${r.payee} ${r.ref ?? ''} - Salary Deposit - Receipt ${rc}`;
      case 'govt':
        return `${r.payee} ${r.ref ?? ''} - Direct Credit - Receipt ${rc}`;
      case 'own-out':
        return `Internal Transfer - Receipt ${rc} To Savings Maximiser ${id.sav4}`;
      case 'own-in':
        return `Internal Transfer - Receipt ${rc} From Savings Maximiser ${id.sav4}`;
      case 'person-out':
        return `${r.payee} ${r.ref ?? ''} - Osko Payment - Receipt ${rc}`;
      case 'person-in':
        return `${r.payee} ${r.ref ?? ''} - Osko Deposit - Receipt ${rc}`;
      case 'atm':
        return `ATM Withdrawal - Receipt ${rc}In ${r.suburb ?? ''} Date ${dMonYYYY(r.day)} Card ${card}`;
      case 'fee':
        return `International Transaction Fee - Receipt ${rc}`;
      case 'interest':
        return `Interest Credit - Receipt ${rc}`;
    }
  };
  return finish(
    rows,
    (r) => {
      const d = squash(desc(r));
      return [dmy(r.day), alwaysQuote ? q(d) : esc(d), r.amountCents > 0 ? fixed2(r.amountCents) : '', r.amountCents < 0 ? signed2(r.amountCents) : '', signed2(bal.get(r)!)].join(',');
    },
    { header: 'Date,Description,Credit,Debit,Balance', newestFirst: true, eol: '\r\n', bom },
  );
}

const MACQ_CATS: Partial<Record<TruthCategory, [string, string]>> = {
  Groceries: ['Food & Drink', 'Groceries'],
  Dining: ['Food & Drink', 'Restaurants & Cafes'],
  Transport: ['Transport', 'Car & Fuel'],
  Shopping: ['Shopping', 'General Shopping'],
  Utilities: ['Bills & Utilities', 'Electricity, Gas & Water'],
  'Phone & Internet': ['Bills & Utilities', 'Phone & Internet'],
  Subscriptions: ['Entertainment', 'Subscriptions'],
  Insurance: ['Bills & Utilities', 'Insurance'],
  Health: ['Health & Wellbeing', 'Medical'],
  Entertainment: ['Entertainment', 'Events & Activities'],
  Travel: ['Travel', 'Flights & Accommodation'],
  Education: ['Education', 'School Fees'],
  Housing: ['Home', 'Rent & Mortgage'],
  Gifts: ['Gifts & Donations', 'Charity'],
  Cash: ['Cash', 'ATM'],
  Fees: ['Fees & Charges', 'Bank Fees'],
};

function macquarie(rows: LedgerRow[], ctx: WriterContext, rng: Rng, id: Ids, bal: Map<LedgerRow, number>, bom: boolean): string {
  const title = (s: string): string => s.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase());
  const details = (r: LedgerRow): string => {
    switch (r.channel) {
      case 'own-out':
        return `To linked account xx${id.sav4} - Internal transfer`;
      case 'own-in':
        return `From linked account xx${id.sav4} - Internal transfer`;
      case 'person-out':
        return `Transfer to ${title(r.payee)}${r.ref ? ` - ${r.ref}` : ''}`;
      case 'person-in':
        return `Transfer from ${title(r.payee)}${r.ref ? ` - ${r.ref}` : ''}`;
      case 'atm':
        return `ATM withdrawal ${title(r.suburb ?? '')}`;
      case 'salary':
      case 'govt':
        return title(r.payee);
      case 'fee':
        return 'International transaction fee';
      case 'interest':
        return 'Interest';
      default:
        return r.known ? r.clean : title(r.payee.replace(/^(SQ|ZLR|LS|TYRO|SP) ?\*/, ''));
    }
  };
  const original = (r: LedgerRow): string => {
    switch (r.channel) {
      case 'card':
        return r.foreign ? `${r.payee} ${r.foreign.city} ${r.foreign.country} ${r.foreign.currency} ${fx(r)}` : `${r.payee} ${r.suburb ?? ''} ${r.state ?? ''} AU`;
      case 'card-refund':
        return `REFUND ${r.payee} ${r.suburb ?? ''} ${r.state ?? ''} AU`;
      case 'direct-debit':
        return `DIRECT DEBIT ${r.payee} ${r.ref ?? ''}`;
      case 'bpay':
        return `BPAY ${r.billerId} ${r.payee} ${r.ref ?? ''}`;
      case 'salary':
      case 'govt':
        return `${r.payee} ${r.ref ?? ''}`;
      case 'own-out':
        return `To Savings Account - Internal Transfer Receipt number: ${receipt(r, 9)}`;
      case 'own-in':
        return `From Savings Account - Internal Transfer Receipt number: ${receipt(r, 9)}`;
      case 'person-out':
        return `OSKO PAYMENT TO ${r.payee} ${r.ref ?? ''}`;
      case 'person-in':
        return `OSKO DEPOSIT FROM ${r.payee} ${r.ref ?? ''}`;
      case 'atm':
        return `ATM WITHDRAWAL ${r.suburb ?? ''} ${r.state ?? ''}`;
      case 'fee':
        return 'INTERNATIONAL TRANSACTION FEE';
      case 'interest':
        return 'INTEREST';
    }
  };
  const cats = (r: LedgerRow): [string, string] => {
    if (r.channel === 'own-out' || r.channel === 'own-in') return ['Transfers', 'Internal Transfer'];
    if (r.channel === 'person-out' || r.channel === 'person-in') return ['Transfers', 'Payments'];
    if (r.channel === 'salary') return ['Income', 'Salary'];
    if (r.channel === 'govt') return ['Income', 'Government'];
    if (r.channel === 'interest') return ['Income', 'Interest'];
    if (r.channel === 'card-refund') return ['Income', 'Refunds'];
    if (!r.known) return ['Uncategorised', ''];
    return MACQ_CATS[r.category] ?? ['Uncategorised', ''];
  };
  const header = 'Transaction Date,Details,Account,Category,Subcategory,Tags,Notes,Debit,Credit,Balance,Original Description';
  return finish(
    rows,
    (r) => {
      const [c, s] = cats(r);
      return [dMonYYYY(r.day), details(r), `Transaction xx${id.main4}`, c, s, '', '', r.amountCents < 0 ? trimmed(r.amountCents) : '', r.amountCents > 0 ? trimmed(r.amountCents) : '', signedTrim(bal.get(r)!), squash(original(r))].map(q).join(',');
    },
    { header, newestFirst: true, eol: '\n', bom },
  );
}

const UP_CATS: Partial<Record<TruthCategory, string>> = {
  Groceries: 'Groceries',
  Dining: 'Restaurants & Cafes',
  Transport: 'Fuel',
  Shopping: 'Home',
  Utilities: 'Utilities',
  'Phone & Internet': 'Internet',
  Subscriptions: 'TV, Music & Streaming',
  Insurance: 'Investments',
  Health: 'Health & Medical',
  Entertainment: 'Events & Gigs',
  Travel: 'Holidays & Travel',
  Education: 'Education & Student Loans',
  Housing: 'Rent & Mortgage',
  Gifts: 'Gifts & Charity',
};

function up(rows: LedgerRow[], ctx: WriterContext, rng: Rng, id: Ids, current: boolean, bom: boolean): string {
  const roundUps = rng.chance(0.6);
  const saver = rng.pick(['Rainy Day 🌧️', 'Holiday ✈️', 'Savings', 'House Deposit 🏡']);
  const [stdOff, dstOff] = ctx.state.utcOffset;
  /** first Sunday of a month */
  const firstSunday = (y: number, m0: number): number => {
    let d = dayOf(y, m0, 1);
    while (weekdayOf(d) !== 0) d++;
    return d;
  };
  const offsetOn = (day: number): number => {
    if (dstOff === null) return stdOff;
    const { y } = partsOf(day);
    // DST from the first Sunday in October to the first Sunday in April
    return day < firstSunday(y, 3) || day >= firstSunday(y, 9) ? dstOff : stdOff;
  };
  const off = (mins: number, colon: boolean): string => `+${pad2(Math.floor(mins / 60))}${colon ? ':' : ''}${pad2(mins % 60)}`;
  const stamp = (r: LedgerRow): string => {
    const hour = r.channel === 'salary' || r.channel === 'govt' || r.channel === 'direct-debit' ? rng.int(1, 6) : rng.int(7, 21);
    const t = `${pad2(hour)}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}`;
    const o = offsetOn(r.day);
    return current ? `${isoDate(r.day)}T${t}${off(o, true)}` : `${isoDate(r.day)} ${t} ${off(o, true)}`;
  };
  const typeOf = (r: LedgerRow): string =>
    ({
      card: 'Purchase',
      'card-refund': 'Refund',
      'direct-debit': 'Direct Debit',
      bpay: 'BPAY Payment',
      salary: 'Salary',
      govt: 'Deposit',
      'own-out': 'Transfer',
      'own-in': 'Transfer',
      'person-out': 'Payment',
      'person-in': 'Deposit',
      atm: 'Cash Withdrawal',
      fee: 'Fee',
      interest: 'Interest',
    })[r.channel];
  const payeeOf = (r: LedgerRow): string => {
    if (r.channel === 'own-out' || r.channel === 'own-in') return saver;
    if (r.channel === 'atm') return 'ATM';
    if (r.channel === 'fee') return 'International Fee';
    if (r.channel === 'interest') return 'Interest';
    return r.known ? r.clean : r.payee;
  };
  const descOf = (r: LedgerRow): string => {
    switch (r.channel) {
      case 'own-out':
        return `Transfer to ${saver}`;
      case 'own-in':
        return `Transfer from ${saver}`;
      case 'person-out':
      case 'person-in':
        return r.ref ?? '';
      case 'card':
      case 'card-refund':
        return squash(`${r.payee} ${r.foreign ? r.foreign.city : (r.suburb ?? '')}`);
      case 'atm':
        return squash(`ATM ${r.suburb ?? ''}`);
      default:
        return squash(`${r.payee} ${r.ref ?? ''}`);
    }
  };
  const header = current
    ? 'Time,BSB / Account Number,Account Name,Transaction Type,Payee,Description,Category,Tags,Subtotal (AUD),Currency,Subtotal (Transaction Currency),Round Up (AUD),Total (AUD),Payment Method,Settled Date'
    : 'Time,BSB / Account Number,Transaction Type,Payee,Description,Category,Tags,Subtotal (AUD),Currency,Subtotal (Transaction Currency),Fee (AUD),Round Up (AUD),Total (AUD),Payment Method,Settled Date';
  return finish(
    rows,
    (r) => {
      const isCard = r.channel === 'card';
      const ru = isCard && roundUps && r.amountCents % 100 !== 0 ? -(100 + (r.amountCents % 100)) : 0; // amount is negative: −45.68 → −0.32
      const sub = signed2(r.amountCents);
      const cells: string[] = [stamp(r), `${id.bsb} / ${id.mainAcct}`];
      if (current) cells.push('Spending');
      cells.push(typeOf(r), payeeOf(r), descOf(r), r.known && isCard ? (UP_CATS[r.category] ?? '') : '', '', sub, r.foreign ? r.foreign.currency : 'AUD', r.foreign ? signed2(-r.foreign.amount) : sub);
      if (!current) cells.push('');
      cells.push(ru ? signed2(ru) : '', signed2(r.amountCents + ru), isCard ? rng.pick(['Apple Pay', 'Contactless', 'eCommerce', 'Card PIN']) : '', isoDate(r.day + rng.int(0, 2)));
      return cells.map(q).join(',');
    },
    { header, newestFirst: true, eol: '\n', bom },
  );
}
