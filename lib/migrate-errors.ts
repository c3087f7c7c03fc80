/**
 * What a failed migration means, in words a person running `npm run demo`
 * or `npm run db:deploy` can act on. Kept free of imports so the migration
 * script (run by tsx) and its tests share it.
 *
 * Prisma's schema engine takes the SQLite file in EXCLUSIVE locking mode, so
 * it cannot migrate while any other process has the database open (a running
 * `npm start`, `npm run dev` or `npm run demo`). The driver adapter reports
 * SQLITE_BUSY as the error kind `SocketTimeout`, which the WebAssembly engine
 * does not know, and the raw message lists every kind it does know.
 */
export function describeMigrationError(message: string, dbFile: string): string {
  if (/\bSocketTimeout\b|SQLITE_BUSY|database is locked/i.test(message)) {
    return (
      `the database ${dbFile} is in use by another process, most likely a running Oddmonth ` +
      '(npm run demo, npm start or npm run dev). Stop it, then run this again.'
    );
  }
  return message;
}
