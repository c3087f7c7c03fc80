import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { sqlitePath } from '@/lib/db-url';
import { dedupeText } from '@/lib/core/dedupe';
import { prisma } from './db.server';
import { env } from './env.server';
import { commitImport, type StageTimes } from './import.server';

const limits = { maxBytes: 1e7, maxRows: 1e5 };

function commbank(rows: Array<[string, string, string]>): Uint8Array {
  return new TextEncoder().encode(rows.map(([d, a, n]) => `${d},"${a}","${n}","+1000.00"`).join('\r\n') + '\r\n');
}

const coffee: [string, string, string] = ['05/03/2026', '-4.00', 'CAFE NERO SYDNEY NS AUS Card xx1234 Value Date: 03/03/2026'];
const file = commbank([
  ['10/01/2026', '-120.50', 'WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234'],
  coffee,
  coffee,
  coffee,
  ['14/04/2026', '+5189.04', 'Salary ACME PTY LTD'],
]);

describe('commitImport', () => {
  it('stores compact keys and reports stage times when asked', async () => {
    const user = await prisma.user.create({ data: { id: 'i1', name: 'i', email: 'i1@example.com' } });
    const stages: StageTimes = {};
    const s = await commitImport(user.id, { fileName: 'a.csv', bytes: file }, limits, { rescore: false, stages });
    expect(s).toMatchObject({ rows: 5, newCount: 5, duplicateCount: 0, dateFrom: '2026-01-10', dateTo: '2026-04-14' });
    expect(Object.keys(stages)).toEqual(['parse', 'rules', 'existing', 'rows', 'write']);
    const stored = await prisma.transaction.findMany({ where: { importId: s.importId }, orderBy: { line: 'asc' } });
    expect(stored.map((t) => t.occurrence)).toEqual([1, 1, 2, 3, 1]);
    for (const t of stored) expect(t.dedupeKey).toMatch(new RegExp(`^${t.date}\\|[0-9a-f]{16}$`));
  });

  it('still finds rows stored with the old text keys on re-import', async () => {
    const user = await prisma.user.create({ data: { id: 'i2', name: 'i', email: 'i2@example.com' } });
    const first = await commitImport(user.id, { fileName: 'a.csv', bytes: file }, limits, { rescore: false });
    // rewrite the stored keys the way imports before the compact key stored them
    const db = new Database(sqlitePath(env().databaseUrl));
    const rows = db.prepare(`SELECT id, date, amountCents, description FROM "transaction" WHERE importId = ?`).all(first.importId) as Array<{
      id: string;
      date: string;
      amountCents: number;
      description: string;
    }>;
    const update = db.prepare(`UPDATE "transaction" SET dedupeKey = ? WHERE id = ?`);
    for (const r of rows) update.run(dedupeText(r), r.id);
    db.close();

    const again = await commitImport(user.id, { fileName: 'a.csv', bytes: file }, limits, { rescore: false });
    expect(again).toMatchObject({ newCount: 0, duplicateCount: 5 });
    // a later export with a fourth coffee adds only that one
    const more = await commitImport(user.id, { fileName: 'b.csv', bytes: commbank([coffee, coffee, coffee, coffee]) }, limits, { rescore: false });
    expect(more).toMatchObject({ newCount: 1, duplicateCount: 3 });
  });

  it('splits a file holding several accounts by account, in order of first appearance', async () => {
    const user = await prisma.user.create({ data: { id: 'i3', name: 'i', email: 'i3@example.com' } });
    const westpac = new TextEncoder().encode(
      [
        'Bank Account,Date,Narrative,Debit Amount,Credit Amount,Balance,Categories,Serial',
        '032000123456,14/03/2026,DEBIT CARD PURCHASE COLES 0710 SYDNEY AUS Card No. ~007002,54.20,,1945.80,OTHER,',
        '032000654321,16/03/2026,DEPOSIT ONLINE 1234567 TFR Westpac Cho savings,,300.00,5300.00,DEP,',
        '032000123456,16/03/2026,WITHDRAWAL ONLINE 1234567 TFR Westpac Cho savings,300.00,,1435.80,OTHER,',
        '032000123456,17/03/2026,DEBIT CARD PURCHASE COLES 0710 SYDNEY AUS Card No. ~007002,54.20,,1381.60,OTHER,',
      ].join('\r\n') + '\r\n',
    );
    const s = await commitImport(user.id, { fileName: 'w.csv', bytes: westpac, accountName: 'Joint' }, limits, { rescore: false });
    expect(s).toMatchObject({
      accounts: ['Joint 032000123456', 'Joint 032000654321'],
      rows: 4,
      newCount: 4,
      transfers: 2,
      dateFrom: '2026-03-14',
      dateTo: '2026-03-17',
    });
    const stored = await prisma.transaction.findMany({ where: { importId: s.importId }, include: { account: true }, orderBy: { line: 'asc' } });
    expect(stored.map((t) => [t.account.name, t.line, t.kind])).toEqual([
      ['Joint 032000123456', 2, 'normal'],
      ['Joint 032000654321', 3, 'transfer'],
      ['Joint 032000123456', 4, 'transfer'],
      ['Joint 032000123456', 5, 'normal'],
    ]);
    const again = await commitImport(user.id, { fileName: 'w.csv', bytes: westpac, accountName: 'Joint' }, limits, { rescore: false });
    expect(again).toMatchObject({ newCount: 0, duplicateCount: 4 });
  });
});
