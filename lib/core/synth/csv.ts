/**
 * Write transactions as a bank's CSV export (layouts per the shared
 * docs/bank-formats.md). Rows that carry a `narrative` spec are re-rendered
 * in the target bank's narrative style; rows without one keep their
 * `description`.
 *
 * Balances are recomputed in date order from an opening balance, so any
 * list of rows gives a consistent running balance.
 */
import type { BankFormat } from '../types';
import { dMonYY, dMonYYDash, dMonYYYY, dayOfIso, dmySlash, melbourneOffsetMinutes } from './dates';
import {
  MACQUARIE_ACCOUNT_NAME,
  macquarieCategory,
  macquarieDetails,
  nabCategory,
  nabTransactionType,
  renderNarrative,
  upCategory,
  upPaymentMethod,
  upTransactionType,
  westpacCode,
} from './narratives';
import type { SynthTransaction } from './types';

export interface BankCsvOptions {
  /** Macquarie `Account`, Up `Account Name` (defaults: the rows' `account` or `Transaction Account`; `Spending`) */
  accountName?: string;
  /** Westpac `Bank Account`, NAB `Account Number`, Up `BSB / Account Number`; default: the rows' `account`, else a placeholder */
  accountNumber?: string;
  /** newest row first; default true for Up (as Up exports), false for the rest */
  newestFirst?: boolean;
  /** balance before the first row, cents; default: from the first row's `balanceCents`, else just enough to stay above $1,000 */
  openingBalanceCents?: number;
  /** default CRLF for CommBank (as it exports), LF for the rest */
  lineEnding?: '\r\n' | '\n';
  /** prefix a UTF-8 byte-order mark */
  bom?: boolean;
  /** CommBank credit-card export: balance column written `""` */
  creditCard?: boolean;
  /** ANZ: `quoted` (recent: `"-705.00"`) or `trimmed` (older: `-14.6`, `-20`); default quoted */
  anzStyle?: 'quoted' | 'trimmed';
  /** NAB: `current` (10 columns with Processed On) or `2022` (9 columns, 2022–24 files); default current */
  nabVariant?: 'current' | '2022';
  /** NAB current: leave Processed On blank on the newest day's rows (not yet processed) */
  blankLatestProcessedOn?: boolean;
  /** NAB legacy: `plain` (`30-Nov-17,-14.95,,,TYPE,…`) or `quoted` (`"28 Dec 17","-14.95",…,"+456.78"`); default plain */
  nabLegacyStyle?: 'plain' | 'quoted';
  /** Up: `current` or `2021` layout; default current */
  upVariant?: 'current' | '2021';
  /** Up: round card purchases up to the next dollar on the same row; default true */
  roundUps?: boolean;
}

// ---------------------------------------------------------- amount text

/** `-17.99`, `1234.56` */
export function fixed2(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** CommBank style: credits and positive balances carry `+`. */
export function signedPlus(cents: number): string {
  return cents >= 0 ? `+${fixed2(cents)}` : fixed2(cents);
}

/** Trailing zeros trimmed: `-14.6`, `-20`, `518.2`, `5000`. */
export function trimmed(cents: number): string {
  return fixed2(cents).replace(/\.?0+$/, '').replace(/^-?$/, '0');
}

/** Always quoted, quotes doubled. */
function q(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Quoted only when it has to be. */
function f(s: string): string {
  return /[",\r\n]/.test(s) ? q(s) : s;
}

// ---------------------------------------------------------------- rows

interface Row {
  tx: SynthTransaction;
  desc: string;
  balance: number;
}

function describe(format: BankFormat, tx: SynthTransaction): string {
  return tx.narrative ? renderNarrative(format, tx.narrative, tx) : tx.description;
}

function prepare(format: BankFormat, txs: readonly SynthTransaction[], opts: BankCsvOptions): Row[] {
  const ordered = txs.map((tx, i) => ({ tx, i })).sort((a, b) => (a.tx.date < b.tx.date ? -1 : a.tx.date > b.tx.date ? 1 : a.i - b.i));
  let opening = opts.openingBalanceCents;
  const first = ordered[0]?.tx;
  if (opening === undefined && first && first.balanceCents !== null) opening = first.balanceCents - first.amountCents;
  if (opening === undefined) {
    let run = 0;
    let min = 0;
    for (const { tx } of ordered) {
      run += tx.amountCents;
      if (run < min) min = run;
    }
    opening = -min + 100000;
  }
  let bal = opening;
  const rows = ordered.map(({ tx }) => {
    bal += tx.amountCents;
    return { tx, desc: describe(format, tx), balance: bal };
  });
  const newestFirst = opts.newestFirst ?? format === 'up';
  return newestFirst ? rows.reverse() : rows;
}

function timeOfDay(n: number, channel: string | undefined): string {
  const hour = channel === 'salary' || channel === 'credit' ? 1 + (n % 5) : channel === 'card' ? 7 + (n % 15) : n % 24;
  const mm = (n >>> 5) % 60;
  const ss = (n >>> 11) % 60;
  return `${String(hour).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}

function upOffset(iso: string): string {
  const minutes = melbourneOffsetMinutes(dayOfIso(iso));
  return minutes === 660 ? '+11:00' : '+10:00';
}

// ------------------------------------------------------------- writers

const HEADERS = {
  westpac: 'Bank Account,Date,Narrative,Debit Amount,Credit Amount,Balance,Categories,Serial',
  nab: 'Date,Amount,Account Number,,Transaction Type,Transaction Details,Balance,Category,Merchant Name,Processed On',
  nab2022: 'Date,Amount,Account Number,,Transaction Type,Transaction Details,Balance,Category,Merchant Name',
  ing: 'Date,Description,Credit,Debit,Balance',
  macquarie: 'Transaction Date,Details,Account,Category,Subcategory,Tags,Notes,Debit,Credit,Balance,Original Description',
  up: 'Time,BSB / Account Number,Account Name,Transaction Type,Payee,Description,Category,Tags,Subtotal (AUD),Currency,Subtotal (Transaction Currency),Round Up (AUD),Total (AUD),Payment Method,Settled Date',
  up2021: 'Time,BSB / Account Number,Transaction Type,Payee,Description,Category,Tags,Subtotal (AUD),Currency,Subtotal (Transaction Currency),Fee (AUD),Round Up (AUD),Total (AUD),Payment Method,Settled Date',
  generic: 'Date,Description,Amount',
} as const;

/** Header row of each format, `null` for the headerless ones (CommBank, ANZ, NAB legacy). */
export function bankCsvHeader(format: BankFormat, opts: BankCsvOptions = {}): string | null {
  switch (format) {
    case 'commbank':
    case 'anz':
    case 'nab-legacy':
      return null;
    case 'westpac':
      return HEADERS.westpac;
    case 'nab':
      return opts.nabVariant === '2022' ? HEADERS.nab2022 : HEADERS.nab;
    case 'ing':
      return HEADERS.ing;
    case 'macquarie':
      return HEADERS.macquarie;
    case 'up':
      return opts.upVariant === '2021' ? HEADERS.up2021 : HEADERS.up;
    case 'generic':
      return HEADERS.generic;
  }
}

function line(format: BankFormat, row: Row, opts: BankCsvOptions, latestDate: string): string {
  const { tx, desc, balance } = row;
  const spec = tx.narrative;
  const amount = tx.amountCents;
  const account = opts.accountNumber ?? tx.account ?? '000000000';
  switch (format) {
    case 'commbank':
      return `${dmySlash(tx.date)},${q(signedPlus(amount))},${q(desc)},${opts.creditCard ? '""' : q(signedPlus(balance))}`;
    case 'anz':
      return opts.anzStyle === 'trimmed' ? `${dmySlash(tx.date)},${trimmed(amount)},${q(desc)}` : `${dmySlash(tx.date)},${q(fixed2(amount))},${q(desc)}`;
    case 'westpac': {
      const code = spec ? westpacCode(spec) : amount < 0 ? 'PAYMENT' : 'DEP';
      return [account.replace(/[^0-9]/g, ''), dmySlash(tx.date), f(desc), amount < 0 ? fixed2(-amount) : '', amount >= 0 ? fixed2(amount) : '', fixed2(balance), code, ''].join(',');
    }
    case 'nab': {
      const type = spec ? nabTransactionType(spec) : amount < 0 ? 'MISCELLANEOUS DEBIT' : 'MISCELLANEOUS CREDIT';
      const cat = spec ? nabCategory(spec, tx.category) : '';
      const merchant = spec && (spec.channel === 'card' || spec.channel === 'refund') ? tx.merchant : '';
      const cols = [dMonYY(tx.date), fixed2(amount), f(account), '', type, f(desc), fixed2(balance), f(cat), f(merchant)];
      if (opts.nabVariant !== '2022') cols.push(opts.blankLatestProcessedOn && tx.date === latestDate ? '' : dMonYY(tx.date));
      return cols.join(',');
    }
    case 'nab-legacy': {
      const type = spec ? nabTransactionType(spec) : amount < 0 ? 'MISCELLANEOUS DEBIT' : 'MISCELLANEOUS CREDIT';
      if (opts.nabLegacyStyle === 'quoted') {
        return [q(dMonYY(tx.date)), q(fixed2(amount)), q(account.replace(/[^0-9]/g, '')), '', q(type), q(desc), q(signedPlus(balance))].join(',');
      }
      return [dMonYYDash(tx.date), fixed2(amount), '', '', type, f(desc), fixed2(balance), ''].join(',');
    }
    case 'ing':
      return [dmySlash(tx.date), f(desc), amount >= 0 ? fixed2(amount) : '', amount < 0 ? fixed2(amount) : '', fixed2(balance)].join(',');
    case 'macquarie': {
      const [cat, sub] = spec ? macquarieCategory(spec, tx.category) : ['Other', 'Uncategorised'];
      const details = spec ? macquarieDetails(spec, tx.merchant) : tx.merchant;
      return [
        dMonYYYY(tx.date),
        details,
        opts.accountName ?? tx.account ?? MACQUARIE_ACCOUNT_NAME,
        cat,
        sub,
        '',
        '',
        amount < 0 ? trimmed(-amount) : '',
        amount >= 0 ? trimmed(amount) : '',
        trimmed(balance),
        desc,
      ]
        .map(q)
        .join(',');
    }
    case 'up': {
      const when = spec?.valueDate ?? tx.date;
      const time = timeOfDay(spec?.n ?? 0, spec?.channel);
      const variant2021 = opts.upVariant === '2021';
      const stamp = variant2021 ? `${when} ${time} ${upOffset(when)}` : `${when}T${time}${upOffset(when)}`;
      const isPurchase = spec?.channel === 'card' && amount < 0;
      const roundUp = (opts.roundUps ?? true) && isPurchase && -amount % 100 !== 0 ? -(100 - (-amount % 100)) : 0;
      const foreign = spec?.foreign;
      const payee = spec && spec.channel !== 'transfer-in' && spec.channel !== 'transfer-out' && spec.channel !== 'fee' ? tx.merchant : '';
      const cols = [
        stamp,
        opts.accountNumber ?? tx.account ?? '633-123 000000000',
        ...(variant2021 ? [] : [opts.accountName ?? 'Spending']),
        spec ? upTransactionType(spec) : amount < 0 ? 'Purchase' : 'Transfer',
        payee,
        desc,
        spec ? upCategory(spec, tx.category) : '',
        '',
        fixed2(amount),
        foreign ? foreign.currency : 'AUD',
        foreign ? `${amount < 0 ? '-' : ''}${foreign.amount}` : fixed2(amount),
        ...(variant2021 ? [''] : []),
        roundUp !== 0 ? fixed2(roundUp) : '',
        fixed2(amount + roundUp),
        spec ? upPaymentMethod(spec) : '',
        tx.date,
      ];
      return cols.map((c) => (c === '' ? '""' : f(c))).join(',');
    }
    case 'generic':
      return `${tx.date},${f(desc)},${fixed2(amount)}`;
  }
}

/**
 * The CSV text a bank would export for these rows.
 *
 * CommBank: no header, `DD/MM/YYYY,"-17.99","NARRATIVE","+1234.56"`, CRLF.
 * ANZ: no header, `DD/MM/YYYY,"-705.00","NARRATIVE"` (or trimmed amounts).
 * Westpac: header, debit/credit columns, category codes, empty Serial (trailing comma).
 * NAB: header with an empty 4th column, `DD Mon YY` dates, type, category, merchant.
 * NAB legacy: no header, `DD-Mon-YY,-14.95,,,TYPE,details,balance,`.
 * ING: `Date,Description,Credit,Debit,Balance`, debits negative.
 * Macquarie: header unquoted, every data field quoted, trimmed amounts.
 * Up: newest first, ISO timestamps with offsets, round-ups on the row.
 * generic: `Date,Description,Amount` with ISO dates.
 */
export function toBankCsv(format: BankFormat, txs: readonly SynthTransaction[], opts: BankCsvOptions = {}): string {
  const eol = opts.lineEnding ?? (format === 'commbank' ? '\r\n' : '\n');
  const rows = prepare(format, txs, opts);
  let latest = '';
  for (const r of rows) if (r.tx.date > latest) latest = r.tx.date;
  const lines: string[] = [];
  const header = bankCsvHeader(format, opts);
  if (header !== null) lines.push(header);
  for (const r of rows) lines.push(line(format, r, opts, latest));
  return (opts.bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}
