import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { sqlitePath } from '@/lib/db-url';
import { dedupeText, numberOccurrences } from '@/lib/core/dedupe';
import { parseAndCategorize } from '@/lib/core/pipeline';
import { generateHousehold, toBankCsv } from '@/lib/core/synth';
import { prisma } from './db.server';
import { env } from './env.server';
import { blockingProblem, commitImport, previewImport, type StageTimes } from './import.server';
import { historyOf, SCORING_SEED } from './scoring.server';
import { analyzeHistory } from '@/lib/core/detect';

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

describe('commitImport reads files row by row and still decides like the whole-file path', () => {
  const FORMATS = ['commbank', 'anz', 'westpac', 'nab', 'nab-legacy', 'ing', 'macquarie', 'up'] as const;

  it.each(FORMATS)('%s: every stored row has the category, account and numbering that parsing and categorizing the whole file gives', async (format) => {
    const h = generateHousehold({ seed: 77, startMonth: '2024-01', months: 14 });
    const bytes = new TextEncoder().encode(toBankCsv(format, h.transactions));
    const user = await prisma.user.create({ data: { id: `eq-${format}`, name: 'e', email: `eq-${format}@example.com` } });
    const s = await commitImport(user.id, { fileName: `${format}.csv`, bytes }, { maxBytes: 1e8, maxRows: 1e6 }, { rescore: false });

    const { parsed, transactions } = parseAndCategorize(bytes);
    expect(parsed.errors).toEqual([]);
    expect(s.newCount).toBe(transactions.length);
    const stored = await prisma.transaction.findMany({ where: { importId: s.importId }, include: { account: true } });
    const key = (line: number, date: string, cents: number, category: string, kind: string, account: string) =>
      `${line}|${date}|${cents}|${category}|${kind}|${account}`;
    // one account: named after the bank; several: the bank and the file's account column
    const several = new Set(transactions.map((t) => t.account)).size > 1;
    const bank = s.bank ?? '';
    const expected = transactions.map((t) => key(t.line, t.date, t.amountCents, t.category, t.kind, several ? `${bank} ${t.account}` : bank));
    const got = stored.map((t) => key(t.line, t.date, t.amountCents, t.category, t.kind, t.account.name));
    expect(got.sort()).toEqual(expected.sort());
    // occurrence numbers as the whole-file numbering gives them
    const numbered = transactions.map((t) => ({ ...t, dedupeKey: '', occurrence: 0 }));
    const byAccount = new Map<string | null, typeof numbered>();
    for (const t of numbered) byAccount.set(t.account, [...(byAccount.get(t.account) ?? []), t]);
    for (const rows of byAccount.values()) numberOccurrences(rows);
    const occ = new Map(numbered.map((t) => [`${t.line}|${t.amountCents}|${t.description}`, t.occurrence]));
    for (const t of stored) expect(occ.get(`${t.line}|${t.amountCents}|${t.description}`)).toBe(t.occurrence);
  });

  it('a large file (read in two passes) imported again adds nothing; an overlapping later export adds only its new rows', async () => {
    const user = await prisma.user.create({ data: { id: 'again-big', name: 'a', email: 'again-big@example.com' } });
    const h = generateHousehold({ seed: 31, startMonth: '2024-01', months: 14 });
    const lines = toBankCsv('commbank', h.transactions).split('\r\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(1000);
    const file = (ls: string[]) => new TextEncoder().encode(ls.join('\r\n') + '\r\n');
    const big = { maxBytes: 1e8, maxRows: 1e6 };
    // CommBank exports list the newest row first: the first 2/3 of the lines are the later months
    const cut = Math.floor(lines.length / 3);
    const first = await commitImport(user.id, { fileName: 'a.csv', bytes: file(lines.slice(cut)) }, big, { rescore: false });
    expect(first.newCount).toBe(lines.length - cut);
    const again = await commitImport(user.id, { fileName: 'a.csv', bytes: file(lines.slice(cut)) }, big, { rescore: false });
    expect([again.newCount, again.duplicateCount]).toEqual([0, lines.length - cut]);
    const all = await commitImport(user.id, { fileName: 'b.csv', bytes: file(lines) }, big, { rescore: false });
    expect([all.newCount, all.duplicateCount]).toEqual([cut, lines.length - cut]);
    expect(await prisma.transaction.count({ where: { userId: user.id } })).toBe(lines.length);
  });

  it('a credit from a merchant the file only pays further down is a refund', async () => {
    const user = await prisma.user.create({ data: { id: 'refund-later', name: 'r', email: 'refund-later@example.com' } });
    const bytes = commbank([
      ['02/03/2026', '+35.00', 'ZORBLAX GADGETS SYDNEY NS AUS'],
      ...Array.from({ length: 5000 }, (_, i): [string, string, string] => ['03/03/2026', `-${(i % 90) + 1}.00`, `SHOP ${i} SYDNEY NS AUS`]),
      ['04/03/2026', '-70.00', 'ZORBLAX GADGETS SYDNEY NS AUS'],
    ]);
    const s = await commitImport(user.id, { fileName: 'r.csv', bytes }, limits, { rescore: false });
    const credit = await prisma.transaction.findFirstOrThrow({ where: { importId: s.importId, line: 1 } });
    expect(credit.category).toBe('Refunds');
    expect(s.newCount).toBe(5002);
  });

  it('money sent to an account number that also sends money back is a transfer between own accounts, read row by row', async () => {
    const user = await prisma.user.create({ data: { id: 'round-trip', name: 'r', email: 'round-trip@example.com' } });
    // a layout read row by row (CommBank), whose first row is written long before the money comes back
    const bytes = commbank([
      ['14/01/2026', '-2700.00', 'TRANSFER ONLINE 239072 TFR TO 032165879671'],
      ['15/01/2026', '-50.00', 'TRANSFER ONLINE 239073 TFR TO 062000123456'],
      ...Array.from({ length: 3000 }, (_, i): [string, string, string] => ['16/01/2026', `-${(i % 90) + 1}.00`, `SHOP ${i} SYDNEY NS AUS`]),
      ['22/01/2026', '+300.00', 'TRANSFER ONLINE 510767 TFR FROM 032165879671'],
    ]);
    const s = await commitImport(user.id, { fileName: 'c.csv', bytes }, limits, { rescore: false });
    const at = async (line: number) => (await prisma.transaction.findFirstOrThrow({ where: { importId: s.importId, line } })).category;
    expect(await at(1)).toBe('Transfers');
    expect(await at(3003)).toBe('Transfers');
    // one way only: money sent to someone
    expect(await at(2)).toBe('Personal Payments');
  });

  it('a file that turns out to hold several accounts is read again whole: each account named, nothing written twice', async () => {
    const user = await prisma.user.create({ data: { id: 'multi', name: 'm', email: 'multi@example.com' } });
    const head = 'Date,Description,Amount,Account';
    const rows = Array.from({ length: 6000 }, (_, i) => `${String((i % 28) + 1).padStart(2, '0')}/03/2026,SHOP ${i},-${(i % 50) + 1}.00,${i < 5000 ? 'Everyday' : 'Savings'}`);
    const bytes = new TextEncoder().encode([head, ...rows].join('\n') + '\n');
    const s = await commitImport(user.id, { fileName: 'multi.csv', bytes, accountName: 'Bank' }, limits, { rescore: false });
    expect(s.accounts).toEqual(['Bank Everyday', 'Bank Savings']);
    expect(s.newCount).toBe(6000);
    const per = await prisma.transaction.groupBy({ by: ['accountId'], where: { userId: user.id }, _count: true });
    expect(per.map((p) => p._count).sort()).toEqual([1000, 5000]);
    expect(await prisma.import.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe('files with nothing to map or import', () => {
  // the first bytes of a PNG: its signature, then the IHDR chunk (NUL bytes)
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const text = (s: string) => new TextEncoder().encode(s);

  it.each([
    ['picture.png', png, 'not_csv', 'picture.png is not a CSV file: export your transactions from your bank as CSV, then upload that file.'],
    ['statement.ofx', text('OFXHEADER:100\nDATA:OFXSGML\n<OFX></OFX>\n'), 'not_csv', 'statement.ofx is not a CSV file: export your transactions from your bank as CSV, then upload that file.'],
    ['notes.txt', text('groceries\npetrol\nrent\n'), 'not_csv', 'notes.txt is not a CSV file: none of its lines has values separated by commas, semicolons or tabs.'],
    // prose with a comma in one line: one line of two values is not columns
    ['diary.txt', text('Dear diary,\nToday I went shopping\nThe end.\n'), 'not_csv', 'diary.txt is not a CSV file: most of its lines are not values separated by commas, semicolons or tabs.'],
    ['empty.csv', new Uint8Array(0), 'empty_file', 'empty.csv is empty.'],
    ['blank.csv', text(' \r\n\r\n  \n'), 'empty_file', 'blank.csv is empty.'],
  ] as const)('%s: a plain 422 naming the file once, and no column mapping to ask for', async (fileName, bytes, code, message) => {
    const user = await prisma.user.upsert({ where: { id: 'np' }, create: { id: 'np', name: 'n', email: 'np@example.com' }, update: {} });
    const p = await previewImport(user.id, { fileName, bytes }, limits);
    expect(p).toMatchObject({ fileProblem: { code, message }, needsMapping: false, sample: null, rows: 0 });
    const problem = blockingProblem(p);
    expect([problem?.status, problem?.code, problem?.message]).toEqual([422, code, message]);
    // a mapping cannot make it readable either
    const mapped = await previewImport(user.id, { fileName, bytes, mapping: { hasHeader: false, date: 0, description: 1, amount: 2 } }, limits);
    expect(blockingProblem(mapped)?.message).toBe(message);
  });

  it('a bank export with a few broken lines still has columns: it is mapped and its problems listed, not called "not CSV"', async () => {
    const user = await prisma.user.upsert({ where: { id: 'np' }, create: { id: 'np', name: 'n', email: 'np@example.com' }, update: {} });
    const p = await previewImport(user.id, { fileName: 'odd.csv', bytes: text('03/02/2026;WOOLWORTHS;12.50\nbroken line\n04/02/2026;COLES;30.00\n05/02/2026;ALDI;8.10\n') }, limits);
    expect(p.fileProblem).toBeNull();
    expect(p.needsMapping).toBe(true);
  });

  it('a text file with columns we do not recognise asks for a mapping once, with its columns', async () => {
    const user = await prisma.user.upsert({ where: { id: 'np' }, create: { id: 'np', name: 'n', email: 'np@example.com' }, update: {} });
    const p = await previewImport(user.id, { fileName: 'odd.csv', bytes: text('When;What;Out\n03/02/2026;WOOLWORTHS;12.50\n') }, limits);
    expect(p).toMatchObject({ fileProblem: null, needsMapping: true, sample: { header: ['When', 'What', 'Out'] } });
    expect(blockingProblem(p)?.message).toBe(
      'odd.csv: Unknown layout: the header does not name a date, description and amount (or debit/credit) column. Map the columns yourself.',
    );
  });
});

describe('problems in a file', () => {
  it('are listed by line, and summed up in one sentence quoting the first', async () => {
    const good = Array.from({ length: 20 }, (_, i): [string, string, string] => [`${String(i + 1).padStart(2, '0')}/08/2026`, `-${i + 1}.00`, `SHOP ${i}`]);
    const rows = new TextDecoder().decode(commbank([...good, ['21/08/2026', 'twelve', 'COLES'], ['22/08/2026', '', 'COLES']]));
    // line 23 breaks the CSV itself: reading finds it before any row is mapped
    const bytes = new TextEncoder().encode(`${rows}23/08/2026,"-5.00,COLES,+1000.00\r\n`);
    const p = await previewImport('nobody', { fileName: 'broken.csv', bytes }, limits);
    expect(p.errors.map((e) => [e.line, e.field])).toEqual([
      [21, 'Amount'],
      [22, 'Amount'],
      [23, null],
    ]);
    expect(blockingProblem(p)?.message).toBe('broken.csv line 21, field Amount: Not an amount: "twelve", and 2 more problems; nothing was imported.');
  });
});

describe('the app scores stored rows as analyze scores the file (no training/serving skew)', () => {
  // banks whose type / category column carries the channel (direct debit, card, transfer)
  it.each(['up', 'nab', 'westpac', 'commbank'] as const)('%s: every month\'s score, flag and reasons are the same', async (format) => {
    const h = generateHousehold({ seed: 91, startMonth: '2021-01', months: 30, anomalyRate: 0.2 });
    const bytes = new TextEncoder().encode(toBankCsv(format, h.transactions));
    const user = await prisma.user.create({ data: { id: `skew-${format}`, name: 's', email: `skew-${format}@example.com` } });
    await commitImport(user.id, { fileName: `${format}.csv`, bytes }, { maxBytes: 1e8, maxRows: 1e6 }, { rescore: false });

    const view = (r: ReturnType<typeof analyzeHistory>) =>
      r.months.map((m) => [m.month, m.score, m.flagged, m.reasons.map((x) => `${x.category}: ${x.text}`)]);
    const fileRows = parseAndCategorize(bytes).transactions;
    const storeRows = await historyOf(user.id);
    // every field the features read comes back from the store, the deciding rule included
    const key = (r: (typeof fileRows)[number]) => `${r.date}|${r.amountCents}|${r.description}|${r.category}|${r.ruleId}|${r.bankCategory}|${r.kind}`;
    expect(storeRows.map(key).sort()).toEqual(fileRows.map(key).sort());
    expect(storeRows.some((r) => r.ruleId?.startsWith('d:subscriptions:'))).toBe(true);
    const fromFile = analyzeHistory(fileRows, { seed: SCORING_SEED, explainAll: true });
    const fromStore = analyzeHistory(storeRows, { seed: SCORING_SEED, explainAll: true });
    expect(fromFile.months.filter((m) => m.score !== null).length).toBeGreaterThanOrEqual(12);
    expect(view(fromStore)).toEqual(view(fromFile));
  });
});
