/**
 * Parity with scikit-learn: on each ODDS file, our forest (default options,
 * fitted and scored on all rows) must reach the ROC-AUC of sklearn 1.2.1's
 * `IsolationForest()` within 0.02, averaged over seeds 0..4. The reference
 * (`sklearn-reference.json`) is the mean over random_state 0..9 of
 * `roc_auc_score(label, -score_samples(X))`; see ../shared/data/odds/README.md.
 *
 * Seeds 0..9 of the reference happen to run high on cardio and arrhythmia:
 * sklearn 1.6.1 (same tree algorithm) reproduces the reference exactly for
 * random_state 0..9 but gives cardio 0.9244, arrhythmia 0.8022, wbc 0.9369
 * over random_state 10..59, against 0.9242, 0.8009, 0.9376 for this forest
 * over 40 seeds. So seeds 0..4 here land about 0.01 below the reference on
 * cardio; that is sampling noise, not a difference in the algorithm.
 */
import fs from '@/lib/testing/fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rocAuc } from '../metrics';
import { IsolationForest } from './index';

const ODDS_DIR = path.resolve(import.meta.dirname, '../../..', '../shared/data/odds');
const SEEDS = [0, 1, 2, 3, 4];
const TOLERANCE = 0.02;

interface Reference {
  rows: number;
  features: number;
  outliers: number;
  sklearn_auc_mean: number;
  sklearn_auc_sd: number;
}

const reference = JSON.parse(fs.readFileSync(path.join(ODDS_DIR, 'sklearn-reference.json'), 'utf8')) as Record<
  string,
  Reference
>;
const files = fs
  .readdirSync(ODDS_DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort();

/** Numeric CSV with header x0..xN,label and no quoting. */
function readOdds(file: string): { X: number[][]; labels: number[] } {
  const lines = fs.readFileSync(path.join(ODDS_DIR, file), 'utf8').trim().split(/\r?\n/);
  const header = lines[0]!.split(',');
  expect(header[header.length - 1]).toBe('label');
  const X: number[][] = [];
  const labels: number[] = [];
  for (const line of lines.slice(1)) {
    const values = line.split(',').map(Number);
    labels.push(values.pop()!);
    X.push(values);
  }
  return { X, labels };
}

describe('parity with scikit-learn on ODDS', () => {
  it('has all eight reference files', () => {
    expect(files).toHaveLength(8);
    expect(files.map((f) => f.replace(/\.csv$/, '')).sort()).toEqual(Object.keys(reference).sort());
  });

  for (const file of files) {
    const name = file.replace(/\.csv$/, '');
    it(`${name}: mean ROC-AUC over seeds 0..4 within ${TOLERANCE} of sklearn`, () => {
      const ref = reference[name];
      expect(ref, `no reference for ${name}`).toBeDefined();
      const { X, labels } = readOdds(file);
      expect(X).toHaveLength(ref!.rows);
      expect(X[0]).toHaveLength(ref!.features);
      expect(labels.filter((l) => l === 1)).toHaveLength(ref!.outliers);
      const aucs = SEEDS.map((seed) => rocAuc(labels, new IsolationForest({ seed }).fit(X).score(X)));
      const mean = aucs.reduce((s, a) => s + a, 0) / aucs.length;
      expect(Math.abs(mean - ref!.sklearn_auc_mean), `${name}: ours ${mean.toFixed(4)} vs sklearn ${ref!.sklearn_auc_mean}`).toBeLessThanOrEqual(TOLERANCE);
    });
  }
});
