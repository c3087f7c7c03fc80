import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { databaseFile, type NewTransaction } from './sqlite.server';

/**
 * Writes an import on a worker thread (lib/server/import-writer.worker.mjs)
 * while this thread goes on categorizing and deduplicating the next rows: on
 * a 100,000-row file the write and the row work each take about half a
 * second of CPU, and in sequence they were most of an import's time
 * (docs/decisions/006). Everything of one import happens in one SQLite
 * transaction on the worker's connection: all of its rows are stored, or
 * none.
 *
 * One worker per process, one import at a time (imports queue); the worker
 * keeps the process alive only while an import is in flight.
 */

const WORKER_FILE = path.join(process.cwd(), 'lib/server/import-writer.worker.mjs');
/**
 * Rows per message. Small, so rows waiting to be handed over die young: with
 * 4,096 they outlived a scavenge or two and were promoted, and garbage
 * collection took much of the main thread (100,000 rows: median 869-974 ms
 * end to end with 512, 1,000-1,130 with 4,096).
 */
export const WRITE_CHUNK_ROWS = 512;

export interface ImportStart {
  importId: string;
  userId: string;
  bank: string | null;
  /** account names, in order; rows refer to them by index */
  accounts: readonly string[];
  import: { fileName: string; format: string };
}

export interface ImportCounts {
  fileSha256: string;
  rowCount: number;
  newCount: number;
  duplicateCount: number;
  skippedCount: number;
  transferCount: number;
  dateFrom: string | null;
  dateTo: string | null;
}

/** The error the worker reports: the driver's code (e.g. SQLITE_CONSTRAINT_UNIQUE) and message. */
export class ImportWriteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportWriteError';
  }
}

export interface ImportWrite {
  /** Queue rows of account `account` (an index into `ImportStart.accounts`) for writing. */
  rows(account: number, rows: readonly NewTransaction[]): void;
  /** Store the counts and mapping and commit; throws ImportWriteError when any write failed (then nothing is stored). */
  commit(counts: ImportCounts, mapping: { headerKey: string; json: string } | null): Promise<void>;
}

type Reply = { ok: true } | { ok: false; error: { code: string; message: string } };

let worker: Worker | null = null;
/** exit codes of writer threads that have stopped: a reply from one of them never comes */
const exited = new WeakMap<Worker, number>();
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  if (worker) return worker;
  if (!fs.existsSync(WORKER_FILE)) throw new Error(`The import writer ${WORKER_FILE} is missing: run Oddmonth from its project directory.`);
  const w = new Worker(WORKER_FILE);
  w.unref();
  // a crash fails the import in flight (see reply) and the next import starts a new worker
  w.on('error', () => undefined);
  w.on('exit', (code) => {
    exited.set(w, code);
    if (worker === w) worker = null;
  });
  worker = w;
  return w;
}

/**
 * Stop the writer thread now (at shutdown). An import in flight fails with
 * "the import writer stopped" and writes nothing: its transaction was never
 * committed. The next import starts a new thread.
 */
export async function stopImportWriter(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

function reply(w: Worker): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const stoppedWith = exited.get(w);
    if (stoppedWith !== undefined) {
      // it stopped between messages (crashed on a chunk, or was stopped): no reply will come
      reject(new Error(`the import writer stopped (exit code ${stoppedWith}); nothing was imported`));
      return;
    }
    const done = () => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const onMessage = (m: Reply) => {
      done();
      resolve(m);
    };
    const onError = (e: Error) => {
      done();
      reject(e);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`the import writer stopped (exit code ${code}); nothing was imported`));
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
  });
}

/**
 * Separates the values of a text column in a chunk. No value holds it: the
 * parser refuses text with NUL characters, and the worker checks that every
 * column splits into exactly one value per row (else the import fails whole).
 */
const SEP = '\u0000';

/**
 * One chunk as columns: numbers in typed arrays, text joined into one
 * string per column (ruleId '' and balance NaN stand for null), so the copy
 * to the worker costs a few large copies rather than a million small ones.
 */
function chunk(account: number, rows: readonly NewTransaction[]) {
  const n = rows.length;
  const date = new Array<string>(n);
  const description = new Array<string>(n);
  const merchant = new Array<string>(n);
  const category = new Array<string>(n);
  const ruleId = new Array<string>(n);
  const bankCategory = new Array<string>(n);
  const kind = new Array<string>(n);
  const dedupeKey = new Array<string>(n);
  const amount = new Float64Array(n);
  const balance = new Float64Array(n);
  const occurrence = new Int32Array(n);
  const line = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    date[i] = r.date;
    description[i] = r.description;
    merchant[i] = r.merchant;
    category[i] = r.category;
    ruleId[i] = r.ruleId ?? '';
    bankCategory[i] = r.bankCategory ?? '';
    kind[i] = r.kind;
    dedupeKey[i] = r.dedupeKey;
    amount[i] = r.amountCents;
    balance[i] = r.balanceCents ?? NaN;
    occurrence[i] = r.occurrence;
    line[i] = r.line;
  }
  return {
    op: 'rows' as const,
    n,
    account,
    date: date.join(SEP),
    description: description.join(SEP),
    merchant: merchant.join(SEP),
    category: category.join(SEP),
    ruleId: ruleId.join(SEP),
    bankCategory: bankCategory.join(SEP),
    kind: kind.join(SEP),
    dedupeKey: dedupeKey.join(SEP),
    amount,
    balance,
    occurrence,
    line,
  };
}

/**
 * Run `fn` with a writer for one import that starts now. If `fn` throws or
 * returns without committing, the import is rolled back. Imports queue: the
 * next one starts when this one is committed or rolled back.
 */
export function withImportWrite<T>(start: ImportStart, fn: (w: ImportWrite) => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const w = startWorker();
    w.ref();
    let finished = false;
    try {
      w.postMessage({ op: 'begin', file: databaseFile(), ...start });
      const write: ImportWrite = {
        rows(account, rows) {
          if (finished) throw new Error('import already finished');
          if (rows.length > 0) w.postMessage(chunk(account, rows));
        },
        async commit(counts, mapping) {
          finished = true;
          const answer = reply(w);
          w.postMessage({ op: 'commit', counts, mapping });
          const r = await answer;
          if (!r.ok) throw new ImportWriteError(r.error.code, r.error.message);
        },
      };
      const result = await fn(write);
      if (!finished) throw new Error('import writer: fn returned without committing');
      return result;
    } catch (err) {
      if (!finished) {
        finished = true;
        const answer = reply(w);
        w.postMessage({ op: 'abort' });
        await answer.catch(() => undefined);
      }
      throw err;
    } finally {
      w.unref();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
