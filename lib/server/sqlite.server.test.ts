import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { sqlitePath } from '@/lib/db-url';
import { prisma } from './db.server';
import { env } from './env.server';
import { transactionId, writeImport, isUniqueViolation, type NewTransaction } from './sqlite.server';

function row(i: number, over: Partial<NewTransaction> = {}): NewTransaction {
  return {
    date: '2026-02-01', amountCents: -100 - i, description: `SHOP ${i}`, merchant: 'SHOP', category: 'Shopping', ruleId: null,
    kind: 'normal', balanceCents: null, dedupeKey: `2026-02-01|${i.toString(16).padStart(16, '0')}`, occurrence: 1, line: i + 1, ...over,
  };
}

const imp = (userId: string, n: number) => ({
  userId, fileName: 'f.csv', fileSha256: 'x', format: 'commbank', rowCount: n, newCount: n, duplicateCount: 0, skippedCount: 0,
  transferCount: 0, dateFrom: '2026-02-01', dateTo: '2026-02-01',
});

describe('transactionId', () => {
  it('is unique and sorts in row order within an import', () => {
    const ns = [0, 1, 9, 10, 35, 36, 1295, 1296, 46655, 46656, 199_999, 1_679_615, 1_679_616];
    const ids = ns.map((n) => transactionId('imp', n));
    expect(new Set(ids).size).toBe(ns.length);
    expect([...ids].sort()).toEqual(ids);
    expect(transactionId('imp', 36)).toBe('imp-00010');
  });
});

describe('writeImport', () => {
  it('stores every row of every account, in order, with the import id in the row ids', async () => {
    const user = await prisma.user.create({ data: { id: 'w1', name: 'w', email: 'w1@example.com' } });
    const groups = [
      { accountName: 'A', rows: [row(0), row(1), row(2)] },
      { accountName: 'B', rows: [row(3)] },
    ];
    const importId = writeImport(imp(user.id, 4), groups, ['A', 'B'], 'commbank', null);
    const db = new Database(sqlitePath(env().databaseUrl), { readonly: true });
    const stored = db
      .prepare(`SELECT t.id, t.description, t.dedupeKey, t.month, a.name FROM "transaction" t JOIN bank_account a ON a.id = t.accountId WHERE t.importId = ? ORDER BY t.rowid`)
      .all(importId) as Array<{ id: string; description: string; dedupeKey: string; month: string; name: string }>;
    db.close();
    expect(stored.map((s) => [s.name, s.description, s.month])).toEqual([
      ['A', 'SHOP 0', '2026-02'], ['A', 'SHOP 1', '2026-02'], ['A', 'SHOP 2', '2026-02'], ['B', 'SHOP 3', '2026-02'],
    ]);
    expect(stored.map((s) => s.id)).toEqual([0, 1, 2, 3].map((n) => transactionId(importId, n)));
    expect(stored[0]!.dedupeKey).toBe(row(0).dedupeKey);
  });

  it('writes nothing when one row of a large import breaks the unique key', async () => {
    const user = await prisma.user.create({ data: { id: 'w2', name: 'w', email: 'w2@example.com' } });
    // 1,201 rows: three full 500-row statements and a tail; the clash is in the tail
    const rows = Array.from({ length: 1201 }, (_, i) => row(i));
    rows[1200] = row(1200, { dedupeKey: rows[3]!.dedupeKey });
    let error: unknown = null;
    try {
      writeImport(imp(user.id, rows.length), [{ accountName: 'A', rows }], ['A'], 'commbank', null);
    } catch (e) {
      error = e;
    }
    expect(isUniqueViolation(error)).toBe(true);
    expect(await prisma.transaction.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.import.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.bankAccount.count({ where: { userId: user.id } })).toBe(0);
  });
});
