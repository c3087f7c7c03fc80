/**
 * The engine with some of its switches changed, against the engine as it
 * is, on the third or fourth opinion's households: what `npm run eval --
 * --engine …` does for ours. In-process, through the product's parser and
 * rules and `analyzeHistory` with forest seed 0, as `oddmonth analyze`
 * scores them; months after each file's first 12.
 *
 *   npx tsx bench/opinion-switches.ts --generator fourth --seeds 7,8,9 payerStream=false tripAbroad=false
 */
import { pathToFileURL } from 'node:url';
import { analyzeHistory } from '../lib/core/detect';
import { rocAuc } from '../lib/core/metrics';
import { parseEngineOptions } from './eval';
import { fourthOpinionHouseholds, thirdOpinionHouseholds, type LabelledHousehold } from './labelled-households';
import type { FeatureOptions } from '../lib/core/features/signals';

export interface SwitchScore {
  f1: number;
  /** normal months flagged, and their share of normal months */
  falseAlarms: number;
  fpr: number;
  rocAuc: number;
  /** per anomaly kind: [months, caught] */
  kinds: Record<string, [number, number]>;
}

/** F1, normal months flagged, ROC-AUC and recall per kind of the engine with `features`, on `households`. */
export function scoreSwitches(households: readonly LabelledHousehold[], features: FeatureOptions): SwitchScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const kinds: Record<string, [number, number]> = {};
  const scores: number[] = [];
  const labels: boolean[] = [];
  for (const h of households) {
    const byMonth = new Map(analyzeHistory(h.txs, { features }).months.map((m) => [m.month, m]));
    h.labels.forEach((l, i) => {
      if (i < 12) return;
      const m = byMonth.get(l.month);
      const flagged = m?.flagged === true;
      const anomalous = l.kind !== 'normal';
      scores.push(m?.score ?? -1);
      labels.push(anomalous);
      if (anomalous) {
        const k = (kinds[l.kind] ??= [0, 0]);
        k[0]++;
        if (flagged) k[1]++;
        if (flagged) tp++;
        else fn++;
      } else if (flagged) fp++;
      else tn++;
    });
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    falseAlarms: fp,
    fpr: fp / Math.max(1, fp + tn),
    rocAuc: rocAuc(labels, scores),
    kinds,
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const generator = arg('generator') ?? 'fourth';
  const seeds = (arg('seeds') ?? (generator === 'third' ? '31,32,33' : '7,8,9')).split(',').map(Number);
  const specs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const households = generator === 'third' ? thirdOpinionHouseholds(seeds) : generator === 'fourth' ? fourthOpinionHouseholds(seeds) : null;
  if (households === null) throw new Error(`--generator must be third or fourth, got ${generator}`);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  for (const spec of ['', ...specs]) {
    const s = scoreSwitches(households, spec ? parseEngineOptions(spec) : {});
    const kinds = Object.entries(s.kinds).map(([k, [n, c]]) => `${k} ${c}/${n}`).join(', ');
    process.stdout.write(`${(spec || 'engine as it is').padEnd(40)} F1 ${pct(s.f1)}  normal months flagged ${pct(s.fpr)} (${s.falseAlarms})  ROC-AUC ${s.rocAuc.toFixed(3)}  ${kinds}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
