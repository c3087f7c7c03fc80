/**
 * Area under the ROC curve for a binary labelling and real-valued scores,
 * where a HIGHER score means "more likely positive" (for anomaly scores:
 * more anomalous; label 1 = outlier).
 *
 * Variant: the Mann–Whitney U statistic, AUC = (R₊ − n₊(n₊+1)/2) / (n₊·n₋),
 * with R₊ the sum of the positives' ranks and tied scores given the average
 * of the ranks they span. This equals the trapezoidal area under the ROC
 * curve and `sklearn.metrics.roc_auc_score`: a tied positive–negative pair
 * counts ½. Units: probability in [0, 1]. O(n log n).
 *
 * @param labels 1 for positive, 0 for negative (booleans accepted)
 * @param scores one finite number per label
 * @throws RangeError if lengths differ, inputs are empty, a label is not 0/1,
 *   a score is not finite, or only one class is present (AUC undefined)
 */
export function rocAuc(labels: ArrayLike<number | boolean>, scores: ArrayLike<number>): number {
  const n = labels.length;
  if (n !== scores.length) {
    throw new RangeError(`rocAuc: ${n} labels but ${scores.length} scores`);
  }
  if (n === 0) throw new RangeError('rocAuc: no samples');
  let nPos = 0;
  for (let i = 0; i < n; i++) {
    const l = labels[i];
    if (l === 1 || l === true) nPos++;
    else if (l !== 0 && l !== false) throw new RangeError(`rocAuc: label ${i} is ${String(l)}, expected 0 or 1`);
    const s = scores[i];
    if (typeof s !== 'number' || !Number.isFinite(s)) {
      throw new RangeError(`rocAuc: score ${i} is not a finite number (${String(s)})`);
    }
  }
  const nNeg = n - nPos;
  if (nPos === 0 || nNeg === 0) {
    throw new RangeError('rocAuc: need both positive and negative labels');
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[a]! - scores[b]!);
  let rankSumPos = 0;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    const s = scores[order[i]!]!;
    while (j < n && scores[order[j]!] === s) j++;
    // positions i..j-1 hold a tie; their 1-based ranks average to (i + 1 + j) / 2
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      const l = labels[order[k]!];
      if (l === 1 || l === true) rankSumPos += avgRank;
    }
    i = j;
  }
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** z of the two-sided 95 % normal interval, Φ⁻¹(0.975) */
const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion: `successes` of `trials`, two-sided
 * 95 % by default. Unlike the normal ("Wald") interval it stays inside
 * [0, 1] and is not zero-width at 0 or n successes, which matters for the
 * eval's per-kind recalls (10–40 anomalies of a kind per split). Matches
 * `scipy.stats.binomtest(k, n).proportion_ci(method='wilson')`.
 *
 * @throws RangeError unless 0 ≤ successes ≤ trials, both integers, trials ≥ 1
 */
export function wilsonInterval(successes: number, trials: number, z = Z95): { low: number; high: number } {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || trials < 1 || successes < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval: need integers 0 <= successes <= trials, trials >= 1 (got ${successes} of ${trials})`);
  }
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // at 0 or n successes the bound is exactly 0 or 1 (SciPy returns the exact value there)
  return { low: successes === 0 ? 0 : centre - half, high: successes === trials ? 1 : centre + half };
}
