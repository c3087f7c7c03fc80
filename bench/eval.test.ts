import { describe, expect, it } from 'vitest';
import { feedbackReplay, metricsOf, parseEngineOptions, parsePool, poolSeeds, splitSeeds, SPLITS, type MonthRecord } from './eval';
import type { MonthLabel } from '../lib/core/synth';
import { wilsonInterval } from '../lib/core/metrics';

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
    expect(m.recallByKind['category-spike']).toMatchObject({ caught: 2, total: 3, recall: 2 / 3, ci95: wilsonInterval(2, 3) });
    expect(m.recallByKind['scam-transfer']).toMatchObject({ caught: 1, total: 1, recall: 1 });
    // one caught of one: the interval still spans most of [0, 1]
    expect(m.recallByKind['scam-transfer']!.ci95!.low).toBeCloseTo(0.2065, 4);
    expect(m.recallByKind['missing-salary']!.total).toBe(0);
    expect(m.recallByKind['missing-salary']!.recall).toBeNaN();
    expect(m.recallByKind['missing-salary']!.ci95).toBeNull();
    expect(m.spikeRecallByCategory['Dining']).toMatchObject({ caught: 2, total: 2, recall: 1 });
    expect(m.spikeRecallByCategory['Shopping']).toMatchObject({ caught: 0, total: 1, recall: 0 });
    expect(m.spikeRecallByCategory['Groceries']!.total).toBe(0);
  });

  it('splits category spikes by whether their category was steady before', () => {
    expect(m.spikeRecallBySteadiness.steady).toMatchObject({ caught: 1, total: 1, recall: 1 });
    expect(m.spikeRecallBySteadiness.lumpy).toMatchObject({ caught: 1, total: 2, recall: 0.5 });
    // a spike without the flag (no history to judge) is in neither
    const n = metricsOf([spike('Dining', true, 0.8)], 'model');
    expect(n.spikeRecallBySteadiness.steady.total + n.spikeRecallBySteadiness.lumpy.total).toBe(0);
  });
});

describe('feedbackReplay', () => {
  const at = (household: number, anomalous: boolean, score: number, scored = true): MonthRecord => ({
    ...rec(anomalous ? { anomalous: true, kind: 'scam-transfer', categories: ['Personal Payments'] } : {}, score >= 0.55, score, scored),
    household,
  });
  // household 0: first half (4 scored months) holds false alarms at 0.60, 0.62, 0.64 and a real one at 0.90,
  // so its threshold rises above 0.64; the second half has a false alarm at 0.61 and real ones at 0.70 and 0.58.
  // household 1 answers one real flag: too few answers, its threshold stays.
  const records = [
    at(0, false, -1, false),
    at(0, false, 0.6),
    at(0, false, 0.62),
    at(0, true, 0.9),
    at(0, false, 0.64),
    at(0, false, 0.61),
    at(0, true, 0.7),
    at(0, true, 0.58),
    at(0, false, 0.3),
    at(1, true, 0.8),
    at(1, false, 0.3),
    at(1, false, 0.6),
    at(1, true, 0.5),
  ];
  const r = feedbackReplay(records, 0.55);

  it('answers the flags of the first half of each household, and tunes each threshold from its own answers', () => {
    expect(r.households).toBe(2);
    expect(r.answers).toBe(5);
    expect(r.moved).toBe(1);
    expect(r.thresholds[0]).toBeGreaterThan(0.64);
    expect(r.thresholds[0]).toBeLessThanOrEqual(0.65);
  });

  it('scores the rest at the default and at the tuned threshold', () => {
    // the rest: household 0's 0.61 (normal), 0.70, 0.58 (real), 0.30; household 1's 0.60 (normal), 0.50 (real)
    expect(r.before).toMatchObject({ caught: 2, flaggedNormal: 2 });
    expect(r.before.recall).toBeCloseTo(2 / 3, 12);
    expect(r.before.fpr).toBeCloseTo(2 / 3, 12);
    // tuned above 0.64: household 0 no longer flags 0.61, but misses 0.58 too
    expect(r.after).toMatchObject({ caught: 1, flaggedNormal: 1 });
    expect(r.after.precision).toBeCloseTo(1 / 2, 12);
    expect(r.after.f1).toBeCloseTo((2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3), 12);
  });
});

describe('splitSeeds', () => {
  const holdout = SPLITS.find((s) => s.name === 'holdout')!;

  it('is the split\'s own seeds without an offset', () => {
    expect(splitSeeds(holdout, 20)).toEqual(holdout.seeds);
    expect(splitSeeds(holdout, 3)).toEqual(holdout.seeds.slice(0, 3));
  });

  it('with an offset, n consecutive seeds from the first seed + offset, none of them the split\'s own', () => {
    const seeds = splitSeeds(holdout, 40, 100);
    expect(seeds).toHaveLength(40);
    expect(seeds[0]).toBe(holdout.seeds[0]! + 100);
    expect(seeds[39]).toBe(holdout.seeds[0]! + 139);
    expect(seeds.filter((s) => holdout.seeds.includes(s))).toEqual([]);
  });
});

describe('parsePool / poolSeeds', () => {
  const holdout = SPLITS.find((s) => s.name === 'holdout')!;

  it('reads offset:households, households defaulting to the given count', () => {
    expect(parsePool('0:20, 100:40,140', 30)).toEqual([
      { offset: 0, households: 20 },
      { offset: 100, households: 40 },
      { offset: 140, households: 30 },
    ]);
  });

  it('names the entry it cannot read', () => {
    expect(() => parsePool('0:20,abc', 20)).toThrow('"abc"');
    expect(() => parsePool('100:0', 20)).toThrow('"100:0"');
    expect(() => parsePool('', 20)).toThrow('""');
  });

  it('pools the sets\' seeds, each seed once', () => {
    const seeds = poolSeeds(holdout, [
      { offset: 0, households: 20 },
      { offset: 100, households: 3 },
      { offset: 101, households: 3 },
    ]);
    const first = holdout.seeds[0]!;
    expect(seeds).toEqual([...holdout.seeds, first + 100, first + 101, first + 102, first + 103]);
  });
});

describe('parseEngineOptions (--engine)', () => {
  it('reads switches and numbers', () => {
    expect(parseEngineOptions('sustainedRise=false,seasonalNeighbourWeight=0.5,seasonMonths=0')).toEqual({ sustainedRise: false, seasonalNeighbourWeight: 0.5, seasonMonths: 0 });
  });

  it('refuses a switch the engine does not have, or a value that is not true, false or a number', () => {
    expect(() => parseEngineOptions('sustainedRice=false')).toThrow(/no switch "sustainedRice"/);
    expect(() => parseEngineOptions('sustainedRise=no')).toThrow(/is not name=true\|false\|number/);
  });
});
