/**
 * Summary of a re-categorization (e.g. after the user edits rules), recorded
 * as a "categorization change" event.
 */
import type { CategorizedTransaction } from '../types';

export interface CategorizationDiff {
  /** transactions whose category differs between `before` and `after` */
  changed: number;
  /**
   * For every category that lost or gained at least one transaction: how many
   * transactions it held before (`from`) and after (`to`). A category can
   * appear with `from === to` when as many moved in as moved out.
   */
  byCategory: Record<string, { from: number; to: number }>;
}

/**
 * Compare two categorizations of the same transactions, paired by position
 * (`after[i]` is `before[i]` re-categorized).
 * @throws RangeError when the arrays differ in length.
 */
export function diffCategorization(
  before: readonly CategorizedTransaction[],
  after: readonly CategorizedTransaction[],
): CategorizationDiff {
  if (before.length !== after.length) {
    throw new RangeError(
      `diffCategorization: before has ${before.length} transactions, after has ${after.length}`,
    );
  }
  const countBefore = new Map<string, number>();
  const countAfter = new Map<string, number>();
  const touched = new Set<string>();
  let changed = 0;
  for (let i = 0; i < before.length; i++) {
    const b = (before[i] as CategorizedTransaction).category;
    const a = (after[i] as CategorizedTransaction).category;
    countBefore.set(b, (countBefore.get(b) ?? 0) + 1);
    countAfter.set(a, (countAfter.get(a) ?? 0) + 1);
    if (a !== b) {
      changed++;
      touched.add(b);
      touched.add(a);
    }
  }
  const byCategory: Record<string, { from: number; to: number }> = {};
  for (const c of [...touched].sort()) {
    byCategory[c] = { from: countBefore.get(c) ?? 0, to: countAfter.get(c) ?? 0 };
  }
  return { changed, byCategory };
}
