/**
 * A tiny seeded PRNG and calendar helpers for the second-opinion generator.
 * Written independently of lib/core/rng.ts and lib/core/synth (not read).
 */

/** mulberry32: 32-bit state, period 2^32, good enough for synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mix two integers into a new 32-bit seed (so household i of seed s is stable). */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x85ebca6b, 0x9e3779b1) + b * 0x27d4eb2f) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  return h >>> 0;
}

export class Rng {
  private readonly u: () => number;
  constructor(seed: number) {
    this.u = mulberry32(seed);
  }
  /** uniform [0, 1) */
  next(): number {
    return this.u();
  }
  float(lo: number, hi: number): number {
    return lo + (hi - lo) * this.u();
  }
  /** integer in [lo, hi], both inclusive */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.u() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.u() < p;
  }
  pick<T>(arr: readonly T[]): T {
    if (arr.length === 0) throw new RangeError('pick from empty array');
    return arr[Math.floor(this.u() * arr.length)]!;
  }
  /** k distinct elements (k clipped to the array length) */
  sample<T>(arr: readonly T[], k: number): T[] {
    const copy = [...arr];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.u() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, Math.min(k, copy.length));
  }
  /** weighted pick: weights need not sum to 1 */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.u() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  normal(): number {
    // Box–Muller; 1 - u avoids log(0)
    const u1 = 1 - this.u();
    const u2 = this.u();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
  /** log-normal with the given median and log-sd */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
  poisson(lambda: number): number {
    // Knuth; lambdas here are small (< 30)
    const l = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.u();
    } while (p > l);
    return k - 1;
  }
  /** n random decimal digits as a string */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.u() * 10));
    return s;
  }
}

// ---------- calendar (days since 1970-01-01, UTC, no time zones) ----------

const MS_PER_DAY = 86_400_000;

export function dayOf(y: number, m0: number, d: number): number {
  return Math.round(Date.UTC(y, m0, d) / MS_PER_DAY);
}

export function partsOf(day: number): { y: number; m0: number; d: number } {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m0: dt.getUTCMonth(), d: dt.getUTCDate() };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function isoDate(day: number): string {
  const { y, m0, d } = partsOf(day);
  return `${y}-${pad2(m0 + 1)}-${pad2(d)}`;
}

export function monthKeyOf(day: number): string {
  const { y, m0 } = partsOf(day);
  return `${y}-${pad2(m0 + 1)}`;
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function daysInMonth(y: number, m0: number): number {
  return new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();
}

/** first day number of the month `offset` months after `YYYY-MM` */
export function monthStart(startMonth: string, offset: number): number {
  const [y, m] = startMonth.split('-').map(Number) as [number, number];
  return dayOf(y, m - 1 + offset, 1);
}

export const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export { pad2 };
