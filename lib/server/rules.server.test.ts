import { beforeAll, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { sqlitePath } from '@/lib/db-url';
import { prisma } from './db.server';
import { compiledRulesFor, createRule, previewRecategorize, recategorize, updateRule } from './rules.server';
import { UPDATE_CHUNK } from './db.server';

/** Runs once inside recategorize, after it has read the rows and before it writes (see the race test). */
let betweenReadAndWrite: (() => void) | null = null;
vi.mock('@/lib/core/categorize/engine', async (importOriginal) => {
  const engine = await importOriginal<typeof import('@/lib/core/categorize/engine')>();
  return {
    ...engine,
    buildCategorizeContext: (...args: Parameters<typeof engine.buildCategorizeContext>) => {
      const hook = betweenReadAndWrite;
      betweenReadAndWrite = null;
      hook?.();
      return engine.buildCategorizeContext(...args);
    },
  };
});

/** Bulk-seed `n` identical-looking rows (distinct dedupe keys) for a user. */
async function seed(
  userId: string,
  n: number,
  t: { description: string; merchant: string; amountCents: number; category: string; ruleId?: string | null; bankCategory?: string | null },
) {
  const account = await prisma.bankAccount.upsert({ where: { userId_name: { userId, name: 'Bulk' } }, create: { userId, name: 'Bulk' }, update: {} });
  const imp = await prisma.import.create({
    data: { userId, accountId: account.id, fileName: 'bulk.csv', fileSha256: 'x', format: 'commbank', rowCount: n, newCount: n, duplicateCount: 0, skippedCount: 0 },
  });
  const data = Array.from({ length: n }, (_, i) => ({
    userId, accountId: account.id, importId: imp.id, date: '2026-02-01', month: '2026-02',
    amountCents: t.amountCents, description: t.description, merchant: t.merchant, category: t.category, ruleId: t.ruleId ?? null, bankCategory: t.bankCategory ?? null,
    kind: 'normal', balanceCents: null, dedupeKey: `${imp.id}:${i}`, occurrence: 1, line: i + 1,
  }));
  await prisma.transaction.createMany({ data });
}

const userId = 'u-bulk';
const other = 'u-other';

beforeAll(async () => {
  for (const id of [userId, other]) {
    await prisma.user.create({ data: { id, name: id, email: `${id}@example.com` } });
  }
});

describe('recategorize in chunks', () => {
  it(`updates more than ${UPDATE_CHUNK} rows in several groups, only the user's, in one change`, async () => {
    // 1,203 unknown shop rows → Shopping by a user rule; 701 small ones → Dining by a narrower rule.
    await seed(userId, 1203, { description: 'KLOMP HOUSEWARES', merchant: 'KLOMP HOUSEWARES', amountCents: -9_999, category: 'Uncategorized' });
    await seed(userId, 701, { description: 'KLOMP KAFE', merchant: 'KLOMP KAFE', amountCents: -450, category: 'Uncategorized' });
    await seed(userId, 50, { description: 'WOOLWORTHS 1234', merchant: 'WOOLWORTHS', amountCents: -5_000, category: 'Groceries', ruleId: 'd:groceries:woolworths' });
    await seed(other, 600, { description: 'KLOMP HOUSEWARES', merchant: 'KLOMP HOUSEWARES', amountCents: -9_999, category: 'Uncategorized' });

    const shop = await createRule(userId, { name: null, category: 'Shopping', priority: 100, match: { field: 'description', op: 'startsWith', value: 'klomp' }, direction: 'out', enabled: true });
    const kafe = await createRule(userId, { name: 'Kafe', category: 'Dining', priority: 200, match: { field: 'merchant', op: 'regex', value: String.raw`\bkafe$` }, amountMaxCents: 2_000, direction: 'out', enabled: true });

    const expected = {
      total: 1954,
      changed: 1904,
      ruleOnly: 0,
      byCategory: { Dining: { from: 0, to: 701 }, Shopping: { from: 0, to: 1203 }, Uncategorized: { from: 1904, to: 0 } },
      moves: [
        { from: 'Uncategorized', to: 'Shopping', count: 1203 },
        { from: 'Uncategorized', to: 'Dining', count: 701 },
      ],
    };
    expect(await previewRecategorize(userId)).toEqual(expected);
    const result = await recategorize(userId, 'Klomp rules');
    expect(result).toMatchObject({ ...expected, change: { reason: 'Klomp rules', changed: 1904 } });

    const grouped = await prisma.transaction.groupBy({ by: ['userId', 'category', 'ruleId'], _count: { _all: true }, orderBy: [{ userId: 'asc' }, { category: 'asc' }] });
    expect(grouped.map((g) => [g.userId, g.category, g.ruleId, g._count._all])).toEqual([
      [userId, 'Dining', kafe.id, 701],
      [userId, 'Groceries', 'd:groceries:woolworths', 50],
      [userId, 'Shopping', shop.id, 1203],
      [other, 'Uncategorized', null, 600],
    ]);
    const changes = await prisma.categorizationChange.findMany();
    expect(changes.map((c) => [c.userId, c.changed, JSON.parse(c.summary)])).toEqual([[userId, 1904, expected.byCategory]]);
    expect((await previewRecategorize(userId)).changed).toBe(0);
  });
});

describe('recategorize with the bank\'s own category', () => {
  it('a row whose rule is gone falls back to the bank\'s category (stored with the row), as at import', async () => {
    const u = 'u-bank';
    await prisma.user.create({ data: { id: u, name: u, email: `${u}@example.com` } });
    // a user rule (since deleted) had put these in Shopping; no built-in rule knows the merchant; Up called them restaurants
    await seed(u, 3, { description: 'ZQXV KORRIM', merchant: 'ZQXV KORRIM', amountCents: -2_400, category: 'Shopping', ruleId: 'deleted-rule', bankCategory: 'restaurants-and-cafes / Purchase' });
    await seed(u, 2, { description: 'ZQXV KORRIM', merchant: 'ZQXV KORRIM', amountCents: -2_400, category: 'Shopping', ruleId: 'deleted-rule' });
    const preview = await previewRecategorize(u);
    expect(preview.moves).toEqual([
      { from: 'Shopping', to: 'Dining', count: 3 },
      { from: 'Shopping', to: 'Uncategorized', count: 2 },
    ]);
  });
});

describe('recategorize racing an import', () => {
  it('holds the write lock from the start, so a write on another connection cannot make it fail', async () => {
    await seed(other, 3, { description: 'FLORB STUDIO', merchant: 'FLORB STUDIO', amountCents: -2_000, category: 'Uncategorized' });
    await createRule(other, { name: null, category: 'Education', priority: 100, match: { field: 'merchant', op: 'contains', value: 'florb' }, direction: 'out', enabled: true });
    // The import writes on its own better-sqlite3 connection (lib/server/sqlite.server.ts).
    const importer = new Database(sqlitePath(process.env.DATABASE_URL!), { timeout: 0 });
    let importerError: string | null = null;
    betweenReadAndWrite = () => {
      try {
        importer.prepare('UPDATE "import" SET "fileName" = ? WHERE "userId" = ?').run('raced.csv', other);
      } catch (err) {
        importerError = (err as Error).message;
      }
    };
    const result = await recategorize(other, 'Florb is a class');
    importer.close();
    expect(betweenReadAndWrite).toBeNull(); // the hook ran
    expect(importerError).toBe('database is locked');
    expect(result).toMatchObject({ total: 603, changed: 3, change: { changed: 3 } });
    expect(await prisma.transaction.count({ where: { userId: other, category: 'Education' } })).toBe(3);
  });
});

describe('compiledRulesFor', () => {
  it('reuses a compiled set while the rules are the same, and compiles anew when they change', async () => {
    const a = await prisma.user.create({ data: { id: 'cache-a', name: 'a', email: 'cache-a@example.com' } });
    const b = await prisma.user.create({ data: { id: 'cache-b', name: 'b', email: 'cache-b@example.com' } });
    // two users with only the defaults share one compiled set
    expect(await compiledRulesFor(a.id)).toBe(await compiledRulesFor(b.id));
    const before = await compiledRulesFor(a.id);
    const rule = await createRule(a.id, { name: null, category: 'Dining', priority: 100, match: { field: 'merchant', op: 'contains', value: 'quorb' }, direction: 'out', enabled: true });
    const withRule = await compiledRulesFor(a.id);
    expect(withRule).not.toBe(before);
    expect(withRule.size).toBe(before.size + 1);
    expect(await compiledRulesFor(a.id)).toBe(withRule);
    await updateRule(a.id, rule.id, { enabled: false });
    expect(await compiledRulesFor(a.id)).not.toBe(withRule);
  });
});
