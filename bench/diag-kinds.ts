/**
 * Why event-kind anomalies are missed: for every labelled month of the kinds
 * with their own column (fraud direct debit, scam, missing salary, duplicates,
 * skimming) that is not flagged, prints its score, its column's value, how
 * many of the household's scored months are positive in that column (and how
 * many of those are normal), its rank, all model columns and the generator's
 * note; then per kind caught / missed with column > 0 / = 0.
 *
 *   npx tsx bench/diag-kinds.ts tune|holdout|stress|short [--offset N]
 *
 * With --offset N: the split's seeds + N and + N + 20 (40 households, as
 * the fresh checks in lib/core/detect/README.md draw them).
 */
import { SPLITS, loadHousehold } from './eval';
import { analyzeHistory, MODEL_FEATURES, DEFAULT_THRESHOLD } from '../lib/core/detect';
import { computeFeatures } from '../lib/core/features/signals';

const KIND_COL: Record<string, string> = {
  'scam-transfer': 'newPayeeTransfer',
  'missing-salary': 'missingIncome',
  'duplicate-charges': 'duplicateCharges',
  'fraud-direct-debit': 'newDirectDebit',
  'card-skimming': 'cardBurst',
};
const which = process.argv[2] ?? 'tune';
const split = SPLITS.find((s) => s.name === which);
if (!split) throw new Error(`unknown split ${which}: one of ${SPLITS.map((s) => s.name).join(', ')}`);
const oi = process.argv.indexOf('--offset');
const offset = oi >= 0 ? Number(process.argv[oi + 1]) : 0;
const seeds = offset === 0 ? split.seeds : [...split.seeds.map((s) => s + offset), ...split.seeds.map((s) => s + offset + 20)];
const summary: Record<string, { n: number; caught: number; missPos: number; missZero: number; missNull: number; posInHh: number[] }> = {};
for (const seed of seeds) {
  const h = loadHousehold(seed, split.months, split.startMonth, split.anomalyRate, split.anomalyFromMonth);
  const res = analyzeHistory(h.txs, { seed: h.seed });
  const fs = computeFeatures(h.txs);
  const byMonth = new Map(res.months.map((m, i) => [m.month, { m, f: fs.months[i]! }]));
  const scored = res.months.filter((m) => m.score !== null).map((m) => m.month);
  for (const lab of h.labels) {
    if (!lab.anomalous || !lab.kind || !KIND_COL[lab.kind]) continue;
    const col = KIND_COL[lab.kind]!;
    const ci = fs.featureNames.indexOf(col);
    const e = byMonth.get(lab.month);
    const s = (summary[lab.kind] ??= { n: 0, caught: 0, missPos: 0, missZero: 0, missNull: 0, posInHh: [] });
    s.n++;
    if (!e || e.m.score === null) { s.missNull++; console.log(`${which} ${seed} ${lab.month} ${lab.kind} NOT SCORED`); continue; }
    const v = e.f.values[ci]!;
    // months in household (scored) positive in that column
    const posMonths = scored.filter((mo) => byMonth.get(mo)!.f.values[ci]! > 0);
    const normPos = posMonths.filter((mo) => !h.labels.find((l) => l.month === mo)?.anomalous).length;
    const rank = scored.map((mo) => byMonth.get(mo)!.f.values[ci]!).filter((x) => x >= v).length;
    if (e.m.flagged) { s.caught++; continue; }
    if (v > 0) { s.missPos++; s.posInHh.push(posMonths.length); } else s.missZero++;
    const others = MODEL_FEATURES.map((n) => `${n.slice(0, 6)}=${e.f.values[fs.featureNames.indexOf(n)]!.toFixed(2)}`).join(' ');
    console.log(`${which} ${seed} ${h.bank} ${lab.month} ${lab.kind} score=${e.m.score.toFixed(3)} ${col}=${v.toFixed(3)} pos=${posMonths.length}(normal ${normPos}) rank=${rank}/${scored.length} | ${others} | ${lab.note}`);
  }
}
console.log(JSON.stringify(Object.fromEntries(Object.entries(summary).map(([k, s]) => [k, { ...s, posInHh: s.posInHh.join(',') }]))));
console.log('threshold', DEFAULT_THRESHOLD);
