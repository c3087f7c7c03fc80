/**
 * Small robust statistics on short samples (a user's monthly history: a few
 * dozen values). All functions copy before sorting and never mutate input.
 */

/** Ascending sorted copy. */
export function sorted(xs: ArrayLike<number>): number[] {
  return Array.from(xs).sort((a, b) => a - b);
}

/**
 * Quantile of an ascending-sorted sample by linear interpolation between
 * order statistics (Hyndman & Fan type 7, the default of R and NumPy).
 * @param p in [0, 1]
 * @returns NaN for an empty sample
 */
export function quantileSorted(s: ArrayLike<number>, p: number): number {
  const n = s.length;
  if (n === 0) return NaN;
  if (n === 1) return s[0]!;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

/** Median (type 7 quantile at 0.5); NaN when empty. */
export function median(xs: ArrayLike<number>): number {
  return quantileSorted(sorted(xs), 0.5);
}

/**
 * Median absolute deviation from `center`, unscaled (multiply by 1.4826 for
 * a consistent estimate of a normal sigma); NaN when empty.
 */
export function mad(xs: ArrayLike<number>, center: number): number {
  const d = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i++) d[i] = Math.abs(xs[i]! - center);
  return median(d);
}

/** 1 / Φ⁻¹(0.75): MAD → sigma for normal data. */
export const MAD_TO_SIGMA = 1.4826;
/** Φ⁻¹(0.9): (q90 − median) → sigma for normal data. */
export const Z90 = 1.2816;
