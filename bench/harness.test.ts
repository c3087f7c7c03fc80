import { describe, expect, it } from 'vitest';
import { relativeTo } from './harness';

describe('relativeTo', () => {
  it('gives the median as a share of the baseline of the same run', () => {
    const row = relativeTo(
      { name: 'analyzeHistory: features + forest', medianMs: 5.5, runs: 30 },
      { name: 'iforest fit+score shuttle', medianMs: 187.5, runs: 5 },
      'shuttle fit+score',
    );
    expect(row.name).toBe('analyzeHistory ÷ shuttle fit+score');
    expect(row.note).toBe('0.0293 (5.50 ms ÷ 187.5 ms, medians of the same run)');
    expect(row.runs).toBe(5);
    // not a time: printed as "—", written as null
    expect(row.medianMs).toBeNaN();
  });
});
