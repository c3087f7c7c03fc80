import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { prisma } from './db.server';
import { HttpError } from './errors.server';
import { compiledRulesFor } from './rules.server';
import { scoreUser } from './scoring.server';
import { storedOccurrences, type NewTransaction } from './sqlite.server';
import { ImportWriteError, WRITE_CHUNK_ROWS, withImportWrite, type ImportStart, type ImportWrite } from './import-writer.server';
import { parseBankCsv, previewRows, type ColumnMapping } from '@/lib/core/csv';
import { buildCategorizeContext, categorize } from '@/lib/core/categorize/engine';
import { occurrenceCounter, occurrenceId, storedDedupeKey } from '@/lib/core/dedupe';
import type { BankFormat, ParseIssue } from '@/lib/core/types';
import type { ImportPreview, ImportSummary } from '@/lib/schemas/imports';

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

/** One bank account of a file: its rows' dates, what is stored already, and its numbering. */
interface AccountRun {
  name: string;
  from: string;
  to: string;
  isStored: (key: string, occurrence: number) => boolean;
  number: ReturnType<typeof occurrenceCounter>;
  /** new rows not yet handed to the writer */
  pending: NewTransaction[];
}

/**
 * Parse, categorize and dedupe one file against what the user already has;
 * with `write`, hand the new rows to the writer as they are ready (chunks of
 * WRITE_CHUNK_ROWS, so the writer works while the rest are categorized), and
 * commit. One pass over the rows builds the rows to store and the preview's
 * counts (this runs on every row of a 100,000-row file).
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
  let parsed = parseBankCsv(file.bytes, { fileName: file.fileName, mapping, maxRows: limits.maxRows });
  // Columns and first rows, for the mapping form, when we don't know the layout.
  const peek = parsed.format === null || mapping ? previewRows(file.bytes, 8) : null;
  if (!mapping && parsed.format === null && peek?.headerKey) {
    // A layout we don't know, but maybe the user mapped this header before.
    const saved = await prisma.importMapping.findUnique({ where: { userId_headerKey: { userId, headerKey: peek.headerKey } } });
    if (saved) {
      mapping = JSON.parse(saved.mapping) as ColumnMapping;
      mappingSource = 'saved';
      parsed = parseBankCsv(file.bytes, { fileName: file.fileName, mapping, maxRows: limits.maxRows });
    }
  }
  lap('parse');
  const compiled = await compiledRulesFor(userId);
  lap('rules');

  const txs = parsed.transactions;
  const format = parsed.format ?? 'generic';
  let firstAccount: string | null = null;
  let multi = false;
  for (const t of txs) {
    if (!t.account) continue;
    if (firstAccount === null) firstAccount = t.account;
    else if (t.account !== firstAccount) {
      multi = true;
      break;
    }
  }
  // the accounts, in order of first appearance, with their date ranges; each row's account
  const accounts: AccountRun[] = [];
  const accountOf = new Uint16Array(txs.length);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < txs.length; i++) {
    const t = txs[i]!;
    const name = multi ? accountNameFor(file, format, t.account, true) : accountNameFor(file, format, null, false);
    let k = indexOf.get(name);
    if (k === undefined) {
      k = accounts.length;
      indexOf.set(name, k);
      accounts.push({ name, from: t.date, to: t.date, isStored: () => false, number: occurrenceCounter(), pending: [] });
    }
    const a = accounts[k]!;
    if (t.date < a.from) a.from = t.date;
    if (t.date > a.to) a.to = t.date;
    accountOf[i] = k;
  }
  for (const a of accounts) {
    const stored = await prisma.bankAccount.findUnique({ where: { userId_name: { userId, name: a.name } } });
    if (stored) a.isStored = storedRows(stored.id, a.from, a.to);
  }
  lap('existing');

  const fileSha256 = createHash('sha256').update(file.bytes).digest('hex');
  const needsMapping = parsed.format === null && !mapping;
  const errors = parsed.errors.map((e) => withFile(file.fileName, e));
  const warnings = parsed.warnings.map((e) => withFile(file.fileName, e));

  const rowsAndPreview = async (write: ImportWrite | null): Promise<ImportPreview> => {
    const context = buildCategorizeContext(txs);
    const categories = new Map<string, number>();
    let transfers = 0;
    let duplicateCount = 0;
    let dateFrom: string | null = null;
    let dateTo: string | null = null;
    for (let i = 0; i < txs.length; i++) {
      const t = txs[i]!;
      const c = categorize(t, compiled, context);
      const row: NewTransaction = {
        date: t.date,
        amountCents: t.amountCents,
        description: t.description,
        merchant: t.merchant,
        category: c.category,
        ruleId: c.ruleId,
        kind: t.kind,
        balanceCents: t.balanceCents,
        dedupeKey: '',
        occurrence: 0,
        line: t.line,
      };
      categories.set(row.category, (categories.get(row.category) ?? 0) + 1);
      if (t.kind === 'transfer') transfers++;
      if (dateFrom === null || t.date < dateFrom) dateFrom = t.date;
      if (dateTo === null || t.date > dateTo) dateTo = t.date;
      const k = accountOf[i]!;
      const a = accounts[k]!;
      a.number(row);
      if (a.isStored(row.dedupeKey, row.occurrence)) {
        duplicateCount++;
      } else if (write) {
        a.pending.push(row);
        if (a.pending.length === WRITE_CHUNK_ROWS) {
          write.rows(k, a.pending);
          a.pending = [];
        }
      }
    }
    if (write) for (let k = 0; k < accounts.length; k++) write.rows(k, accounts[k]!.pending);
    lap('rows');
    const preview: ImportPreview = {
      fileName: file.fileName,
      fileSha256,
      format: parsed.format,
      bank: parsed.format ? BANK_NAMES[parsed.format] : null,
      confidence: parsed.confidence,
      dateOrder: parsed.dateOrder,
      header: peek?.headerKey ?? null,
      sample: peek ? { rows: peek.rows, header: peek.header, suggestedMapping: peek.suggestedMapping } : null,
      mappingSource,
      needsMapping,
      accounts: accounts.map((a) => a.name),
      dateFrom,
      dateTo,
      rows: txs.length,
      newCount: txs.length - duplicateCount,
      duplicateCount,
      skipped: parsed.skipped,
      transfers,
      errors,
      warnings,
      categories: Object.fromEntries(categories),
    };
    if (write) {
      await write.commit(
        {
          rowCount: preview.rows,
          newCount: preview.newCount,
          duplicateCount: preview.duplicateCount,
          skippedCount: preview.skipped,
          transferCount: preview.transfers,
          dateFrom,
          dateTo,
        },
        file.mapping && preview.header ? { headerKey: preview.header, json: JSON.stringify(file.mapping) } : null,
      );
      lap('write');
    }
    return preview;
  };

  // a file that cannot be imported is previewed in full (the 422 carries it) and nothing is written
  if (!opts.commit || needsMapping || errors.length > 0 || txs.length === 0) return { preview: await rowsAndPreview(null), importId: null };
  const importId = randomUUID();
  const start: ImportStart = {
    importId,
    userId,
    bank: parsed.format,
    accounts: accounts.map((a) => a.name),
    import: { fileName: file.fileName, fileSha256, format },
  };
  try {
    return { preview: await withImportWrite(start, rowsAndPreview), importId };
  } catch (err) {
    if (err instanceof ImportWriteError && err.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new HttpError(409, 'concurrent_import', `${file.fileName}: another import of the same rows finished first. Preview again.`);
    }
    throw err;
  }
}

function withFile(fileName: string, issue: ParseIssue) {
  return { file: fileName, line: issue.line, field: issue.field ?? null, message: issue.message };
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
  if (p.needsMapping) {
    const detail = p.errors[0]?.message ?? 'The layout of this file is not one we recognise.';
    return new HttpError(422, 'unknown_layout', `${p.fileName}: ${detail} Map its columns to import it.`, { preview: p });
  }
  if (p.errors.length > 0) {
    const first = p.errors[0]!;
    const where = first.line > 0 ? ` line ${first.line}${first.field ? `, field ${first.field}` : ''}` : '';
    const more = p.errors.length > 1 ? ` (and ${p.errors.length - 1} more problem${p.errors.length > 2 ? 's' : ''})` : '';
    return new HttpError(422, 'invalid_rows', `${p.fileName}${where}: ${first.message}${more}. Nothing was imported.`, { preview: p });
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
