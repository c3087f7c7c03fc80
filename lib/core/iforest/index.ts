/**
 * Isolation Forest (Liu, Ting & Zhou, "Isolation Forest", ICDM 2008), written
 * to follow scikit-learn's `sklearn/ensemble/_iforest.py` (1.2) step by step:
 *
 * - each of `nEstimators` trees (default 100) is grown on a subsample of
 *   psi = min(maxSamples, n) rows (default maxSamples 256) drawn WITHOUT
 *   replacement;
 * - the height limit is ceil(log2(max(psi, 2))) edges;
 * - a node with fewer than 2 rows, or at the height limit, is a leaf;
 *   otherwise a feature is drawn uniformly among the features that are not
 *   constant in the node (all constant: leaf) and the split value uniformly in
 *   [min, max) of that feature in the node; rows with `x[f] <= threshold` go
 *   left (as sklearn's trees do);
 * - a row's path length in a tree is depth(leaf) + c(size(leaf)), c being
 *   {@link averagePathLength}, and its score is
 *   s(x) = 2^(−E[h(x)] / c(psi)) with E over the trees.
 *
 * Score direction (the one convention of this project): s is in (0, 1] and
 * HIGHER MEANS MORE ANOMALOUS; s near 1 is clearly anomalous, s well below 0.5
 * is normal. scikit-learn's `score_samples` returns −s (and `decision_function`
 * −s + 0.5 by default), so `roc_auc_score(label, -clf.score_samples(X))` in
 * sklearn is comparable with `rocAuc(label, forest.score(X))` here.
 *
 * Known, deliberate differences from sklearn: data stay float64 (sklearn casts
 * X to float32 first); a feature is constant when max === min in the node
 * (sklearn uses max <= min + 1e-7); the random numbers come from
 * `createRng(seed)` (mulberry32), so individual trees differ from sklearn's for
 * the same seed, while the distribution of forests is the same. Parity with
 * sklearn's ROC-AUC on the ODDS data is pinned by `parity.test.ts`.
 *
 * Storage: all nodes of all trees live in flat typed arrays (Int32Array
 * feature/left, Float64Array threshold/size; a node's two children are
 * adjacent), and scoring is a branch-free fixed-depth loop over a row-major
 * Float64Array copy of the input, four rows at a time (see `Model`).
 *
 * Errors: invalid options, rows or JSON throw TypeError/RangeError with a
 * message naming the method and the offending row/column; using an unfitted
 * forest throws Error.
 */
import { mulberry32Out } from './mulberry32';
import { averagePathLength } from './averagePathLength';

export { averagePathLength, EULER_GAMMA } from './averagePathLength';

export interface IsolationForestOptions {
  /** Number of trees; positive integer, default 100. */
  nEstimators?: number;
  /**
   * Subsample size per tree (psi); positive integer, default 256. When the
   * training set has fewer rows, all n rows are used (sklearn does the same,
   * with a warning).
   */
  maxSamples?: number;
  /** Seed for `createRng`; integer in [0, 2^32 − 1], default 0. */
  seed?: number;
}

/**
 * Serialised forest (plain JSON: numbers and arrays only). Node arrays are
 * indexed by a global node id; `roots[t]` is the id of tree t's root.
 * Internal nodes have `feature >= 0` and child ids in `left`/`right`; leaves
 * have `feature === -1`, `left === right === -1` and `threshold === 0`.
 * `size` is the number of subsample rows that reached the node in training.
 */
export interface IsolationForestJSON {
  format: 'oddmonth.iforest';
  version: 1;
  nEstimators: number;
  maxSamples: number;
  seed: number;
  /** Width of the rows the forest was fitted on. */
  nFeatures: number;
  /** psi = min(maxSamples, n) actually used per tree. */
  subsampleSize: number;
  roots: number[];
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  size: number[];
}

const MAX_SEED = 0xffffffff;

function checkPositiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`IsolationForest: ${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}

function checkSeed(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_SEED) {
    throw new RangeError(`IsolationForest: seed must be an integer in [0, ${MAX_SEED}], got ${String(value)}`);
  }
  return value;
}

/**
 * Validate `rows` (non-empty array of equally long arrays of finite numbers)
 * and copy them into a row-major Float64Array.
 * @throws TypeError if rows or a row is not an array, or a value is not a number
 * @throws RangeError if empty, ragged, a wrong width, or a value is NaN/±Infinity
 */
function toMatrix(
  rows: readonly (readonly number[])[],
  what: string,
  expectedWidth?: number,
): { X: Float64Array; n: number; d: number } {
  if (!Array.isArray(rows)) throw new TypeError(`IsolationForest.${what}: rows must be an array of number arrays`);
  const n = rows.length;
  if (n === 0) throw new RangeError(`IsolationForest.${what}: rows must not be empty`);
  const first: unknown = rows[0];
  if (!Array.isArray(first)) throw new TypeError(`IsolationForest.${what}: row 0 is not an array`);
  const d = first.length;
  if (d === 0) throw new RangeError(`IsolationForest.${what}: rows must have at least one feature`);
  if (expectedWidth !== undefined && d !== expectedWidth) {
    throw new RangeError(
      `IsolationForest.${what}: rows have ${d} features but the forest was fitted on ${expectedWidth}`,
    );
  }
  const X = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row)) throw new TypeError(`IsolationForest.${what}: row ${i} is not an array`);
    if (row.length !== d) {
      throw new RangeError(`IsolationForest.${what}: row ${i} has ${row.length} values, expected ${d} (rows must be rectangular)`);
    }
    const base = i * d;
    for (let j = 0; j < d; j++) {
      const v: unknown = row[j];
      if (typeof v !== 'number') {
        throw new TypeError(`IsolationForest.${what}: row ${i}, column ${j} is not a number (${typeof v})`);
      }
      if (!Number.isFinite(v)) {
        throw new RangeError(`IsolationForest.${what}: row ${i}, column ${j} is not finite (${v})`);
      }
      X[base + j] = v;
    }
  }
  return { X, n, d };
}

/**
 * Flat node storage of a fitted forest. Node ids are global across trees;
 * the two children of a node are adjacent (right = left + 1) and have larger
 * ids than their parent.
 *
 * Scoring walks a fixed `maxDepth` steps per tree without a data-dependent
 * exit: a leaf is stored as a self-loop (`left[leaf] = leaf`, `walkFeature = 0`,
 * `walkThreshold = +Infinity`, so `x > +Infinity` is false and the walk stays
 * put), which turns the walk into branch-free index arithmetic.
 */
interface Model {
  nFeatures: number;
  subsampleSize: number;
  /** c(psi), the normaliser of the expected path length. */
  cPsi: number;
  /** deepest leaf over all trees (<= ceil(log2 psi)) */
  maxDepth: number;
  roots: Int32Array;
  /** split feature, -1 for a leaf */
  feature: Int32Array;
  /** split value (x[feature] <= threshold goes left); 0 for a leaf */
  threshold: Float64Array;
  /** left child (right child = left + 1); the node itself for a leaf */
  left: Int32Array;
  /** `feature` with leaves mapped to 0 (any valid column) */
  walkFeature: Int32Array;
  /** `threshold` with leaves mapped to +Infinity */
  walkThreshold: Float64Array;
  /** training subsample rows that reached the node */
  size: Float64Array;
  /** leaves: depth + c(size); 0 for internal nodes */
  leafPathLength: Float64Array;
}

/**
 * A plain array copy of a typed array. `Array.from(typedArray)` goes
 * through the iterator protocol and measured 10–15× slower than this loop
 * (toJSON copies ~10,000 nodes per forest).
 */
function toArray(a: Int32Array | Float64Array): number[] {
  const out = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]!;
  return out;
}

/** Derive the walk arrays from feature/threshold. */
function walkArrays(feature: Int32Array, threshold: Float64Array): { walkFeature: Int32Array; walkThreshold: Float64Array } {
  const walkFeature = new Int32Array(feature.length);
  const walkThreshold = new Float64Array(feature.length);
  for (let i = 0; i < feature.length; i++) {
    const leaf = feature[i]! < 0;
    walkFeature[i] = leaf ? 0 : feature[i]!;
    walkThreshold[i] = leaf ? Infinity : threshold[i]!;
  }
  return { walkFeature, walkThreshold };
}

export class IsolationForest {
  readonly nEstimators: number;
  readonly maxSamples: number;
  readonly seed: number;
  private model: Model | null = null;

  /**
   * @throws RangeError if nEstimators or maxSamples is not a positive integer,
   *   or seed is not an integer in [0, 2^32 − 1]
   */
  constructor(options: IsolationForestOptions = {}) {
    this.nEstimators = checkPositiveInteger('nEstimators', options.nEstimators ?? 100);
    this.maxSamples = checkPositiveInteger('maxSamples', options.maxSamples ?? 256);
    this.seed = checkSeed(options.seed ?? 0);
  }

  /** True once `fit` (or `fromJSON`) has produced a model. */
  get isFitted(): boolean {
    return this.model !== null;
  }

  /** Width of the rows the forest was fitted on. @throws Error if not fitted */
  get nFeatures(): number {
    return this.requireModel('nFeatures').nFeatures;
  }

  /** psi = min(maxSamples, n) used per tree. @throws Error if not fitted */
  get subsampleSize(): number {
    return this.requireModel('subsampleSize').subsampleSize;
  }

  /**
   * Grow the forest on `rows` (n × d, n >= 2). Replaces any previous model.
   * The same rows and options (including seed) always give the same forest.
   * @throws TypeError / RangeError for invalid rows (see class docs), or
   *   RangeError if there are fewer than 2 rows (c(1) = 0 makes s undefined)
   */
  fit(rows: readonly (readonly number[])[]): this {
    const { X, n, d } = toMatrix(rows, 'fit');
    if (n < 2) throw new RangeError('IsolationForest.fit: need at least 2 rows to fit');

    const psi = Math.min(this.maxSamples, n);
    const heightLimit = Math.ceil(Math.log2(Math.max(psi, 2)));
    // A tree has at most 2·psi − 1 nodes (every leaf holds >= 1 row) and at
    // most 2^(heightLimit+1) − 1 (binary tree of that height).
    const maxNodesPerTree = Math.min(2 * psi - 1, 2 ** (heightLimit + 1) - 1);
    const capacity = this.nEstimators * maxNodesPerTree;
    const feature = new Int32Array(capacity);
    const threshold = new Float64Array(capacity);
    const left = new Int32Array(capacity);
    const size = new Float64Array(capacity);
    const leafPathLength = new Float64Array(capacity);
    const roots = new Int32Array(this.nEstimators);

    // The random numbers of createRng(seed) (mulberry32), drawn from a local
    // state instead of through the Rng object's closures: a forest draws
    // ~25,000 of them, and the calls were a measurable share of fit. The
    // sequence is the same (pinned by a test against createRng).
    let rs = this.seed >>> 0;
    // perm: a permutation of 0..n-1 carried across trees; a partial
    // Fisher–Yates over its first psi slots draws psi distinct rows uniformly
    // whatever its current order.
    const perm = new Int32Array(n);
    for (let i = 0; i < n; i++) perm[i] = i;
    const idx = new Int32Array(psi);
    // features drawn without replacement at each node, same trick
    const pool = new Int32Array(d);
    for (let j = 0; j < d; j++) pool[j] = j;
    // column-major copy: a node scans one feature over its rows
    const Xc = new Float64Array(n * d);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) Xc[j * n + i] = X[i * d + j]!;
    // a feature constant over all rows is constant in every node: its draw
    // still consumes the random number, but the scan can be skipped (same
    // outcome). Per-user feature columns are often all zero.
    const constant = new Uint8Array(d);
    for (let j = 0; j < d; j++) {
      let same = 1;
      for (let i = 1; i < n && same; i++) if (Xc[j * n + i] !== Xc[j * n]) same = 0;
      constant[j] = same;
    }

    let count = 0;
    let maxDepth = 0;
    // read once: under tsx's CommonJS output an imported binding is a getter call per read
    const pathLength = averagePathLength;
    // Nodes to grow, depth first, left child first (the order of a recursive
    // build, so the random numbers are drawn in the same order): node, rows
    // idx[start, end), depth. A loop over an explicit stack instead of a
    // recursive closure, whose every access to these arrays went through
    // the closure's context. Depth-first with two children pushed per node:
    // at most heightLimit + 1 entries.
    const stack = new Int32Array(4 * (heightLimit + 2));

    for (let t = 0; t < this.nEstimators; t++) {
      for (let i = 0; i < psi; i++) {
        rs = (rs + 0x6d2b79f5) >>> 0;
        const j = i + Math.floor(mulberry32Out(rs) * (n - i));
        const tmp = perm[i]!;
        perm[i] = perm[j]!;
        perm[j] = tmp;
        idx[i] = perm[i]!;
      }
      const root = count++;
      roots[t] = root;
      let sp = 0;
      stack[sp++] = root;
      stack[sp++] = 0;
      stack[sp++] = psi;
      stack[sp++] = 0;
      while (sp > 0) {
        const depth = stack[--sp]!;
        const end = stack[--sp]!;
        const start = stack[--sp]!;
        const node = stack[--sp]!;
        const m = end - start;
        size[node] = m;
        let splitFeature = -1;
        let lo = 0;
        let hi = 0;
        if (depth < heightLimit && m >= 2) {
          // Draw features uniformly without replacement until one is not
          // constant in this node: the first such is uniform among them
          // (sklearn's RandomSplitter with max_features=1 does the same).
          let remaining = d;
          while (remaining > 0) {
            rs = (rs + 0x6d2b79f5) >>> 0;
            const k = Math.floor(mulberry32Out(rs) * remaining);
            const f = pool[k]!;
            remaining--;
            pool[k] = pool[remaining]!;
            pool[remaining] = f;
            if (constant[f] === 1) continue;
            let mn = Infinity;
            let mx = -Infinity;
            const col = f * n;
            for (let i = start; i < end; i++) {
              const v = Xc[col + idx[i]!]!;
              if (v < mn) mn = v;
              if (v > mx) mx = v;
            }
            if (mx > mn) {
              splitFeature = f;
              lo = mn;
              hi = mx;
              break;
            }
          }
        }
        if (splitFeature < 0) {
          feature[node] = -1;
          threshold[node] = 0;
          left[node] = node;
          leafPathLength[node] = depth + pathLength(m);
          if (depth > maxDepth) maxDepth = depth;
          continue;
        }
        // uniform in [lo, hi); if rounding (or overflow of hi − lo) lands on
        // hi or outside, use lo, as sklearn does, so both sides are non-empty
        rs = (rs + 0x6d2b79f5) >>> 0;
        let thr = lo + (hi - lo) * mulberry32Out(rs);
        if (!(thr < hi) || !(thr >= lo)) thr = lo;
        // partition idx[start, end): x <= thr first
        let i = start;
        let j = end - 1;
        const col = splitFeature * n;
        while (i <= j) {
          if (Xc[col + idx[i]!]! <= thr) {
            i++;
          } else {
            const tmp = idx[i]!;
            idx[i] = idx[j]!;
            idx[j] = tmp;
            j--;
          }
        }
        const l = count;
        count += 2;
        feature[node] = splitFeature;
        threshold[node] = thr;
        left[node] = l;
        leafPathLength[node] = 0;
        // right child below the left one: the left subtree is grown first
        stack[sp++] = l + 1;
        stack[sp++] = i;
        stack[sp++] = end;
        stack[sp++] = depth + 1;
        stack[sp++] = l;
        stack[sp++] = start;
        stack[sp++] = i;
        stack[sp++] = depth + 1;
      }
    }

    // views of the first `count` nodes, not copies: each copy is an
    // allocation with its own backing store (microseconds each), and the
    // unused tail they keep alive is bounded by the capacity above
    const featureOut = feature.subarray(0, count);
    const thresholdOut = threshold.subarray(0, count);
    this.model = {
      nFeatures: d,
      subsampleSize: psi,
      cPsi: averagePathLength(psi),
      maxDepth,
      roots,
      feature: featureOut,
      threshold: thresholdOut,
      left: left.subarray(0, count),
      ...walkArrays(featureOut, thresholdOut),
      size: size.subarray(0, count),
      leafPathLength: leafPathLength.subarray(0, count),
    };
    return this;
  }

  /**
   * Anomaly score s(x) = 2^(−E[h(x)] / c(psi)) for each row, in (0, 1];
   * HIGHER = MORE ANOMALOUS (sklearn's `score_samples` is −s).
   * @throws Error if not fitted; TypeError / RangeError for invalid rows or a
   *   width different from the training data
   */
  score(rows: readonly (readonly number[])[]): number[] {
    const model = this.requireModel('score');
    const { X, n, d } = toMatrix(rows, 'score', model.nFeatures);
    const sums = pathLengthSums(model, X, n, d);
    const nTrees = model.roots.length;
    const cPsi = model.cPsi;
    const out = new Array<number>(n);
    for (let r = 0; r < n; r++) out[r] = Math.pow(2, -(sums[r]! / nTrees) / cPsi);
    return out;
  }

  /**
   * Per-feature attribution of one row's isolation ("isolation bits").
   *
   * In each tree, walk the row's path. A split at a node that n_parent
   * training rows reached sends the row to a child that n_child of them
   * reached; the split's feature is credited log2(n_parent / n_child) bits —
   * how much of the crowd that cut separated the row from. Summed over the
   * path this is log2(psi / n_leaf), the whole isolation achieved by the tree,
   * so the credits decompose it exactly; the unresolved remainder c(n_leaf)
   * of a leaf that still holds several rows is not attributed. A feature that
   * cuts the row off from most of the data in few splits (the short paths
   * that make s high) collects most bits. Credits are summed over all trees
   * and normalised to sum to 1.
   *
   * This is a path-based, per-row method in the spirit of local DIFFI
   * (Carletti, Terzi & Susto, 2023) but not DIFFI itself: DIFFI weights
   * splits by 1/depth and by in-bag imbalance; here the weight is the exact
   * share of the training subsample split away from the row.
   *
   * @returns d non-negative numbers summing to 1 (higher = that feature drove
   *   the isolation more), or all zeros if no tree has any split (every
   *   feature constant in the training data).
   * @throws Error if not fitted; TypeError / RangeError for an invalid row
   */
  explain(row: readonly number[]): number[] {
    const model = this.requireModel('explain');
    const { X, d } = toMatrix([row], 'explain', model.nFeatures);
    const { roots, feature, threshold, left, size } = model;
    const credit = new Float64Array(d);
    for (let t = 0; t < roots.length; t++) {
      let node = roots[t]!;
      let f = feature[node]!;
      while (f >= 0) {
        const child = left[node]! + (X[f]! <= threshold[node]! ? 0 : 1);
        credit[f] = credit[f]! + Math.log2(size[node]! / size[child]!);
        node = child;
        f = feature[node]!;
      }
    }
    let total = 0;
    for (let j = 0; j < d; j++) total += credit[j]!;
    const out = new Array<number>(d);
    for (let j = 0; j < d; j++) out[j] = total > 0 ? credit[j]! / total : 0;
    return out;
  }

  /** Plain-JSON snapshot; `fromJSON(toJSON())` scores identically. @throws Error if not fitted */
  toJSON(): IsolationForestJSON {
    const m = this.requireModel('toJSON');
    const count = m.feature.length;
    const left = new Array<number>(count);
    const right = new Array<number>(count);
    for (let i = 0; i < count; i++) {
      const leaf = m.feature[i]! < 0;
      left[i] = leaf ? -1 : m.left[i]!;
      right[i] = leaf ? -1 : m.left[i]! + 1;
    }
    return {
      format: 'oddmonth.iforest',
      version: 1,
      nEstimators: this.nEstimators,
      maxSamples: this.maxSamples,
      seed: this.seed,
      nFeatures: m.nFeatures,
      subsampleSize: m.subsampleSize,
      roots: toArray(m.roots),
      feature: toArray(m.feature),
      threshold: toArray(m.threshold),
      left,
      right,
      size: toArray(m.size),
    };
  }

  /**
   * Rebuild a fitted forest from {@link IsolationForest.toJSON} output.
   * Leaf path lengths are recomputed from the tree structure.
   * @throws TypeError / RangeError if the JSON is not a well-formed forest
   *   (wrong format/version, mismatched array lengths, children that do not
   *   form trees or are not adjacent, out-of-range features, non-finite
   *   thresholds, sizes that do not add up)
   */
  static fromJSON(json: IsolationForestJSON): IsolationForest {
    const bad = (msg: string): never => {
      throw new RangeError(`IsolationForest.fromJSON: ${msg}`);
    };
    if (typeof json !== 'object' || json === null) throw new TypeError('IsolationForest.fromJSON: expected an object');
    if (json.format !== 'oddmonth.iforest' || json.version !== 1) bad('unknown format or version');
    const forest = new IsolationForest({ nEstimators: json.nEstimators, maxSamples: json.maxSamples, seed: json.seed });
    const nFeatures = checkPositiveInteger('nFeatures', json.nFeatures);
    const psi = checkPositiveInteger('subsampleSize', json.subsampleSize);
    if (psi < 2 || psi > forest.maxSamples) bad(`subsampleSize ${psi} must be in [2, maxSamples]`);
    const arrays: unknown[] = [json.roots, json.feature, json.threshold, json.left, json.right, json.size];
    for (const a of arrays) {
      if (!Array.isArray(a) || !a.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        bad('node arrays must be arrays of finite numbers');
      }
    }
    if (json.roots.length !== forest.nEstimators) bad('roots.length must equal nEstimators');
    const count = json.feature.length;
    if ([json.threshold, json.left, json.right, json.size].some((a) => a.length !== count)) {
      bad('node arrays must have equal lengths');
    }
    const feature = Int32Array.from(json.feature);
    const threshold = Float64Array.from(json.threshold);
    const left = new Int32Array(count);
    const leafPathLength = new Float64Array(count);
    let maxDepth = 0;
    // Walk every tree: each node reached exactly once, children after parents.
    const seen = new Uint8Array(count);
    const stackNode: number[] = [];
    const stackDepth: number[] = [];
    for (const root of json.roots) {
      if (!Number.isInteger(root) || root < 0 || root >= count) bad(`root ${root} out of range`);
      stackNode.push(root);
      stackDepth.push(0);
      while (stackNode.length > 0) {
        const node = stackNode.pop()!;
        const depth = stackDepth.pop()!;
        if (seen[node]) bad(`node ${node} reached twice`);
        seen[node] = 1;
        const f = json.feature[node]!;
        const s = json.size[node]!;
        if (!Number.isInteger(s) || s < 1 || s > psi) bad(`node ${node} has invalid size ${s}`);
        if (f === -1) {
          if (json.left[node] !== -1 || json.right[node] !== -1) bad(`leaf ${node} has children`);
          left[node] = node;
          leafPathLength[node] = depth + averagePathLength(s);
          if (depth > maxDepth) maxDepth = depth;
          continue;
        }
        if (!Number.isInteger(f) || f < 0 || f >= nFeatures) bad(`node ${node} has invalid feature ${f}`);
        const l = json.left[node]!;
        if (!Number.isInteger(l) || l <= node || l + 1 >= count) bad(`node ${node} has invalid left child ${l}`);
        if (json.right[node] !== l + 1) bad(`node ${node}: right child must be left + 1`);
        if (json.size[l]! + json.size[l + 1]! !== s) bad(`children of node ${node} do not partition its rows`);
        left[node] = l;
        stackNode.push(l + 1, l);
        stackDepth.push(depth + 1, depth + 1);
      }
    }
    if (!seen.every((v) => v === 1)) bad('some nodes belong to no tree');
    forest.model = {
      nFeatures,
      subsampleSize: psi,
      cPsi: averagePathLength(psi),
      maxDepth,
      roots: Int32Array.from(json.roots),
      feature,
      threshold,
      left,
      ...walkArrays(feature, threshold),
      size: Float64Array.from(json.size),
      leafPathLength,
    };
    return forest;
  }

  private requireModel(what: string): Model {
    if (this.model === null) throw new Error(`IsolationForest.${what}: call fit() (or fromJSON) first`);
    return this.model;
  }
}

/**
 * Sum over trees of the path length h_t(x) = depth + c(leaf size) for each of
 * the n rows of the row-major matrix X (n × d). Walks four rows at a time
 * through each tree so the four dependent load chains overlap; per row the
 * trees are added in order, so the result equals the plain loop exactly.
 */
function pathLengthSums(model: Model, X: Float64Array, n: number, d: number): Float64Array {
  const { roots, left, walkFeature: wf, walkThreshold: wt, leafPathLength: pl, maxDepth: H } = model;
  const nTrees = roots.length;
  const sums = new Float64Array(n);
  const n4 = n - (n % 4);
  let r = 0;
  for (; r < n4; r += 4) {
    const b0 = r * d;
    const b1 = b0 + d;
    const b2 = b1 + d;
    const b3 = b2 + d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let t = 0; t < nTrees; t++) {
      const root = roots[t]!;
      let a0 = root;
      let a1 = root;
      let a2 = root;
      let a3 = root;
      for (let k = 0; k < H; k++) {
        // right child = left + 1; a leaf loops to itself (threshold +Infinity)
        a0 = left[a0]! + +(X[b0 + wf[a0]!]! > wt[a0]!);
        a1 = left[a1]! + +(X[b1 + wf[a1]!]! > wt[a1]!);
        a2 = left[a2]! + +(X[b2 + wf[a2]!]! > wt[a2]!);
        a3 = left[a3]! + +(X[b3 + wf[a3]!]! > wt[a3]!);
      }
      s0 += pl[a0]!;
      s1 += pl[a1]!;
      s2 += pl[a2]!;
      s3 += pl[a3]!;
    }
    sums[r] = s0;
    sums[r + 1] = s1;
    sums[r + 2] = s2;
    sums[r + 3] = s3;
  }
  for (; r < n; r++) {
    const b = r * d;
    let s = 0;
    for (let t = 0; t < nTrees; t++) {
      let a = roots[t]!;
      for (let k = 0; k < H; k++) a = left[a]! + +(X[b + wf[a]!]! > wt[a]!);
      s += pl[a]!;
    }
    sums[r] = s;
  }
  return sums;
}
