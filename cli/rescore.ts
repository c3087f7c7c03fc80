import { ENGINE_VERSION } from '@/lib/core/detect';
import { rescoreStale } from '@/lib/server/scoring.server';

/** `oddmonth rescore`: after an upgrade, bring every user's scores to this engine version. */
export async function runRescore(): Promise<number> {
  const t0 = performance.now();
  const n = await rescoreStale();
  process.stdout.write(
    n === 0
      ? `Every model is up to date (detection engine ${ENGINE_VERSION}).\n`
      : `Rescored ${n} user${n === 1 ? '' : 's'} with detection engine ${ENGINE_VERSION} in ${Math.round(performance.now() - t0)} ms.\n`,
  );
  return 0;
}
