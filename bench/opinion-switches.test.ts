import { describe, expect, it } from 'vitest';
import { scoreSwitches } from './opinion-switches';
import { steadyHousehold } from '../lib/core/detect/test-fixtures';
import type { LabelledHousehold } from './labelled-households';

describe('scoreSwitches', () => {
  it('counts a caught anomaly by kind, and no false alarm in the normal months', () => {
    // the steady household without its two pays of June 2021: missing salary there, every other month normal
    const txs = steadyHousehold(36).filter((t) => !(t.category === 'Income' && t.date.startsWith('2021-06')));
    const months = [...new Set(txs.map((t) => t.date.slice(0, 7)))].sort();
    const labels = months.map((month) => ({ month, kind: month === '2021-06' ? 'missing-salary' : 'normal', category: month === '2021-06' ? 'Income' : null }));
    const h: LabelledHousehold = { name: 'steady', seed: 0, txs, labels };
    const s = scoreSwitches([h], {});
    expect(s.kinds).toEqual({ 'missing-salary': [1, 1] });
    expect(s.falseAlarms).toBe(0);
    expect(s.f1).toBe(1);
    expect(s.rocAuc).toBe(1);
    expect(s.fpr).toBe(0);
  });
});
