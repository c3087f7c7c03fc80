import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { IsolationForest, averagePathLength, EULER_GAMMA, type IsolationForestJSON } from './index';

/** n rows of d roughly normal values (sum of 4 uniforms, centred), seeded. */
function blob(n: number, d: number, seed: number): number[][] {
  const rng = createRng(seed);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < d; j++) row.push(rng.next() + rng.next() + rng.next() + rng.next() - 2);
    rows.push(row);
  }
  return rows;
}

/** Depth of every node, from the JSON tree structure. */
function nodeDepths(json: IsolationForestJSON): number[] {
  const depth = new Array<number>(json.feature.length).fill(-1);
  for (const root of json.roots) {
    const stack: Array<[number, number]> = [[root, 0]];
    while (stack.length > 0) {
      const [node, dep] = stack.pop()!;
      depth[node] = dep;
      if (json.feature[node] !== -1) stack.push([json.left[node]!, dep + 1], [json.right[node]!, dep + 1]);
    }
  }
  return depth;
}

/**
 * Textbook scorer over the serialised trees (Liu et al. 2008, Alg. 3):
 * recursive walk, h = depth + c(size) at the leaf, s = 2^(−mean h / c(psi)).
 */
function referenceScore(json: IsolationForestJSON, x: number[]): number {
  const walk = (node: number, depth: number): number => {
    const f = json.feature[node]!;
    if (f === -1) return depth + averagePathLength(json.size[node]!);
    return x[f]! <= json.threshold[node]! ? walk(json.left[node]!, depth + 1) : walk(json.right[node]!, depth + 1);
  };
  let sum = 0;
  for (const root of json.roots) sum += walk(root, 0);
  return 2 ** (-(sum / json.roots.length) / averagePathLength(json.subsampleSize));
}

describe('averagePathLength (c(n), sklearn _average_path_length)', () => {
  it('is 0 for n <= 1 and 1 for n = 2', () => {
    expect(averagePathLength(0)).toBe(0);
    expect(averagePathLength(1)).toBe(0);
    expect(averagePathLength(2)).toBe(1);
  });

  it('follows 2(ln(n-1) + γ) - 2(n-1)/n for n > 2', () => {
    // c(3) = 2(ln 2 + γ) − 4/3
    expect(averagePathLength(3)).toBeCloseTo(2 * (Math.LN2 + 0.5772156649) - 4 / 3, 9);
    expect(averagePathLength(3)).toBeCloseTo(1.207392357589623, 12);
    expect(averagePathLength(10)).toBeCloseTo(3.748880484475505, 12);
    // c(256) = 2(ln 255 + γ) − 510/256 = 12.2369584201 − 1.9921875
    expect(averagePathLength(256)).toBeCloseTo(10.2448, 4);
    expect(averagePathLength(256)).toBeCloseTo(10.244770920119917, 12);
    expect(EULER_GAMMA).toBeCloseTo(0.5772156649, 10);
  });
});

describe('IsolationForest', () => {
  it('uses the documented defaults', () => {
    const f = new IsolationForest();
    expect([f.nEstimators, f.maxSamples, f.seed, f.isFitted]).toEqual([100, 256, 0, false]);
  });

  it('subsamples min(maxSamples, n) rows and respects the height limit ceil(log2 psi)', () => {
    const big = new IsolationForest({ nEstimators: 20, seed: 1 }).fit(blob(1000, 3, 1));
    const bigJson = big.toJSON();
    expect(big.subsampleSize).toBe(256);
    expect(bigJson.roots.map((r) => bigJson.size[r])).toEqual(new Array(20).fill(256));
    expect(Math.max(...nodeDepths(bigJson))).toBe(8);

    const small = new IsolationForest({ nEstimators: 20, seed: 1 }).fit(blob(10, 3, 2));
    const smallJson = small.toJSON();
    expect(small.subsampleSize).toBe(10);
    expect(smallJson.roots.map((r) => smallJson.size[r])).toEqual(new Array(20).fill(10));
    expect(Math.max(...nodeDepths(smallJson))).toBeLessThanOrEqual(4); // ceil(log2 10)
  });

  it('draws each subsample without replacement', () => {
    // 16 distinct values and psi = n = 16: without replacement every tree
    // holds each row once, so a leaf above the height limit (4) always has
    // exactly one row; a duplicated row would leave a 2-row leaf (constant node).
    const rows = Array.from({ length: 16 }, (_, i) => [i * 1.5]);
    const json = new IsolationForest({ nEstimators: 200, maxSamples: 16, seed: 3 }).fit(rows).toJSON();
    const depth = nodeDepths(json);
    let shallowLeaves = 0;
    json.feature.forEach((f, node) => {
      if (f === -1 && depth[node]! < 4) {
        shallowLeaves++;
        expect(json.size[node]).toBe(1);
      }
    });
    expect(shallowLeaves).toBeGreaterThan(0);
  });

  it('splits children so every training row is counted once', () => {
    const json = new IsolationForest({ nEstimators: 10, seed: 4 }).fit(blob(300, 4, 4)).toJSON();
    json.feature.forEach((f, node) => {
      if (f === -1) return;
      expect(json.right[node]).toBe(json.left[node]! + 1);
      expect(json.size[json.left[node]!]! + json.size[json.right[node]!]!).toBe(json.size[node]);
    });
  });

  it('gives the hand-computed score when every path length is fixed', () => {
    // Two distinct rows: psi = 2, one split, both leaves at depth 1 with one
    // row: h = 1 = c(2) for every x, so s = 2^-1 exactly.
    const two = new IsolationForest({ seed: 5 }).fit([[0, 0], [1, 3]]);
    expect(two.score([[0, 0], [1, 3], [100, -100]])).toEqual([0.5, 0.5, 0.5]);

    // [0], [1], [2]: psi = 3, height limit 2. The middle value is never cut
    // off by the first split, so h(1) = 2 in every tree: s = 2^(-2 / c(3)).
    const three = new IsolationForest({ seed: 6 }).fit([[0], [1], [2]]);
    expect(three.score([[1]])[0]).toBeCloseTo(0.3172160416207152, 12);
    // an end value is cut off at depth 1 in about half the trees: E[h] ≈ 1.5
    const s0 = three.score([[0]])[0]!;
    expect(s0).toBeGreaterThan(2 ** (-1.7 / averagePathLength(3)));
    expect(s0).toBeLessThan(2 ** (-1.3 / averagePathLength(3)));
  });

  it('matches a textbook recursive scorer on the same trees', () => {
    const train = blob(400, 5, 7);
    const forest = new IsolationForest({ nEstimators: 37, seed: 7 }).fit(train);
    const json = forest.toJSON();
    const test = [...blob(7, 5, 8), [4, -4, 0, 0, 9]]; // 8 rows: the 4-row block and no remainder…
    const test7 = test.slice(0, 7); // …and 7 rows: block plus a remainder of 3
    for (const rows of [test, test7]) {
      const got = forest.score(rows);
      rows.forEach((x, i) => expect(got[i]).toBe(referenceScore(json, x)));
    }
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const train = blob(500, 4, 9);
    const a = new IsolationForest({ seed: 42 }).fit(train).score(train);
    const b = new IsolationForest({ seed: 42 }).fit(train).score(train);
    const c = new IsolationForest({ seed: 43 }).fit(train).score(train);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    // refitting the same instance starts the generator again
    const f = new IsolationForest({ seed: 42 });
    f.fit(blob(50, 4, 10));
    expect(f.fit(train).score(train)).toEqual(a);
  });

  it('pins the scores of a fixed forest (changes only if growing or the RNG stream changes)', () => {
    const f = new IsolationForest({ nEstimators: 10, seed: 11 }).fit(blob(64, 2, 11));
    const s = f.score([[0, 0], [3, 3]]);
    expect(s[0]).toBeCloseTo(PINNED_INLIER, 12);
    expect(s[1]).toBeCloseTo(PINNED_OUTLIER, 12);
  });

  it('scores an obvious outlier above every inlier', () => {
    const inliers = blob(300, 2, 12);
    const forest = new IsolationForest({ seed: 12 }).fit([...inliers, [6, 6]]);
    const scores = forest.score([...inliers, [6, 6]]);
    const outlier = scores[300]!;
    const inlierScores = scores.slice(0, 300);
    expect(outlier).toBeGreaterThan(0.7);
    expect(outlier).toBeGreaterThan(Math.max(...inlierScores));
    expect(inlierScores.reduce((s, v) => s + v, 0) / 300).toBeLessThan(0.5);
    for (const v of scores) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('never splits on a constant column', () => {
    const rows = blob(200, 3, 13).map((r) => [r[0]!, 7, r[2]!]);
    const forest = new IsolationForest({ seed: 13 }).fit(rows);
    const json = forest.toJSON();
    expect(json.feature.includes(1)).toBe(false);
    expect(json.feature.includes(0)).toBe(true);
    expect(json.feature.includes(2)).toBe(true);
    // the constant column gets no credit, even for a row far off in it
    const e = forest.explain([0, 1000, 0]);
    expect(e[1]).toBe(0);
  });

  it('draws the split feature among the non-constant ones only (a constant draw does not end the node)', () => {
    // column 0 distinct, columns 1..3 constant: sklearn's splitter (and ours)
    // keeps drawing until it finds column 0, so no leaf above the height
    // limit (4 for psi = 16) holds more than one row.
    const rows = Array.from({ length: 16 }, (_, i) => [i, 1, 2, 3]);
    const json = new IsolationForest({ nEstimators: 50, seed: 20 }).fit(rows).toJSON();
    const depth = nodeDepths(json);
    json.feature.forEach((f, node) => {
      if (f === -1 && depth[node]! < 4) expect(json.size[node]).toBe(1);
      if (f !== -1) expect(f).toBe(0);
    });
  });

  it('makes single-leaf trees when every column is constant: s = 2^(-c(psi)/c(psi)) = 0.5', () => {
    const rows = Array.from({ length: 30 }, () => [1, 2, 3]);
    const forest = new IsolationForest({ seed: 14 }).fit(rows);
    const json = forest.toJSON();
    expect(json.feature).toEqual(new Array(100).fill(-1));
    expect(json.size).toEqual(new Array(100).fill(30));
    // (100 additions of c(30) round, hence closeTo rather than toBe)
    for (const s of forest.score([[1, 2, 3], [-5, 0, 99]])) expect(s).toBeCloseTo(0.5, 14);
    expect(forest.explain([-5, 0, 99])).toEqual([0, 0, 0]);
  });

  it('round-trips through JSON with identical scores and explanations', () => {
    const train = blob(300, 4, 15);
    const forest = new IsolationForest({ nEstimators: 50, maxSamples: 128, seed: 15 }).fit(train);
    const json = forest.toJSON();
    const copy = IsolationForest.fromJSON(JSON.parse(JSON.stringify(json)) as IsolationForestJSON);
    expect([copy.nEstimators, copy.maxSamples, copy.seed, copy.nFeatures, copy.subsampleSize]).toEqual([50, 128, 15, 4, 128]);
    expect(copy.score(train)).toEqual(forest.score(train));
    expect(copy.explain([3, 0, 0, -3])).toEqual(forest.explain([3, 0, 0, -3]));
    expect(copy.toJSON()).toEqual(json);
    // a restored forest refits like a fresh one with the same options
    expect(copy.fit(train).score(train)).toEqual(forest.score(train));
  });

  it('rejects malformed JSON', () => {
    const json = new IsolationForest({ nEstimators: 3, seed: 16 }).fit(blob(40, 2, 16)).toJSON();
    const broken = (patch: Partial<IsolationForestJSON>) => () =>
      IsolationForest.fromJSON({ ...structuredClone(json), ...patch });
    const firstSplit = json.feature.findIndex((f) => f >= 0);
    expect(broken({ version: 2 as 1 })).toThrow(/format or version/);
    expect(broken({ roots: json.roots.slice(1) })).toThrow(/roots.length/);
    expect(broken({ size: json.size.slice(1) })).toThrow(/equal lengths/);
    expect(broken({ threshold: json.threshold.map(() => NaN) })).toThrow(/finite numbers/);
    expect(broken({ feature: json.feature.map((f) => (f >= 0 ? 2 : f)) })).toThrow(/invalid feature/);
    expect(broken({ right: json.right.map((r, i) => (i === firstSplit ? r + 1 : r)) })).toThrow(/left \+ 1/);
    expect(broken({ size: json.size.map((s, i) => (i === firstSplit ? s + 1 : s)) })).toThrow(/partition|size/);
    expect(broken({ roots: [json.roots[0]!, json.roots[0]!, json.roots[2]!] })).toThrow(/reached twice/);
  });

  describe('explain', () => {
    it('credits the feature that isolates the row, and sums to 1', () => {
      const inliers = blob(400, 4, 17);
      const forest = new IsolationForest({ seed: 17 }).fit(inliers);
      const e = forest.explain([0, 0, 5, 0]);
      expect(e).toHaveLength(4);
      expect(e.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      expect(e[2]).toBeGreaterThan(0.5);
      for (const j of [0, 1, 3]) expect(e[j]).toBeLessThan(e[2]!);
      for (const v of e) expect(v).toBeGreaterThanOrEqual(0);
      // an ordinary row spreads its credit: no feature dominates
      const typical = forest.explain(inliers[0]!);
      expect(Math.max(...typical)).toBeLessThan(0.5);
    });

    it('decomposes log2(psi / leaf size) per tree', () => {
      // one tree: the credits before normalisation sum to log2(psi / n_leaf);
      // with psi = 16 distinct values and a height limit of 4, every row
      // ends in a 1-row leaf, so all the credit goes to the single feature.
      const rows = Array.from({ length: 16 }, (_, i) => [i, 0]);
      const forest = new IsolationForest({ nEstimators: 1, seed: 18 }).fit(rows);
      expect(forest.explain([5, 0])).toEqual([1, 0]);
    });
  });

  describe('validation', () => {
    it('rejects options that are not positive integers', () => {
      for (const bad of [0, -1, 1.5, NaN, Infinity]) {
        expect(() => new IsolationForest({ nEstimators: bad })).toThrow(/nEstimators must be a positive integer/);
        expect(() => new IsolationForest({ maxSamples: bad })).toThrow(/maxSamples must be a positive integer/);
      }
      // @ts-expect-error -- a string from an untyped caller
      expect(() => new IsolationForest({ nEstimators: '100' })).toThrow(RangeError);
      for (const bad of [-1, 1.5, 2 ** 32, NaN]) {
        expect(() => new IsolationForest({ seed: bad })).toThrow(/seed must be an integer/);
      }
      expect(new IsolationForest({ seed: 2 ** 32 - 1 }).seed).toBe(2 ** 32 - 1);
    });

    it('rejects empty, ragged and non-finite input', () => {
      const f = new IsolationForest();
      expect(() => f.fit([])).toThrow(/must not be empty/);
      expect(() => f.fit([[], []])).toThrow(/at least one feature/);
      expect(() => f.fit([[1, 2], [3]])).toThrow(/row 1 has 1 values, expected 2/);
      expect(() => f.fit([[1, 2], [3, NaN]])).toThrow(/row 1, column 1 is not finite/);
      expect(() => f.fit([[1, Infinity], [3, 4]])).toThrow(RangeError);
      // @ts-expect-error -- a string from an untyped caller
      expect(() => f.fit([[1, 2], [3, '4']])).toThrow(TypeError);
      // @ts-expect-error -- not an array
      expect(() => f.fit('1,2')).toThrow(TypeError);
      expect(() => f.fit([[1, 2]])).toThrow(/at least 2 rows/);
      expect(f.isFitted).toBe(false);
    });

    it('requires a fitted forest and rows of the training width', () => {
      const f = new IsolationForest({ nEstimators: 5 });
      expect(() => f.score([[1]])).toThrow(/call fit\(\)/);
      expect(() => f.explain([1])).toThrow(/call fit\(\)/);
      expect(() => f.toJSON()).toThrow(/call fit\(\)/);
      f.fit(blob(20, 3, 19));
      expect(() => f.score([[1, 2]])).toThrow(/2 features but the forest was fitted on 3/);
      expect(() => f.score([])).toThrow(/must not be empty/);
      expect(() => f.explain([1, 2, 3, 4])).toThrow(/4 features/);
      expect(() => f.explain([1, NaN, 3])).toThrow(/not finite/);
    });
  });
});

// Scores of the pinned forest above, recorded when the implementation was
// checked against sklearn's ROC-AUC (parity.test.ts).
const PINNED_INLIER = 0.40247066048558733;
const PINNED_OUTLIER = 0.6513878165993059;
