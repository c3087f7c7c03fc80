import { beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, request, signUp } from '@/lib/server/testing/http';
import { addTransaction } from '@/lib/server/testing/fixtures';

vi.mock('next/headers', () => nextHeadersMock);

const { GET, POST } = await import('./route');
const { PATCH, DELETE } = await import('./[id]/route');
const recat = await import('./recategorize/route');
const { prisma } = await import('@/lib/server/db.server');
const { DEFAULT_RULES } = await import('@/lib/core/categorize/default-rules');

type Json = Record<string, unknown>;
type User = { cookie: string; userId: string };

let alice: User;
let bob: User;

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

function create(user: User, json: unknown, origin?: string) {
  return POST(request('/api/rules', { method: 'POST', cookie: user.cookie, json, origin }), {});
}
function patch(user: User, id: string, json: unknown, origin?: string) {
  return PATCH(request(`/api/rules/${id}`, { method: 'PATCH', cookie: user.cookie, json, origin }), ctx(id));
}
function remove(user: User, id: string) {
  return DELETE(request(`/api/rules/${id}`, { method: 'DELETE', cookie: user.cookie }), ctx(id));
}
async function list(user: User) {
  const res = await GET(request('/api/rules', { cookie: user.cookie }), {});
  expect(res.status).toBe(200);
  return (await res.json()) as { rules: Json[]; defaults: Json[] };
}

/** One stored transaction, categorized as the import would have (seeded directly). */
function addTx(
  userId: string,
  t: { description: string; merchant: string; amountCents: number; category: string; ruleId?: string | null; kind?: string },
) {
  return addTransaction(userId, t);
}

const zorblax = { description: 'ZORBLAX TRADING SYDNEY NS AUS', merchant: 'ZORBLAX TRADING', amountCents: -450, category: 'Uncategorized' };

beforeAll(async () => {
  alice = await signUp('alice@example.com');
  bob = await signUp('bob@example.com');
});

describe('/api/rules', () => {
  it('answers 401 without a session', async () => {
    const res = await GET(request('/api/rules'), {});
    expect(res.status).toBe(401);
    const pre = await recat.GET(request('/api/rules/recategorize'), {});
    expect(pre.status).toBe(401);
  });

  it('creates a rule with defaults and lists it next to the read-only default rules', async () => {
    const res = await create(alice, { category: 'Dining', match: { field: 'merchant', op: 'contains', value: 'Pho Hoa' } });
    expect(res.status).toBe(201);
    const { rule } = (await res.json()) as { rule: Json };
    expect(rule).toMatchObject({
      name: null,
      category: 'Dining',
      priority: 100,
      match: { field: 'merchant', op: 'contains', value: 'Pho Hoa' },
      amountMinCents: null,
      amountMaxCents: null,
      direction: 'any',
      enabled: true,
    });
    expect(await prisma.categoryRule.count({ where: { userId: alice.userId } })).toBe(1);

    const body = await list(alice);
    expect(body.rules.map((r) => r.id)).toEqual([rule.id]);
    expect(body.defaults).toHaveLength(DEFAULT_RULES.length);
    expect(body.defaults[0]).toEqual({
      id: DEFAULT_RULES[0]!.id,
      name: null,
      category: DEFAULT_RULES[0]!.category,
      priority: DEFAULT_RULES[0]!.priority,
      match: { field: 'description', op: 'regex', value: DEFAULT_RULES[0]!.match.value },
      amountMinCents: null,
      amountMaxCents: null,
      direction: DEFAULT_RULES[0]!.direction,
    });
    // Bob sees none of Alice's rules.
    expect((await list(bob)).rules).toEqual([]);
  });

  it('lists rules highest priority first', async () => {
    const low = (await (await create(bob, { category: 'Travel', priority: 5, match: { field: 'description', op: 'startsWith', value: 'qantas' } })).json()) as { rule: Json };
    const high = (await (await create(bob, { category: 'Gifts', priority: 900, match: { field: 'description', op: 'equals', value: 'prezzee' } })).json()) as { rule: Json };
    expect((await list(bob)).rules.map((r) => r.id)).toEqual([high.rule.id, low.rule.id]);
    await remove(bob, low.rule.id as string);
    await remove(bob, high.rule.id as string);
  });

  it('answers 400 with details on an invalid regex, an unknown category, min > max and a blank value', async () => {
    const before = await prisma.categoryRule.count();
    const bad = await create(alice, { category: 'Dining', match: { field: 'description', op: 'regex', value: '(cafe' } });
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as { error: { code: string; details: Array<{ path: string; message: string }> } };
    expect(badBody.error.code).toBe('invalid_request');
    expect(badBody.error.details).toHaveLength(1);
    expect(badBody.error.details[0]!.path).toBe('match.value');
    expect(badBody.error.details[0]!.message).toBe('This pattern is not a valid regular expression: unterminated group');

    const cat = await create(alice, { category: 'Beer', match: { field: 'merchant', op: 'contains', value: 'bws' } });
    expect(cat.status).toBe(400);
    const catBody = (await cat.json()) as { error: { details: Array<{ path: string }> } };
    expect(catBody.error.details.map((d) => d.path)).toEqual(['category']);

    const range = await create(alice, {
      category: 'Dining',
      match: { field: 'merchant', op: 'contains', value: 'x' },
      amountMinCents: 5000,
      amountMaxCents: 100,
    });
    expect(range.status).toBe(400);
    expect(((await range.json()) as { error: { details: Array<{ path: string }> } }).error.details.map((d) => d.path)).toEqual(['amountMaxCents']);

    const blank = await create(alice, { category: 'Dining', match: { field: 'merchant', op: 'contains', value: '   ' } });
    expect(blank.status).toBe(400);
    const cents = await create(alice, { category: 'Dining', match: { field: 'merchant', op: 'contains', value: 'x' }, amountMinCents: 1.5 });
    expect(cents.status).toBe(400);
    expect(await prisma.categoryRule.count()).toBe(before);
  });

  it('answers 415 when the body is not JSON', async () => {
    const res = await POST(request('/api/rules', { method: 'POST', cookie: alice.cookie, body: 'category=Dining' }), {});
    expect(res.status).toBe(415);
  });

  it('refuses cross-origin changes with 403 and changes nothing', async () => {
    const before = await prisma.categoryRule.count();
    const res = await create(alice, { category: 'Dining', match: { field: 'merchant', op: 'contains', value: 'evil' } }, 'https://evil.example');
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden_origin');
    expect(await prisma.categoryRule.count()).toBe(before);
    const { rules } = await list(alice);
    const id = rules[0]!.id as string;
    expect((await patch(alice, id, { category: 'Travel' }, 'https://evil.example')).status).toBe(403);
    const apply = await recat.POST(request('/api/rules/recategorize', { method: 'POST', cookie: alice.cookie, json: {}, origin: 'https://evil.example' }), {});
    expect(apply.status).toBe(403);
    expect((await prisma.categoryRule.findUniqueOrThrow({ where: { id } })).category).toBe('Dining');
  });

  it('updates some fields, merges match, clears a bound with null, and validates the merged rule', async () => {
    const { rule } = (await (await create(alice, {
      name: 'Lunch',
      category: 'Dining',
      match: { field: 'merchant', op: 'contains', value: 'noodle' },
      amountMaxCents: 3000,
    })).json()) as { rule: Json };
    const id = rule.id as string;

    const res = await patch(alice, id, { category: 'Groceries', priority: 250, match: { op: 'startsWith' }, amountMinCents: 100, amountMaxCents: null, name: '' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { rule: Json }).rule).toMatchObject({
      id,
      name: null,
      category: 'Groceries',
      priority: 250,
      match: { field: 'merchant', op: 'startsWith', value: 'noodle' },
      amountMinCents: 100,
      amountMaxCents: null,
      direction: 'any',
      enabled: true,
    });

    // Switching to regex validates the stored value as a regex: "(noodle" is not one.
    await patch(alice, id, { match: { value: '(noodle' } });
    const bad = await patch(alice, id, { match: { op: 'regex' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { details: Array<{ path: string }> } }).error.details.map((d) => d.path)).toEqual(['match.value']);
    expect((await prisma.categoryRule.findUniqueOrThrow({ where: { id } })).op).toBe('startsWith');

    expect((await patch(alice, id, { category: 'Nope' })).status).toBe(400);
    expect((await patch(alice, id, { amountMaxCents: 50 })).status).toBe(400); // below amountMinCents 100
    await remove(alice, id);
  });

  it("answers 404 on another user's rule and on a missing one, and leaves the rule alone", async () => {
    const { rule } = (await (await create(alice, { category: 'Health', match: { field: 'merchant', op: 'contains', value: 'physio' } })).json()) as { rule: Json };
    const id = rule.id as string;
    const p = await patch(bob, id, { category: 'Travel' });
    expect(p.status).toBe(404);
    expect(((await p.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await remove(bob, id)).status).toBe(404);
    expect((await patch(alice, 'no-such-rule', { category: 'Travel' })).status).toBe(404);
    const kept = await prisma.categoryRule.findUniqueOrThrow({ where: { id } });
    expect(kept).toMatchObject({ userId: alice.userId, category: 'Health' });

    const del = await remove(alice, id);
    expect(del.status).toBe(200);
    expect(await del.json()).toEqual({ deleted: id });
    expect(await prisma.categoryRule.findUnique({ where: { id } })).toBeNull();
    expect((await remove(alice, id)).status).toBe(404);
  });
});

describe('/api/rules/recategorize', () => {
  let carol: User;
  let dave: User;
  let ruleId: string;

  async function preview(user: User) {
    const res = await recat.GET(request('/api/rules/recategorize', { cookie: user.cookie }), {});
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  }
  async function apply(user: User, json: unknown) {
    const res = await recat.POST(request('/api/rules/recategorize', { method: 'POST', cookie: user.cookie, json }), {});
    expect(res.status).toBe(200);
    return (await res.json()) as Json & { change: Json | null };
  }
  const categoriesOf = async (userId: string) =>
    (await prisma.transaction.findMany({ where: { userId }, orderBy: { line: 'asc' }, select: { merchant: true, category: true, ruleId: true } }));

  beforeAll(async () => {
    carol = await signUp('carol@example.com');
    dave = await signUp('dave@example.com');
    for (let i = 0; i < 3; i++) await addTx(carol.userId, zorblax);
    // money back from a merchant Carol also paid: a refund (whole-history context)
    await addTx(carol.userId, { description: 'ZORBLAX TRADING', merchant: 'ZORBLAX TRADING', amountCents: 450, category: 'Refunds' });
    await addTx(carol.userId, { description: 'WOOLWORTHS 1234 SYDNEY', merchant: 'WOOLWORTHS', amountCents: -12_000, category: 'Groceries', ruleId: 'd:groceries:woolworths' });
    await addTx(carol.userId, { description: 'ACME CAFE SYDNEY', merchant: 'ACME CAFE', amountCents: -550, category: 'Dining', ruleId: 'd:dining:cafe' });
    // categorized at import from the bank's own category (Up "restaurants-and-cafes"), which is not stored
    await addTx(carol.userId, { description: 'Glorp', merchant: 'Glorp', amountCents: -2_200, category: 'Dining', ruleId: null });
    // an own-account transfer whose text the new rule would match
    await addTx(carol.userId, { description: 'Transfer to xx1624 ZORBLAX', merchant: 'ZORBLAX', amountCents: -1000, category: 'Transfers', kind: 'transfer' });
    await addTx(dave.userId, zorblax);
  });

  it('finds nothing to change when history matches the rules', async () => {
    expect(await preview(carol)).toEqual({ total: 8, changed: 0, ruleOnly: 0, byCategory: {}, moves: [] });
  });

  it('previews a new rule without writing, then applies it and records the change', async () => {
    const res = await create(carol, { category: 'Dining', direction: 'out', match: { field: 'merchant', op: 'contains', value: 'zorblax' } });
    ruleId = (((await res.json()) as { rule: Json }).rule.id) as string;

    const expected = {
      total: 8,
      changed: 3,
      ruleOnly: 0,
      byCategory: { Dining: { from: 2, to: 5 }, Uncategorized: { from: 3, to: 0 } },
      moves: [{ from: 'Uncategorized', to: 'Dining', count: 3 }],
    };
    expect(await preview(carol)).toEqual(expected);
    expect((await categoriesOf(carol.userId)).filter((t) => t.category === 'Uncategorized')).toHaveLength(3);
    expect(await prisma.categorizationChange.count()).toBe(0);

    const result = await apply(carol, { reason: '  Zorblax is the cafe downstairs  ' });
    expect(result).toMatchObject(expected);
    expect(result.change).toMatchObject({ reason: 'Zorblax is the cafe downstairs', changed: 3 });
    // the months were scored again with the new categories
    expect(result.rescored).toBe(true);
    const aggregates = await prisma.monthlyAggregate.findMany({ where: { userId: carol.userId }, orderBy: { category: 'asc' } });
    expect(aggregates.map((a) => [a.month, a.category, a.count, a.spendCents])).toEqual([
      ['2026-03', 'Dining', 5, 450 * 3 + 550 + 2_200],
      ['2026-03', 'Groceries', 1, 12_000],
    ]);

    expect(await categoriesOf(carol.userId)).toEqual([
      { merchant: 'ZORBLAX TRADING', category: 'Dining', ruleId },
      { merchant: 'ZORBLAX TRADING', category: 'Dining', ruleId },
      { merchant: 'ZORBLAX TRADING', category: 'Dining', ruleId },
      { merchant: 'ZORBLAX TRADING', category: 'Refunds', ruleId: null },
      { merchant: 'WOOLWORTHS', category: 'Groceries', ruleId: 'd:groceries:woolworths' },
      { merchant: 'ACME CAFE', category: 'Dining', ruleId: 'd:dining:cafe' },
      { merchant: 'Glorp', category: 'Dining', ruleId: null },
      { merchant: 'ZORBLAX', category: 'Transfers', ruleId: null },
    ]);
    const changes = await prisma.categorizationChange.findMany({ where: { userId: carol.userId } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ id: result.change!.id, reason: 'Zorblax is the cafe downstairs', changed: 3 });
    expect(JSON.parse(changes[0]!.summary)).toEqual({ Dining: { from: 2, to: 5 }, Uncategorized: { from: 3, to: 0 } });

    // Dave's identical transaction is his own business.
    expect(await categoriesOf(dave.userId)).toEqual([{ merchant: 'ZORBLAX TRADING', category: 'Uncategorized', ruleId: null }]);
    expect(await prisma.categorizationChange.count({ where: { userId: dave.userId } })).toBe(0);
  });

  it('records nothing when nothing would change', async () => {
    expect(await preview(carol)).toMatchObject({ changed: 0, moves: [] });
    const again = await apply(carol, {});
    expect(again).toMatchObject({ changed: 0, change: null, rescored: false });
    expect(await prisma.categorizationChange.count({ where: { userId: carol.userId } })).toBe(1);
  });

  it('counts a rule that takes over without changing the category as ruleOnly, and applies it', async () => {
    const res = await create(carol, { category: 'Dining', match: { field: 'merchant', op: 'equals', value: 'acme cafe' } });
    const cafeRule = (((await res.json()) as { rule: Json }).rule.id) as string;
    expect(await preview(carol)).toMatchObject({ changed: 0, ruleOnly: 1, moves: [] });
    expect(await apply(carol, {})).toMatchObject({ changed: 0, ruleOnly: 1, change: null });
    const cafe = await prisma.transaction.findFirstOrThrow({ where: { userId: carol.userId, merchant: 'ACME CAFE' } });
    expect(cafe).toMatchObject({ category: 'Dining', ruleId: cafeRule });
  });

  it('moves rows back when the rule is disabled, with the default reason', async () => {
    expect((await patch(carol, ruleId, { enabled: false })).status).toBe(200);
    expect(await preview(carol)).toMatchObject({
      changed: 3,
      byCategory: { Dining: { from: 5, to: 2 }, Uncategorized: { from: 0, to: 3 } },
      moves: [{ from: 'Dining', to: 'Uncategorized', count: 3 }],
    });
    const result = await apply(carol, {});
    expect(result.change).toMatchObject({ reason: 'Rules edited', changed: 3 });
    expect(await prisma.transaction.count({ where: { userId: carol.userId, category: 'Uncategorized', ruleId: null } })).toBe(3);
    expect(await prisma.categorizationChange.count({ where: { userId: carol.userId } })).toBe(2);
    // the import's bank-category decision is not undone by re-categorizing
    expect(await prisma.transaction.findFirstOrThrow({ where: { userId: carol.userId, merchant: 'Glorp' } })).toMatchObject({ category: 'Dining', ruleId: null });
  });

  it('answers 400 on a reason that is not a string', async () => {
    const res = await recat.POST(request('/api/rules/recategorize', { method: 'POST', cookie: carol.cookie, json: { reason: 42 } }), {});
    expect(res.status).toBe(400);
  });
});
