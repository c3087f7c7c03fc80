/**
 * Import throughput: a generated 100,000-row CommBank export imported end to
 * end (decode, parse, categorize, dedupe against the database, batched
 * inserts in one transaction) against raw better-sqlite3 inserting the same
 * rows with one prepared statement in one transaction, in the same run, on
 * fresh databases with the real migrations applied.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BenchResult } from './iforest.bench';

const ROWS = 100_000;
const RUNS = 3;
const root = path.resolve(import.meta.dirname, '..');

function freshDb(dir: string, name: string): string {
  const file = path.join(dir, name);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const migrations = path.join(root, 'prisma/migrations');
  for (const m of fs.readdirSync(migrations).filter((n) => /^\d+_/.test(n)).sort()) {
    db.exec(fs.readFileSync(path.join(migrations, m, 'migration.sql'), 'utf8'));
  }
  db.close();
  return file;
}

const MERCHANTS = [
  'WOOLWORTHS 1234 NEWTOWN NS AUS',
  'COLES 0456 MARRICKVILLE NS AUS',
  'BLACK STAR COFFEE NEWTOWN NS AUS',
  'AMPOL ENFIELD NS AUS',
  'KMART BROADWAY NS AUS',
  'UBER *EATS HELP.UBER.COM NS AUS',
  'CHEMIST WAREHOUSE SYDNEY NS AUS',
  'JB HI-FI BROADWAY NS AUS',
];

/** A CommBank-layout export with `n` rows over ~8 years (deterministic). */
export function generateCommbank(n: number): string {
  const lines: string[] = [];
  let bal = 10_000_000;
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    const day = Math.floor(i / 35);
    const d = new Date(Date.UTC(2018, 0, 1 + day));
    const date = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    const salary = i % 500 === 0;
    const cents = salary ? 520_000 : -((x % 20_000) + 300);
    bal += cents;
    const money = (c: number) => `${c < 0 ? '-' : '+'}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
    const narrative = salary ? 'Salary ACME PTY LTD' : `${MERCHANTS[x % MERCHANTS.length]} Card xx1234 Value Date: ${date}`;
    lines.push(`${date},"${money(cents)}","${narrative}","${money(bal)}"`);
  }
  return lines.join('\r\n') + '\r\n';
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export async function benchImport(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-bench-'));
  const csv = new TextEncoder().encode(generateCommbank(ROWS));
  process.env.DATABASE_URL = `file:${freshDb(dir, 'app.db')}`;
  const { prisma } = await import('../lib/server/db.server');
  const { commitImport } = await import('../lib/server/import.server');
  const { parseAndCategorize } = await import('../lib/core/pipeline');
  const limits = { maxBytes: 50 * 1024 * 1024, maxRows: 500_000 };

  // The rows as the importer would store them, for the raw baseline.
  const { transactions } = parseAndCategorize(csv, { fileName: 'bench.csv' });

  const endToEnd: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const user = await prisma.user.create({ data: { id: `bench-${run}`, name: 'bench', email: `bench-${run}@example.com` } });
    const t0 = performance.now();
    const s = await commitImport(user.id, { fileName: 'bench.csv', bytes: csv }, limits, { rescore: false });
    endToEnd.push(performance.now() - t0);
    if (s.newCount !== ROWS) throw new Error(`expected ${ROWS} new rows, got ${s.newCount}`);

    const file = freshDb(dir, `raw-${run}.db`);
    const db = new Database(file);
    db.prepare(`INSERT INTO "user" (id, name, email, emailVerified, createdAt, updatedAt) VALUES ('u', 'u', 'u@x', 0, 0, 0)`).run();
    db.prepare(`INSERT INTO "bank_account" (id, userId, name, createdAt) VALUES ('a', 'u', 'a', 0)`).run();
    db.prepare(
      `INSERT INTO "import" (id, userId, accountId, fileName, fileSha256, format, rowCount, newCount, duplicateCount, skippedCount, createdAt) VALUES ('i', 'u', 'a', 'f', 'x', 'commbank', 0, 0, 0, 0, 0)`,
    ).run();
    const ins = db.prepare(
      `INSERT INTO "transaction" (id, userId, accountId, importId, date, month, amountCents, description, merchant, category, ruleId, kind, balanceCents, dedupeKey, occurrence, line) VALUES (?, 'u', 'a', 'i', ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 1, ?)`,
    );
    const t1 = performance.now();
    db.transaction(() => {
      for (let i = 0; i < transactions.length; i++) {
        const t = transactions[i]!;
        ins.run(`r${i}`, t.date, t.date.slice(0, 7), t.amountCents, t.description, t.merchant, t.category, t.kind, t.balanceCents, `${t.date}|${t.amountCents}|${i}`, t.line);
      }
    })();
    raw.push(performance.now() - t1);
    db.close();
  }
  await prisma.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });

  const e2e = median(endToEnd);
  const base = median(raw);
  const e2eRate = ROWS / (e2e / 1000);
  const rawRate = ROWS / (base / 1000);
  return [
    { name: `import ${ROWS.toLocaleString('en-AU')} rows end to end`, medianMs: e2e, runs: RUNS, note: `${Math.round(e2eRate).toLocaleString('en-AU')} rows/s (target ≥ 100,000)` },
    { name: `raw better-sqlite3 insert of the same rows (baseline)`, medianMs: base, runs: RUNS, note: `${Math.round(rawRate).toLocaleString('en-AU')} rows/s` },
    { name: 'import rate ÷ raw insert rate', medianMs: NaN, runs: RUNS, note: `${(e2eRate / rawRate).toFixed(2)} (target ≥ 0.50)` },
  ];
}
