import { beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, request, signUp } from '@/lib/server/testing/http';
import { addTransaction } from '@/lib/server/testing/fixtures';

vi.mock('next/headers', () => nextHeadersMock);

const { GET } = await import('./route');
const { GET: adminUsers } = await import('../admin/users/route');
const { prisma } = await import('@/lib/server/db.server');

const unscored = { score: null, threshold: null, flagged: false, ruleFlagged: false, insufficientHistory: true, headline: null, feedback: null };

let alice: { cookie: string; userId: string };
let bob: { cookie: string; userId: string };
let admin: { cookie: string; userId: string };

function addTx(userId: string, date: string, amountCents: number, category: string, kind = 'normal') {
  return addTransaction(userId, { date, amountCents, category, kind });
}

beforeAll(async () => {
  alice = await signUp('alice@example.com');
  bob = await signUp('bob@example.com');
  admin = await signUp('admin@example.com', { admin: true });
  await addTx(alice.userId, '2026-01-03', -12_345, 'Groceries');
  await addTx(alice.userId, '2026-01-09', -5_000, 'Dining');
  await addTx(alice.userId, '2026-01-15', 400_000, 'Income');
  await addTx(alice.userId, '2026-01-16', -100_000, 'Transfers', 'transfer');
  await addTx(alice.userId, '2026-02-01', -999, 'Dining');
  await addTx(bob.userId, '2026-01-05', -77_700, 'Travel');
});

describe('GET /api/months', () => {
  it('answers 401 without a session', async () => {
    const res = await GET(request('/api/months'), {});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Sign in to continue.' } });
  });

  it("returns only the signed-in user's months, transfers excluded from spend", async () => {
    const res = await GET(request('/api/months', { cookie: alice.cookie }), {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      months: [
        { month: '2026-01', spendCents: 17_345, incomeCents: 400_000, transactions: 2, ...unscored },
        { month: '2026-02', spendCents: 999, incomeCents: 0, transactions: 1, ...unscored },
      ],
    });
    const bobs = await (await GET(request('/api/months', { cookie: bob.cookie }), {})).json();
    expect(bobs.months).toEqual([{ month: '2026-01', spendCents: 77_700, incomeCents: 0, transactions: 1, ...unscored }]);
  });
});

describe('admin API', () => {
  it('answers 403 to a user and 200 to an admin', async () => {
    const denied = await adminUsers(request('/api/admin/users', { cookie: alice.cookie }), {});
    expect(denied.status).toBe(403);
    const ok = await adminUsers(request('/api/admin/users', { cookie: admin.cookie }), {});
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { users: Array<{ email: string; transactions: number }> };
    expect(body.users.find((u) => u.email === 'alice@example.com')?.transactions).toBe(5);
  });
});

describe('auth', () => {
  it('refuses a client-chosen admin role at sign-up', async () => {
    const { auth } = await import('@/lib/server/auth.server');
    const res = await auth.handler(
      new Request('http://127.0.0.1:3000/api/auth/sign-up/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:3000' },
        body: JSON.stringify({ email: 'mallory@example.com', password: 'correct horse battery', name: 'm', role: 'admin' }),
      }),
    );
    const user = await prisma.user.findUnique({ where: { email: 'mallory@example.com' } });
    expect(res.status === 400 || user?.role === 'user').toBe(true);
    expect(user?.role ?? 'user').toBe('user');
  });

  it('refuses a sign-in POST from another origin', async () => {
    const { auth } = await import('@/lib/server/auth.server');
    const res = await auth.handler(
      new Request('http://127.0.0.1:3000/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example', cookie: alice.cookie },
        body: JSON.stringify({ email: 'alice@example.com', password: 'correct horse battery' }),
      }),
    );
    expect(res.status).toBe(403);
  });

  it('stores passwords hashed, never in clear', async () => {
    const acct = await prisma.account.findFirst({ where: { userId: alice.userId } });
    expect(acct?.password).toBeTruthy();
    expect(acct?.password).not.toContain('correct horse');
  });
});
