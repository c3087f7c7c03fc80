import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { sqlitePath } from '@/lib/db-url';
import { prisma } from './db.server';
import { env } from './env.server';
import { ImportWriteError, stopImportWriter, withImportWrite, type ImportStart } from './import-writer.server';
import type { NewTransaction } from './sqlite.server';

function row(i: number, over: Partial<NewTransaction> = {}): NewTransaction {
  return {
    date: '2026-02-01', amountCents: -100 - i, description: `SHOP ${i}`, merchant: 'SHOP', category: 'Shopping', ruleId: null,
    kind: 'normal', balanceCents: i % 2 ? null : 5000 - i, bankCategory: i % 3 ? null : `TYPE ${i}`, dedupeKey: `2026-02-01|${i.toString(16).padStart(16, '0')}`, occurrence: 1, line: i + 1, ...over,
  };
}

const start = (userId: string, accounts: string[]): ImportStart => ({
  importId: randomUUID(),
  userId,
  bank: 'commbank',
  accounts,
  import: { fileName: 'f.csv', format: 'commbank' },
});

const counts = (n: number) => ({
  fileSha256: 'ab12',
  rowCount: n, newCount: n, duplicateCount: 0, skippedCount: 0, transferCount: 0, dateFrom: '2026-02-01', dateTo: '2026-02-01',
});

function storedOf(importId: string) {
  const db = new Database(sqlitePath(env().databaseUrl), { readonly: true });
  const rows = db
    .prepare(
      `SELECT t.id, t.description, t.dedupeKey, t.month, t.amountCents, t.balanceCents, t.bankCategory, t.line, a.name FROM "transaction" t JOIN bank_account a ON a.id = t.accountId WHERE t.importId = ? ORDER BY t.rowid`,
    )
    .all(importId) as Array<{ id: number; description: string; dedupeKey: string; month: string; amountCents: number; balanceCents: number | null; bankCategory: string | null; line: number; name: string }>;
  db.close();
  return rows;
}

describe('withImportWrite', () => {
  it('stores every row of every account, in order, with ids in row order, and the counts', async () => {
    const user = await prisma.user.create({ data: { id: 'w1', name: 'w', email: 'w1@example.com' } });
    const s = start(user.id, ['A', 'B']);
    await withImportWrite(s, async (w) => {
      w.rows(0, [row(0), row(1)]);
      w.rows(1, [row(3)]);
      w.rows(0, [row(2)]);
      await w.commit(counts(4), { headerKey: 'date,amount', json: '{"x":1}' });
    });
    const stored = storedOf(s.importId);
    expect(stored.map((r) => [r.name, r.description, r.month, r.amountCents, r.balanceCents, r.bankCategory, r.line])).toEqual([
      ['A', 'SHOP 0', '2026-02', -100, 5000, 'TYPE 0', 1],
      ['A', 'SHOP 1', '2026-02', -101, null, null, 2],
      ['B', 'SHOP 3', '2026-02', -103, null, 'TYPE 3', 4],
      ['A', 'SHOP 2', '2026-02', -102, 4998, null, 3],
    ]);
    // integer ids in the order the rows were handed over
    const ids = stored.map((r) => r.id);
    expect(ids.every((id, i) => Number.isInteger(id) && (i === 0 || id > ids[i - 1]!))).toBe(true);
    expect(stored[0]!.dedupeKey).toBe(row(0).dedupeKey);
    const imp = await prisma.import.findUniqueOrThrow({ where: { id: s.importId } });
    expect([imp.rowCount, imp.newCount, imp.dateFrom, imp.fileName, imp.fileSha256]).toEqual([4, 4, '2026-02-01', 'f.csv', 'ab12']);
    expect(await prisma.importMapping.count({ where: { userId: user.id, headerKey: 'date,amount' } })).toBe(1);
  });

  it('writes nothing when one row of a large import breaks the unique key, and says why', async () => {
    const user = await prisma.user.create({ data: { id: 'w2', name: 'w', email: 'w2@example.com' } });
    // 9,001 rows in three chunks: the clash is in the last
    const rows = Array.from({ length: 9001 }, (_, i) => row(i));
    rows[9000] = row(9000, { dedupeKey: rows[3]!.dedupeKey });
    let error: unknown = null;
    try {
      await withImportWrite(start(user.id, ['A']), async (w) => {
        w.rows(0, rows.slice(0, 4096));
        w.rows(0, rows.slice(4096, 8192));
        w.rows(0, rows.slice(8192));
        await w.commit(counts(rows.length), null);
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportWriteError);
    expect((error as ImportWriteError).code).toBe('SQLITE_CONSTRAINT_UNIQUE');
    expect(await prisma.transaction.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.import.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.bankAccount.count({ where: { userId: user.id } })).toBe(0);
  });

  it('fails whole when a text value holds the column separator (NUL), instead of shifting columns', async () => {
    const user = await prisma.user.create({ data: { id: 'w5', name: 'w', email: 'w5@example.com' } });
    const error = await withImportWrite(start(user.id, ['A']), async (w) => {
      w.rows(0, [row(0), row(1, { description: 'SHOP\u00001' }), row(2)]);
      await w.commit(counts(3), null);
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportWriteError);
    expect((error as Error).message).toMatch(/4 values for 3 rows/);
    expect(await prisma.transaction.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.import.count({ where: { userId: user.id } })).toBe(0);
  });

  it('rolls back when the caller fails before committing, and the next import goes through', async () => {
    const user = await prisma.user.create({ data: { id: 'w3', name: 'w', email: 'w3@example.com' } });
    await expect(
      withImportWrite(start(user.id, ['A']), async (w) => {
        w.rows(0, [row(0), row(1)]);
        throw new Error('categorizing failed');
      }),
    ).rejects.toThrow('categorizing failed');
    expect(await prisma.transaction.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.import.count({ where: { userId: user.id } })).toBe(0);

    const s = start(user.id, ['A']);
    await withImportWrite(s, async (w) => {
      w.rows(0, [row(0)]);
      await w.commit(counts(1), null);
    });
    expect(storedOf(s.importId).map((r) => r.description)).toEqual(['SHOP 0']);
  });

  it('writes nothing when the writer thread dies mid-import, and the next import starts a new one', async () => {
    const user = await prisma.user.create({ data: { id: 'w7', name: 'w', email: 'w7@example.com' } });
    const s = start(user.id, ['A']);
    await expect(
      withImportWrite(s, async (w) => {
        w.rows(0, Array.from({ length: 2000 }, (_, i) => row(i)));
        await stopImportWriter();
        await w.commit(counts(2000), null);
      }),
    ).rejects.toThrow(/import writer stopped .*nothing was imported/);
    expect(await prisma.transaction.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.import.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.bankAccount.count({ where: { userId: user.id } })).toBe(0);

    const again = start(user.id, ['A']);
    await withImportWrite(again, async (w) => {
      w.rows(0, [row(0), row(1)]);
      await w.commit(counts(2), null);
    });
    expect(storedOf(again.importId)).toHaveLength(2);
  });

  it('refuses an id that is not a plain token (ids are written into the statement), and writes nothing', async () => {
    const user = await prisma.user.create({ data: { id: "w6'); DROP TABLE x; --", name: 'w', email: 'w8@example.com' } });
    let error: unknown = null;
    try {
      await withImportWrite(start(user.id, ['A']), async (w) => {
        w.rows(0, [row(0)]);
        await w.commit(counts(1), null);
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportWriteError);
    expect((error as Error).message).toMatch(/unexpected id/);
    expect(await prisma.transaction.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.import.count({ where: { userId: user.id } })).toBe(0);
  });

  it('runs concurrent imports one after the other, each whole', async () => {
    const user = await prisma.user.create({ data: { id: 'w4', name: 'w', email: 'w4@example.com' } });
    const a = start(user.id, ['A']);
    const b = start(user.id, ['B']);
    await Promise.all(
      [a, b].map((s, k) =>
        withImportWrite(s, async (w) => {
          for (let c = 0; c < 3; c++) {
            w.rows(0, Array.from({ length: 100 }, (_, i) => row(k * 1000 + c * 100 + i)));
            await new Promise((r) => setTimeout(r, 5));
          }
          await w.commit(counts(300), null);
        }),
      ),
    );
    expect(storedOf(a.importId)).toHaveLength(300);
    expect(storedOf(b.importId)).toHaveLength(300);
  });
});
