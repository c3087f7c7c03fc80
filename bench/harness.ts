/** What every benchmark suite returns, and the statistics they share. */
export { median } from '../lib/core/features/stats';

export interface BenchResult {
  name: string;
  medianMs: number;
  /** median CPU time (user + system) per run, when the suite measures it */
  cpuMs?: number;
  runs: number;
  note?: string;
}
