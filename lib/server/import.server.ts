import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { prisma } from './db.server';
import { HttpError } from './errors.server';
import { compiledRulesFor } from './rules.server';
import { scoreUser } from './scoring.server';
import { storedOccurrences, type NewTransaction } from './sqlite.server';
import { ImportWriteError, WRITE_CHUNK_ROWS, withImportWrite, type ImportStart, type ImportWrite } from './import-writer.server';
import { decodeBytes, openBankCsv, previewRows, type ColumnMapping, type PreviewResult } from '@/lib/core/csv';
import {
  buildCategorizeContext,
  categorize,
  ContextCollector,
  mayNeedContext,
  type CompiledRules,
} from '@/lib/core/categorize/engine';
import type { CategorizeContext } from '@/lib/core/categorize/types';
import { occurrenceCounter, occurrenceId, storedDedupeKey } from '@/lib/core/dedupe';
import type { BankFormat, ParsedTransaction, ParseIssue, ParseResult } from '@/lib/core/types';
import type { ImportPreview, ImportSummary } from '@/lib/schemas/imports';

/** The hash an import is recorded under (`Import.fileSha256`): SHA-256 of the file's bytes, hex. */
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
  /** bank account to import into; defaults to the bank's name */
  accountName?: string;
  /** column mapping for a layout we don't recognise */
  mapping?: ColumnMapping;
}

export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
}

/** Wall and CPU (user + system) milliseconds per import stage, summed over calls. */
export type StageTimes = Record<string, { wallMs: number; cpuMs: number }>;

/** Adds the time since the previous lap to `out[name]`; a no-op without `out`. */
function stopwatch(out: StageTimes | undefined): (name: string) => void {
  if (!out) return () => {};
  let wall = performance.now();
  let cpu = process.cpuUsage();
  return (name) => {
    const w = performance.now();
    const c = process.cpuUsage(cpu);
    const t = (out[name] ??= { wallMs: 0, cpuMs: 0 });
    t.wallMs += w - wall;
    t.cpuMs += (c.user + c.system) / 1000;
    wall = w;
    cpu = process.cpuUsage();
  };
}

const BANK_NAMES: Record<BankFormat, string> = {
  commbank: 'CommBank',
  anz: 'ANZ',
  westpac: 'Westpac',
  nab: 'NAB',
  'nab-legacy': 'NAB',
  ing: 'ING',
  macquarie: 'Macquarie',
  up: 'Up',
  generic: 'Other bank',
};

function accountNameFor(file: ImportFile, format: BankFormat, rowAccount: string | null, multi: boolean): string {
  const base = file.accountName?.trim() || BANK_NAMES[format];
  return multi && rowAccount ? `${base} ${rowAccount}` : base;
}

/**
 * The stored rows of an account dated from..to, as a membership test on
 * (key, occurrence); legacy keys are read as compact ones. First occurrences
 * (nearly all rows) are looked up by the key alone, saving a string per row.
 */
function storedRows(accountId: string, from: string, to: string): (key: string, occurrence: number) => boolean {
  const first = new Set<string>();
  const later = new Set<string>();
  for (const [key, occurrence] of storedOccurrences(accountId, from, to)) {
    const k = storedDedupeKey(key);
    if (occurrence === 1) first.add(k);
    else later.add(occurrenceId(k, occurrence));
  }
  if (first.size === 0 && later.size === 0) return () => false;
  return (key, occurrence) => (occurrence === 1 ? first.has(key) : later.has(occurrenceId(key, occurrence)));
}

/** One bank account of a file: what is stored already, its numbering, and its rows waiting for the writer. */
interface AccountRun {
  name: string;
  isStored: (key: string, occurrence: number) => boolean;
  number: ReturnType<typeof occurrenceCounter>;
  /** new rows not yet handed to the writer */
  pending: NewTransaction[];
  /** hand them over at this many: small the first time, so the writer starts early */
  flushAt: number;
}

/** An account's run; the rows' date range is only needed (and computed) when the account has stored rows. */
async function accountRun(userId: string, name: string, range: () => { from: string; to: string } | null): Promise<AccountRun> {
  const run: AccountRun = { name, isStored: () => false, number: occurrenceCounter(), pending: [], flushAt: FIRST_CHUNK_ROWS };
  const stored = await prisma.bankAccount.findUnique({ where: { userId_name: { userId, name } } });
  const r = stored ? range() : null;
  if (stored && r) run.isStored = storedRows(stored.id, r.from, r.to);
  return run;
}

/** A file read row by row turned out to hold several accounts: it is read again, whole. */
class SeveralAccounts extends Error {}

/** A file read row by row turned out to have a blocking problem: the write is rolled back and the preview returned. */
class Blocked extends Error {
  constructor(readonly preview: ImportPreview) {
    super('blocked');
  }
}

const NO_CONTEXT: CategorizeContext = { outMerchants: new Set() };
/** records mapped per step when reading row by row */
const READ_CHUNK_ROWS = 512;
/** the first step and the first chunk for the writer are small, so the writer starts on rows early */
const FIRST_CHUNK_ROWS = 256;

/**
 * Categorizes, numbers and dedupes rows one at a time, counts them for the
 * preview, and hands new rows to the writer in chunks. Money in may be a
 * refund from a merchant the file pays further on, and a transfer may go to
 * an account the file also takes money back from (`mayNeedContext`): while
 * the file is still being read (no context yet) such rows wait, and are
 * categorized and handed on at the end.
 */
class RowSink {
  readonly categories = new Map<string, number>();
  transfers = 0;
  duplicates = 0;
  rows = 0;
  dateFrom: string | null = null;
  dateTo: string | null = null;
  private readonly collect = new ContextCollector();
  private readonly waiting: Array<{ tx: ParsedTransaction; row: NewTransaction; account: number; stored: boolean }> = [];

  constructor(
    readonly accounts: readonly AccountRun[],
    private readonly compiled: CompiledRules,
    private readonly write: ImportWrite | null,
    private context: CategorizeContext | null,
  ) {}

  add(t: ParsedTransaction, account: number): void {
    this.rows++;
    if (t.kind === 'transfer') this.transfers++;
    if (this.dateFrom === null || t.date < this.dateFrom) this.dateFrom = t.date;
    if (this.dateTo === null || t.date > this.dateTo) this.dateTo = t.date;
    const row: NewTransaction = {
      date: t.date,
      amountCents: t.amountCents,
      description: t.description,
      merchant: t.merchant,
      category: '',
      ruleId: null,
      kind: t.kind,
      balanceCents: t.balanceCents,
      bankCategory: t.bankCategory,
      dedupeKey: '',
      occurrence: 0,
      line: t.line,
    };
    const a = this.accounts[account]!;
    a.number(row);
    const stored = a.isStored(row.dedupeKey, row.occurrence);
    if (stored) this.duplicates++;
    if (this.context === null) {
      this.collect.add(t);
      if (mayNeedContext(t)) {
        this.waiting.push({ tx: t, row, account, stored });
        return;
      }
    }
    this.place(t, row, account, stored);
  }

  /** Categorize the rows that waited for the whole file, and hand the last rows to the writer. */
  end(): void {
    this.context ??= this.collect.context();
    for (const w of this.waiting) this.place(w.tx, w.row, w.account, w.stored);
    this.waiting.length = 0;
    if (!this.write) return;
    for (let k = 0; k < this.accounts.length; k++) {
      this.write.rows(k, this.accounts[k]!.pending);
      this.accounts[k]!.pending = [];
    }
  }

  private place(t: ParsedTransaction, row: NewTransaction, account: number, stored: boolean): void {
    // without a context only rows that cannot need one are placed (see add)
    const c = categorize(t, this.compiled, this.context ?? NO_CONTEXT);
    row.category = c.category;
    row.ruleId = c.ruleId;
    this.categories.set(c.category, (this.categories.get(c.category) ?? 0) + 1);
    if (stored || !this.write) return;
    const a = this.accounts[account]!;
    a.pending.push(row);
    if (a.pending.length === a.flushAt) {
      this.write.rows(account, a.pending);
      a.pending = [];
      a.flushAt = WRITE_CHUNK_ROWS;
    }
  }
}

/**
 * Parse, categorize and dedupe one file against what the user already has;
 * with `commit`, hand the new rows to the writer as they are ready (so it
 * works while the rest are read and categorized) and commit.
 *
 * A file of one account is read row by row, and its writer starts on the
 * first rows. A file whose layout pairs rows across the file, or that turns
 * out to hold several accounts (their names depend on the whole file), is
 * read whole first.
 */
async function runImport(
  userId: string,
  file: ImportFile,
  limits: ImportLimits,
  opts: { commit: boolean; stages?: StageTimes },
): Promise<{ preview: ImportPreview; importId: string | null }> {
  const lap = stopwatch(opts.stages);
  if (file.bytes.byteLength > limits.maxBytes) {
    throw new HttpError(413, 'file_too_large', `${file.fileName} is ${mb(file.bytes.byteLength)}; the limit is ${mb(limits.maxBytes)}.`, {
      file: file.fileName,
    });
  }
  let mapping = file.mapping;
  let mappingSource: ImportPreview['mappingSource'] = mapping ? 'given' : null;
  // no file name: the messages below name the file once, themselves
  const open = () => openBankCsv(file.bytes, { mapping, maxRows: limits.maxRows });
  let opened = open();
  const known = opened.stream !== undefined || opened.result.format !== null;
  // Columns and first rows, for the mapping form, when we don't know the layout.
  const peek = !known || mapping ? previewRows(file.bytes, 8) : null;
  // empty, or not CSV: nothing to map, nothing to import
  const fileProblem = peek ? fileProblemOf(file, peek) : null;
  if (!mapping && !known && !fileProblem && peek?.headerKey) {
    // A layout we don't know, but maybe the user mapped this header before.
    const saved = await prisma.importMapping.findUnique({ where: { userId_headerKey: { userId, headerKey: peek.headerKey } } });
    if (saved) {
      mapping = JSON.parse(saved.mapping) as ColumnMapping;
      mappingSource = 'saved';
      opened = open();
    }
  }
  lap('parse');
  const compiled = await compiledRulesFor(userId);
  lap('rules');
  // hashed when the preview is built, at the end: off the path before the writer's first rows
  let sha256: string | undefined;
  const fileSha256 = (): string => (sha256 ??= fileHash(file.bytes));

  const previewOf = (parsed: ParseResult, sink: RowSink): ImportPreview => ({
    fileName: file.fileName,
    fileSha256: fileSha256(),
    format: parsed.format,
    bank: parsed.format ? BANK_NAMES[parsed.format] : null,
    confidence: parsed.confidence,
    dateOrder: parsed.dateOrder,
    header: peek?.headerKey ?? null,
    sample: peek && !fileProblem ? { rows: peek.rows, header: peek.header, suggestedMapping: peek.suggestedMapping } : null,
    mappingSource,
    fileProblem,
    needsMapping: parsed.format === null && !mapping && !fileProblem,
    accounts: sink.rows > 0 ? sink.accounts.map((a) => a.name) : [],
    dateFrom: sink.dateFrom,
    dateTo: sink.dateTo,
    rows: sink.rows,
    newCount: sink.rows - sink.duplicates,
    duplicateCount: sink.duplicates,
    skipped: parsed.skipped,
    transfers: sink.transfers,
    errors: byLine(parsed.errors).map((e) => withFile(file.fileName, e)),
    warnings: byLine(parsed.warnings).map((e) => withFile(file.fileName, e)),
    categories: Object.fromEntries(sink.categories),
  });
  const commit = async (write: ImportWrite, p: ImportPreview): Promise<ImportPreview> => {
    await write.commit(
      {
        fileSha256: p.fileSha256,
        rowCount: p.rows,
        newCount: p.newCount,
        duplicateCount: p.duplicateCount,
        skippedCount: p.skipped,
        transferCount: p.transfers,
        dateFrom: p.dateFrom,
        dateTo: p.dateTo,
      },
      file.mapping && p.header ? { headerKey: p.header, json: JSON.stringify(file.mapping) } : null,
    );
    lap('write');
    return p;
  };
  const written = async (accounts: readonly string[], format: string, run: (write: ImportWrite) => Promise<ImportPreview>) => {
    const importId = randomUUID();
    try {
      const start: ImportStart = { importId, userId, bank: format, accounts, import: { fileName: file.fileName, format } };
      return { preview: await withImportWrite(start, run), importId };
    } catch (err) {
      if (err instanceof ImportWriteError && err.code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new HttpError(409, 'concurrent_import', `${file.fileName}: another import of the same rows finished first. Preview again.`);
      }
      throw err;
    }
  };

  if (!opened.stream) return { preview: previewOf(opened.result, new RowSink([], compiled, null, NO_CONTEXT)), importId: null };
  let stream = opened.stream;
  const format = stream.format;
  // a problem found before the first row (a date conflict, too many rows, no rows): nothing to write
  const write = opts.commit && stream.result([]).errors.length === 0;

  if (!stream.whole) {
    const single = accountNameFor(file, format, null, false);
    const byRow = async (w: ImportWrite | null): Promise<ImportPreview> => {
      const sink = new RowSink([await accountRun(userId, single, () => stream.dateRange)], compiled, w, null);
      lap('existing');
      let seen: string | null = null;
      for (let chunk = stream.next(FIRST_CHUNK_ROWS); chunk; chunk = stream.next(READ_CHUNK_ROWS)) {
        for (const t of chunk) {
          if (t.account !== null) {
            if (seen === null) seen = t.account;
            else if (t.account !== seen) throw new SeveralAccounts();
          }
          sink.add(t, 0);
        }
      }
      sink.end();
      lap('rows');
      const p = previewOf(stream.result([]), sink);
      if (!w) return p;
      if (blockingProblem(p)) throw new Blocked(p);
      return commit(w, p);
    };
    try {
      return write ? await written([single], format, byRow) : { preview: await byRow(null), importId: null };
    } catch (err) {
      if (err instanceof Blocked) return { preview: err.preview, importId: null };
      if (!(err instanceof SeveralAccounts)) throw err;
    }
    // several accounts: read again, whole
    opened = open();
    if (!opened.stream) throw new Error('import: a file read once could not be read again');
    stream = opened.stream;
  }

  // the whole file first: account names, stored rows per account, the categorize context
  const txs: ParsedTransaction[] = [];
  for (let chunk = stream.next(Infinity); chunk; chunk = stream.next(Infinity)) for (const t of chunk) txs.push(t);
  stream.finish(txs);
  const parsed = stream.result(txs);
  let seen: string | null = null;
  let multi = false;
  for (const t of txs) {
    if (t.account === null) continue;
    if (seen === null) seen = t.account;
    else if (t.account !== seen) {
      multi = true;
      break;
    }
  }
  const names: string[] = [];
  const ranges: Array<{ from: string; to: string }> = [];
  const accountOf = new Uint16Array(txs.length);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < txs.length; i++) {
    const t = txs[i]!;
    const name = accountNameFor(file, format, t.account, multi);
    let k = indexOf.get(name);
    if (k === undefined) {
      k = names.length;
      indexOf.set(name, k);
      names.push(name);
      ranges.push({ from: t.date, to: t.date });
    }
    const r = ranges[k]!;
    if (t.date < r.from) r.from = t.date;
    if (t.date > r.to) r.to = t.date;
    accountOf[i] = k;
  }
  const accounts = await Promise.all(names.map((n, k) => accountRun(userId, n, () => ranges[k]!)));
  lap('existing');
  const context = buildCategorizeContext(txs);
  const allRows = async (w: ImportWrite | null): Promise<ImportPreview> => {
    const sink = new RowSink(accounts, compiled, w, context);
    for (let i = 0; i < txs.length; i++) sink.add(txs[i]!, accountOf[i]!);
    sink.end();
    lap('rows');
    const p = previewOf(parsed, sink);
    return w ? commit(w, p) : p;
  };
  if (!write || parsed.errors.length > 0 || txs.length === 0) return { preview: await allRows(null), importId: null };
  return written(names, format, allRows);
}

/**
 * Why a file has nothing to map or import, in a person's words: it is empty,
 * or it is not CSV text with columns (binary, another format, one column,
 * prose with a comma here and there). Null when its first rows (`peek`) have
 * columns: the most common number of values in a line is more than one (a
 * bank export with a few broken lines still has columns; a note whose first
 * line has a comma does not).
 */
function fileProblemOf(file: ImportFile, peek: PreviewResult): ImportPreview['fileProblem'] {
  if (typicalWidth(peek.rows) > 1) return null;
  if (peek.rows.length === 0 && (file.bytes.byteLength === 0 || decodeBytes(file.bytes).text.trim() === '')) {
    return { code: 'empty_file', message: `${file.fileName} is empty.` };
  }
  const reason =
    peek.rows.length === 0
      ? 'export your transactions from your bank as CSV, then upload that file'
      : peek.rows.some((r) => r.length > 1)
        ? 'most of its lines are not values separated by commas, semicolons or tabs'
        : 'none of its lines has values separated by commas, semicolons or tabs';
  return { code: 'not_csv', message: `${file.fileName} is not a CSV file: ${reason}.` };
}

/** The most common number of values in a row (the larger on a tie); 0 without rows. */
function typicalWidth(rows: readonly (readonly string[])[]): number {
  const count = new Map<number, number>();
  for (const r of rows) count.set(r.length, (count.get(r.length) ?? 0) + 1);
  let best = 0;
  let bestN = 0;
  for (const [width, n] of count) {
    if (n > bestN || (n === bestN && width > best)) {
      best = width;
      bestN = n;
    }
  }
  return best;
}

/**
 * Issues in line order. Reading the CSV reports some (a quote never closed)
 * before the rows are mapped, so they can come ahead of earlier lines'
 * issues; whole-file issues (line 0) keep their places, first or last.
 */
function byLine(issues: readonly ParseIssue[]): ParseIssue[] {
  const rows = issues.filter((i) => i.line > 0).sort((a, b) => a.line - b.line);
  let k = 0;
  return issues.map((i) => (i.line > 0 ? rows[k++]! : i));
}

function withFile(fileName: string, issue: ParseIssue) {
  return { file: fileName, line: issue.line, field: issue.field ?? null, message: issue.message };
}

/** A parser message ends a sentence of ours or goes inside one: with its closing full stop, or without. */
function withFullStop(message: string): string {
  const m = message.trim();
  return /[.!?…]$/.test(m) ? m : `${m}.`;
}

function withoutFullStop(message: string): string {
  return message.trim().replace(/(?<!\.)\.$/, '');
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What importing this file would do. Never writes. */
export async function previewImport(userId: string, file: ImportFile, limits: ImportLimits): Promise<ImportPreview> {
  return (await runImport(userId, file, limits, { commit: false })).preview;
}

/** Why a file can't be committed, or null when it can. */
export function blockingProblem(p: ImportPreview): HttpError | null {
  if (p.fileProblem) return new HttpError(422, p.fileProblem.code, p.fileProblem.message, { preview: p });
  if (p.needsMapping) {
    // the parser's reason already asks for a mapping ("… Map the columns yourself.")
    const detail = p.errors.find((e) => e.line === 0)?.message ?? 'We do not recognise its layout: map its columns to import it.';
    return new HttpError(422, 'unknown_layout', `${p.fileName}: ${withFullStop(detail)}`, { preview: p });
  }
  if (p.errors.length > 0) {
    const first = p.errors[0]!;
    const where = first.line > 0 ? ` line ${first.line}${first.field ? `, field ${first.field}` : ''}` : '';
    const others = p.errors.length - 1;
    const more = others > 0 ? `, and ${others} more problem${others > 1 ? 's' : ''}` : '';
    return new HttpError(422, 'invalid_rows', `${p.fileName}${where}: ${withoutFullStop(first.message)}${more}; nothing was imported.`, { preview: p });
  }
  if (p.rows === 0) return new HttpError(422, 'no_transactions', `${p.fileName} has no transactions to import.`, { preview: p });
  return null;
}

/**
 * Import one file atomically: all of its new rows or none. Files with any
 * row error are refused whole (422) so nothing is half-written.
 */
export async function commitImport(
  userId: string,
  file: ImportFile,
  limits: ImportLimits,
  opts: { rescore?: boolean; stages?: StageTimes } = {},
): Promise<ImportSummary> {
  const { preview, importId } = await runImport(userId, file, limits, { commit: true, stages: opts.stages });
  const problem = blockingProblem(preview);
  if (problem || importId === null) throw problem ?? new Error('import: nothing was written, but no reason was found');
  // The months changed: retrain and rescore. The rows are already stored.
  if (opts.rescore !== false && preview.newCount > 0) await rescoreQuietly(userId);
  return { importId, ...preview };
}

/** Rescore after a change of history; a scoring failure must not undo or fail the change itself. */
async function rescoreQuietly(userId: string): Promise<void> {
  try {
    await scoreUser(userId);
  } catch (err) {
    console.error(`Scoring user ${userId} failed; their months keep the previous scores until the next change.`, err);
  }
}

/** Undo an import: its transactions go, the import stays in history as undone. */
export async function undoImport(userId: string, importId: string): Promise<{ removed: number }> {
  const result = await prisma.$transaction(async (tx) => {
    const imp = await tx.import.findFirst({ where: { id: importId, userId } });
    if (!imp) throw new HttpError(404, 'not_found', 'No such import.');
    if (imp.status === 'undone') throw new HttpError(409, 'already_undone', `${imp.fileName} was already undone.`);
    const { count } = await tx.transaction.deleteMany({ where: { importId, userId } });
    await tx.import.update({ where: { id: importId }, data: { status: 'undone', undoneAt: new Date() } });
    return { removed: count };
  });
  if (result.removed > 0) await rescoreQuietly(userId);
  return result;
}

export async function listImports(userId: string) {
  const rows = await prisma.import.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    include: { account: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    format: r.format,
    account: r.account.name,
    status: r.status,
    rowCount: r.rowCount,
    newCount: r.newCount,
    duplicateCount: r.duplicateCount,
    skippedCount: r.skippedCount,
    dateFrom: r.dateFrom,
    dateTo: r.dateTo,
    createdAt: r.createdAt.toISOString(),
    undoneAt: r.undoneAt?.toISOString() ?? null,
  }));
}
