/**
 * Labelled households as the offline diagnostics (`diag-spikes`,
 * `diag-sustained`, `opinion-switches`) read them, in one shape for our
 * generator and the third and fourth opinions': categorized rows, and each
 * month's label.
 */
import { SPLITS, loadHousehold } from './eval';
import { generate } from './third-opinion/generate';
import { generate as generateFourth } from './fourth-opinion/generate';
import type { GeneratorModule } from './opinion-contract';
import { parseAndCategorize } from '../lib/core/pipeline';
import type { CategorizedTransaction } from '../lib/core/types';

export interface LabelledHousehold {
  /** the seed (ours) or the household's name (third opinion) */
  name: string;
  /** the forest seed the eval scores it with */
  seed: number;
  txs: CategorizedTransaction[];
  /** per month: 'normal' or the anomaly's kind, and its category */
  labels: Array<{ month: string; kind: string; category: string | null }>;
}

/** One split of `npm run eval` (its seeds + offset), as the eval generates and reads it. */
export function splitHouseholds(splitName: string, offset = 0): LabelledHousehold[] {
  const split = SPLITS.find((s) => s.name === splitName);
  if (!split) throw new Error(`unknown split ${splitName}: one of ${SPLITS.map((s) => s.name).join(', ')}`);
  return split.seeds.map((seed0) => {
    const h = loadHousehold(seed0 + offset, split.months, split.startMonth, split.anomalyRate, split.anomalyFromMonth);
    const labels = h.labels.map((l) => ({ month: l.month, kind: l.anomalous ? (l.kind ?? 'anomalous') : 'normal', category: l.categories[0] ?? null }));
    return { name: String(h.seed), seed: h.seed, txs: h.txs, labels };
  });
}

/** Third-opinion households (bench/third-opinion), read from their CSV text by the product's parser and rules, as `analyze` reads them. */
export function thirdOpinionHouseholds(seeds: readonly number[]): LabelledHousehold[] {
  return opinionHouseholds(generate, seeds);
}

/** Fourth-opinion households (bench/fourth-opinion), read the same way. */
export function fourthOpinionHouseholds(seeds: readonly number[]): LabelledHousehold[] {
  return opinionHouseholds(generateFourth, seeds);
}

function opinionHouseholds(gen: GeneratorModule['generate'], seeds: readonly number[]): LabelledHousehold[] {
  return seeds.flatMap((seed) =>
    gen({ seed, count: 20, months: 60 }).map((g) => ({
      name: g.household,
      seed: 0,
      txs: parseAndCategorize(new TextEncoder().encode(g.csv), { fileName: g.file }).transactions,
      labels: g.labels.map((l) => ({ month: l.month, kind: l.kind, category: l.category ?? null })),
    })),
  );
}
