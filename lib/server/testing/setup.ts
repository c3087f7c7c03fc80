/**
 * Vitest setup, run before each test file: a fresh SQLite database with the
 * real migrations applied, so service and route tests hit a real database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { initSqliteFile } from '../../sqlite-file';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-test-'));
const file = path.join(dir, 'test.db');

const db = new Database(file);
initSqliteFile(db);
const migrations = path.join(root, 'prisma/migrations');
for (const name of fs.readdirSync(migrations).filter((n) => /^\d+_/.test(n)).sort()) {
  db.exec(fs.readFileSync(path.join(migrations, name, 'migration.sql'), 'utf8'));
}
db.close();

process.env.DATABASE_URL = `file:${file}`;
process.env.BETTER_AUTH_URL = 'http://127.0.0.1:3000';
