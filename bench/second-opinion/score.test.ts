import { describe, expect, it } from 'vitest';
import { metrics, type MonthRow } from './score';

/** one labelled month as the scorer sees it */
function row(over: Partial<MonthRow> & Pick<MonthRow, 'kind'>): MonthRow {
  return {
    household: 'h1',
    layout: 'commbank',
    month: '2024-01',
    index: 20,
    score: 0.3,
    flagged: false,
    threshold: 0.55,
    rule: false,
    reasons: [],
    explained: [],
    appSpend: null,
    label: { month: '2024-01', kind: over.kind },
    ...over,
  } as MonthRow;
}

describe('second-opinion metrics', () => {
  const months: MonthRow[] = [
    // two caught anomalies, one naming its category in the top two reasons
    row({ kind: 'category-spike', category: 'Dining', steady: true, flagged: true, score: 0.8, reasons: [{ category: 'Dining', kind: 'category-spike', text: '' }] }),
    row({ kind: 'scam-transfer', category: 'Personal Payments', flagged: true, score: 0.9, rule: true, reasons: [{ category: 'Fees', kind: 'new-payee-transfer', text: '' }] }),
    // a missed lumpy spike
    row({ kind: 'category-spike', category: 'Shopping', steady: false, score: 0.4 }),
    // a sustained run of three months, the middle one flagged: one episode, caught
    row({ kind: 'sustained-elevation', household: 'h2', index: 30, score: 0.5 }),
    row({ kind: 'sustained-elevation', household: 'h2', index: 31, flagged: true, score: 0.6 }),
    row({ kind: 'sustained-elevation', household: 'h2', index: 32, score: 0.5 }),
    // normal months: one false alarm, one the rule flags, one unscored early in the file
    row({ kind: 'normal', flagged: true, score: 0.7 }),
    row({ kind: 'normal', rule: true, score: 0.2 }),
    row({ kind: 'normal', index: 3, score: null }),
    row({ kind: 'normal', score: 0.1 }),
  ];
  const m = metrics(months, 2);

  it('counts precision, recall and false alarms on months', () => {
    expect([m.tp, m.fp, m.fn]).toEqual([3, 1, 3]);
    expect(m.precision).toBeCloseTo(3 / 4, 10);
    expect(m.recall).toBeCloseTo(3 / 6, 10);
    expect(m.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25, 10);
    expect(m.normalFlaggedShare).toBeCloseTo(1 / 4, 10);
    // of the normal months with a score
    expect(m.normalScoredFlaggedShare).toBeCloseTo(1 / 3, 10);
    // month 3 is before month 14
    expect(m.normalFlaggedShareAfter14).toBeCloseTo(1 / 3, 10);
  });

  it('splits recall by kind and spikes by the category\'s steadiness', () => {
    expect(m.recallByKind['category-spike']).toEqual({ n: 2, caught: 1, recall: 0.5 });
    expect(m.recallByKind['scam-transfer']).toEqual({ n: 1, caught: 1, recall: 1 });
    expect(m.recallByKind['missing-salary']!.n).toBe(0);
    expect(m.spikeBySteadiness).toEqual({ steady: { n: 1, caught: 1, recall: 1 }, lumpy: { n: 1, caught: 0, recall: 0 } });
    expect(m.sustainedEpisodes).toEqual({ n: 1, caught: 1 });
  });

  it('checks the top two reasons against the labelled category, and scores the rule alongside', () => {
    // the spike's reason names Dining; the scam's names Fees, not Personal Payments; the sustained month has no category
    expect(m.reasonCategoryMatch).toEqual({ n: 2, match: 1, share: 0.5 });
    expect([m.rule.tp, m.rule.fp, m.rule.fn]).toEqual([1, 1, 5]);
    expect(m.rule.normalFlaggedShare).toBeCloseTo(1 / 4, 10);
  });

  it('ranks anomalous months above normal ones for ROC-AUC, an unscored month lowest', () => {
    // anomalous scores 0.8 0.9 0.4 0.5 0.6 0.5 against normal 0.7 0.2 (null) 0.1: only the four under 0.7 lose to it, 20 of 24 pairs in order
    expect(m.rocAucAll).toBeCloseTo(20 / 24, 10);
  });
});
