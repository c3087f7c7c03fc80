/** Euler–Mascheroni constant (same value as `np.euler_gamma`). */
export const EULER_GAMMA = 0.5772156649015329;

/**
 * c(n): the average path length of an unsuccessful search in a binary search
 * tree of n points, used by Isolation Forest both to normalise the expected
 * path length (c(psi)) and to credit a leaf that still holds n > 1 training
 * points with the depth of the subtree that was never grown (depth + c(n)).
 *
 * Variant: scikit-learn's `_average_path_length` (sklearn/ensemble/_iforest.py),
 * which follows Liu, Ting & Zhou (2008), eq. 1, with the harmonic number
 * approximated as H(i) ≈ ln(i) + γ:
 *
 *   c(n) = 2 (ln(n − 1) + γ) − 2 (n − 1) / n   for n > 2
 *   c(2) = 1
 *   c(n) = 0                                    for n ≤ 1
 *
 * Units: tree edges (path length). Pure; never throws. `n` is a count; a
 * non-integer n > 2 is evaluated by the same formula.
 */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + EULER_GAMMA) - (2 * (n - 1)) / n;
}
