/**
 * Bank layouts: how to find one in a file, and how to turn one of its rows
 * into transactions.
 *
 * Files with a header are recognised by header names (never by position:
 * Up's two 15-column layouts differ in the middle); headerless files
 * (CommBank, ANZ, older NAB) by the shape of their rows. Anything else with
 * a usable header goes through the generic layout (synonyms for date,
 * description, amount or debit/credit), and anything else again through a
 * user-supplied `ColumnMapping`.
 */
import type { BankFormat, ParsedTransaction, ParseIssue, TransactionKind } from '../types';
import { parseAmountToCents } from './amount';
import { parseDateParts, toIsoDate, type DateOrder } from './date';
import type { CsvRecord } from './records';

/** User-chosen columns (0-based indexes) for the generic path. */
export interface ColumnMapping {
  date: number;
  description: number;
  /** one signed column (negative = money out) ... */
  amount?: number;
  /** ... or separate columns; debit is money out whatever its sign, credit money in */
  debit?: number;
  credit?: number;
  balance?: number;
  hasHeader: boolean;
  /** forces the date order instead of deciding it from the rows */
  dateOrder?: DateOrder;
}

export interface RowContext {
  order: DateOrder;
  /** raw date text -> ISO date (null: invalid) under `order`; filled as rows are read */
  dateCache: Map<string, string | null>;
  errors: ParseIssue[];
  warnings: ParseIssue[];
  merchant(text: string, format: BankFormat): string;
}

/** transactions for the row, 'pending' to skip it on purpose, null when it had errors (already reported) */
export type RowOutcome = ParsedTransaction[] | 'pending' | null;

export interface Layout {
  format: BankFormat;
  confidence: number;
  /** index into the non-blank records of the header row; -1 when there is none */
  headerIndex: number;
  dateCol: number;
  /** the columns as a ColumnMapping, for a UI to pre-fill the mapping form */
  mapping: ColumnMapping;
  mapRow(rec: CsvRecord, ctx: RowContext): RowOutcome;
  /** whole-file pass after all rows (e.g. pairing transfers between accounts) */
  finish?(txs: ParsedTransaction[]): void;
  /** why rows were skipped as pending, for the warning */
  pendingReason?: string;
}

// ---------------------------------------------------------------------------
// header names

const HEADER_JUNK_RE = /[()[\]$_.:#*"]/g;
const WS_RE = /\s+/g;

/** Lowercase, punctuation-light form of a header cell: `Subtotal (AUD)` -> `subtotal aud`. */
export function normalizeHeaderCell(cell: string): string {
  return cell.replace(/^\ufeff/, '').toLowerCase().replace(HEADER_JUNK_RE, ' ').replace(WS_RE, ' ').trim();
}

/**
 * Normalised header, for saving and finding mapping profiles: cells trimmed,
 * lowercased, whitespace collapsed, trailing empty cells dropped, joined with
 * commas.
 */
export function headerKey(header: readonly string[]): string {
  const cells = header.map((c) => c.replace(/^\ufeff/, '').trim().toLowerCase().replace(WS_RE, ' '));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.join(',');
}

function indexOfAny(norm: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const i = norm.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// field readers (report problems with line and field; return null on error)

function get(fields: readonly string[], i: number): string {
  return i < 0 ? '' : (fields[i] ?? '');
}

function shown(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

/** ISO date of trimmed date text under the file's order (null: not a valid date), cached per text. */
export function isoDateOf(raw: string, ctx: RowContext): string | null {
  let iso = ctx.dateCache.get(raw);
  if (iso === undefined) {
    const parts = parseDateParts(raw);
    iso = parts ? toIsoDate(parts, ctx.order) : null;
    if (ctx.dateCache.size < 100_000) ctx.dateCache.set(raw, iso);
  }
  return iso;
}

function readDate(rec: CsvRecord, col: number, name: string, ctx: RowContext): string | null {
  const raw = get(rec.fields, col).trim();
  if (raw === '') {
    ctx.errors.push({ line: rec.line, field: name, message: `${name} is empty` });
    return null;
  }
  const iso = isoDateOf(raw, ctx);
  if (iso === null) {
    const parts = parseDateParts(raw);
    const how = parts?.kind === 'numeric' ? (ctx.order === 'mdy' ? ' (read month-first)' : ' (read day-first)') : '';
    ctx.errors.push({ line: rec.line, field: name, message: `Not a valid date: "${shown(raw)}"${how}` });
  }
  return iso;
}

function readAmount(rec: CsvRecord, col: number, name: string, ctx: RowContext): number | null {
  const raw = get(rec.fields, col).trim();
  if (raw === '') {
    ctx.errors.push({ line: rec.line, field: name, message: `${name} is empty` });
    return null;
  }
  const cents = parseAmountToCents(raw);
  if (cents === null) ctx.errors.push({ line: rec.line, field: name, message: `Not an amount: "${shown(raw)}"` });
  return cents;
}

/** Optional amount: '' -> 0 and `present: false`; garbage -> error. */
function readOptionalAmount(rec: CsvRecord, col: number, name: string, ctx: RowContext): { cents: number; present: boolean } | null {
  const raw = get(rec.fields, col).trim();
  if (raw === '') return { cents: 0, present: false };
  const cents = parseAmountToCents(raw);
  if (cents === null) {
    ctx.errors.push({ line: rec.line, field: name, message: `Not an amount: "${shown(raw)}"` });
    return null;
  }
  return { cents, present: true };
}

function readDebitCredit(
  rec: CsvRecord,
  debitCol: number,
  creditCol: number,
  debitName: string,
  creditName: string,
  ctx: RowContext,
): number | null {
  const debit = readOptionalAmount(rec, debitCol, debitName, ctx);
  const credit = readOptionalAmount(rec, creditCol, creditName, ctx);
  if (debit === null || credit === null) return null;
  if (!debit.present && !credit.present) {
    ctx.errors.push({
      line: rec.line,
      field: debitCol >= 0 ? debitName : creditName,
      message: `Neither ${debitName} nor ${creditName} has an amount`,
    });
    return null;
  }
  // debit is money out whether the bank writes it positive (Westpac) or negative (ING)
  const total = Math.abs(credit.cents) - Math.abs(debit.cents);
  return total === 0 ? 0 : total;
}

function readBalance(rec: CsvRecord, col: number, name: string, ctx: RowContext): number | null {
  if (col < 0) return null;
  const raw = get(rec.fields, col).trim();
  if (raw === '') return null;
  const cents = parseAmountToCents(raw);
  if (cents === null) {
    ctx.warnings.push({ line: rec.line, field: name, message: `Balance is not an amount ("${shown(raw)}"); kept the transaction without it` });
  }
  return cents;
}

function orNull(s: string): string | null {
  const t = s.trim();
  return t === '' ? null : t;
}

function tx(
  line: number,
  date: string,
  amountCents: number,
  description: string,
  merchant: string,
  balanceCents: number | null,
  account: string | null,
  kind: TransactionKind,
  bankCategory: string | null,
): ParsedTransaction {
  return { line, date, amountCents, description, merchant, balanceCents, account, kind, bankCategory };
}

// ---------------------------------------------------------------------------
// own-account transfers, per bank (precompiled)

/** CommBank `Transfer to xx1234 CommBank App` (an account number, not a name) */
const COMMBANK_TRANSFER_RE = /^\s*(?:Fast\s+)?Transfer\s+(?:to|from)\s+xx\d{3,4}\b/i;
/** ANZ `... FUNDS TFER TRANSFER 123456 TO 259677261`: ends in an account number */
const ANZ_TRANSFER_RE = /\b(?:FUNDS\s+TFER|TRANSFER)\b.*\b(?:TO|FROM)\s+\d{6,}\s*$/i;
const NAB_TRANSFER_RE = /\bLinked\s+Acc(?:ount)?\s+Trns?\b/i;
const NAB_TRANSFER_CATEGORY_RE = /^\s*internal\s+transfers?\s*$/i;
const NAB_PENDING_RE = /^\s*PURCHASE\s+AUTHORI[SZ]ATION\s*$/i;
const ING_TRANSFER_RE = /^\s*Internal\s+Transfer\b|\s-\s+Internal\s+Transfer\b/i;
const MACQUARIE_TRANSFER_RE = /\b(?:to|from)\s+linked\s+account\b|\binternal\s+transfer\b/i;
/** Westpac `... TFR Westpac Choice ...` between the customer's own Westpac accounts */
const WESTPAC_TRANSFER_RE = /\bTFR\s+(?:TO\s+|FROM\s+)?WESTPAC\b/i;
const WESTPAC_TRANSFERISH_RE = /\b(?:TFR|TRANSFER|ONLINE)\b/i;
/** Up transaction types that move money between the customer's own Up accounts */
const UP_TRANSFER_TYPES = new Set(['transfer', 'round up', 'cover', 'forward', 'quick save', 'auto transfer', 'saver transfer']);
const GENERIC_TRANSFER_RE = /\binternal\s+transfer\b|\blinked\s+acc(?:ount)?\b|^\s*transfer\s+(?:to|from)\s+xx\d{3,4}\b/i;

// ---------------------------------------------------------------------------
// headerless layouts

function commbankLayout(confidence: number): Layout {
  return {
    format: 'commbank',
    confidence,
    headerIndex: -1,
    dateCol: 0,
    mapping: { date: 0, amount: 1, description: 2, balance: 3, hasHeader: false },
    mapRow(rec, ctx) {
      const date = readDate(rec, 0, 'Date', ctx);
      const amount = readAmount(rec, 1, 'Amount', ctx);
      if (date === null || amount === null) return null;
      const desc = get(rec.fields, 2);
      const kind = COMMBANK_TRANSFER_RE.test(desc) ? 'transfer' : 'normal';
      const balance = readBalance(rec, 3, 'Balance', ctx);
      return [tx(rec.line, date, amount, desc, ctx.merchant(desc, 'commbank'), balance, null, kind, null)];
    },
  };
}

function anzLayout(confidence: number): Layout {
  return {
    format: 'anz',
    confidence,
    headerIndex: -1,
    dateCol: 0,
    mapping: { date: 0, amount: 1, description: 2, hasHeader: false },
    mapRow(rec, ctx) {
      const date = readDate(rec, 0, 'Date', ctx);
      const amount = readAmount(rec, 1, 'Amount', ctx);
      if (date === null || amount === null) return null;
      const desc = get(rec.fields, 2);
      const kind = ANZ_TRANSFER_RE.test(desc) ? 'transfer' : 'normal';
      return [tx(rec.line, date, amount, desc, ctx.merchant(desc, 'anz'), null, null, kind, null)];
    },
  };
}

interface NabColumns {
  date: number;
  amount: number;
  account: number;
  type: number;
  details: number;
  balance: number;
  category: number;
  merchant: number;
}

function nabRow(format: 'nab' | 'nab-legacy', c: NabColumns, rec: CsvRecord, ctx: RowContext): RowOutcome {
  const f = rec.fields;
  const type = get(f, c.type).trim();
  if (NAB_PENDING_RE.test(type)) return 'pending';
  const date = readDate(rec, c.date, 'Date', ctx);
  const amount = readAmount(rec, c.amount, 'Amount', ctx);
  if (date === null || amount === null) return null;
  const details = get(f, c.details);
  const description = details.trim() !== '' ? details : type;
  const category = get(f, c.category).trim();
  const merchantName = get(f, c.merchant).trim();
  const kind: TransactionKind =
    NAB_TRANSFER_RE.test(details) || NAB_TRANSFER_CATEGORY_RE.test(category) ? 'transfer' : 'normal';
  const merchant = ctx.merchant(merchantName !== '' ? merchantName : description, format);
  return [
    tx(
      rec.line,
      date,
      amount,
      description,
      merchant,
      readBalance(rec, c.balance, 'Balance', ctx),
      orNull(get(f, c.account)),
      kind,
      category !== '' ? category : orNull(type),
    ),
  ];
}

/**
 * The layouts whose merchant is `cleanMerchant(description, format)` for
 * every row, so a stored row's merchant can be derived again from what is
 * stored (after a change to the cleaning). NAB's current layout prefers its
 * Merchant Name column, Macquarie its Details, Up its Payee: none of those is
 * stored. A test parses every format and holds this list to it.
 */
export const MERCHANT_FROM_NARRATIVE: ReadonlySet<BankFormat> = new Set<BankFormat>(['commbank', 'anz', 'westpac', 'nab-legacy', 'ing', 'generic']);

function nabLegacyLayout(confidence: number): Layout {
  const c: NabColumns = { date: 0, amount: 1, account: -1, type: 4, details: 5, balance: 6, category: -1, merchant: -1 };
  return {
    format: 'nab-legacy',
    confidence,
    headerIndex: -1,
    dateCol: 0,
    mapping: { date: 0, amount: 1, description: 5, balance: 6, hasHeader: false },
    pendingReason: 'PURCHASE AUTHORISATION',
    mapRow: (rec, ctx) => nabRow('nab-legacy', c, rec, ctx),
  };
}

const FIT_SAMPLE = 200;
const FIT_MIN = 0.8;

function isNumericDate(s: string | undefined): boolean {
  const p = parseDateParts(s ?? '');
  return p !== null && (p.kind === 'numeric' || p.order === 'ymd');
}

function isAnyDate(s: string | undefined): boolean {
  return parseDateParts(s ?? '') !== null;
}

function isAmount(s: string | undefined): boolean {
  return parseAmountToCents(s ?? '') !== null;
}

function isAmountOrEmpty(s: string | undefined): boolean {
  return (s ?? '').trim() === '' || isAmount(s);
}

/** width without trailing empty cells (`a,b,c,` counts 3) */
function width(fields: readonly string[]): number {
  let n = fields.length;
  while (n > 0 && (fields[n - 1] ?? '').trim() === '') n--;
  return n;
}

function detectHeaderless(records: readonly CsvRecord[]): Layout | null {
  const sample = records.slice(0, FIT_SAMPLE);
  if (sample.length === 0) return null;
  let commbank = 0;
  let commbankPlus = 0;
  let anz = 0;
  let nabOld = 0;
  for (const { fields: f } of sample) {
    const w = width(f);
    const n = f.length;
    if (n >= 4 && n <= 5 && w <= 4 && isNumericDate(f[0]) && isAmount(f[1]) && isAmountOrEmpty(f[3])) {
      commbank++;
      if ((f[1] ?? '').trim().startsWith('+')) commbankPlus++;
    }
    if (n >= 3 && w === 3 && n <= 4 && isNumericDate(f[0]) && isAmount(f[1])) anz++;
    if (n >= 7 && isAnyDate(f[0]) && !isNumericDate(f[0]) && isAmount(f[1]) && isAmountOrEmpty(f[6])) nabOld++;
  }
  const total = sample.length;
  const fits = [
    { ratio: nabOld / total, make: (r: number) => nabLegacyLayout(0.95 * r) },
    { ratio: commbank / total, make: (r: number) => commbankLayout(Math.min(0.95, (commbankPlus > 0 ? 0.95 : 0.85) * r)) },
    { ratio: anz / total, make: (r: number) => anzLayout(0.85 * r) },
  ].sort((a, b) => b.ratio - a.ratio);
  const best = fits[0];
  if (!best || best.ratio < FIT_MIN) return null;
  return best.make(best.ratio);
}

// ---------------------------------------------------------------------------
// layouts with a header

function westpacLayout(h: readonly string[], headerIndex: number, confidence: number): Layout {
  const c = {
    account: h.indexOf('bank account'),
    date: h.indexOf('date'),
    narrative: h.indexOf('narrative'),
    debit: h.indexOf('debit amount'),
    credit: h.indexOf('credit amount'),
    balance: h.indexOf('balance'),
    categories: h.indexOf('categories'),
  };
  return {
    format: 'westpac',
    confidence,
    headerIndex,
    dateCol: c.date,
    mapping: { date: c.date, description: c.narrative, debit: c.debit, credit: c.credit, balance: c.balance, hasHeader: true },
    mapRow(rec, ctx) {
      const f = rec.fields;
      const date = readDate(rec, c.date, 'Date', ctx);
      const amount = readDebitCredit(rec, c.debit, c.credit, 'Debit Amount', 'Credit Amount', ctx);
      if (date === null || amount === null) return null;
      const desc = get(f, c.narrative);
      const kind = WESTPAC_TRANSFER_RE.test(desc) ? 'transfer' : 'normal';
      return [
        tx(rec.line, date, amount, desc, ctx.merchant(desc, 'westpac'), readBalance(rec, c.balance, 'Balance', ctx), orNull(get(f, c.account)), kind, orNull(get(f, c.categories))),
      ];
    },
    finish: pairTransfersAcrossAccounts,
  };
}

/**
 * In a file holding several accounts, a debit in one and a credit of the same
 * amount on the same day in another, both narrated as a transfer, are one
 * move between the customer's own accounts.
 */
function pairTransfersAcrossAccounts(txs: ParsedTransaction[]): void {
  const accounts = new Set(txs.map((t) => t.account));
  if (accounts.size < 2) return;
  const open = new Map<string, ParsedTransaction[]>();
  for (const t of txs) {
    if (t.amountCents === 0 || !WESTPAC_TRANSFERISH_RE.test(t.description)) continue;
    const key = `${t.date}|${Math.abs(t.amountCents)}`;
    const list = open.get(key);
    const match = list?.findIndex((o) => o.account !== t.account && Math.sign(o.amountCents) === -Math.sign(t.amountCents));
    if (list && match !== undefined && match >= 0) {
      const other = list[match];
      if (other) other.kind = 'transfer';
      t.kind = 'transfer';
      list.splice(match, 1);
    } else if (list) {
      list.push(t);
    } else {
      open.set(key, [t]);
    }
  }
}

function nabLayout(h: readonly string[], headerIndex: number, confidence: number): Layout {
  const c: NabColumns = {
    date: h.indexOf('date'),
    amount: h.indexOf('amount'),
    account: h.indexOf('account number'),
    type: h.indexOf('transaction type'),
    details: h.indexOf('transaction details'),
    balance: h.indexOf('balance'),
    category: h.indexOf('category'),
    merchant: h.indexOf('merchant name'),
  };
  return {
    format: 'nab',
    confidence,
    headerIndex,
    dateCol: c.date,
    mapping: { date: c.date, description: c.details, amount: c.amount, balance: c.balance, hasHeader: true },
    pendingReason: 'PURCHASE AUTHORISATION',
    mapRow: (rec, ctx) => nabRow('nab', c, rec, ctx),
  };
}

function ingLayout(h: readonly string[], headerIndex: number, confidence: number): Layout {
  const c = {
    date: h.indexOf('date'),
    desc: h.indexOf('description'),
    credit: h.indexOf('credit'),
    debit: h.indexOf('debit'),
    balance: h.indexOf('balance'),
  };
  return {
    format: 'ing',
    confidence,
    headerIndex,
    dateCol: c.date,
    mapping: { date: c.date, description: c.desc, credit: c.credit, debit: c.debit, balance: c.balance, hasHeader: true },
    mapRow(rec, ctx) {
      const date = readDate(rec, c.date, 'Date', ctx);
      const amount = readDebitCredit(rec, c.debit, c.credit, 'Debit', 'Credit', ctx);
      if (date === null || amount === null) return null;
      const desc = get(rec.fields, c.desc);
      const kind = ING_TRANSFER_RE.test(desc) ? 'transfer' : 'normal';
      return [tx(rec.line, date, amount, desc, ctx.merchant(desc, 'ing'), readBalance(rec, c.balance, 'Balance', ctx), null, kind, null)];
    },
  };
}

function macquarieLayout(h: readonly string[], headerIndex: number, confidence: number): Layout {
  const c = {
    date: h.indexOf('transaction date'),
    details: h.indexOf('details'),
    account: h.indexOf('account'),
    category: h.indexOf('category'),
    subcategory: h.indexOf('subcategory'),
    debit: h.indexOf('debit'),
    credit: h.indexOf('credit'),
    balance: h.indexOf('balance'),
    original: h.indexOf('original description'),
  };
  return {
    format: 'macquarie',
    confidence,
    headerIndex,
    dateCol: c.date,
    mapping: { date: c.date, description: c.original >= 0 ? c.original : c.details, debit: c.debit, credit: c.credit, balance: c.balance, hasHeader: true },
    mapRow(rec, ctx) {
      const f = rec.fields;
      const date = readDate(rec, c.date, 'Transaction Date', ctx);
      const amount = readDebitCredit(rec, c.debit, c.credit, 'Debit', 'Credit', ctx);
      if (date === null || amount === null) return null;
      const details = get(f, c.details);
      const original = get(f, c.original);
      const description = original.trim() !== '' ? original : details;
      const kind = MACQUARIE_TRANSFER_RE.test(details) || MACQUARIE_TRANSFER_RE.test(original) ? 'transfer' : 'normal';
      const category = get(f, c.category).trim();
      const sub = get(f, c.subcategory).trim();
      const bankCategory = category !== '' && sub !== '' ? `${category} / ${sub}` : orNull(category || sub);
      const merchant = ctx.merchant(details.trim() !== '' ? details : original, 'macquarie');
      return [tx(rec.line, date, amount, description, merchant, readBalance(rec, c.balance, 'Balance', ctx), orNull(get(f, c.account)), kind, bankCategory)];
    },
  };
}

function upLayout(h: readonly string[], headerIndex: number, confidence: number, records: readonly CsvRecord[]): Layout {
  const c = {
    time: h.indexOf('time'),
    account: h.indexOf('bsb / account number'),
    type: h.indexOf('transaction type'),
    payee: h.indexOf('payee'),
    desc: h.indexOf('description'),
    category: h.indexOf('category'),
    subtotal: h.indexOf('subtotal aud'),
    fee: h.indexOf('fee aud'),
    roundUp: h.indexOf('round up aud'),
    total: h.indexOf('total aud'),
    method: h.indexOf('payment method'),
    settled: h.indexOf('settled date'),
  };
  // "pending" only when the export fills Settled Date for other rows, so an
  // empty one means something; and only for card payments (be conservative)
  let settledSeen = false;
  if (c.settled >= 0) {
    for (let i = headerIndex + 1; i < records.length && !settledSeen; i++) {
      if (get(records[i]?.fields ?? [], c.settled).trim() !== '') settledSeen = true;
    }
  }
  return {
    format: 'up',
    confidence,
    headerIndex,
    dateCol: c.time,
    mapping: { date: c.time, description: c.desc, amount: c.subtotal >= 0 ? c.subtotal : c.total, hasHeader: true },
    pendingReason: 'no Settled Date',
    mapRow(rec, ctx) {
      const f = rec.fields;
      const type = get(f, c.type).trim();
      if (settledSeen && get(f, c.settled).trim() === '' && get(f, c.method).trim() !== '') return 'pending';
      const date = readDate(rec, c.time, 'Time', ctx);
      const subtotalRaw = get(f, c.subtotal).trim();
      const amount =
        subtotalRaw !== '' || c.total < 0
          ? readAmount(rec, c.subtotal, 'Subtotal (AUD)', ctx)
          : readAmount(rec, c.total, 'Total (AUD)', ctx);
      const fee = readOptionalAmount(rec, c.fee, 'Fee (AUD)', ctx);
      const roundUp = readOptionalAmount(rec, c.roundUp, 'Round Up (AUD)', ctx);
      if (date === null || amount === null || fee === null || roundUp === null) return null;
      const descRaw = get(f, c.desc);
      const payee = get(f, c.payee);
      const description = descRaw.trim() !== '' ? descRaw : payee;
      const merchant = ctx.merchant(payee.trim() !== '' ? payee : description, 'up');
      const account = orNull(get(f, c.account));
      const category = orNull(get(f, c.category));
      const kind: TransactionKind = UP_TRANSFER_TYPES.has(type.toLowerCase()) ? 'transfer' : 'normal';
      // keep the type beside the category: `Direct Debit` / `Purchase` is the only channel marker Up prints
      const bankText = category !== null && type !== '' ? `${category} / ${type}` : category ?? orNull(type);
      const out = [tx(rec.line, date, amount, description, merchant, null, account, kind, bankText)];
      if (fee.cents !== 0) {
        const feeCents = amount < 0 ? -Math.abs(fee.cents) : fee.cents;
        out.push(tx(rec.line, date, feeCents, `${description} (fee)`, merchant, null, account, 'normal', 'Fee'));
      }
      if (roundUp.cents !== 0 && kind === 'normal') {
        // the round-up moves spare change to a saver: not spend
        out.push(tx(rec.line, date, -Math.abs(roundUp.cents), 'Round Up', 'ROUND UP', null, account, 'transfer', 'Round Up'));
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------
// generic header and user mapping

const DATE_NAMES = ['date', 'transaction date', 'trans date', 'txn date', 'posted date', 'posting date', 'date posted', 'booking date', 'effective date', 'processed date', 'value date', 'time', 'timestamp', 'datetime'];
const DESC_NAMES = ['description', 'transaction description', 'narrative', 'transaction details', 'details', 'transaction narrative', 'narration', 'particulars', 'memo', 'payee', 'merchant', 'merchant name', 'name', 'transaction', 'reference'];
const AMOUNT_NAMES = ['amount', 'transaction amount', 'amount aud', 'net amount', 'value', 'amt'];
const DEBIT_NAMES = ['debit', 'debit amount', 'debits', 'withdrawal', 'withdrawals', 'withdrawal amount', 'money out', 'paid out', 'outflow', 'spent', 'dr', 'debit aud', 'withdrawals aud'];
const CREDIT_NAMES = ['credit', 'credit amount', 'credits', 'deposit', 'deposits', 'deposit amount', 'money in', 'paid in', 'inflow', 'received', 'cr', 'credit aud', 'deposits aud'];
const BALANCE_NAMES = ['balance', 'running balance', 'closing balance', 'balance aud', 'available balance'];
const ACCOUNT_NAMES = ['account', 'account number', 'bank account', 'account name'];
const CATEGORY_NAMES = ['category', 'categories', 'transaction type', 'type'];

function genericLayout(h: readonly string[], raw: readonly string[], headerIndex: number): Layout | null {
  const date = indexOfAny(h, DATE_NAMES);
  const desc = indexOfAny(h, DESC_NAMES);
  const amount = indexOfAny(h, AMOUNT_NAMES);
  const debit = indexOfAny(h, DEBIT_NAMES);
  const credit = indexOfAny(h, CREDIT_NAMES);
  if (date < 0 || desc < 0 || (amount < 0 && debit < 0 && credit < 0)) return null;
  const balance = indexOfAny(h, BALANCE_NAMES);
  const mapping: ColumnMapping =
    amount >= 0
      ? { date, description: desc, amount, hasHeader: true }
      : { date, description: desc, ...(debit >= 0 ? { debit } : {}), ...(credit >= 0 ? { credit } : {}), hasHeader: true };
  if (balance >= 0) mapping.balance = balance;
  const exact = h[date] === 'date' && (h[desc] === 'description' || h[desc] === 'narrative') ? 0.1 : 0;
  return mappedLayout(mapping, headerIndex, 0.7 + exact, {
    account: indexOfAny(h, ACCOUNT_NAMES),
    category: indexOfAny(h, CATEGORY_NAMES),
    names: raw.map((c) => c.replace(/^\ufeff/, '').trim()),
  });
}

interface MappedExtras {
  account: number;
  category: number;
  /** header cells, for error field names */
  names: readonly string[] | null;
}

/** Layout for a ColumnMapping: the generic header path and user mappings. */
export function mappedLayout(m: ColumnMapping, headerIndex: number, confidence: number, extras?: MappedExtras): Layout {
  const names = extras?.names ?? null;
  const fieldName = (i: number | undefined, fallback: string): string => {
    if (i === undefined) return fallback;
    const n = names?.[i];
    return n !== undefined && n !== '' ? n : `${fallback} (column ${i + 1})`;
  };
  const dateName = fieldName(m.date, 'Date');
  const amountName = fieldName(m.amount, 'Amount');
  const debitName = fieldName(m.debit, 'Debit');
  const creditName = fieldName(m.credit, 'Credit');
  const balanceName = fieldName(m.balance, 'Balance');
  const account = extras?.account ?? -1;
  const category = extras?.category ?? -1;
  return {
    format: 'generic',
    confidence,
    headerIndex,
    dateCol: m.date,
    mapping: m,
    mapRow(rec, ctx) {
      const f = rec.fields;
      const date = readDate(rec, m.date, dateName, ctx);
      const amount =
        m.amount !== undefined
          ? readAmount(rec, m.amount, amountName, ctx)
          : readDebitCredit(rec, m.debit ?? -1, m.credit ?? -1, debitName, creditName, ctx);
      if (date === null || amount === null) return null;
      const desc = get(f, m.description);
      const kind = GENERIC_TRANSFER_RE.test(desc) ? 'transfer' : 'normal';
      const balance = m.balance !== undefined ? readBalance(rec, m.balance, balanceName, ctx) : null;
      return [tx(rec.line, date, amount, desc, ctx.merchant(desc, 'generic'), balance, orNull(get(f, account)), kind, orNull(get(f, category)))];
    },
  };
}

/** Problems with a user mapping, or null when it can be used. */
export function validateMapping(m: ColumnMapping, maxColumns: number): string | null {
  const cols: [string, number | undefined][] = [
    ['date', m.date],
    ['description', m.description],
    ['amount', m.amount],
    ['debit', m.debit],
    ['credit', m.credit],
    ['balance', m.balance],
  ];
  for (const [name, v] of cols) {
    if (v === undefined) continue;
    if (!Number.isInteger(v) || v < 0 || v > 1000) return `Column for ${name} must be a column number from 0, got ${String(v)}`;
    if (maxColumns > 0 && v >= maxColumns) return `Column for ${name} (${v + 1}) is beyond the ${maxColumns} columns of this file`;
  }
  if (m.amount === undefined && m.debit === undefined && m.credit === undefined) {
    return 'Choose an amount column, or debit and/or credit columns';
  }
  return null;
}

// ---------------------------------------------------------------------------
// detection

interface KnownHeader {
  format: BankFormat;
  required: readonly string[];
  optional: readonly string[];
  make(h: readonly string[], headerIndex: number, confidence: number, records: readonly CsvRecord[]): Layout;
}

const KNOWN_HEADERS: readonly KnownHeader[] = [
  {
    format: 'up',
    required: ['time', 'transaction type', 'subtotal aud', 'total aud'],
    optional: ['bsb / account number', 'account name', 'payee', 'description', 'category', 'tags', 'currency', 'subtotal transaction currency', 'fee aud', 'round up aud', 'payment method', 'settled date'],
    make: upLayout,
  },
  {
    format: 'macquarie',
    required: ['transaction date', 'details', 'debit', 'credit', 'original description'],
    optional: ['account', 'category', 'subcategory', 'tags', 'notes', 'balance'],
    make: macquarieLayout,
  },
  {
    format: 'westpac',
    required: ['bank account', 'date', 'narrative', 'debit amount', 'credit amount'],
    optional: ['balance', 'categories', 'serial'],
    make: westpacLayout,
  },
  {
    format: 'nab',
    required: ['date', 'amount', 'account number', 'transaction type', 'transaction details'],
    optional: ['', 'balance', 'category', 'merchant name', 'processed on'],
    make: nabLayout,
  },
  {
    format: 'ing',
    required: ['date', 'description', 'credit', 'debit', 'balance'],
    optional: [],
    make: ingLayout,
  },
];

function matchKnownHeader(h: readonly string[], headerIndex: number, records: readonly CsvRecord[]): Layout | null {
  const present = new Set(h);
  for (const spec of KNOWN_HEADERS) {
    if (!spec.required.every((r) => present.has(r))) continue;
    const allowed = new Set([...spec.required, ...spec.optional, '']);
    const extras = h.filter((x) => !allowed.has(x)).length;
    const confidence = extras === 0 ? 0.99 : Math.max(0.8, 0.95 - 0.05 * extras);
    return spec.make(h, headerIndex, confidence, records);
  }
  return null;
}

/** A row that could be a header: two or more cells, none of them a date or an amount. */
export function looksLikeHeader(fields: readonly string[]): boolean {
  let text = 0;
  for (const cell of fields) {
    const t = cell.trim();
    if (t === '') continue;
    if (parseDateParts(t) !== null || parseAmountToCents(t) !== null) return false;
    text++;
  }
  return text >= 2;
}

const HEADER_SEARCH = 10;

export interface Detection {
  layout: Layout | null;
  /** index of a header-looking row even when no layout matched it */
  headerIndex: number;
}

/** Finds the layout of a file from its non-blank records. */
export function detectLayout(records: readonly CsvRecord[]): Detection {
  let firstHeaderish = -1;
  const limit = Math.min(records.length, HEADER_SEARCH);
  for (let i = 0; i < limit; i++) {
    const fields = records[i]?.fields ?? [];
    if (!looksLikeHeader(fields)) continue;
    if (firstHeaderish < 0) firstHeaderish = i;
    const h = fields.map(normalizeHeaderCell);
    const known = matchKnownHeader(h, i, records);
    if (known) return { layout: known, headerIndex: i };
    const generic = genericLayout(h, fields, i);
    if (generic) return { layout: generic, headerIndex: i };
  }
  // headerless: look at rows from the first one that is not header-like
  const start = firstHeaderish === 0 ? 1 : 0;
  const layout = detectHeaderless(records.slice(start));
  if (layout) return { layout: start === 1 ? { ...layout, headerIndex: 0 } : layout, headerIndex: start - 1 };
  return { layout: null, headerIndex: firstHeaderish };
}
