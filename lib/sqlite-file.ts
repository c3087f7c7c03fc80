/**
 * How every Oddmonth SQLite file is set up, shared by the server, the
 * migration script, the test setup and the benchmarks (so the benchmark's
 * databases are the app's).
 *
 * - Page size 32 KiB, set while the file is still empty (SQLite fixes it when
 *   the first table is created, and WAL mode keeps it fixed). An import is an
 *   append of tens of thousands of rows and index entries, and SQLite writes
 *   the WAL a page at a time: with 4 KiB pages (SQLite's default) inserting
 *   100,000 transactions cost 840–870 ms CPU, with 32 KiB pages 640–670 ms,
 *   with 64 KiB 540–640 ms (docs/decisions/006). 32 KiB keeps small writes
 *   (sessions, feedback) from appending 64 KiB to the WAL each.
 * - WAL journal (persistent in the file) so readers don't block the importer.
 *
 * A database created before this keeps its page size; `VACUUM` after
 * `PRAGMA journal_mode = DELETE; PRAGMA page_size = 32768;` converts it.
 */
export const PAGE_SIZE = 32_768;

/** The part of a better-sqlite3 `Database` this needs (kept structural so scripts need no types). */
interface PragmaTarget {
  pragma(source: string, options?: { simple?: boolean }): unknown;
}

export function initSqliteFile(db: PragmaTarget): void {
  if (db.pragma('page_count', { simple: true }) === 0) db.pragma(`page_size = ${PAGE_SIZE}`);
  db.pragma('journal_mode = WAL');
}
