import { describe, expect, it } from 'vitest';
import { metricsOf, type MonthRecord } from './eval';
import type { MonthLabel } from '../lib/core/synth';

function rec(label: Partial<MonthLabel>, modelFlag: boolean, modelScore: number, scored = true): MonthRecord {
  return {
    label: { month: '2024-01', anomalous: false, categories: [], ...label },
    modelScore,
    modelFlag,
    modelTop2: [],
    ruleScore: 0,
    ruleFlag: false,
    ruleTop2: [],
    household: 0,
    scored,
  };
}

const spike = (category: 'Dining' | 'Shopping', flag: boolean, score: number, spikeSteady?: boolean) => ({
  ...rec({ anomalous: true, kind: 'category-spike', categories: [category] }, flag, score),
  ...(spikeSteady !== undefined ? { spikeSteady } : {}),
});

describe('metricsOf', () => {
  const records = [
    spike('Dining', true, 0.8, true),
    spike('Dining', true, 0.7, false),
    spike('Shopping', false, 0.4, false),
    rec({ anomalous: true, kind: 'scam-transfer', categories: ['Personal Payments'] }, true, 0.9),
    rec({}, false, 0.3),
    rec({}, true, 0.6),
    rec({}, false, 0.2),
    rec({}, false, -1, false),
  ];
  const m = metricsOf(records, 'model');

  it('counts precision, recall and false alarms over the labelled months', () => {
    expect(m.caught).toBe(3);
    expect(m.anomalous).toBe(4);
    expect(m.precision).toBeCloseTo(3 / 4, 12);
    expect(m.recall).toBeCloseTo(3 / 4, 12);
    // one of four normal months flagged; of the three the model scored, one
    expect(m.fpr).toBeCloseTo(1 / 4, 12);
    expect(m.fprScored).toBeCloseTo(1 / 3, 12);
  });

  it('gives recall per kind, and for category spikes per labelled category', () => {
    expect(m.recallByKind['category-spike']).toEqual({ caught: 2, total: 3, recall: 2 / 3 });
    expect(m.recallByKind['scam-transfer']).toEqual({ caught: 1, total: 1, recall: 1 });
    expect(m.recallByKind['missing-salary']!.total).toBe(0);
    expect(m.recallByKind['missing-salary']!.recall).toBeNaN();
    expect(m.spikeRecallByCategory['Dining']).toEqual({ caught: 2, total: 2, recall: 1 });
    expect(m.spikeRecallByCategory['Shopping']).toEqual({ caught: 0, total: 1, recall: 0 });
    expect(m.spikeRecallByCategory['Groceries']!.total).toBe(0);
  });

  it('splits category spikes by whether their category was steady before', () => {
    expect(m.spikeRecallBySteadiness.steady).toEqual({ caught: 1, total: 1, recall: 1 });
    expect(m.spikeRecallBySteadiness.lumpy).toEqual({ caught: 1, total: 2, recall: 0.5 });
    // a spike without the flag (no history to judge) is in neither
    const n = metricsOf([spike('Dining', true, 0.8)], 'model');
    expect(n.spikeRecallBySteadiness.steady.total + n.spikeRecallBySteadiness.lumpy.total).toBe(0);
  });
});
