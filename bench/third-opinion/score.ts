/**
 * Scores the Oddmonth CLI against an independent generator's households:
 * the third opinion (default) or the fourth (`--generator fourth`,
 * bench/fourth-opinion). Both export the same interface (bench/opinion-contract.ts).
 *
 *   tsx bench/third-opinion/score.ts [--generator third|fourth] --seeds 31,32,33 --count 20 [--months 60] [--show]
 *
 * Only months after the first 12 of each file are scored. Writes bench/results/<generator>-opinion.json
 * (one entry per seed set, merged into the existing file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ANOMALY_KINDS, type GeneratedHousehold, type GeneratorModule, type MonthLabel } from '../opinion-contract';

const GENERATORS: Record<string, () => Promise<GeneratorModule>> = {
  third: () => import('./generate'),
  fourth: () => import('../fourth-opinion/generate'),
};

const HERE = dirname(fileURLToPath(import.meta.url));
const MAIN = resolve(HERE, '..', '..');

interface Reason { category: string; text: string; weight: number }
interface MonthOut {
  month: string;
  spendCents: Record<string, number>;
  incomeCents: number;
  score: number | null;
  flagged: boolean;
  threshold: number;
  rule: { flagged: boolean };
  reasons: Reason[];
}
interface FileOut { format: string; months: MonthOut[] }
interface CliOut { files: Record<string, FileOut> }

interface Row {
  label: MonthLabel;
  out: MonthOut | undefined;
  layout: string;
}

interface Confusion { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number; fpr: number }

function confusion(rows: Row[], pred: (r: Row) => boolean): Confusion {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    const pos = r.label.kind !== 'normal';
    const p = pred(r);
    if (pos && p) tp++;
    else if (pos) fn++;
    else if (p) fp++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1, fpr: fp + tn ? fp / (fp + tn) : 0 };
}

/** ROC-AUC by the rank-sum formula, ties averaged; a null score ranks lowest. */
function rocAuc(rows: Row[]): number {
  const xs = rows.map((r) => ({ s: r.out?.score ?? Number.NEGATIVE_INFINITY, y: r.label.kind !== 'normal' }));
  xs.sort((a, b) => a.s - b.s);
  let rankSumPos = 0;
  let i = 0;
  while (i < xs.length) {
    let j = i;
    while (j + 1 < xs.length && xs[j + 1]!.s === xs[i]!.s) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (xs[k]!.y) rankSumPos += avg;
    i = j + 1;
  }
  const nPos = xs.filter((x) => x.y).length;
  const nNeg = xs.length - nPos;
  if (!nPos || !nNeg) return Number.NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

function reasonNames(r: Row, strict: boolean): boolean {
  const cat = r.label.category;
  if (!cat || !r.out) return false;
  return r.out.reasons.slice(0, 2).some((x) => x.category === cat || (!strict && x.text.toLowerCase().includes(cat.toLowerCase())));
}

interface Failure { file: string; layout: string; error: string }

function runCli(files: string[]): { out: CliOut | null; status: number | null; stderr: string } {
  const res = spawnSync(join(MAIN, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'cli/index.ts', 'analyze', ...files, '--json'], {
    cwd: MAIN, encoding: 'utf8', maxBuffer: 1 << 30,
  });
  let out: CliOut | null = null;
  try {
    out = JSON.parse(res.stdout) as CliOut;
  } catch {
    out = null;
  }
  return { out, status: res.status, stderr: (res.stderr ?? '').slice(0, 600) };
}

function analyze(dir: string, hs: GeneratedHousehold[], batch: number, failures: Failure[], batchFailures: string[]): Map<string, FileOut> {
  const results = new Map<string, FileOut>();
  for (let i = 0; i < hs.length; i += batch) {
    const group = hs.slice(i, i + batch);
    const { out, status } = runCli(group.map((g) => join(dir, g.file)));
    const ok = out !== null && status === 0;
    // a batch that fails while its files pass alone is a fault of its own (output cut off in the pipe, once)
    if (!ok && group.length > 1) batchFailures.push(`${group[0]!.file}..${group.at(-1)!.file}: exit ${status}${out === null ? ', output is not JSON' : ''}`);
    for (const g of group) {
      const f = ok ? out.files[g.file] ?? out.files[g.file.replace(/\.csv$/, '')] : undefined;
      if (f) {
        results.set(g.file, f);
        continue;
      }
      // batch failed or file missing: retry alone to attribute the failure
      const one = runCli([join(dir, g.file)]);
      const f1 = one.out?.files[g.file] ?? one.out?.files[g.file.replace(/\.csv$/, '')];
      if (f1 && one.status === 0) results.set(g.file, f1);
      else failures.push({ file: g.file, layout: g.layout, error: `exit ${one.status}: ${one.stderr.split('\n').slice(0, 4).join(' | ')}` });
    }
  }
  return results;
}

interface CatAgreement {
  file: string;
  layout: string;
  format: string;
  truthOutCents: number;
  productOutCents: number;
  disagreeShare: number; // share of true money-out not found in the same product category
  diffs: { category: string; truthCents: number; productCents: number }[]; // all categories, biggest gap first
}

function categoryAgreement(g: GeneratedHousehold, f: FileOut): CatAgreement {
  const truth = new Map<string, number>();
  const prod = new Map<string, number>();
  for (const [, row] of Object.entries(g.truth.spendCents)) for (const [c, v] of Object.entries(row)) truth.set(c, (truth.get(c) ?? 0) + (v ?? 0));
  const months = new Set(Object.keys(g.truth.spendCents));
  for (const m of f.months) {
    if (!months.has(m.month)) continue;
    for (const [c, v] of Object.entries(m.spendCents)) prod.set(c, (prod.get(c) ?? 0) + v);
  }
  const cats = new Set([...truth.keys(), ...prod.keys()]);
  let total = 0, miss = 0, ptotal = 0;
  const diffs: CatAgreement['diffs'] = [];
  for (const c of cats) {
    const t = truth.get(c) ?? 0;
    const p = prod.get(c) ?? 0;
    total += t;
    ptotal += p;
    miss += Math.max(0, t - p);
    diffs.push({ category: c, truthCents: t, productCents: p });
  }
  diffs.sort((a, b) => Math.abs(b.productCents - b.truthCents) - Math.abs(a.productCents - a.truthCents));
  return { file: g.file, layout: g.layout, format: f.format, truthOutCents: total, productOutCents: ptotal, disagreeShare: total ? miss / total : 0, diffs };
}

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');
const aud = (c: number): string => `$${Math.round(c / 100).toLocaleString('en-AU')}`;

function topReason(o: MonthOut | undefined): string {
  if (!o) return '(month missing from output)';
  return o.reasons.slice(0, 2).map((r) => `[${r.category}] ${r.text}`).join(' ; ') || '(no reasons)';
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (n: string, d: string): string => {
    const i = argv.indexOf(`--${n}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : d;
  };
  const seeds = arg('seeds', '31,32,33').split(',').map(Number);
  const count = Number(arg('count', '20'));
  const months = Number(arg('months', '60'));
  const batch = Number(arg('batch', '20'));
  const show = argv.includes('--show');
  const name = arg('generator', 'third');
  const load = GENERATORS[name];
  if (!load) throw new Error(`--generator must be one of ${Object.keys(GENERATORS).join(', ')}, got ${name}`);
  const { generate, writeGenerated } = await load();
  const outPath = resolve(MAIN, arg('out', `bench/results/${name}-opinion.json`));
  const tmp = mkdtempSync(join(tmpdir(), `${name}-opinion-`));

  const rows: Row[] = [];
  const failures: Failure[] = [];
  const batchFailures: string[] = [];
  const agreements: CatAgreement[] = [];
  const formats = new Map<string, Map<string, number>>();
  for (const seed of seeds) {
    const hs = generate({ seed, count, months });
    const dir = join(tmp, String(seed));
    writeGenerated(dir, hs);
    const res = analyze(dir, hs, batch, failures, batchFailures);
    for (const g of hs) {
      const f = res.get(g.file);
      if (!f) continue;
      const fm = formats.get(g.layout) ?? new Map<string, number>();
      fm.set(f.format, (fm.get(f.format) ?? 0) + 1);
      formats.set(g.layout, fm);
      agreements.push(categoryAgreement(g, f));
      const byMonth = new Map(f.months.map((m) => [m.month, m]));
      g.labels.forEach((label, idx) => {
        if (idx < 12) return;
        rows.push({ label, out: byMonth.get(label.month), layout: g.layout });
      });
    }
  }

  const model = confusion(rows, (r) => r.out?.flagged === true);
  const rule = confusion(rows, (r) => r.out?.rule.flagged === true);
  const auc = rocAuc(rows);
  const caught = rows.filter((r) => r.label.kind !== 'normal' && r.out?.flagged);
  const reasonStrict = caught.length ? caught.filter((r) => reasonNames(r, true)).length / caught.length : Number.NaN;
  const reasonLoose = caught.length ? caught.filter((r) => reasonNames(r, false)).length / caught.length : Number.NaN;
  const perKind = ANOMALY_KINDS.map((kind) => {
    const ks = rows.filter((r) => r.label.kind === kind);
    const c = ks.filter((r) => r.out?.flagged);
    const rc = ks.filter((r) => r.out?.rule.flagged);
    return {
      kind, months: ks.length, caught: c.length, recall: ks.length ? c.length / ks.length : Number.NaN,
      ruleRecall: ks.length ? rc.length / ks.length : Number.NaN,
      reasonsNameCategory: c.length ? c.filter((r) => reasonNames(r, true)).length / c.length : Number.NaN,
    };
  });
  // sustained elevation at event level: caught if any of its three months is flagged
  const events = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.label.kind !== 'sustained-elevation') continue;
    const [y, m] = r.label.month.split('-').map(Number) as [number, number];
    const prevKey = `${r.label.file}|${m === 1 ? y - 1 : y}-${String(m === 1 ? 12 : m - 1).padStart(2, '0')}`;
    const key = [...events.keys()].find((k) => k.startsWith(r.label.file + '|') && events.get(k)!.some((x) => `${x.label.file}|${x.label.month}` === prevKey)) ?? `${r.label.file}|${r.label.month}`;
    events.set(key, [...(events.get(key) ?? []), r]);
  }
  const sustainedEvents = { events: events.size, caught: [...events.values()].filter((rs) => rs.some((r) => r.out?.flagged)).length };
  const missingMonths = rows.filter((r) => !r.out).length;

  // false alarms by the normal events noted in the month
  const noteStats = new Map<string, { normal: number; flagged: number }>();
  for (const r of rows) {
    if (r.label.kind !== 'normal') continue;
    for (const n0 of r.label.notes ?? ['(no notable event)']) {
      const n = n0.replace(/: .*$/, '').replace(/ \(.*\)$/, '');
      const s = noteStats.get(n) ?? { normal: 0, flagged: 0 };
      s.normal++;
      if (r.out?.flagged) s.flagged++;
      noteStats.set(n, s);
    }
  }
  const falseAlarmsByNote = [...noteStats.entries()].map(([note, s]) => ({ note, ...s, rate: s.flagged / s.normal })).sort((a, b) => b.flagged - a.flagged);

  // false-alarm reasons: which categories are named first
  const faCats = new Map<string, number>();
  for (const r of rows) if (r.label.kind === 'normal' && r.out?.flagged) {
    const c = r.out.reasons[0]?.category ?? '(none)';
    faCats.set(c, (faCats.get(c) ?? 0) + 1);
  }

  // categorization: aggregate disagreement flows
  const catTotals = new Map<string, { truth: number; product: number }>();
  for (const a of agreements) for (const d of a.diffs) {
    const t = catTotals.get(d.category) ?? { truth: 0, product: 0 };
    t.truth += d.truthCents;
    t.product += d.productCents;
    catTotals.set(d.category, t);
  }

  const summary = {
    seeds, count, months, generatedAt: new Date().toISOString().slice(0, 10),
    scoredMonths: rows.length, anomalousMonths: rows.filter((r) => r.label.kind !== 'normal').length, monthsMissingFromOutput: missingMonths,
    model: { ...model, rocAuc: auc, top2ReasonsNameCategory: reasonStrict, top2ReasonsNameCategoryLoose: reasonLoose },
    rule, perKind, sustainedEvents,
    importFailures: failures,
    batchFailures,
    formatsDetected: Object.fromEntries([...formats].map(([k, v]) => [k, Object.fromEntries(v)])),
    categorization: {
      meanDisagreeShare: agreements.reduce((a, x) => a + x.disagreeShare, 0) / Math.max(1, agreements.length),
      perFile: agreements.map((a) => ({ file: a.file, layout: a.layout, format: a.format, disagreeShare: a.disagreeShare, truthOut: a.truthOutCents, productOut: a.productOutCents, biggest: a.diffs.slice(0, 4) })),
    },
    falseAlarmsByNote,
    falseAlarmTopReasonCategory: Object.fromEntries([...faCats].sort((a, b) => b[1] - a[1])),
  };

  // ---- print
  const L: string[] = [];
  L.push(`${name}-opinion: seeds ${seeds.join(',')} × ${count} households × ${months} months; scored ${rows.length} months (after month 12), ${summary.anomalousMonths} anomalous`);
  if (missingMonths) L.push(`  ${missingMonths} labelled months absent from the product output (counted as unflagged, score null)`);
  L.push('');
  L.push('            precision  recall     F1    FPR(normal)  ROC-AUC   top2-reasons-name-category');
  L.push(`  model      ${pct(model.precision).padStart(7)}  ${pct(model.recall).padStart(7)} ${pct(model.f1).padStart(7)}  ${pct(model.fpr).padStart(9)}   ${auc.toFixed(3).padStart(6)}    ${pct(reasonStrict)} (loose ${pct(reasonLoose)})`);
  L.push(`  rule       ${pct(rule.precision).padStart(7)}  ${pct(rule.recall).padStart(7)} ${pct(rule.f1).padStart(7)}  ${pct(rule.fpr).padStart(9)}`);
  L.push(`  model tp ${model.tp} fp ${model.fp} fn ${model.fn} tn ${model.tn}; rule tp ${rule.tp} fp ${rule.fp} fn ${rule.fn} tn ${rule.tn}`);
  L.push('');
  L.push('  kind                  months  caught  recall   rule-recall  reasons-name-cat');
  for (const k of perKind) L.push(`  ${k.kind.padEnd(22)}${String(k.months).padStart(6)}  ${String(k.caught).padStart(6)}  ${pct(k.recall).padStart(6)}   ${pct(k.ruleRecall).padStart(9)}    ${pct(k.reasonsNameCategory).padStart(6)}`);
  L.push(`  sustained-elevation events caught (any of 3 months): ${sustainedEvents.caught}/${sustainedEvents.events}`);
  L.push('');
  L.push(`  import failures: ${failures.length ? failures.map((f) => `${f.file} (${f.layout}): ${f.error}`).join('\n    ') : 'none'}`);
  L.push(`  batches that failed as a whole: ${batchFailures.length ? batchFailures.join('; ') : 'none'}`);
  L.push(`  formats detected: ${[...formats].map(([k, v]) => `${k}→${[...v.keys()].join('/')}`).join(', ')}`);
  L.push('');
  L.push(`  categorization: mean share of money-out in a different category than truth: ${pct(summary.categorization.meanDisagreeShare)}`);
  const worst = [...agreements].sort((a, b) => b.disagreeShare - a.disagreeShare).slice(0, 8);
  for (const a of worst) L.push(`    ${a.file.padEnd(14)} ${a.layout.padEnd(15)} ${pct(a.disagreeShare).padStart(6)}  out truth ${aud(a.truthOutCents)} vs product ${aud(a.productOutCents)}; ${a.diffs.slice(0, 3).map((d) => `${d.category} ${aud(d.truthCents)}→${aud(d.productCents)}`).join(', ')}`);
  L.push('  category totals over all files (truth → product):');
  for (const [c, t] of [...catTotals].sort((a, b) => Math.abs(b[1].product - b[1].truth) - Math.abs(a[1].product - a[1].truth)).slice(0, 10)) {
    L.push(`    ${c.padEnd(18)} ${aud(t.truth).padStart(12)} → ${aud(t.product).padStart(12)}  (${t.truth ? pct((t.product - t.truth) / t.truth) : 'new'})`);
  }
  L.push('');
  L.push('  false alarms by normal event in the month (events with ≥1 false alarm):');
  for (const n of falseAlarmsByNote.filter((x) => x.flagged > 0).slice(0, 14)) L.push(`    ${n.note.padEnd(42)} ${String(n.flagged).padStart(4)}/${String(n.normal).padEnd(5)} ${pct(n.rate)}`);
  L.push(`  first reason category of false alarms: ${[...faCats].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);

  if (show) {
    L.push('');
    L.push('  MISSED anomalies:');
    for (const r of rows.filter((x) => x.label.kind !== 'normal' && !x.out?.flagged)) {
      L.push(`    ${r.label.household} ${r.label.month} ${r.label.kind} [${r.label.category}] score ${r.out?.score?.toFixed(3) ?? 'null'} — ${topReason(r.out)}`);
    }
    L.push('  FALSE ALARMS:');
    for (const r of rows.filter((x) => x.label.kind === 'normal' && x.out?.flagged)) {
      L.push(`    ${r.label.household} ${r.label.month} notes: ${(r.label.notes ?? []).join('; ') || '-'} score ${r.out?.score?.toFixed(3)} — ${topReason(r.out)}`);
    }
  }
  process.stdout.write(L.join('\n') + '\n');

  mkdirSync(dirname(outPath), { recursive: true });
  let all: Record<string, unknown> = {};
  if (existsSync(outPath)) {
    try {
      all = JSON.parse(readFileSync(outPath, 'utf8')) as Record<string, unknown>;
    } catch {
      all = {};
    }
  }
  all[`seeds-${seeds.join(',')}`] = {
    ...summary,
    missed: rows.filter((x) => x.label.kind !== 'normal' && !x.out?.flagged).map((r) => ({ household: r.label.household, month: r.label.month, kind: r.label.kind, category: r.label.category, score: r.out?.score ?? null, reasons: r.out?.reasons.slice(0, 2).map((x) => x.text) ?? [] })),
    falseAlarms: rows.filter((x) => x.label.kind === 'normal' && x.out?.flagged).map((r) => ({ household: r.label.household, month: r.label.month, notes: r.label.notes ?? [], score: r.out?.score ?? null, reasons: r.out?.reasons.slice(0, 2).map((x) => x.text) ?? [] })),
  };
  writeFileSync(outPath, JSON.stringify(all, null, 1) + '\n');
  process.stdout.write(`\nwrote ${outPath} (data in ${tmp})\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

