import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initSqliteFile, PAGE_SIZE } from './sqlite-file';

function tmpFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-sqlite-file-')), 'x.db');
}

describe('initSqliteFile', () => {
  it('gives a new database the large page size and WAL, and they persist in the file', () => {
    const file = tmpFile();
    const db = new Database(file);
    initSqliteFile(db);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const again = new Database(file);
    expect(again.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    again.close();
  });

  it('leaves the page size of a database that already has tables (it cannot change in place)', () => {
    const file = tmpFile();
    const old = new Database(file);
    old.exec('CREATE TABLE t (x)');
    const before = old.pragma('page_size', { simple: true });
    initSqliteFile(old);
    expect(old.pragma('page_size', { simple: true })).toBe(before);
    expect(before).not.toBe(PAGE_SIZE);
    expect(old.pragma('journal_mode', { simple: true })).toBe('wal');
    old.close();
  });
});
