/**
 * The one place that knows how each bank writes a row: its narrative text,
 * its transaction type and its own category. Everything is rendered from a
 * bank-independent `NarrativeSpec`, so the generator describes a purchase
 * once and any writer can show it in any bank's style (formats per
 * docs/bank-formats.md in the shared docs).
 */
import type { BankFormat, Category } from '../types';
import { dMonYYYY, dmShort, dmySlash } from './dates';
import { cbaStateOf } from './geo';
import { initialSurname, titleCase } from './merchants';
import { hashDigits } from './random';
import type { FeeKind, NarrativeSpec } from './types';

/** The facts of a row a narrative may quote besides its spec. */
export interface RowFacts {
  /** ISO posting date */
  date: string;
  amountCents: number;
  /** clean merchant */
  merchant: string;
}

const FEE_TEXT: Record<Exclude<BankFormat, 'generic'> | 'generic', Record<FeeKind, string>> = {
  commbank: { foreign: 'Foreign Currency Conversion Fee', account: 'Account Fee', atm: 'ATM Operator Fee' },
  anz: { foreign: 'INTERNATIONAL TRANSACTION FEE', account: 'ACCOUNT SERVICING FEE', atm: 'ATM OPERATOR FEE' },
  westpac: { foreign: 'FOREIGN TRANSACTION FEE', account: 'MONTHLY PLAN FEE', atm: 'ATM OPERATOR FEE' },
  nab: { foreign: 'INTNL TRANSACTION FEE', account: 'ACCOUNT KEEPING FEE', atm: 'ATM OPERATOR FEE' },
  'nab-legacy': { foreign: 'INTNL TRANSACTION FEE', account: 'ACCOUNT KEEPING FEE', atm: 'ATM OPERATOR FEE' },
  ing: { foreign: 'International Transaction Fee', account: 'Monthly Fee', atm: 'ATM Operator Fee' },
  macquarie: { foreign: 'INTERNATIONAL TRANSACTION FEE', account: 'MONTHLY ACCOUNT FEE', atm: 'ATM OPERATOR FEE' },
  up: { foreign: 'International Transaction Fee', account: 'Monthly Fee', atm: 'ATM Fee' },
  generic: { foreign: 'INTERNATIONAL TRANSACTION FEE', account: 'ACCOUNT FEE', atm: 'ATM FEE' },
};

function feeText(bank: BankFormat, raw: string): string {
  const table = FEE_TEXT[bank];
  return raw === 'foreign' || raw === 'account' || raw === 'atm' ? table[raw] : raw;
}

const last4 = (s: string | undefined): string => (s ?? '0000').slice(-4);
const receipt = (spec: NarrativeSpec): string => hashDigits(spec.n, 11, 6);
const purchaseIso = (spec: NarrativeSpec, facts: RowFacts): string => spec.valueDate ?? facts.date;
const withMemo = (s: string, memo: string | undefined): string => (memo ? `${s} ${memo}` : s);

function foreignTail(spec: NarrativeSpec): string {
  const f = spec.foreign;
  return f ? ` ${f.currency} ${f.amount}` : '';
}

function foreignPlace(spec: NarrativeSpec): string {
  const f = spec.foreign;
  if (!f) return '';
  return f.region ? `${f.city} ${f.region} ${f.country}` : `${f.city} ${f.country}`;
}

// ------------------------------------------------------------------ CommBank
function commbank(spec: NarrativeSpec): string {
  const vd = spec.valueDate ? ` Value Date: ${dmySlash(spec.valueDate)}` : '';
  const cardWord = spec.wallet ? 'Tap and Pay' : 'Card';
  switch (spec.channel) {
    case 'card': {
      if (spec.foreign) return `${spec.raw} ${foreignPlace(spec)} Card xx${last4(spec.card)}${foreignTail(spec)}${vd}`;
      const st = spec.state ?? 'NSW';
      // one in eight card rows shows the short merchant-terminal form
      if (!spec.valueDate && spec.n % 8 === 0) return `${spec.raw} ${spec.suburb ?? ''} ${st} AU`;
      return `${spec.raw} ${spec.suburb ?? ''} ${cbaStateOf(st)} AUS ${cardWord} xx${last4(spec.card)}${vd}`;
    }
    case 'refund':
      return `Return ${spec.raw} ${spec.suburb ?? ''} ${cbaStateOf(spec.state ?? 'NSW')} AUS Card xx${last4(spec.card)}${vd}`;
    case 'direct-debit':
      return `Direct Debit ${spec.biller ?? '000000'} ${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'bpay':
      return `BPAY ${spec.raw} ${spec.biller ?? ''} ${spec.ref ?? ''}`.trimEnd();
    case 'salary':
    case 'credit':
      return `Direct Credit ${spec.biller ?? '000000'} ${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'transfer-out':
      return `Transfer to xx${last4(spec.account)} CommBank App`;
    case 'transfer-in':
      return `Transfer from xx${last4(spec.account)} CommBank App`;
    case 'pay-out':
      return withMemo(`Transfer To ${spec.raw} CommBank App`, spec.memo);
    case 'pay-in':
      return withMemo(`Fast Transfer From ${spec.raw} to PayID Phone`, spec.memo);
    case 'atm':
      if (spec.foreign) return `Wdl ATM ${spec.raw} ${foreignPlace(spec)} Card xx${last4(spec.card)}${foreignTail(spec)}`;
      return `Wdl ATM ${spec.raw} ${spec.suburb ?? ''} ${spec.state ?? ''} ${hashDigits(spec.n, 3, 6)} AUS`;
    case 'fee':
      return feeText('commbank', spec.raw);
  }
}

// ----------------------------------------------------------------------- ANZ
function anz(spec: NarrativeSpec): string {
  switch (spec.channel) {
    case 'card':
      if (spec.foreign) return `VISA DEBIT PURCHASE CARD ${last4(spec.card)} ${spec.raw} ${spec.foreign.city}${foreignTail(spec)}`;
      return `VISA DEBIT PURCHASE CARD ${last4(spec.card)} ${spec.raw} ${spec.suburb ?? ''}`.trimEnd();
    case 'refund':
      return `VISA DEBIT DEPOSIT CARD ${last4(spec.card)} ${spec.raw} ${spec.suburb ?? ''}`.trimEnd();
    case 'direct-debit':
      return `${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'bpay': {
      const padded = spec.raw.length < 26 ? spec.raw + ' '.repeat(26 - spec.raw.length) : `${spec.raw}   `;
      return `ANZ INTERNET BANKING BPAY ${padded}{${spec.ref ?? ''}}`;
    }
    case 'salary':
      return `PAY/SALARY FROM ${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'credit':
      return `PAYMENT FROM ${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'transfer-out':
      return `ANZ INTERNET BANKING FUNDS TFER TRANSFER ${hashDigits(spec.n, 4, 6)} TO ${spec.account ?? ''}`;
    case 'transfer-in':
      return `ANZ INTERNET BANKING FUNDS TFER TRANSFER ${hashDigits(spec.n, 4, 6)} FROM ${spec.account ?? ''}`;
    case 'pay-out':
      return `ANZ MOBILE BANKING PAYMENT ${hashDigits(spec.n, 4, 6)} TO ${spec.raw}`;
    case 'pay-in':
      return withMemo(`PAYMENT FROM ${spec.raw}`, spec.memo?.toUpperCase());
    case 'atm':
      if (spec.foreign) return `ATM WITHDRAWAL ${spec.foreign.city} ${spec.foreign.country}${foreignTail(spec)}`;
      return `ANZ ATM ${spec.suburb ?? ''} ${spec.state ?? ''}`.trimEnd();
    case 'fee':
      return feeText('anz', spec.raw);
  }
}

// ------------------------------------------------------------------- Westpac
function westpac(spec: NarrativeSpec): string {
  const cardNo = `Card No. ~00${last4(spec.card)}`;
  const place = (s: string): string => (s.length < 24 ? s + ' '.repeat(24 - s.length) : `${s} `);
  switch (spec.channel) {
    case 'card': {
      if (spec.foreign) return `DEBIT CARD PURCHASE ${place(`${spec.raw} ${spec.foreign.city}`)}${spec.foreign.country} ${cardNo}${foreignTail(spec)}`;
      const head = !spec.online && !spec.wallet && spec.n % 3 === 0 ? 'EFTPOS DEBIT' : 'DEBIT CARD PURCHASE';
      return `${head} ${place(`${spec.raw} ${spec.suburb ?? ''}`)}AUS ${cardNo}`;
    }
    case 'refund':
      return `DEBIT CARD REFUND ${place(`${spec.raw} ${spec.suburb ?? ''}`)}AUS ${cardNo}`;
    case 'direct-debit':
      return `PAYMENT BY AUTHORITY TO ${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'bpay':
      return `BPAY BILL PAYMENT ${hashDigits(spec.n, 5, 6)} TO ${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'salary':
    case 'credit':
      return `DEPOSIT ${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'transfer-out':
      return `WITHDRAWAL ONLINE ${hashDigits(spec.n, 5, 7)} TFR ${SAVINGS_NAME.westpac} ${last4(spec.account)}`;
    case 'transfer-in':
      return `DEPOSIT ONLINE ${hashDigits(spec.n, 5, 7)} TFR ${SAVINGS_NAME.westpac} ${last4(spec.account)}`;
    case 'pay-out':
      return withMemo(`WITHDRAWAL-OSKO PAYMENT ${hashDigits(spec.n, 5, 7)} ${spec.raw}`, spec.memo);
    case 'pay-in':
      return withMemo(`DEPOSIT-OSKO PAYMENT ${hashDigits(spec.n, 5, 7)} ${spec.raw}`, spec.memo);
    case 'atm':
      if (spec.foreign) return `ATM WITHDRAWAL ${hashDigits(spec.n, 5, 6)} ${spec.foreign.city} ${spec.foreign.country}${foreignTail(spec)}`;
      return `ATM WITHDRAWAL ${hashDigits(spec.n, 5, 6)} ${spec.suburb ?? ''} ${spec.state ?? ''}`.trimEnd();
    case 'fee':
      return feeText('westpac', spec.raw);
  }
}

// ----------------------------------------------------------------------- NAB
function nab(spec: NarrativeSpec, facts: RowFacts): string {
  const when = dmShort(purchaseIso(spec, facts));
  const arn = `74940${hashDigits(spec.n, 6, 6)}`;
  switch (spec.channel) {
    case 'card':
      if (spec.foreign) return `V${last4(spec.card)} ${when} ${spec.raw} ${spec.foreign.city}${foreignTail(spec)} ${arn}`;
      return `V${last4(spec.card)} ${when} ${spec.raw} ${spec.suburb ?? ''} ${arn}`;
    case 'refund':
      return `V${last4(spec.card)} ${when} ${spec.raw} ${spec.suburb ?? ''} ${arn}`;
    case 'direct-debit':
      return `${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'bpay':
      return `${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'salary':
    case 'credit':
      return `${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'transfer-out':
    case 'transfer-in':
      return `ONLINE ${hashDigits(spec.n, 6, 7)} ${SAVINGS_NAME.nab} Linked Acc Trns`;
    case 'pay-out':
      return withMemo(`ONLINE ${hashDigits(spec.n, 6, 7)}`, spec.memo ?? 'Payment') + ` ${spec.raw}`;
    case 'pay-in':
      return withMemo(`${spec.raw}`, spec.memo);
    case 'atm':
      if (spec.foreign) return `${spec.foreign.city} ${spec.foreign.country}${foreignTail(spec)} ${hashDigits(spec.n, 6, 6)}`;
      return `${spec.suburb ?? ''} ${spec.state ?? ''} ${hashDigits(spec.n, 6, 6)}`.trim();
    case 'fee':
      return feeText('nab', spec.raw);
  }
}

// ----------------------------------------------------------------------- ING
function ing(spec: NarrativeSpec, facts: RowFacts): string {
  const r = receipt(spec);
  const cardTail = `Card 462263xxxxxx${last4(spec.card)}`;
  const on = dMonYYYY(purchaseIso(spec, facts));
  switch (spec.channel) {
    case 'card': {
      if (spec.foreign) {
        const city = spec.foreign.city;
        return `${spec.raw} ${city} - Visa Purchase - Receipt ${r}In ${city} Date ${on} ${cardTail} Foreign Currency Amount: ${spec.foreign.currency} ${spec.foreign.amount}`;
      }
      const where = spec.suburb ?? '';
      const kind = !spec.online && !spec.wallet && spec.n % 4 === 0 ? 'EFTPOS Purchase' : 'Visa Purchase';
      return `${spec.raw} ${where} - ${kind} - Receipt ${r}In ${where} Date ${on} ${cardTail}`;
    }
    case 'refund':
      return `${spec.raw} ${spec.suburb ?? ''} - Visa Refund - Receipt ${r}In ${spec.suburb ?? ''} Date ${on} ${cardTail}`;
    case 'direct-debit':
      return `${spec.raw} - Direct Debit - Receipt ${r} ${spec.ref ?? ''}`.trimEnd();
    case 'bpay':
      return `${spec.raw} - BPAY Bill Payment - Receipt ${r} To ${spec.biller ?? ''} ${spec.ref ?? ''}`.trimEnd();
    case 'salary':
      return `Salary - Salary Deposit - Receipt ${r} From ${spec.raw}`;
    case 'credit':
      return `${spec.raw} - Direct Credit - Receipt ${r} ${spec.ref ?? ''}`.trimEnd();
    case 'transfer-out':
      return `Internal Transfer - Receipt ${r} To ${SAVINGS_NAME.ing} ${last4(spec.account)}`;
    case 'transfer-in':
      return `Internal Transfer - Receipt ${r} From ${SAVINGS_NAME.ing} ${last4(spec.account)}`;
    case 'pay-out':
      return `${withMemo(titleCase(spec.raw), spec.memo)} - Osko Payment - Receipt ${r}`;
    case 'pay-in':
      return `${withMemo(titleCase(spec.raw), spec.memo)} - Osko Deposit - Receipt ${r}`;
    case 'atm':
      if (spec.foreign) return `ATM Withdrawal - Receipt ${r}In ${spec.foreign.city} Date ${on} ${cardTail} Foreign Currency Amount: ${spec.foreign.currency} ${spec.foreign.amount}`;
      return `ATM Withdrawal - Receipt ${r}In ${spec.suburb ?? ''} Date ${on} ${cardTail}`;
    case 'fee':
      return `${feeText('ing', spec.raw)} - Receipt ${r}`;
  }
}

// ----------------------------------------------------------------- Macquarie
function macquarie(spec: NarrativeSpec): string {
  switch (spec.channel) {
    case 'card':
      if (spec.foreign) return `${spec.raw} ${foreignPlace(spec)}${foreignTail(spec)}`;
      return `${spec.raw} ${spec.suburb ?? ''} ${spec.state ?? ''}AU`;
    case 'refund':
      return `REFUND ${spec.raw} ${spec.suburb ?? ''} ${spec.state ?? ''}AU`;
    case 'direct-debit':
      return `${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'bpay':
      return `BPAY TO ${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'salary':
    case 'credit':
      return `${spec.raw} ${spec.ref ?? ''}`.trimEnd();
    case 'transfer-out':
      return `TRANSFER TO ${spec.account ?? ''} INTERNAL TRANSFER`;
    case 'transfer-in':
      return `TRANSFER FROM ${spec.account ?? ''} INTERNAL TRANSFER`;
    case 'pay-out':
      return withMemo(`TRANSFER TO ${spec.raw}`, spec.memo?.toUpperCase());
    case 'pay-in':
      return withMemo(`DEPOSIT FROM ${spec.raw}`, spec.memo?.toUpperCase());
    case 'atm':
      if (spec.foreign) return `ATM WITHDRAWAL ${foreignPlace(spec)}${foreignTail(spec)}`;
      return `ATM WITHDRAWAL ${spec.suburb ?? ''} ${spec.state ?? ''}`.trimEnd();
    case 'fee':
      return feeText('macquarie', spec.raw);
  }
}

// ------------------------------------------------------------------------ Up
function up(spec: NarrativeSpec, facts: RowFacts): string {
  switch (spec.channel) {
    case 'transfer-out':
      return `Transfer to ${SAVINGS_NAME.up}`;
    case 'transfer-in':
      return `Transfer from ${SAVINGS_NAME.up}`;
    case 'pay-out':
      return `Transfer to ${titleCase(spec.raw)}`;
    case 'pay-in':
      return `Transfer from ${titleCase(spec.raw)}`;
    case 'atm':
      return `ATM ${titleCase(spec.foreign?.city ?? spec.suburb ?? '')}`.trimEnd();
    case 'fee':
      return feeText('up', spec.raw);
    default:
      return facts.merchant;
  }
}

// ------------------------------------------------------------------- generic
function generic(spec: NarrativeSpec, facts: RowFacts): string {
  switch (spec.channel) {
    case 'card':
      return spec.foreign ? `${spec.raw} ${foreignPlace(spec)}` : `${spec.raw} ${spec.suburb ?? ''} ${spec.state ?? ''}`.trimEnd();
    case 'refund':
      return `REFUND ${spec.raw} ${spec.suburb ?? ''}`.trimEnd();
    case 'transfer-out':
      return `TRANSFER TO SAVINGS ${last4(spec.account)}`;
    case 'transfer-in':
      return `TRANSFER FROM SAVINGS ${last4(spec.account)}`;
    case 'pay-out':
      return withMemo(`TRANSFER TO ${spec.raw}`, spec.memo);
    case 'pay-in':
      return withMemo(`TRANSFER FROM ${spec.raw}`, spec.memo);
    case 'atm':
      return `ATM WITHDRAWAL ${spec.foreign?.city ?? spec.suburb ?? ''}`.trimEnd();
    case 'fee':
      return feeText('generic', spec.raw);
    case 'salary':
      return `SALARY ${spec.raw}`;
    default:
      return `${spec.raw} ${spec.ref ?? ''}`.trimEnd() || facts.merchant;
  }
}

/** The narrative a bank prints for a row (Macquarie: Original Description; Up: Description; NAB: Transaction Details). */
export function renderNarrative(bank: BankFormat, spec: NarrativeSpec, facts: RowFacts): string {
  switch (bank) {
    case 'commbank':
      return commbank(spec);
    case 'anz':
      return anz(spec);
    case 'westpac':
      return westpac(spec);
    case 'nab':
    case 'nab-legacy':
      return nab(spec, facts);
    case 'ing':
      return ing(spec, facts);
    case 'macquarie':
      return macquarie(spec);
    case 'up':
      return up(spec, facts);
    case 'generic':
      return generic(spec, facts);
  }
}

/** A person's name as banks print it: `D BROWN`. */
export function payeeRaw(name: string): string {
  return initialSurname(name);
}

const GOVERNMENT = /^(CENTRELINK|ATO|MEDICARE|SERVICES AUSTRALIA)/;

/** NAB's Transaction Type column (current and legacy exports). */
export function nabTransactionType(spec: NarrativeSpec): string {
  switch (spec.channel) {
    case 'card':
      return spec.foreign ? 'MISCELLANEOUS DEBIT' : !spec.online && spec.n % 5 === 0 ? 'EFTPOS DEBIT' : 'MISCELLANEOUS DEBIT';
    case 'refund':
      return 'MISCELLANEOUS CREDIT';
    case 'direct-debit':
      return 'AUTOMATIC DRAWING';
    case 'bpay':
      return 'INTERNET BPAY';
    case 'salary':
      return 'SALARY';
    case 'credit':
      return 'INTER-BANK CREDIT';
    case 'transfer-out':
    case 'pay-out':
      return 'TRANSFER DEBIT';
    case 'transfer-in':
      return 'TRANSFER CREDIT';
    case 'pay-in':
      return 'INTER-BANK CREDIT';
    case 'atm':
      return 'ATM CASH WITHDRAWAL';
    case 'fee':
      return 'FEES';
  }
}

const NAB_CATEGORY: Record<Category, string> = {
  Housing: 'Home',
  Groceries: 'Groceries',
  Dining: 'Restaurants & takeaway',
  Transport: 'Transport',
  Utilities: 'Utilities',
  'Phone & Internet': 'Utilities',
  Subscriptions: 'Entertainment',
  Insurance: 'Insurance',
  Health: 'Health & medical',
  Shopping: 'Other shopping',
  Entertainment: 'Entertainment',
  Travel: 'Holiday & travel',
  Gifts: 'Gifts & donations',
  Education: 'Education',
  'Personal Payments': 'Transfers out',
  Cash: 'Cash',
  Fees: 'Fees & interest',
  Income: 'Salary & income',
  Refunds: 'Refunds',
  Transfers: 'Internal transfers',
  Uncategorized: 'Uncategorised',
};

/** NAB's Category column. */
export function nabCategory(spec: NarrativeSpec, category: Category): string {
  if (spec.channel === 'transfer-in' || spec.channel === 'transfer-out') return 'Internal transfers';
  if (spec.channel === 'pay-in') return 'Transfers in';
  if (spec.channel === 'credit' && GOVERNMENT.test(spec.raw)) return 'Government payments';
  return NAB_CATEGORY[category];
}

/** Westpac's Categories code. */
export function westpacCode(spec: NarrativeSpec): string {
  switch (spec.channel) {
    case 'salary':
    case 'credit':
      return 'DEP';
    case 'pay-in':
    case 'transfer-in':
    case 'refund':
      return 'CREDIT';
    case 'fee':
      return 'FEE';
    case 'transfer-out':
    case 'atm':
      return 'OTHER';
    default:
      return 'PAYMENT';
  }
}

const MACQUARIE_CATEGORY: Record<Category, [string, string]> = {
  Housing: ['Home', 'Rent & Mortgage'],
  Groceries: ['Food & Drink', 'Groceries'],
  Dining: ['Food & Drink', 'Restaurants & Cafes'],
  Transport: ['Transport', 'Fuel & Transport'],
  Utilities: ['Bills', 'Utilities'],
  'Phone & Internet': ['Bills', 'Phone & Internet'],
  Subscriptions: ['Entertainment', 'Subscriptions'],
  Insurance: ['Bills', 'Insurance'],
  Health: ['Health', 'Medical'],
  Shopping: ['Shopping', 'General Shopping'],
  Entertainment: ['Entertainment', 'Leisure'],
  Travel: ['Travel', 'Holidays'],
  Gifts: ['Shopping', 'Gifts & Donations'],
  Education: ['Family', 'Education'],
  'Personal Payments': ['Transfers', 'Payments To Others'],
  Cash: ['Cash', 'ATM'],
  Fees: ['Bills', 'Bank Fees'],
  Income: ['Income', 'Salary'],
  Refunds: ['Income', 'Refunds'],
  Transfers: ['Transfers', 'Internal Transfer'],
  Uncategorized: ['Other', 'Uncategorised'],
};

/** Macquarie's Category and Subcategory (Title Case). */
export function macquarieCategory(spec: NarrativeSpec, category: Category): [string, string] {
  if (spec.channel === 'credit' && GOVERNMENT.test(spec.raw)) return ['Income', 'Government'];
  if (spec.channel === 'pay-in') return ['Transfers', 'Payments From Others'];
  return MACQUARIE_CATEGORY[category];
}

/** Macquarie's Details column: a cleaned merchant, or its internal-transfer phrasing. */
export function macquarieDetails(spec: NarrativeSpec, merchant: string): string {
  if (spec.channel === 'transfer-out') return `To linked account xx${last4(spec.account)} - Internal transfer`;
  if (spec.channel === 'transfer-in') return `From linked account xx${last4(spec.account)} - Internal transfer`;
  return merchant;
}

const UP_CATEGORY: Record<Category, string> = {
  Housing: 'Rent & Mortgage',
  Groceries: 'Groceries',
  Dining: 'Restaurants & Cafes',
  Transport: 'Fuel',
  Utilities: 'Utilities',
  'Phone & Internet': 'Internet',
  Subscriptions: 'TV & Music',
  Insurance: 'Life Admin',
  Health: 'Health & Medical',
  Shopping: 'Clothing & Accessories',
  Entertainment: 'Events & Gigs',
  Travel: 'Holidays & Travel',
  Gifts: 'Gifts & Charity',
  Education: 'Education & Student Loans',
  'Personal Payments': '',
  Cash: '',
  Fees: '',
  Income: '',
  Refunds: '',
  Transfers: '',
  Uncategorized: '',
};

/** Up's Category column (empty for transfers, income and cash, as Up leaves them). */
export function upCategory(spec: NarrativeSpec, category: Category): string {
  if (spec.channel !== 'card' && spec.channel !== 'direct-debit' && spec.channel !== 'bpay') return '';
  return UP_CATEGORY[category];
}

/** Up's Transaction Type column. */
export function upTransactionType(spec: NarrativeSpec): string {
  switch (spec.channel) {
    case 'card':
      return 'Purchase';
    case 'refund':
      return 'Refund';
    case 'direct-debit':
      return 'Direct Debit';
    case 'bpay':
      return 'BPAY Payment';
    case 'salary':
      return 'Salary';
    case 'credit':
      return 'Direct Credit';
    case 'transfer-out':
    case 'transfer-in':
      return 'Transfer';
    case 'pay-out':
      return 'Payment';
    case 'pay-in':
      return 'Osko Payment Received';
    case 'atm':
      return 'ATM Cash Out';
    case 'fee':
      return 'Fee';
  }
}

/** Up's Payment Method column. */
export function upPaymentMethod(spec: NarrativeSpec): string {
  switch (spec.channel) {
    case 'card':
    case 'refund':
      return spec.wallet ? (spec.n % 3 === 0 ? 'Google Pay' : 'Apple Pay') : spec.online ? 'Card Not Present' : 'Card';
    case 'direct-debit':
      return 'Direct Debit';
    case 'bpay':
      return 'BPAY';
    case 'pay-out':
    case 'pay-in':
      return 'Osko';
    case 'atm':
      return 'Card';
    default:
      return '';
  }
}

/**
 * The bank's own category / type the parser would keep as `bankCategory`
 * for a row of this bank's export (null where the file has none).
 */
export function bankCategoryHint(bank: BankFormat, spec: NarrativeSpec, category: Category): string | null {
  switch (bank) {
    case 'nab':
      return nabCategory(spec, category);
    case 'nab-legacy':
      return nabTransactionType(spec);
    case 'westpac':
      return westpacCode(spec);
    case 'macquarie':
      return macquarieCategory(spec, category).join(' / ');
    case 'up': {
      const c = upCategory(spec, category);
      return c === '' ? upTransactionType(spec) : c;
    }
    default:
      return null;
  }
}

/** Whether a bank's export carries a running balance (and so `balanceCents` is known). */
export function bankHasBalance(bank: BankFormat): boolean {
  return bank === 'commbank' || bank === 'westpac' || bank === 'nab' || bank === 'nab-legacy' || bank === 'ing' || bank === 'macquarie';
}

/** Macquarie's default `Account` column. */
export const MACQUARIE_ACCOUNT_NAME = 'Transaction Account';

/** The account as a bank's export prints it on each row (Westpac: BSB and number run together; Macquarie: the account's name). */
export function accountLabel(bank: BankFormat, bsb: string, number: string): string {
  if (bank === 'macquarie') return MACQUARIE_ACCOUNT_NAME;
  return bank === 'westpac' ? `${bsb}${number}`.replace(/[^0-9]/g, '') : `${bsb} ${number}`;
}

/** Whether a bank's export names the account on every row. */
export function bankHasAccount(bank: BankFormat): boolean {
  return bank === 'westpac' || bank === 'nab' || bank === 'up' || bank === 'macquarie';
}

/** What the household's savings account is called at each bank. */
export const SAVINGS_NAME: Record<Exclude<BankFormat, 'generic'>, string> = {
  commbank: 'NetBank Saver',
  anz: 'ANZ Online Saver',
  westpac: 'Westpac eSaver',
  nab: 'NAB Reward Saver',
  'nab-legacy': 'NAB iSaver',
  ing: 'Savings Maximiser',
  macquarie: 'Savings Account',
  up: 'Rainy Day',
};

/** Foreign transaction fee charged by each bank, basis points (Up, ING and Macquarie charge none). */
export const FOREIGN_FEE_BPS: Record<Exclude<BankFormat, 'generic'>, number> = {
  commbank: 300,
  anz: 300,
  westpac: 300,
  nab: 300,
  'nab-legacy': 300,
  ing: 0,
  macquarie: 0,
  up: 0,
};
