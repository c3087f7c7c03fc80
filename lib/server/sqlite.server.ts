import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sqlitePath } from '@/lib/db-url';
import { initSqliteFile } from '@/lib/sqlite-file';
import { env } from './env.server';

/**
 * SQLite-specific code on the main thread: pragmas and the reads of the
 * importer. Everything else goes through Prisma, except the bulk write of an
 * import (lib/server/import-writer.server.ts, on a worker thread): Prisma's
 * raw-SQL path is ~10x slower than the driver for tens of thousands of rows
 * (measured: 20k rows in 2.8 s vs 0.28 s). A PostgreSQL deployment replaces
 * these two modules (COPY or multi-row INSERT through `pg`).
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

/** The file of the configured database (created, with its pragmas, on first use). */
export function databaseFile(): string {
  const file = sqlitePath(env().databaseUrl);
  ensurePragmas(file);
  return file;
}

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

/** One row to insert (lib/server/import-writer.server.ts writes them). */
export interface NewTransaction {
  date: string;
  amountCents: number;
  description: string;
  merchant: string;
  category: string;
  ruleId: string | null;
  kind: string;
  balanceCents: number | null;
  /** the bank's own category / transaction type (ParsedTransaction.bankCategory) */
  bankCategory: string | null;
  dedupeKey: string;
  occurrence: number;
  line: number;
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
