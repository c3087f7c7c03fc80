/**
 * How often each model column is positive in normal and in anomalous months
 * (scored months only); with a column name, lists the normal months where it
 * fires with its evidence and the generator's note.
 *
 *   npx tsx bench/diag-cols.ts tune|holdout|stress [column]
 */
import { SPLITS, loadHousehold } from './eval';
import { MODEL_FEATURES } from '../lib/core/detect';
import { computeFeatures } from '../lib/core/features/signals';
const which = process.argv[2] ?? 'tune';
const verbose = process.argv[3];
const split = SPLITS.find((s) => s.name === which)!;
const cnt: Record<string, { normalPos: number; anomPos: number; normal: number }> = {};
for (const seed of split.seeds) {
  const h = loadHousehold(seed, split.months, split.startMonth, split.anomalyRate);
  const fs = computeFeatures(h.txs);
  const lab = new Map(h.labels.map((l) => [l.month, l]));
  for (const mf of fs.months) {
    if (mf.history < 12) continue;
    const l = lab.get(mf.month);
    for (const n of MODEL_FEATURES) {
      const c = (cnt[n] ??= { normalPos: 0, anomPos: 0, normal: 0 });
      const v = mf.values[fs.featureNames.indexOf(n)]!;
      if (!l?.anomalous) c.normal++;
      if (v > 0) {
        if (l?.anomalous) c.anomPos++;
        else {
          c.normalPos++;
          if (verbose === n) console.log(seed, h.bank, mf.month, n, v.toFixed(2), JSON.stringify(mf.evidence[fs.featureNames.indexOf(n)]?.evidence), '|', l?.note);
        }
      }
    }
  }
}
console.log(which, JSON.stringify(cnt));
