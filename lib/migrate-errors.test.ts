import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeMigrationError } from './migrate-errors';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

/** `tsx scripts/migrate.ts deploy` against `file`: exit code and output. */
async function deploy(file: string): Promise<{ code: number; out: string }> {
  try {
    const r = await run(path.join(root, 'node_modules/.bin/tsx'), ['scripts/migrate.ts', 'deploy'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${file}`, MIGRATE_DEBUG: '' },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

describe('describeMigrationError', () => {
  it('says a busy database is in use by another process', () => {
    const raw = 'Error in the underlying connector (WASM_ERROR): Error: unknown variant `SocketTimeout`, expected one of `GenericJs`, …';
    expect(describeMigrationError(raw, 'data/oddmonth.db')).toBe(
      'the database data/oddmonth.db is in use by another process, most likely a running Oddmonth (npm run demo, npm start or npm run dev). Stop it, then run this again.',
    );
    expect(describeMigrationError('SqliteError: database is locked', 'x.db')).toMatch(/^the database x\.db is in use/);
  });

  it('passes any other error through', () => {
    expect(describeMigrationError('missing /p/migration.sql', 'x.db')).toBe('missing /p/migration.sql');
  });
});

describe('scripts/migrate.ts deploy', () => {
  it('explains a database held open by another process, then migrates once it is closed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-migrate-'));
    const file = path.join(dir, 'app.db');
    // a server's connection: WAL mode, and a read so it holds the shared wal-index
    const other = new Database(file);
    other.pragma('journal_mode = WAL');
    other.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    const busy = await deploy(file);
    other.close();
    expect(busy.code).toBe(1);
    expect(busy.out).toContain(`Migration failed: the database ${path.relative(root, file)} is in use by another process`);
    expect(busy.out).not.toContain('unknown variant');

    const free = await deploy(file);
    expect(free.code).toBe(0);
    const db = new Database(file, { readonly: true });
    const applied = db.prepare('SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL').get() as { n: number };
    db.close();
    expect(applied.n).toBe(fs.readdirSync(path.join(root, 'prisma/migrations')).filter((n) => /^\d+_/.test(n)).length);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
