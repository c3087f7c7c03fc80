import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { mulberry32Out } from './mulberry32';

describe('mulberry32Out', () => {
  it('gives createRng(seed).next() sequence from a local state', () => {
    for (const seed of [0, 1, 7, 42, 0x7fffffff, 0xffffffff]) {
      const rng = createRng(seed);
      let a = seed >>> 0;
      for (let i = 0; i < 1000; i++) {
        a = (a + 0x6d2b79f5) >>> 0;
        expect(mulberry32Out(a)).toBe(rng.next());
      }
    }
  });
});
