/**
 * mulberry32's output function, as `createRng` (../rng.ts) applies it: the
 * number `next()` returns once the state has been advanced to `a`
 * (`a = (a + 0x6d2b79f5) >>> 0`). `IsolationForest.fit` keeps the state in a
 * local and calls this, instead of drawing through the Rng object's closures
 * (~25,000 draws per forest); `mulberry32.test.ts` pins the sequence to
 * createRng's, so a forest is the same for the same seed.
 */
export function mulberry32Out(a: number): number {
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
