// @ts-check
/**
 * The import writer: a worker thread with its own SQLite connection that
 * writes one import at a time inside one transaction, while the main thread
 * is still categorizing and deduplicating the rows that follow (see
 * lib/server/import-writer.server.ts, which owns the protocol, and
 * docs/decisions/006). Plain JavaScript because Node loads it directly, in
 * `next start`, the CLI, the tests and the benchmarks alike.
 *
 * Messages, in order, for each import:
 *   begin  { file, importId, userId, bank, accounts, import }   BEGIN IMMEDIATE, accounts, the import row (counts to come)
 *   rows   { n, account, date, amount, ... }                  one chunk of new transactions, as columns
 *   commit { counts, mapping }                                 import counts, saved mapping, COMMIT
 *   abort  {}                                                  ROLLBACK
 * The worker answers commit and abort with { ok } or { ok: false, error: { code, message } }.
 * After a failure it ignores the import's remaining rows, so the answer to
 * commit carries the first error and nothing was written.
 */
import { parentPort } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

if (!parentPort) throw new Error('import-writer.worker.mjs runs as a worker thread');
const port = parentPort;

const ROWS_PER_STATEMENT = 256;

/** @type {{ file: string, db: import('better-sqlite3').Database } | null} */
let conn = null;

/**
 * @typedef {{
 *   importId: string, userId: string, accountIds: string[],
 *   statements: Map<string, import('better-sqlite3').Statement>,
 *   error: { code: string, message: string } | null,
 * }} Current
 * @type {Current | null}
 */
let current = null;

/** @param {string} file */
function connection(file) {
  if (conn?.file === file) return conn;
  conn?.db.close();
  const db = new Database(file, { timeout: 10_000 });
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  conn = { file, db };
  return conn;
}

/**
 * An id as an SQL literal: ids are ours (UUIDs, better-auth's), never user text; anything else is refused.
 * @param {string} id
 */
function literal(id) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new Error(`import writer: unexpected id ${JSON.stringify(id)}`);
  return `'${id}'`;
}

/**
 * The INSERT of `rows` rows into one account for the current import. The
 * user, account and import ids are the same on every row, so they are part
 * of the statement (prepared once per import, account and size) rather than
 * bound 3 times a row: measured ~7 % less CPU per row.
 * @param {number} account
 * @param {number} rows
 */
function insertStatement(account, rows) {
  if (!conn || !current) throw new Error('no import');
  const key = `${account}:${rows}`;
  let stmt = current.statements.get(key);
  if (!stmt) {
    const tuple = `(${literal(current.userId)},${literal(current.accountIds[account] ?? '')},${literal(current.importId)},?,?,?,?,?,?,?,?,?,?,?,?,?)`;
    stmt = conn.db.prepare(
      `INSERT INTO "transaction" ("userId","accountId","importId","date","month","amountCents","description","merchant","category","ruleId","kind","balanceCents","bankCategory","dedupeKey","occurrence","line") VALUES ${new Array(rows).fill(tuple).join(',')}`,
    );
    current.statements.set(key, stmt);
  }
  return stmt;
}

/** Prisma's better-sqlite3 adapter stores DateTime as ISO 8601 with "+00:00"; write the same. */
function timestamp() {
  return new Date().toISOString().replace('Z', '+00:00');
}

/** @param {unknown} e */
function errorOf(e) {
  const err = /** @type {{ code?: unknown, message?: unknown }} */ (e ?? {});
  return { code: typeof err.code === 'string' ? err.code : 'WRITE_FAILED', message: typeof err.message === 'string' ? err.message : String(e) };
}

function rollback() {
  if (conn?.db.inTransaction) conn.db.exec('ROLLBACK');
}

/** @param {any} m the begin message (shape checked by the TypeScript side that sends it) */
function begin(m) {
  const { db } = connection(m.file);
  current = { importId: m.importId, userId: m.userId, accountIds: [], statements: new Map(), error: null };
  db.exec('BEGIN IMMEDIATE');
  const now = timestamp();
  const insertAccount = db.prepare(
    `INSERT INTO "bank_account" ("id","userId","name","bank","createdAt") VALUES (?,?,?,?,?) ON CONFLICT ("userId","name") DO NOTHING`,
  );
  const findAccount = db.prepare(`SELECT "id" FROM "bank_account" WHERE "userId" = ? AND "name" = ?`);
  for (const name of m.accounts) {
    insertAccount.run(randomUUID(), m.userId, name, m.bank, now);
    current.accountIds.push(/** @type {{ id: string }} */ (findAccount.get(m.userId, name)).id);
  }
  const i = m.import;
  db.prepare(
    `INSERT INTO "import" ("id","userId","accountId","fileName","fileSha256","format","status","rowCount","newCount","duplicateCount","skippedCount","transferCount","dateFrom","dateTo","createdAt")
     VALUES (?,?,?,?,'',?,'committed',0,0,0,0,0,NULL,NULL,?)`,
  ).run(m.importId, m.userId, current.accountIds[0], i.fileName, i.format, now);
}

/**
 * A text column of a rows message: its values joined with NUL.
 * @param {string} col
 * @param {number} n
 * @returns {string[]}
 */
function texts(col, n) {
  const out = n === 0 ? [] : col.split('\u0000');
  if (out.length !== n) throw new Error(`import writer: a column has ${out.length} values for ${n} rows`);
  return out;
}

/** @param {any} m a rows message: one chunk as columns (see chunk() in import-writer.server.ts) */
function rows(m) {
  if (!current || current.error) return;
  const n = m.n;
  const date = texts(m.date, n);
  const description = texts(m.description, n);
  const merchant = texts(m.merchant, n);
  const category = texts(m.category, n);
  const ruleId = texts(m.ruleId, n);
  const bankCategory = texts(m.bankCategory, n);
  const kind = texts(m.kind, n);
  const dedupeKey = texts(m.dedupeKey, n);
  /** @type {unknown[]} */
  const args = [];
  let pending = 0;
  for (let i = 0; i < n; i++) {
    const d = date[i];
    const balance = m.balance[i];
    args.push(
      d, d.slice(0, 7), m.amount[i], description[i], merchant[i], category[i], ruleId[i] || null, kind[i],
      Number.isNaN(balance) ? null : balance, bankCategory[i] || null, dedupeKey[i], m.occurrence[i], m.line[i],
    );
    if (++pending === ROWS_PER_STATEMENT) {
      insertStatement(m.account, pending).run(args);
      args.length = 0;
      pending = 0;
    }
  }
  if (pending) insertStatement(m.account, pending).run(args);
}

/** @param {any} m */
function commit(m) {
  if (!conn || !current) throw new Error('commit without begin');
  const c = m.counts;
  conn.db
    .prepare(
      `UPDATE "import" SET "fileSha256" = ?, "rowCount" = ?, "newCount" = ?, "duplicateCount" = ?, "skippedCount" = ?, "transferCount" = ?, "dateFrom" = ?, "dateTo" = ? WHERE "id" = ?`,
    )
    .run(c.fileSha256, c.rowCount, c.newCount, c.duplicateCount, c.skippedCount, c.transferCount, c.dateFrom, c.dateTo, current.importId);
  if (m.mapping) {
    const now = timestamp();
    conn.db
      .prepare(
        `INSERT INTO "import_mapping" ("id","userId","headerKey","mapping","createdAt","updatedAt") VALUES (?,?,?,?,?,?)
         ON CONFLICT ("userId","headerKey") DO UPDATE SET "mapping" = excluded."mapping", "updatedAt" = excluded."updatedAt"`,
      )
      .run(randomUUID(), current.userId, m.mapping.headerKey, m.mapping.json, now, now);
  }
  conn.db.exec('COMMIT');
}

port.on('message', (/** @type {any} */ m) => {
  try {
    if (m.op === 'begin') begin(m);
    else if (m.op === 'rows') rows(m);
    else if (m.op === 'commit') {
      if (current?.error) port.postMessage({ ok: false, error: current.error });
      else {
        commit(m);
        port.postMessage({ ok: true });
      }
      current = null;
    } else if (m.op === 'abort') {
      rollback();
      current = null;
      port.postMessage({ ok: true });
    }
  } catch (e) {
    // the first failure of an import: undo what it wrote, remember why, skip its remaining rows
    rollback();
    const error = errorOf(e);
    if (m.op === 'commit' || m.op === 'abort') {
      current = null;
      port.postMessage({ ok: false, error });
    } else if (current) {
      current.error ??= error;
    } else {
      current = { importId: '', userId: '', accountIds: [], statements: new Map(), error };
    }
  }
});
