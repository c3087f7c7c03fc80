/**
 * Speed on a generated 100,000-row CommBank export (~11 MB, every narrative
 * unique because of card suffixes and value dates). The bound is loose on
 * purpose (shared CI machines) and on CPU time; it catches accidental
 * quadratic work, and the measured times are printed.
 */
import { describe, expect, it } from 'vitest';
import { makeCommBankExport } from './fixtures/make-commbank';
import { parseBankCsv } from './parse';

describe('performance', () => {
  it('parses 100,000 CommBank rows quickly', () => {
    const bytes = makeCommBankExport(100_000);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let count = 0;
    for (let k = 0; k < 3; k++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = parseBankCsv(bytes);
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpuTimes.push((c.user + c.system) / 1000);
      count = r.transactions.length;
      expect(r.errors).toEqual([]);
      expect(r.format).toBe('commbank');
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[1] ?? 0;
    console.log(
      `100k CommBank rows (${(bytes.length / 1e6).toFixed(1)} MB): median wall ${median(times).toFixed(0)} ms, ` +
        `CPU ${median(cpuTimes).toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join('/')} ms wall)`,
    );
    expect(count).toBe(100_000);
    // CPU time, not wall time: other processes on a shared machine stretch the wall clock
    expect(median(cpuTimes)).toBeLessThan(4000);
  });
});
