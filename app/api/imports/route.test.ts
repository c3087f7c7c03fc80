import { beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, request, signUp } from '@/lib/server/testing/http';

vi.mock('next/headers', () => nextHeadersMock);
process.env.IMPORT_MAX_BYTES = String(64 * 1024);
process.env.IMPORT_MAX_ROWS = '40';

const { GET, POST } = await import('./route');
const { DELETE } = await import('./[id]/route');
const { prisma } = await import('@/lib/server/db.server');

type Json = Record<string, unknown>;

/** CommBank layout: no header, date, "amount", "narrative", "balance", CRLF. */
function commbank(rows: Array<[string, string, string]>): string {
  return rows.map(([d, a, n]) => `${d},"${a}","${n}","+1000.00"`).join('\r\n') + '\r\n';
}

function upload(cookie: string, mode: 'preview' | 'commit', files: Array<[string, string | Uint8Array]>, extra: Record<string, string> = {}) {
  const form = new FormData();
  form.set('mode', mode);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  for (const [name, content] of files) form.append('file', new File([content as BlobPart], name, { type: 'text/csv' }));
  return POST(request('/api/imports', { method: 'POST', cookie, body: form }), {});
}

const coffee: [string, string, string] = ['05/03/2026', '-4.00', 'CAFE NERO SYDNEY NS AUS Card xx1234 Value Date: 03/03/2026'];
const janJun = commbank([
  ['10/01/2026', '-120.50', 'WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234'],
  ['10/02/2026', '-80.25', 'COLES 0456 SYDNEY NS AUS Card xx1234'],
  ...Array.from({ length: 10 }, () => coffee),
  ['14/04/2026', '+5189.04', 'Salary ACME PTY LTD'],
  ['20/05/2026', '-65.00', 'AMPOL NEWTOWN NS AUS Card xx1234'],
  ['25/06/2026', '-1500.00', 'Transfer to xx1624 CommBank App'],
]);
const aprSep = commbank([
  ['14/04/2026', '+5189.04', 'Salary ACME PTY LTD'],
  ['20/05/2026', '-65.00', 'AMPOL NEWTOWN NS AUS Card xx1234'],
  ['25/06/2026', '-1500.00', 'Transfer to xx1624 CommBank App'],
  ['02/07/2026', '-42.00', 'NETFLIX.COM MELBOURNE VI AUS Card xx1234'],
  ['13/09/2026', '-9.90', 'SPOTIFY SYDNEY NS AUS Card xx1234'],
]);

let alice: { cookie: string; userId: string };
let bob: { cookie: string; userId: string };

beforeAll(async () => {
  alice = await signUp('alice@example.com');
  bob = await signUp('bob@example.com');
});

describe('POST /api/imports', () => {
  it('previews without writing, with counts, format and date range', async () => {
    const res = await upload(alice.cookie, 'preview', [['jan-jun.csv', janJun]]);
    expect(res.status).toBe(200);
    const { previews } = (await res.json()) as { previews: Json[] };
    expect(previews[0]).toMatchObject({
      fileName: 'jan-jun.csv',
      format: 'commbank',
      bank: 'CommBank',
      dateFrom: '2026-01-10',
      dateTo: '2026-06-25',
      rows: 15,
      newCount: 15,
      duplicateCount: 0,
      transfers: 1,
      errors: [],
    });
    expect(await prisma.transaction.count()).toBe(0);
  });

  it('commits all rows, keeps ten identical coffees, and adds nothing on re-import', async () => {
    const res = await upload(alice.cookie, 'commit', [['jan-jun.csv', janJun]]);
    expect(res.status).toBe(201);
    expect(await prisma.transaction.count({ where: { userId: alice.userId } })).toBe(15);
    expect(await prisma.transaction.count({ where: { userId: alice.userId, amountCents: -400 } })).toBe(10);

    const again = await upload(alice.cookie, 'commit', [['jan-jun.csv', janJun]]);
    const { imports } = (await again.json()) as { imports: Json[] };
    expect(imports[0]).toMatchObject({ newCount: 0, duplicateCount: 15 });
    expect(await prisma.transaction.count({ where: { userId: alice.userId } })).toBe(15);
  });

  it('imports the overlap of two exports once', async () => {
    const res = await upload(alice.cookie, 'commit', [['apr-sep.csv', aprSep]]);
    const { imports } = (await res.json()) as { imports: Json[] };
    expect(imports[0]).toMatchObject({ newCount: 2, duplicateCount: 3 });
    expect(await prisma.transaction.count({ where: { userId: alice.userId } })).toBe(17);
  });

  it('categorizes rows and marks own-account transfers', async () => {
    const rows = await prisma.transaction.findMany({ where: { userId: alice.userId }, select: { merchant: true, category: true, kind: true } });
    const byMerchant = Object.fromEntries(rows.map((r) => [r.merchant, r]));
    expect(byMerchant['WOOLWORTHS']?.category).toBe('Groceries');
    expect(byMerchant['NETFLIX.COM']?.category ?? rows.find((r) => r.merchant.startsWith('NETFLIX'))?.category).toBe('Subscriptions');
    expect(rows.find((r) => r.kind === 'transfer')?.category).toBe('Transfers');
  });

  it('refuses a file with a bad row: 422 naming file, line and field, nothing written', async () => {
    const before = await prisma.transaction.count();
    const bad = commbank([
      ['01/08/2026', '-10.00', 'COLES 0456 SYDNEY'],
      ['32/13/2026', '-11.00', 'COLES 0456 SYDNEY'],
      ['03/08/2026', '-abc', 'COLES 0456 SYDNEY'],
      ...Array.from({ length: 6 }, (_, i): [string, string, string] => [`1${i}/08/2026`, `-2${i}.00`, 'ALDI STORES MARRICKVILLE']),
    ]);
    const res = await upload(alice.cookie, 'commit', [['bad.csv', bad]]);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string; details: { previews: Array<{ errors: Json[] }> } } };
    expect(body.error.code).toBe('invalid_rows');
    expect(body.error.message).toBe('bad.csv line 2, field Date: Not a valid date: "32/13/2026" (read day-first), and 1 more problem; nothing was imported.');
    const errors = body.error.details.previews[0]!.errors;
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
    expect(await prisma.transaction.count()).toBe(before);
  });

  it('refuses binary, empty and oversized files with clear errors', async () => {
    const binary = new Uint8Array(2048).map((_, i) => (i * 7) % 256);
    type Refusal = { error: { code: string; message: string; details: { previews: Array<{ needsMapping: boolean; sample: unknown }> } } };
    const r1 = await upload(alice.cookie, 'preview', [['photo.csv', binary]]);
    expect(r1.status).toBe(422);
    const b1 = (await r1.json()) as Refusal;
    // one plain sentence naming the file once, and no column mapping to offer for a file without columns
    expect([b1.error.code, b1.error.message]).toEqual(['not_csv', 'photo.csv is not a CSV file: export your transactions from your bank as CSV, then upload that file.']);
    expect(b1.error.details.previews.map((p) => [p.needsMapping, p.sample])).toEqual([[false, null]]);

    const r2 = await upload(alice.cookie, 'commit', [['empty.csv', '']]);
    expect(r2.status).toBe(422);
    const b2 = (await r2.json()) as Refusal;
    expect([b2.error.code, b2.error.message]).toEqual(['empty_file', 'empty.csv is empty.']);
    expect(b2.error.details.previews.map((p) => [p.needsMapping, p.sample])).toEqual([[false, null]]);

    const big = 'x'.repeat(65 * 1024);
    const r3 = await upload(alice.cookie, 'preview', [['big.csv', big]]);
    expect(r3.status).toBe(413);
    expect(((await r3.json()) as { error: { message: string } }).error.message).toMatch(/big\.csv is 0\.1 MB; the limit is 0 MB|big\.csv/);
  });

  it('refuses a file over the row limit, naming the limit, and writes nothing', async () => {
    const before = await prisma.transaction.count();
    const many = commbank(Array.from({ length: 45 }, (_, i): [string, string, string] => [`0${(i % 9) + 1}/10/2026`, `-${i + 1}.00`, `SHOP ${i}`]));
    const res = await upload(alice.cookie, 'commit', [['many.csv', many]]);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toContain('many.csv');
    expect(body.error.message).toMatch(/40/);
    expect(await prisma.transaction.count()).toBe(before);
  });

  it('answers 415 to a non-multipart body and 403 to another origin', async () => {
    const r1 = await POST(request('/api/imports', { method: 'POST', cookie: alice.cookie, json: { mode: 'commit' } }), {});
    expect(r1.status).toBe(415);
    const form = new FormData();
    form.set('mode', 'commit');
    const r2 = await POST(request('/api/imports', { method: 'POST', cookie: alice.cookie, origin: 'https://evil.example', body: form }), {});
    expect(r2.status).toBe(403);
  });

  it("lists history per user, and only the owner can undo an import", async () => {
    const list = (await (await GET(request('/api/imports', { cookie: alice.cookie }), {})).json()) as { imports: Array<{ id: string; fileName: string; newCount: number }> };
    expect(list.imports.map((i) => i.fileName)).toEqual(['apr-sep.csv', 'jan-jun.csv', 'jan-jun.csv']);
    const bobs = (await (await GET(request('/api/imports', { cookie: bob.cookie }), {})).json()) as { imports: unknown[] };
    expect(bobs.imports).toEqual([]);

    const first = list.imports[2]!;
    const denied = await DELETE(request(`/api/imports/${first.id}`, { method: 'DELETE', cookie: bob.cookie }), { params: Promise.resolve({ id: first.id }) });
    expect(denied.status).toBe(404);

    const undone = await DELETE(request(`/api/imports/${first.id}`, { method: 'DELETE', cookie: alice.cookie }), { params: Promise.resolve({ id: first.id }) });
    expect(await undone.json()).toEqual({ removed: 15 });
    expect(await prisma.transaction.count({ where: { userId: alice.userId } })).toBe(2);

    const twice = await DELETE(request(`/api/imports/${first.id}`, { method: 'DELETE', cookie: alice.cookie }), { params: Promise.resolve({ id: first.id }) });
    expect(twice.status).toBe(409);
  });
});

describe('a bank layout we do not know', () => {
  const odd = ['When;What;Out;In', '03/02/2026;WOOLWORTHS 1234;12.50;', '04/02/2026;SALARY ACME;;2000.00', '05/02/2026;CAFE NERO;4.00;'].join('\n');
  const odd2 = ['When;What;Out;In', '06/02/2026;COLES 0456;30.00;', '07/02/2026;CAFE NERO;4.50;'].join('\n');

  it('asks for a column mapping, imports with it, and reuses it for the next file with the same header', async () => {
    const first = await upload(bob.cookie, 'preview', [['odd.csv', odd]]);
    expect(first.status).toBe(422);
    const body = (await first.json()) as { error: { code: string; details: { previews: Array<{ needsMapping: boolean; sample: { header: string[] } }> } } };
    expect(body.error.code).toBe('unknown_layout');
    expect(body.error.details.previews[0]!.needsMapping).toBe(true);
    expect(body.error.details.previews[0]!.sample.header).toEqual(['When', 'What', 'Out', 'In']);

    const mapping = JSON.stringify({ hasHeader: true, date: 0, description: 1, debit: 2, credit: 3 });
    const commit = await upload(bob.cookie, 'commit', [['odd.csv', odd]], { mapping });
    expect(commit.status).toBe(201);
    const rows = await prisma.transaction.findMany({ where: { userId: bob.userId }, orderBy: { date: 'asc' }, select: { date: true, amountCents: true } });
    expect(rows).toEqual([
      { date: '2026-02-03', amountCents: -1250 },
      { date: '2026-02-04', amountCents: 200000 },
      { date: '2026-02-05', amountCents: -400 },
    ]);

    const next = await upload(bob.cookie, 'preview', [['odd-march.csv', odd2]]);
    expect(next.status).toBe(200);
    const { previews } = (await next.json()) as { previews: Array<{ mappingSource: string; newCount: number }> };
    expect(previews[0]).toMatchObject({ mappingSource: 'saved', newCount: 2 });
  });

  it('refuses a mapping that is not valid', async () => {
    const res = await upload(bob.cookie, 'preview', [['odd.csv', odd]], { mapping: JSON.stringify({ hasHeader: true, date: 0, description: 1 }) });
    expect(res.status).toBe(400);
  });
});
