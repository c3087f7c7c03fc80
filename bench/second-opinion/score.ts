/**
 * Scores Oddmonth's detection engine on the second-opinion households:
 * bytes → parseAndCategorize → analyzeHistory (the `oddmonth analyze`
 * path, forest seed 0 as the CLI's default), against this generator's
 * month labels. Also checks the importer row by row against the ledger.
 *
 *   cd /work/main && npx tsx bench/second-opinion/score.ts [--seeds 101,202,303] [--count 20] [--months 60]
 *
 * Prints a table and writes bench/results/second-opinion.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAndCategorize } from '../../lib/core/pipeline';
import { analyzeHistory, type MonthResult } from '../../lib/core/detect';
import { rocAuc } from '../../lib/core/metrics';
import { monthlyByCategory, steadyBefore } from '../spend-series';
import type { CategorizedTransaction } from '../../lib/core/types';
import { generateHouseholds, type Household } from './generate';
import { ANOMALY_KINDS, type LedgerRow, type MonthLabel } from './types';

const args = process.argv.slice(2);
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const SEEDS = arg('seeds', '101,202,303').split(',').map(Number);
const COUNT = Number(arg('count', '20'));
const MONTHS = Number(arg('months', '60'));
const START = arg('start', '2021-01');
const FOREST_SEED = 0;

export interface MonthRow {
  household: string;
  layout: string;
  month: string;
  /** months since the start of the file */
  index: number;
  kind: string;
  category?: string;
  score: number | null;
  flagged: boolean;
  threshold: number;
  rule: boolean;
  reasons: Array<{ category: string; kind: string; text: string }>;
  /** missed anomalies: the top reasons with explainAll (not part of the normal path) */
  explained: Array<{ category: string; kind: string; text: string }>;
  /** anomalies with a category: the app's spend in it this month and its usual/typical level, cents */
  appSpend: { month: number; usual: number | null; typical: number | null; total: number } | null;
  /** category spikes: whether the category was steady over the 24 months before, as the engine counts it (`bench/spend-series.ts`) */
  steady?: boolean;
  label: MonthLabel;
}

interface ImportIssue {
  household: string;
  layout: string;
  problem: string;
  line: number;
  text: string;
  expected: string;
  got: string;
}

interface HouseholdReport {
  id: string;
  layout: string;
  expectedFormat: string;
  detectedFormat: string | null;
  errors: number;
  warnings: number;
  skipped: number;
  rows: number;
  parsed: number;
  /** rows whose date/amount did not come through */
  valueMismatches: number;
  /** own-account transfers not marked as transfers, and other rows wrongly marked as transfers */
  transferMisses: number;
  transferFalse: number;
  /** money-out spend (app's view, normal kind) and the part that fell to Uncategorized */
  spendCents: number;
  uncategorizedCents: number;
  /** money-out spend whose app category differs from the generator's */
  miscategorizedCents: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : NaN;
}

const uncategorized = new Map<string, { cents: number; sample: string }>();

function analyze(h: Household, issues: ImportIssue[], confusion: Map<string, { cents: number; sample: string }>): { report: HouseholdReport; months: MonthRow[] } {
  const bytes = new TextEncoder().encode(h.csv);
  const { parsed, transactions } = parseAndCategorize(bytes, { fileName: h.fileName });
  const lines = h.csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const byLine = new Map<number, CategorizedTransaction[]>();
  for (const t of transactions) {
    const arr = byLine.get(t.line) ?? [];
    arr.push(t);
    byLine.set(t.line, arr);
  }
  const note = (problem: string, r: LedgerRow, expected: string, got: string): void => {
    issues.push({ household: h.id, layout: h.layout, problem, line: r.line ?? 0, text: lines[(r.line ?? 1) - 1] ?? '', expected, got });
  };
  let valueMismatches = 0;
  let transferMisses = 0;
  let transferFalse = 0;
  let miscategorizedCents = 0;
  for (const r of h.ledger) {
    const got = byLine.get(r.line ?? -1) ?? [];
    // Up puts a purchase's round-up on the same row: match the row whose amount is the purchase
    const t = got.find((x) => x.amountCents === r.amountCents) ?? got[0];
    if (!t || t.amountCents !== r.amountCents || t.date !== r.date) {
      valueMismatches++;
      note('value', r, `${r.date} ${r.amountCents}`, t ? `${t.date} ${t.amountCents}` : 'no transaction');
      continue;
    }
    const own = r.channel === 'own-out' || r.channel === 'own-in';
    if (own && t.kind !== 'transfer') {
      transferMisses++;
      note('own transfer not a transfer', r, 'transfer', `${t.kind}/${t.category}`);
    } else if (!own && t.kind === 'transfer') {
      transferFalse++;
      note(`${r.channel} taken for an own transfer`, r, `normal/${r.category}`, `transfer/${t.category}`);
    }
    if (r.amountCents < 0 && !own && t.kind === 'normal' && t.category !== r.category) {
      miscategorizedCents -= r.amountCents;
      const key = `${r.category} → ${t.category}`;
      const c = confusion.get(key) ?? { cents: 0, sample: lines[(r.line ?? 1) - 1] ?? '' };
      c.cents -= r.amountCents;
      confusion.set(key, c);
    }
  }
  let spendCents = 0;
  let uncategorizedCents = 0;
  for (const t of transactions) {
    if (t.kind !== 'normal' || t.amountCents >= 0) continue;
    spendCents -= t.amountCents;
    if (t.category === 'Uncategorized') {
      uncategorizedCents -= t.amountCents;
      const u = uncategorized.get(t.merchant) ?? { cents: 0, sample: lines[t.line - 1] ?? '' };
      u.cents -= t.amountCents;
      uncategorized.set(t.merchant, u);
    }
  }

  const result = analyzeHistory(transactions, { seed: FOREST_SEED });
  const byMonth = new Map<string, MonthResult>(result.months.map((m) => [m.month, m]));
  // for missed anomalies only: what the engine would have said (explainAll adds reasons, scores are the same)
  const missedAny = h.labels.some((l) => l.kind !== 'normal' && !byMonth.get(l.month)?.flagged);
  const explained = missedAny ? new Map(analyzeHistory(transactions, { seed: FOREST_SEED, explainAll: true }).months.map((m) => [m.month, m])) : null;
  const spiked = [...new Set(h.labels.flatMap((l) => (l.kind === 'category-spike' && l.category ? [l.category] : [])))];
  const spikeSeries = monthlyByCategory(transactions, h.labels.map((l) => l.month), spiked);
  const months: MonthRow[] = h.labels.map((l, index) => {
    const m = byMonth.get(l.month);
    const series = l.kind === 'category-spike' && l.category ? spikeSeries.get(l.category) : undefined;
    return {
      household: h.id,
      layout: h.layout,
      month: l.month,
      index,
      kind: l.kind,
      category: l.category,
      score: m?.score ?? null,
      flagged: m?.flagged ?? false,
      threshold: m?.threshold ?? NaN,
      rule: m?.rule.flagged ?? false,
      reasons: (m?.reasons ?? []).map((r) => ({ category: r.category, kind: r.kind, text: r.text })),
      explained: l.kind !== 'normal' && !m?.flagged ? (explained?.get(l.month)?.reasons ?? []).slice(0, 2).map((r) => ({ category: r.category, kind: r.kind, text: r.text })) : [],
      appSpend: l.kind !== 'normal' && l.category && m ? { month: m.spendCents[l.category] ?? 0, usual: m.usualCents[l.category] ?? null, typical: m.typicalCents[l.category] ?? null, total: Object.values(m.spendCents).reduce((a, b) => a + b, 0) } : null,
      ...(series ? { steady: steadyBefore(series, index) } : {}),
      label: l,
    };
  });
  return {
    report: {
      id: h.id,
      layout: h.layout,
      expectedFormat: h.bank,
      detectedFormat: parsed.format,
      errors: parsed.errors.length,
      warnings: parsed.warnings.length,
      skipped: parsed.skipped,
      rows: h.ledger.length,
      parsed: transactions.length,
      valueMismatches,
      transferMisses,
      transferFalse,
      spendCents,
      uncategorizedCents,
      miscategorizedCents,
    },
    months,
  };
}

export interface Metrics {
  households: number;
  months: number;
  anomalousMonths: number;
  normalMonths: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  normalFlaggedShare: number;
  normalScoredFlaggedShare: number;
  /** normal months from month 14 on (when anomalies may happen) */
  normalFlaggedShareAfter14: number;
  rocAucAll: number;
  rocAucScored: number;
  recallByKind: Record<string, { n: number; caught: number; recall: number }>;
  /** category spikes in categories steady / lumpy over the 24 months before (the issue's "3× in groceries must not hide") */
  spikeBySteadiness: Record<'steady' | 'lumpy', { n: number; caught: number; recall: number }>;
  /** sustained-elevation episodes with at least one of the three months flagged */
  sustainedEpisodes: { n: number; caught: number };
  reasonCategoryMatch: { n: number; match: number; share: number };
  rule: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; normalFlaggedShare: number };
}

function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function metrics(months: MonthRow[], households: number): Metrics {
  const pos = months.filter((m) => m.kind !== 'normal');
  const neg = months.filter((m) => m.kind === 'normal');
  const tp = pos.filter((m) => m.flagged).length;
  const fn = pos.length - tp;
  const fp = neg.filter((m) => m.flagged).length;
  const rtp = pos.filter((m) => m.rule).length;
  const rfp = neg.filter((m) => m.rule).length;
  const scored = months.filter((m) => m.score !== null);
  const safeAuc = (ms: MonthRow[], nullScore: number): number => {
    try {
      return rocAuc(
        ms.map((m) => (m.kind !== 'normal' ? 1 : 0)),
        ms.map((m) => m.score ?? nullScore),
      );
    } catch {
      return NaN;
    }
  };
  const recallByKind: Metrics['recallByKind'] = {};
  for (const k of ANOMALY_KINDS) {
    const ms = pos.filter((m) => m.kind === k);
    const caught = ms.filter((m) => m.flagged).length;
    recallByKind[k] = { n: ms.length, caught, recall: ms.length ? caught / ms.length : NaN };
  }
  const spikes = pos.filter((m) => m.kind === 'category-spike');
  const bySteadiness = (steady: boolean): { n: number; caught: number; recall: number } => {
    const ms = spikes.filter((m) => (m.steady ?? false) === steady);
    const caught = ms.filter((m) => m.flagged).length;
    return { n: ms.length, caught, recall: ms.length ? caught / ms.length : NaN };
  };
  const spikeBySteadiness = { steady: bySteadiness(true), lumpy: bySteadiness(false) };
  // sustained episodes: consecutive labelled months of one household
  let epN = 0;
  let epCaught = 0;
  const sus = pos.filter((m) => m.kind === 'sustained-elevation');
  for (let i = 0; i < sus.length; i++) {
    const m = sus[i]!;
    const prev = sus[i - 1];
    if (prev && prev.household === m.household && prev.index === m.index - 1) continue;
    epN++;
    const ep = sus.filter((x) => x.household === m.household && x.index >= m.index && x.index <= m.index + 2);
    if (ep.some((x) => x.flagged)) epCaught++;
  }
  const withCat = pos.filter((m) => m.flagged && m.category);
  const match = withCat.filter((m) => m.reasons.slice(0, 2).some((r) => r.category === m.category)).length;
  const after14 = neg.filter((m) => m.index >= 14);
  return {
    households,
    months: months.length,
    anomalousMonths: pos.length,
    normalMonths: neg.length,
    tp,
    fp,
    fn,
    ...prf(tp, fp, fn),
    normalFlaggedShare: neg.length ? fp / neg.length : NaN,
    normalScoredFlaggedShare: neg.filter((m) => m.score !== null).length ? fp / neg.filter((m) => m.score !== null).length : NaN,
    normalFlaggedShareAfter14: after14.length ? after14.filter((m) => m.flagged).length / after14.length : NaN,
    rocAucAll: safeAuc(months, -1),
    rocAucScored: safeAuc(scored, -1),
    recallByKind,
    spikeBySteadiness,
    sustainedEpisodes: { n: epN, caught: epCaught },
    reasonCategoryMatch: { n: withCat.length, match, share: withCat.length ? match / withCat.length : NaN },
    rule: { tp: rtp, fp: rfp, fn: pos.length - rtp, ...prf(rtp, rfp, pos.length - rtp), normalFlaggedShare: neg.length ? rfp / neg.length : NaN },
  };
}

// ---------------------------------------------------------------------------

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '—');
const dollars = (c: number): string => `$${Math.round(c / 100).toLocaleString('en-AU')}`;

function main(): void {
  const t0 = Date.now();
  const all: MonthRow[] = [];
  const perSeed: Record<string, Metrics> = {};
  const households: HouseholdReport[] = [];
  const issues: ImportIssue[] = [];
  const confusion = new Map<string, { cents: number; sample: string }>();
  const summaries: Record<string, string> = {};
  const byLayout = new Map<string, MonthRow[]>();
  for (const seed of SEEDS) {
    const hs = generateHouseholds({ seed, count: COUNT, months: MONTHS, startMonth: START });
    const rows: MonthRow[] = [];
    for (const h of hs) {
      summaries[h.id] = h.summary;
      const { report, months } = analyze(h, issues, confusion);
      households.push(report);
      rows.push(...months);
      byLayout.set(h.layout, [...(byLayout.get(h.layout) ?? []), ...months]);
      process.stderr.write('.');
    }
    perSeed[String(seed)] = metrics(rows, hs.length);
    all.push(...rows);
  }
  process.stderr.write(`\n${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const overall = metrics(all, households.length);

  // ---- table ----
  const out: string[] = [];
  const cols = [...SEEDS.map(String), 'overall'];
  const get = (c: string): Metrics => (c === 'overall' ? overall : perSeed[c]!);
  const line = (label: string, f: (m: Metrics) => string): void => {
    out.push(`| ${label.padEnd(42)} | ${cols.map((c) => f(get(c)).padStart(11)).join(' | ')} |`);
  };
  out.push(`Second-opinion evaluation: ${COUNT} households × ${MONTHS} months per generator seed, forest seed ${FOREST_SEED}, start ${START}`);
  out.push('');
  out.push(`| ${'generator seed'.padEnd(42)} | ${cols.map((c) => c.padStart(11)).join(' | ')} |`);
  out.push(`|${'-'.repeat(44)}|${cols.map(() => '-'.repeat(13)).join('|')}|`);
  line('months (anomalous / normal)', (m) => `${m.anomalousMonths}/${m.normalMonths}`);
  line('engine precision', (m) => pct(m.precision));
  line('engine recall', (m) => pct(m.recall));
  line('engine F1', (m) => f3(m.f1));
  line('normal months flagged (all normal)', (m) => pct(m.normalFlaggedShare));
  line('normal months flagged (scored normal)', (m) => pct(m.normalScoredFlaggedShare));
  line('normal months flagged (month ≥ 14)', (m) => pct(m.normalFlaggedShareAfter14));
  line('ROC-AUC (all months, null = lowest)', (m) => f3(m.rocAucAll));
  line('ROC-AUC (scored months only)', (m) => f3(m.rocAucScored));
  for (const k of ANOMALY_KINDS) {
    line(`recall: ${k}`, (m) => `${pct(m.recallByKind[k]!.recall)} (${m.recallByKind[k]!.caught}/${m.recallByKind[k]!.n})`);
    if (k !== 'category-spike') continue;
    for (const g of ['steady', 'lumpy'] as const) line(`  — in a ${g} category`, (m) => `${pct(m.spikeBySteadiness[g].recall)} (${m.spikeBySteadiness[g].caught}/${m.spikeBySteadiness[g].n})`);
  }
  line('sustained episodes with ≥1 month flagged', (m) => `${m.sustainedEpisodes.caught}/${m.sustainedEpisodes.n}`);
  line('caught: label category in top-2 reasons', (m) => `${pct(m.reasonCategoryMatch.share)} (${m.reasonCategoryMatch.match}/${m.reasonCategoryMatch.n})`);
  line('rule baseline precision', (m) => pct(m.rule.precision));
  line('rule baseline recall', (m) => pct(m.rule.recall));
  line('rule baseline F1', (m) => f3(m.rule.f1));
  line('rule baseline normal months flagged', (m) => pct(m.rule.normalFlaggedShare));

  out.push('');
  out.push('Per bank layout (all seeds): F1 / recall / normal flagged');
  for (const [layout, ms] of [...byLayout.entries()].sort()) {
    const m = metrics(ms, 0);
    out.push(`  ${layout.padEnd(10)} F1 ${f3(m.f1)}  recall ${pct(m.recall).padStart(6)}  normal flagged ${pct(m.normalFlaggedShare).padStart(6)}  AUC ${f3(m.rocAucAll)}`);
  }

  out.push('');
  out.push('Importer (per file):');
  const fmtBad = households.filter((h) => h.detectedFormat !== h.expectedFormat);
  out.push(`  files ${households.length}, parse errors total ${households.reduce((s, h) => s + h.errors, 0)} (files with errors: ${households.filter((h) => h.errors > 0).length}), warnings ${households.reduce((s, h) => s + h.warnings, 0)}, skipped rows ${households.reduce((s, h) => s + h.skipped, 0)}`);
  out.push(`  format detected wrongly: ${fmtBad.length}${fmtBad.length ? ' — ' + fmtBad.map((h) => `${h.id} ${h.layout}→${h.detectedFormat}`).join(', ') : ''}`);
  out.push(`  rows whose date/amount did not come through: ${households.reduce((s, h) => s + h.valueMismatches, 0)} of ${households.reduce((s, h) => s + h.rows, 0)}`);
  out.push(`  own-account transfers not marked transfer: ${households.reduce((s, h) => s + h.transferMisses, 0)}; other rows marked transfer: ${households.reduce((s, h) => s + h.transferFalse, 0)}`);
  const spend = households.reduce((s, h) => s + h.spendCents, 0);
  const unc = households.reduce((s, h) => s + h.uncategorizedCents, 0);
  const mis = households.reduce((s, h) => s + h.miscategorizedCents, 0);
  out.push(`  spend to Uncategorized: ${dollars(unc)} of ${dollars(spend)} (${pct(unc / spend)}); per file median ${pct(median(households.map((h) => h.uncategorizedCents / h.spendCents)))}, max ${pct(Math.max(...households.map((h) => h.uncategorizedCents / h.spendCents)))}`);
  out.push(`  spend in a different category than the generator's: ${dollars(mis)} (${pct(mis / spend)})`);
  out.push('  per layout: uncategorized share / miscategorized share / transfer misses / false transfers');
  const layouts = [...new Set(households.map((h) => h.layout))].sort();
  for (const l of layouts) {
    const hs = households.filter((h) => h.layout === l);
    const s = hs.reduce((a, h) => a + h.spendCents, 0);
    out.push(`    ${l.padEnd(10)} ${pct(hs.reduce((a, h) => a + h.uncategorizedCents, 0) / s).padStart(6)} ${pct(hs.reduce((a, h) => a + h.miscategorizedCents, 0) / s).padStart(6)} ${String(hs.reduce((a, h) => a + h.transferMisses, 0)).padStart(6)} ${String(hs.reduce((a, h) => a + h.transferFalse, 0)).padStart(6)}`);
  }
  out.push('  largest category confusions (generator → app, spend):');
  const conf = [...confusion.entries()].sort((a, b) => b[1].cents - a[1].cents).slice(0, 15);
  for (const [k, v] of conf) out.push(`    ${k.padEnd(36)} ${dollars(v.cents).padStart(12)}  e.g. ${v.sample.slice(0, 140)}`);
  out.push('  merchants (as the app cleaned them) whose spend fell to Uncategorized, largest first:');
  for (const [k, v] of [...uncategorized.entries()].sort((a, b) => b[1].cents - a[1].cents).slice(0, 15)) out.push(`    ${k.padEnd(34)} ${dollars(v.cents).padStart(10)}  e.g. ${v.sample.slice(0, 130)}`);
  const issueKinds = new Map<string, ImportIssue[]>();
  for (const i of issues) issueKinds.set(`${i.layout}: ${i.problem}`, [...(issueKinds.get(`${i.layout}: ${i.problem}`) ?? []), i]);
  out.push('  importer issues by layout (count, first sample):');
  for (const [k, v] of [...issueKinds.entries()].sort()) out.push(`    ${k} ×${v.length}: line ${v[0]!.line} expected ${v[0]!.expected}, got ${v[0]!.got}: ${v[0]!.text.slice(0, 150)}`);

  // ---- misses and false alarms ----
  const missed = all.filter((m) => m.kind !== 'normal' && !m.flagged);
  out.push('');
  out.push(`Missed anomalous months (${missed.length}):`);
  out.push('  household  layout     month    kind                 category           score  thr    generator usual→month | app usual→month | top reason (explainAll)');
  for (const m of missed) {
    const gen = m.label.usualCents !== undefined ? `${dollars(m.label.usualCents)}→${dollars(m.label.totalCents ?? 0)}` : '';
    const a = m.appSpend;
    const ratio = a && a.usual ? ` ${(a.month / a.usual).toFixed(1)}×, excess ${pct((a.month - a.usual) / a.total)} of month` : '';
    const app = a && m.kind !== 'missing-salary' ? `${a.usual === null ? '?' : dollars(a.usual)}→${dollars(a.month)}${ratio}` : '';
    out.push(`  ${m.household.padEnd(10)} ${m.layout.padEnd(10)} ${m.month}  ${m.kind.padEnd(20)} ${(m.category ?? '').padEnd(18)} ${m.score === null ? '  null' : m.score.toFixed(3)}  ${f3(m.threshold)}  ${gen} | ${app} | ${m.explained[0]?.text ?? '—'}`);
  }
  const fps = all.filter((m) => m.kind === 'normal' && m.flagged);
  const fpWhy = new Map<string, number>();
  for (const m of fps) {
    const k = m.reasons[0] ? `${m.reasons[0].kind} / ${m.reasons[0].category}` : '(no reason)';
    fpWhy.set(k, (fpWhy.get(k) ?? 0) + 1);
  }
  out.push('');
  out.push(`Normal months flagged (${fps.length}), by top reason kind / category:`);
  for (const [k, n] of [...fpWhy.entries()].sort((a, b) => b[1] - a[1])) out.push(`  ${String(n).padStart(4)}  ${k}`);
  const fpNotes = new Map<string, number>();
  for (const m of fps) for (const n of m.label.notes ?? ['(no normal event noted)']) fpNotes.set(n, (fpNotes.get(n) ?? 0) + 1);
  out.push(`  generator's normal events in those months: ${[...fpNotes.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  out.push('  all:');
  for (const m of fps) out.push(`    ${m.household} ${m.layout} ${m.month} score ${f3(m.score ?? NaN)} [${(m.label.notes ?? []).join(', ')}]: ${m.reasons.slice(0, 2).map((r) => r.text).join(' | ')}`);

  const text = out.join('\n');
  process.stdout.write(text + '\n');

  const resultsDir = path.resolve(import.meta.dirname, '../results');
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, 'second-opinion.json'),
    JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        pipeline: 'second-opinion generateHouseholds → CSV text → parseAndCategorize → analyzeHistory({ seed: 0 })',
        options: { seeds: SEEDS, count: COUNT, months: MONTHS, startMonth: START, forestSeed: FOREST_SEED },
        perSeed,
        overall,
        importer: {
          households,
          confusion: Object.fromEntries(conf.map(([k, v]) => [k, v])),
          issues: [...issueKinds.entries()].map(([k, v]) => ({ kind: k, count: v.length, samples: v.slice(0, 3) })),
        },
        missed: missed.map((m) => ({ household: m.household, layout: m.layout, month: m.month, kind: m.kind, category: m.category, score: m.score, threshold: m.threshold, generator: m.label, app: m.appSpend, explained: m.explained })),
        falsePositives: fps.map((m) => ({ household: m.household, layout: m.layout, month: m.month, score: m.score, notes: m.label.notes ?? [], reasons: m.reasons.slice(0, 2) })),
        households: summaries,
      },
      null,
      2,
    ) + '\n',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
