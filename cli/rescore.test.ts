import { describe, expect, it, vi } from 'vitest';
import { signUp } from '@/lib/server/testing/http';
import { ENGINE_VERSION, SOLO_FEATURES, SOLO_TREES } from '@/lib/core/detect';
import { IsolationForest, type IsolationForestJSON } from '@/lib/core/iforest';
import { generateHousehold, toBankCsv } from '@/lib/core/synth';
import { runRescore } from './rescore';
import { parseBankCsv } from '@/lib/core/csv';
import { refreshMerchants } from '@/lib/server/merchants.server';

function captured<T>(run: () => Promise<T>): Promise<{ value: T; out: string }> {
  let out = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
  return run().then(
    (value) => (o.mockRestore(), { value, out }),
    (e: unknown) => {
      o.mockRestore();
      throw e;
    },
  );
}

describe('oddmonth rescore', () => {
  it('rescores users whose model came from an earlier engine, once, and leaves current models alone', async () => {
    const { prisma } = await import('@/lib/server/db.server');
    const { commitImport } = await import('@/lib/server/import.server');
    const old = await signUp('rescore-old@example.com');
    const current = await signUp('rescore-current@example.com');
    const csv = toBankCsv('commbank', generateHousehold({ seed: 31, startMonth: '2023-01', months: 20 }).transactions);
    for (const u of [old, current]) await commitImport(u.userId, { fileName: 'h.csv', bytes: new TextEncoder().encode(csv) }, { maxBytes: 1e8, maxRows: 1e6 });
    const activeOf = (userId: string) => prisma.modelVersion.findFirstOrThrow({ where: { userId, status: 'active' } });
    const currentBefore = await activeOf(current.userId);
    expect(JSON.parse(currentBefore.params)).toMatchObject({ engine: ENGINE_VERSION });

    // a model stored by the engine before versions were kept: no engine in its params, months 7-12 unscored
    const stale = await activeOf(old.userId);
    await prisma.modelVersion.update({ where: { id: stale.id }, data: { params: JSON.stringify({ seed: 0, nEstimators: 100, maxSamples: 256 }) } });
    await prisma.monthScore.updateMany({ where: { modelVersionId: stale.id, month: { lt: '2024-01' } }, data: { score: null, flagged: false, insufficientHistory: true } });

    const first = await captured(() => runRescore());
    expect(first.value).toBe(0);
    expect(first.out).toMatch(new RegExp(`^Rescored 1 user with detection engine ${ENGINE_VERSION} in \\d+ ms\\.\\n$`));
    const fresh = await activeOf(old.userId);
    expect(fresh.id).not.toBe(stale.id);
    expect(JSON.parse(fresh.params)).toMatchObject({ engine: ENGINE_VERSION });
    // the stored model: the full forest over the model's columns, and a one-column forest per solo column in use (none in use here is fine)
    const stored = JSON.parse(fresh.model) as { forest: IsolationForestJSON; solo: Record<string, IsolationForestJSON> };
    expect(IsolationForest.fromJSON(stored.forest).nFeatures).toBe((JSON.parse(fresh.featureNames) as string[]).length);
    expect(JSON.parse(fresh.params)).toMatchObject({ solo: { features: Object.keys(stored.solo), nEstimators: SOLO_TREES } });
    for (const [name, json] of Object.entries(stored.solo)) {
      expect(SOLO_FEATURES).toContain(name);
      expect(IsolationForest.fromJSON(json).nFeatures).toBe(1);
    }
    // months 7-12 of the file are scored again
    expect(await prisma.monthScore.count({ where: { modelVersionId: fresh.id, month: { gte: '2023-07', lt: '2024-01' }, score: { not: null } } })).toBe(6);
    expect((await activeOf(current.userId)).id).toBe(currentBefore.id);

    const second = await captured(() => runRescore());
    expect(second.out).toBe(`Every model is up to date (detection engine ${ENGINE_VERSION}).\n`);
    expect((await activeOf(old.userId)).id).toBe(fresh.id);
  });

  it('brings a stale user\'s stored merchants up to the current parser first (a person payment\'s memo left the payee)', async () => {
    const { prisma } = await import('@/lib/server/db.server');
    const { commitImport } = await import('@/lib/server/import.server');
    const u = await signUp('rescore-merchants@example.com');
    const csv = toBankCsv('westpac', generateHousehold({ seed: 32, startMonth: '2023-01', months: 20 }).transactions);
    await commitImport(u.userId, { fileName: 'w.csv', bytes: new TextEncoder().encode(csv) }, { maxBytes: 1e8, maxRows: 1e6 });
    const fresh = new Map(parseBankCsv(new TextEncoder().encode(csv), { fileName: 'w.csv' }).transactions.map((t) => [t.description, t.merchant]));
    // as an older parser stored them: the memo of an Osko payment in the payee
    const memoRows = (await prisma.transaction.findMany({ where: { userId: u.userId }, select: { id: true, description: true, merchant: true } })).filter(
      (r) => /OSKO PAYMENT \d+ .* [a-z]+$/.test(r.description),
    );
    expect(memoRows.length).toBeGreaterThan(3);
    for (const r of memoRows) {
      const memo = r.description.split(' ').pop()!.toUpperCase();
      await prisma.transaction.update({ where: { id: r.id }, data: { merchant: `${r.merchant} ${memo}` } });
    }
    const model = await prisma.modelVersion.findFirstOrThrow({ where: { userId: u.userId, status: 'active' } });
    await prisma.modelVersion.update({ where: { id: model.id }, data: { params: JSON.stringify({ engine: ENGINE_VERSION - 1 }) } });

    expect((await captured(() => runRescore())).out).toMatch(/^Rescored 1 user /);
    const stored = await prisma.transaction.findMany({ where: { userId: u.userId }, select: { description: true, merchant: true } });
    // every stored merchant is what a fresh parse of the file gives
    expect(stored.filter((r) => r.merchant !== fresh.get(r.description))).toEqual([]);
    expect(await refreshMerchants(u.userId)).toBe(0);
  });
});
