/**
 * Import throughput: a generated 100,000-row CommBank export imported end to
 * end (decode, parse, categorize, dedupe against the database, batched
 * inserts in one transaction) against raw better-sqlite3 inserting the same
 * rows, in the same run.
 *
 * The baseline is kept honest:
 * - the same rows: after each end-to-end run, the rows that import stored are
 *   read back (untimed) and the baseline inserts exactly those values (ids,
 *   dedupe keys, everything), under the same user/account/import ids;
 * - the same schema and indexes (the real migrations), the same connection
 *   settings as the importer's (WAL, synchronous=NORMAL, foreign keys on);
 * - one prepared single-row INSERT, run for every row inside one transaction;
 * - the same database history: the app database and the baseline database
 *   each start empty and keep every run's rows, so run k of both inserts into
 *   a table already holding k imports.
 *
 * Wall time on a shared machine depends on its load, so every run also
 * records CPU time (process.cpuUsage, user + system, all threads of this
 * process): the CPU ratio is the load-independent cross-check of the wall
 * ratio. Medians over RUNS runs; rates come from the median times. One
 * untimed 10,000-row import first warms the code up (a server is warm); the
 * timed runs also record CPU per import stage, reported as medians.
 *
 *   BENCH_RUNS=7 npm run bench -- import
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { median, type BenchResult } from './harness';
import { initSqliteFile } from '../lib/sqlite-file';
import type { NewTransaction } from '../lib/server/sqlite.server';
import type { StageTimes } from '../lib/server/import.server';

const ROWS = 100_000;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const root = path.resolve(import.meta.dirname, '..');

export function freshDb(dir: string, name: string): string {
  const file = path.join(dir, name);
  const db = new Database(file);
  initSqliteFile(db);
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

/**
 * A CommBank-layout export with `n` rows over ~8 years (deterministic): 35
 * rows a day, the eight merchants mixed, amounts to the cent, a salary every
 * 500 rows, the card's value date 0-2 days before the posting date (so, as
 * in real exports, a narrative repeats only within a few days: ~22,600
 * distinct narratives in 100,000 rows, and 17 rows identical to another).
 */
export function generateCommbank(n: number): string {
  const lines: string[] = [];
  let bal = 10_000_000;
  let x = 12345;
  const ddmmyyyy = (d: Date) =>
    `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  for (let i = 0; i < n; i++) {
    // 32-bit LCG in integer arithmetic (a plain multiply loses the low bits to
    // float rounding), read from its high bits (the low ones cycle quickly)
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const r = x >>> 8;
    const day = Math.floor(i / 35);
    const date = ddmmyyyy(new Date(Date.UTC(2018, 0, 1 + day)));
    const valueDate = ddmmyyyy(new Date(Date.UTC(2018, 0, 1 + day - (r % 3))));
    const salary = i % 500 === 0;
    const cents = salary ? 520_000 : -((r % 20_000) + 300);
    bal += cents;
    const money = (c: number) => `${c < 0 ? '-' : '+'}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
    const narrative = salary ? 'Salary ACME PTY LTD' : `${MERCHANTS[(r >>> 3) % MERCHANTS.length]} Card xx1234 Value Date: ${valueDate}`;
    lines.push(`${date},"${money(cents)}","${narrative}","${money(bal)}"`);
  }
  return lines.join('\r\n') + '\r\n';
}


/** A row as the importer stored it (read back for the raw baseline). */
type StoredRow = NewTransaction & { id: number; userId: string; accountId: string; importId: string; month: string };

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** The parent rows of one import, copied from the app database so the baseline's foreign keys hold. */
function copyParents(app: Database.Database, raw: Database.Database, userId: string, importId: string): void {
  const user = app.prepare(`SELECT * FROM "user" WHERE id = ?`).get(userId) as Record<string, unknown>;
  const imp = app.prepare(`SELECT * FROM "import" WHERE id = ?`).get(importId) as Record<string, unknown>;
  const account = app.prepare(`SELECT * FROM "bank_account" WHERE id = ?`).get(imp.accountId) as Record<string, unknown>;
  for (const [table, row] of [['user', user], ['bank_account', account], ['import', imp]] as const) {
    const cols = Object.keys(row);
    raw
      .prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map(() => '?').join(',')})`)
      .run(...cols.map((c) => row[c]));
  }
}

function rawInsert(raw: Database.Database, rows: readonly StoredRow[]): Timing {
  const ins = raw.prepare(
    `INSERT INTO "transaction" ("id","userId","accountId","importId","date","month","amountCents","description","merchant","category","ruleId","kind","balanceCents","dedupeKey","occurrence","line") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertAll = raw.transaction((list: readonly StoredRow[]) => {
    for (const r of list) {
      ins.run(r.id, r.userId, r.accountId, r.importId, r.date, r.month, r.amountCents, r.description, r.merchant, r.category, r.ruleId, r.kind, r.balanceCents, r.dedupeKey, r.occurrence, r.line);
    }
  });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  insertAll(rows);
  return { wallMs: performance.now() - t0, cpuMs: cpuMsSince(c0) };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-AU');
}

export async function benchImport(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-bench-'));
  const csv = new TextEncoder().encode(generateCommbank(ROWS));
  const appFile = freshDb(dir, 'app.db');
  process.env.DATABASE_URL = `file:${appFile}`;
  const { prisma } = await import('../lib/server/db.server');
  const { commitImport } = await import('../lib/server/import.server');
  const limits = { maxBytes: 50 * 1024 * 1024, maxRows: 500_000 };

  // reads what the importer stored (untimed); a separate connection, the importer's own is untouched
  const app = new Database(appFile, { readonly: true });
  const storedRows = app.prepare(`SELECT * FROM "transaction" WHERE "importId" = ? ORDER BY rowid`);
  // the baseline's database: same migrations, same connection settings as the importer's driver
  const raw = new Database(freshDb(dir, 'raw.db'));
  raw.pragma('foreign_keys = ON');
  raw.pragma('synchronous = NORMAL');

  const warm = await prisma.user.create({ data: { id: 'bench-warm-up', name: 'bench', email: 'bench-warm-up@example.com' } });
  await commitImport(warm.id, { fileName: 'warm.csv', bytes: new TextEncoder().encode(generateCommbank(10_000)) }, limits, { rescore: false });

  const loadBefore = os.loadavg()[0]!;
  const endToEnd: Timing[] = [];
  const baseline: Timing[] = [];
  const stageRuns: StageTimes[] = [];
  for (let run = 0; run < RUNS; run++) {
    const user = await prisma.user.create({ data: { id: `bench-${run}`, name: 'bench', email: `bench-${run}@example.com` } });
    const stages: StageTimes = {};
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const s = await commitImport(user.id, { fileName: 'bench.csv', bytes: csv }, limits, { rescore: false, stages });
    endToEnd.push({ wallMs: performance.now() - t0, cpuMs: cpuMsSince(c0) });
    stageRuns.push(stages);
    if (s.newCount !== ROWS) throw new Error(`expected ${ROWS} new rows, got ${s.newCount}`);

    const rows = storedRows.all(s.importId) as StoredRow[];
    if (rows.length !== ROWS) throw new Error(`expected ${ROWS} stored rows, read ${rows.length}`);
    copyParents(app, raw, user.id, s.importId);
    baseline.push(rawInsert(raw, rows));
    const n = (raw.prepare(`SELECT count(*) AS n FROM "transaction" WHERE "importId" = ?`).get(s.importId) as { n: number }).n;
    if (n !== ROWS) throw new Error(`baseline stored ${n} rows, expected ${ROWS}`);
    process.stderr.write(
      `  run ${run + 1}/${RUNS}: end to end ${endToEnd[run]!.wallMs.toFixed(0)} ms wall / ${endToEnd[run]!.cpuMs.toFixed(0)} ms CPU; ` +
        `raw ${baseline[run]!.wallMs.toFixed(0)} ms wall / ${baseline[run]!.cpuMs.toFixed(0)} ms CPU\n`,
    );
  }
  app.close();
  raw.close();
  await prisma.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
  const loadAfter = os.loadavg()[0]!;

  const e2eWall = median(endToEnd.map((t) => t.wallMs));
  const e2eCpu = median(endToEnd.map((t) => t.cpuMs));
  const rawWall = median(baseline.map((t) => t.wallMs));
  const rawCpu = median(baseline.map((t) => t.cpuMs));
  const rate = (ms: number) => ROWS / (ms / 1000);
  const runsOf = (ts: Timing[]) => `runs ${ts.map((t) => `${t.wallMs.toFixed(0)}/${t.cpuMs.toFixed(0)}`).join(' ')} ms wall/CPU`;
  const load = `load ${loadBefore.toFixed(1)}→${loadAfter.toFixed(1)} on ${os.cpus().length} CPUs`;
  const stageNames = Object.keys(stageRuns[0] ?? {});
  const byStage = stageNames.map((n) => `${n} ${median(stageRuns.map((st) => st[n]?.cpuMs ?? 0)).toFixed(0)}`).join(', ');
  return [
    {
      name: `import ${fmt(ROWS)} rows end to end`,
      medianMs: e2eWall,
      cpuMs: e2eCpu,
      runs: RUNS,
      note: `${fmt(rate(e2eWall))} rows/s wall (target ≥ 100,000), ${fmt(rate(e2eCpu))} rows per CPU-s; ${runsOf(endToEnd)}`,
    },
    {
      name: 'raw better-sqlite3 insert of the same rows (baseline)',
      medianMs: rawWall,
      cpuMs: rawCpu,
      runs: RUNS,
      note: `${fmt(rate(rawWall))} rows/s wall, ${fmt(rate(rawCpu))} rows per CPU-s; ${runsOf(baseline)}`,
    },
    {
      name: 'end to end, CPU ms per stage (medians)',
      medianMs: NaN,
      runs: RUNS,
      note: byStage,
    },
    {
      name: 'import rate ÷ raw insert rate',
      medianMs: NaN,
      runs: RUNS,
      note: `${(rawWall / e2eWall).toFixed(2)} by wall time, ${(rawCpu / e2eCpu).toFixed(2)} by CPU time (target ≥ 0.50); ${load}`,
    },
  ];
}
