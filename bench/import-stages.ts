/**
 * Where the time of an end-to-end import goes: commitImport on the generated
 * 100,000-row CommBank export, several runs on fresh users, median wall and
 * CPU milliseconds per stage (CPU = process.cpuUsage user + system, which
 * other processes on a shared machine do not inflate).
 *
 *   npx tsx --conditions=react-server bench/import-stages.ts [runs] [rows]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDb, generateCommbank } from './import.bench';
import { median } from './harness';
import type { StageTimes } from '../lib/server/import.server';

const runs = Number(process.argv[2] ?? 5);
const rows = Number(process.argv[3] ?? 100_000);


async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-stages-'));
  const csv = new TextEncoder().encode(generateCommbank(rows));
  process.env.DATABASE_URL = `file:${freshDb(dir, 'app.db')}`;
  const { prisma } = await import('../lib/server/db.server');
  const { commitImport } = await import('../lib/server/import.server');
  const limits = { maxBytes: 50 * 1024 * 1024, maxRows: 500_000 };
  const all: StageTimes[] = [];
  for (let run = 0; run < runs; run++) {
    const user = await prisma.user.create({ data: { id: `s-${run}`, name: 's', email: `s-${run}@example.com` } });
    const stages: StageTimes = {};
    const s = await commitImport(user.id, { fileName: 'bench.csv', bytes: csv }, limits, { rescore: false, stages });
    if (s.newCount !== rows) throw new Error(`expected ${rows} new rows, got ${s.newCount}`);
    all.push(stages);
  }
  await prisma.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
  const names = Object.keys(all[0]!);
  console.log(`${rows} rows, ${runs} runs, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('stage        cpu ms (median)  wall ms (median)   cpu per run');
  let cpu = 0;
  let wall = 0;
  for (const n of names) {
    const c = median(all.map((a) => a[n]?.cpuMs ?? 0));
    const w = median(all.map((a) => a[n]?.wallMs ?? 0));
    cpu += c;
    wall += w;
    console.log(`${n.padEnd(12)} ${c.toFixed(0).padStart(15)} ${w.toFixed(0).padStart(17)}   ${all.map((a) => (a[n]?.cpuMs ?? 0).toFixed(0)).join('/')}`);
  }
  console.log(`${'sum'.padEnd(12)} ${cpu.toFixed(0).padStart(15)} ${wall.toFixed(0).padStart(17)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
