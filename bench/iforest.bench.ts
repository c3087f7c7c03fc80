/**
 * Isolation Forest timings on ODDS shuttle (49,097 × 9): fit, score of all
 * rows, fit + score, and scoring a 100-row batch on the fitted forest.
 * Run by the bench runner, not as a test. Times are wall-clock medians in ms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IsolationForest } from '../lib/core/iforest';
import { median, SHUTTLE_FIT_SCORE, type BenchResult } from './harness';

const SHUTTLE = path.resolve(import.meta.dirname, '../../shared/data/odds/shuttle.csv');
const RUNS = 5;



export async function benchIforest(): Promise<BenchResult[]> {
  const text = await fs.promises.readFile(SHUTTLE, 'utf8');
  const rows = text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').slice(0, -1).map(Number));
  const shape = `${rows.length} × ${rows[0]?.length ?? 0}, 100 trees, psi 256`;
  const batch = rows.slice(0, 100);
  const BATCH_REPEATS = 200;

  // one untimed warm-up so the JIT has compiled the hot loops
  new IsolationForest({ seed: 999 }).fit(rows).score(rows);

  const fit: number[] = [];
  const score: number[] = [];
  const total: number[] = [];
  const small: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const forest = new IsolationForest({ seed: run }).fit(rows);
    const t1 = performance.now();
    forest.score(rows);
    const t2 = performance.now();
    for (let i = 0; i < BATCH_REPEATS; i++) forest.score(batch);
    const t3 = performance.now();
    fit.push(t1 - t0);
    score.push(t2 - t1);
    total.push(t2 - t0);
    small.push((t3 - t2) / BATCH_REPEATS);
  }
  return [
    { name: SHUTTLE_FIT_SCORE, medianMs: median(total), runs: RUNS, note: shape },
    { name: 'iforest fit shuttle', medianMs: median(fit), runs: RUNS, note: shape },
    { name: 'iforest score shuttle (all rows)', medianMs: median(score), runs: RUNS, note: shape },
    {
      name: 'iforest score 100 rows',
      medianMs: median(small),
      runs: RUNS,
      note: `fitted 100-tree forest; mean of ${BATCH_REPEATS} calls per run`,
    },
  ];
}
