/**
 * npm run bench: every benchmark, printed as a table and written to
 * bench/results/bench.json. Benchmarks compare against a baseline measured
 * in the same run; read ratios and medians, not absolute times (shared,
 * noisy machines).
 *
 *   npm run bench [-- import iforest detect]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ANALYZE_HISTORY, relativeTo, SHUTTLE_FIT_SCORE, type BenchResult } from './harness';

const suites: Record<string, () => Promise<BenchResult[]>> = {
  import: async () => (await import('./import.bench')).benchImport(),
  iforest: async () => (await import('./iforest.bench')).benchIforest(),
  detect: async () => (await import('./detect.bench')).benchDetect(),
};

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(suites);
  const results: Array<BenchResult & { suite: string }> = [];
  for (const name of names) {
    const run = suites[name];
    if (!run) throw new Error(`unknown benchmark "${name}" (have: ${Object.keys(suites).join(', ')})`);
    process.stderr.write(`running ${name}…\n`);
    for (const r of await run()) results.push({ suite: name, ...r });
  }
  const analyze = results.find((r) => r.name === ANALYZE_HISTORY);
  const shuttle = results.find((r) => r.name === SHUTTLE_FIT_SCORE);
  if (analyze && shuttle) results.push({ suite: 'detect', ...relativeTo(analyze, shuttle, 'shuttle fit+score') });
  const ms = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x.toFixed(x < 10 ? 3 : 1) : '—');
  const rows = results.map((r) => [r.suite, r.name, ms(r.medianMs), ms(r.cpuMs), String(r.runs), r.note ?? '']);
  const head = ['suite', 'benchmark', 'median ms', 'median CPU ms', 'runs', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  const out = path.resolve(import.meta.dirname, 'results/bench.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadavg: os.loadavg(), results }, null, 2),
  );
  console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
