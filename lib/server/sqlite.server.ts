import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * The one place with SQLite-specific SQL. Everything else goes through Prisma.
 */

const done = new Set<string>();

/** WAL journal (persistent in the file) so readers don't block the importer. */
export function ensurePragmas(file: string): void {
  if (done.has(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
  } finally {
    db.close();
  }
  done.add(file);
}
