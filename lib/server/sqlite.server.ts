import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { sqlitePath } from '@/lib/db-url';
import { initSqliteFile } from '@/lib/sqlite-file';
import { env } from './env.server';

/**
 * The one place with SQLite-specific code: pragmas and the bulk write of an
 * import. Everything else goes through Prisma. Prisma's raw-SQL path is ~10x
 * slower than the driver for tens of thousands of rows (measured: 20k rows
 * in 2.8 s vs 0.28 s), so an import's rows are written here, in one
 * transaction on the driver. A PostgreSQL deployment replaces this module
 * (COPY or multi-row INSERT through `pg`).
 */

const done = new Set<string>();

/** Page size and WAL journal, once per file (lib/sqlite-file.ts). */
export function ensurePragmas(file: string): void {
  if (done.has(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    initSqliteFile(db);
  } finally {
    db.close();
  }
  done.add(file);
}

const g = globalThis as unknown as { __oddmonthDriver?: { file: string; db: Database.Database } };

function driver(): Database.Database {
  const file = sqlitePath(env().databaseUrl);
  if (g.__oddmonthDriver?.file === file) return g.__oddmonthDriver.db;
  ensurePragmas(file);
  const db = new Database(file, { timeout: 10_000 });
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  g.__oddmonthDriver = { file, db };
  return db;
}

/** Prisma's better-sqlite3 adapter stores DateTime as ISO 8601 with "+00:00"; write the same. */
function timestamp(d = new Date()): string {
  return d.toISOString().replace('Z', '+00:00');
}

export interface ImportRowData {
  userId: string;
  fileName: string;
  fileSha256: string;
  format: string;
  rowCount: number;
  newCount: number;
  duplicateCount: number;
  skippedCount: number;
  transferCount: number;
  dateFrom: string | null;
  dateTo: string | null;
}

/** One row to insert; the account comes from its `ImportGroup`. */
export interface NewTransaction {
  date: string;
  amountCents: number;
  description: string;
  merchant: string;
  category: string;
  ruleId: string | null;
  kind: string;
  balanceCents: number | null;
  dedupeKey: string;
  occurrence: number;
  line: number;
}

/** The new rows of one bank account. */
export interface ImportGroup {
  accountName: string;
  rows: readonly NewTransaction[];
}

const COLUMNS = 16;
const ROWS_PER_STATEMENT = 500;
const statements = new WeakMap<Database.Database, Map<number, Database.Statement>>();

function insertStatement(db: Database.Database, rows: number): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(rows);
  if (!stmt) {
    const tuple = `(${new Array(COLUMNS).fill('?').join(',')})`;
    stmt = db.prepare(
      `INSERT INTO "transaction" ("id","userId","accountId","importId","date","month","amountCents","description","merchant","category","ruleId","kind","balanceCents","dedupeKey","occurrence","line") VALUES ${new Array(rows).fill(tuple).join(',')}`,
    );
    cache.set(rows, stmt);
  }
  return stmt;
}

/**
 * Id of the n-th row of an import: the import's id and n in fixed-width
 * base 36. Unique because import ids are (the import table's primary key,
 * written in the same transaction), and ordered within an import, so the
 * rows go into the primary-key index one after the other instead of at
 * random places (random UUIDs made the whole write ~2x slower, measured).
 */
export function transactionId(importId: string, n: number): string {
  return `${importId}-${n.toString(36).padStart(5, '0')}`;
}

/**
 * Write one import atomically: its bank accounts (created when new), the
 * import row, every new transaction and the saved column mapping, or none of
 * them. Throws the driver's error (e.g. SQLITE_CONSTRAINT_UNIQUE when a
 * concurrent import stored the same rows first).
 */
export function writeImport(
  imp: ImportRowData,
  groups: readonly ImportGroup[],
  accountNames: readonly string[],
  bank: string | null,
  mapping: { headerKey: string; json: string } | null,
): string {
  const db = driver();
  const importId = randomUUID();
  const now = timestamp();
  const run = db.transaction(() => {
    const accountIds = new Map<string, string>();
    const insertAccount = db.prepare(
      `INSERT INTO "bank_account" ("id","userId","name","bank","createdAt") VALUES (?,?,?,?,?) ON CONFLICT ("userId","name") DO NOTHING`,
    );
    const findAccount = db.prepare(`SELECT "id" FROM "bank_account" WHERE "userId" = ? AND "name" = ?`);
    for (const name of accountNames) {
      insertAccount.run(randomUUID(), imp.userId, name, bank, now);
      accountIds.set(name, (findAccount.get(imp.userId, name) as { id: string }).id);
    }
    db.prepare(
      `INSERT INTO "import" ("id","userId","accountId","fileName","fileSha256","format","status","rowCount","newCount","duplicateCount","skippedCount","transferCount","dateFrom","dateTo","createdAt")
       VALUES (?,?,?,?,?,?,'committed',?,?,?,?,?,?,?,?)`,
    ).run(
      importId, imp.userId, accountIds.get(accountNames[0]!)!, imp.fileName, imp.fileSha256, imp.format,
      imp.rowCount, imp.newCount, imp.duplicateCount, imp.skippedCount, imp.transferCount, imp.dateFrom, imp.dateTo, now,
    );
    const userId = imp.userId;
    const args: unknown[] = [];
    let pending = 0;
    let n = 0;
    for (const group of groups) {
      const accountId = accountIds.get(group.accountName);
      if (accountId === undefined) throw new Error(`writeImport: account "${group.accountName}" is not among the import's accounts`);
      for (const r of group.rows) {
        args.push(
          transactionId(importId, n++), userId, accountId, importId, r.date, r.date.slice(0, 7), r.amountCents,
          r.description, r.merchant, r.category, r.ruleId, r.kind, r.balanceCents, r.dedupeKey, r.occurrence, r.line,
        );
        if (++pending === ROWS_PER_STATEMENT) {
          insertStatement(db, pending).run(args);
          args.length = 0;
          pending = 0;
        }
      }
    }
    if (pending) insertStatement(db, pending).run(args);
    if (mapping) {
      db.prepare(
        `INSERT INTO "import_mapping" ("id","userId","headerKey","mapping","createdAt","updatedAt") VALUES (?,?,?,?,?,?)
         ON CONFLICT ("userId","headerKey") DO UPDATE SET "mapping" = excluded."mapping", "updatedAt" = excluded."updatedAt"`,
      ).run(randomUUID(), imp.userId, mapping.headerKey, mapping.json, now, now);
    }
  });
  run.immediate();
  return importId;
}

/**
 * `[dedupeKey, occurrence]` of an account's stored rows dated from..to
 * (inclusive), read through the driver: Prisma took ~1.1 s CPU for the
 * 100,000 rows of a re-imported file, the driver ~0.1 s.
 */
export function storedOccurrences(accountId: string, from: string, to: string): Array<[string, number]> {
  return driver()
    .prepare(`SELECT "dedupeKey", "occurrence" FROM "transaction" WHERE "accountId" = ? AND "date" >= ? AND "date" <= ?`)
    .raw()
    .all(accountId, from, to) as Array<[string, number]>;
}

/** True for the driver's unique-constraint error. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}
