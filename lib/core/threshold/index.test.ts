import { describe, expect, it } from 'vitest';
import { tuneThreshold, type Answer } from './index';

const fa = (score: number): Answer => ({ score, verdict: 'false_alarm' });
const real = (score: number): Answer => ({ score, verdict: 'real' });

describe('tuneThreshold', () => {
  it('keeps the default until there are enough answers', () => {
    expect(tuneThreshold(0.55, [])).toBe(0.55);
    expect(tuneThreshold(0.55, [fa(0.6), fa(0.62)])).toBe(0.55);
  });

  it('rises just above false alarms while still flagging the months confirmed as real', () => {
    expect(tuneThreshold(0.55, [fa(0.57), fa(0.58), real(0.7)])).toBe(0.580001);
  });

  it('falls to catch months the user says were really unusual', () => {
    expect(tuneThreshold(0.55, [real(0.5), real(0.51), fa(0.45)])).toBe(0.5);
  });

  it('never moves further than maxShift from the default, and not at all when moving would not help', () => {
    // 0.700001 would get every answer right, but it is beyond 0.55 + 0.1
    expect(tuneThreshold(0.55, [fa(0.6), fa(0.62), fa(0.7)])).toBe(0.620001);
    expect(tuneThreshold(0.55, [fa(0.6), fa(0.62), fa(0.7)], { maxShift: 0.2 })).toBe(0.700001);
    // nothing within reach gets fewer answers wrong
    expect(tuneThreshold(0.55, [fa(0.8), fa(0.85), fa(0.9)])).toBe(0.55);
    expect(tuneThreshold(0.55, [real(0.2), real(0.25), real(0.3)])).toBe(0.55);
  });

  it('stays at the default when the answers agree with it', () => {
    expect(tuneThreshold(0.55, [real(0.6), real(0.7), fa(0.5)])).toBe(0.55);
  });
});
