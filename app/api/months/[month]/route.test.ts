import { beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, request, signUp } from '@/lib/server/testing/http';
import { generateHousehold, toBankCsv } from '@/lib/core/synth';
import { DEFAULT_THRESHOLD, MIN_HISTORY_MONTHS, SEASON_MONTHS } from '@/lib/core/detect';
import { median } from '@/lib/core/features/stats';
import { formatDollars } from '@/lib/core/money';

vi.mock('next/headers', () => nextHeadersMock);

const { GET: months } = await import('../route');
const { GET: detail } = await import('./route');
const { POST: feedback } = await import('../../feedback/route');
const { commitImport } = await import('@/lib/server/import.server');
const { prisma } = await import('@/lib/server/db.server');

type Month = { month: string; score: number | null; flagged: boolean; insufficientHistory: boolean; headline: string | null; spendCents: number };

let alice: { cookie: string; userId: string };
let bob: { cookie: string; userId: string };
const household = generateHousehold({ seed: 14, startMonth: '2021-01', months: 48 });

beforeAll(async () => {
  alice = await signUp('alice@example.com');
  bob = await signUp('bob@example.com');
  const csv = toBankCsv('commbank', household.transactions);
  await commitImport(alice.userId, { fileName: 'h.csv', bytes: new TextEncoder().encode(csv) }, { maxBytes: 1e8, maxRows: 1e6 });
});

describe('scoring after an import', () => {
  it('scores every month with enough history and explains each flagged month', async () => {
    const body = (await (await months(request('/api/months', { cookie: alice.cookie }), {})).json()) as { months: Month[] };
    expect(body.months).toHaveLength(48);
    expect(body.months.slice(0, MIN_HISTORY_MONTHS).every((m) => m.score === null && m.insufficientHistory)).toBe(true);
    const scored = body.months.filter((m) => m.score !== null);
    expect(scored.length).toBe(48 - MIN_HISTORY_MONTHS);
    for (const m of scored) expect(m.score).toBeGreaterThan(0);
    const flagged = body.months.filter((m) => m.flagged);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(12);
    for (const m of flagged) expect(m.headline).toMatch(/\$/);
    expect(await prisma.modelVersion.count({ where: { userId: alice.userId, status: 'active' } })).toBe(1);
  });

  it('gives a month its categories against the usual, reasons with their transactions', async () => {
    const list = (await (await months(request('/api/months', { cookie: alice.cookie }), {})).json()) as { months: Month[] };
    const flagged = list.months.find((m) => m.flagged)!;
    const res = await detail(request(`/api/months/${flagged.month}`, { cookie: alice.cookie }), { params: Promise.resolve({ month: flagged.month }) });
    expect(res.status).toBe(200);
    const d = (await res.json()) as { reasons: Array<{ text: string; transactions: unknown[] }>; categories: Array<{ spendCents: number }> };
    expect(d.reasons.length).toBeGreaterThan(0);
    expect(d.reasons.some((r) => r.transactions.length > 0)).toBe(true);
    expect(d.categories.reduce((s, c) => s + c.spendCents, 0)).toBe(flagged.spendCents);
  });

  it('says which scored months had less than a year of history before them (events only)', async () => {
    const list = (await (await months(request('/api/months', { cookie: alice.cookie }), {})).json()) as { months: Month[] };
    const firstYear = async (i: number) => {
      const month = list.months[i]!.month;
      const d = (await (await detail(request(`/api/months/${month}`, { cookie: alice.cookie }), { params: Promise.resolve({ month }) })).json()) as {
        firstYear: boolean;
        insufficientHistory: boolean;
      };
      return [d.firstYear, d.insufficientHistory];
    };
    expect(await firstYear(MIN_HISTORY_MONTHS - 1)).toEqual([false, true]);
    expect(await firstYear(MIN_HISTORY_MONTHS)).toEqual([true, false]);
    expect(await firstYear(SEASON_MONTHS - 1)).toEqual([true, false]);
    expect(await firstYear(SEASON_MONTHS)).toEqual([false, false]);
  });

  it("compares an early month with the months the history covers, not with $0 months before it began", async () => {
    const list = (await (await months(request('/api/months', { cookie: alice.cookie }), {})).json()) as { months: Month[] };
    // 3 months in: too few complete months for the detector's usual level, so the median of those months
    const month = list.months[3]!.month;
    const before = list.months.slice(0, 3).map((m) => m.month);
    const d = (await (await detail(request(`/api/months/${month}`, { cookie: alice.cookie }), { params: Promise.resolve({ month }) })).json()) as {
      usualBasis: string;
      categories: Array<{ category: string; usualCents: number; typicalCents: number | null }>;
    };
    expect(d.usualBasis).toBe('last-12-months');
    expect(d.categories.every((c) => c.typicalCents === null)).toBe(true);
    const aggs = await prisma.monthlyAggregate.findMany({ where: { userId: alice.userId, month: { in: before } } });
    const groceries = before.map((m) => aggs.find((a) => a.month === m && a.category === 'Groceries')?.spendCents ?? 0);
    expect(groceries.every((c) => c > 0)).toBe(true);
    expect(d.categories.find((c) => c.category === 'Groceries')!.usualCents).toBe(Math.round(median(groceries)));
    // padded with the 9 months before the file began, the median would be 0
    expect(Math.round(median([...groceries, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(0);
    // the first month has nothing before it: usual is 0, never missing
    const first = list.months[0]!.month;
    const f = (await (await detail(request(`/api/months/${first}`, { cookie: alice.cookie }), { params: Promise.resolve({ month: first }) })).json()) as {
      categories: Array<{ usualCents: number | null }>;
    };
    expect(f.categories.length).toBeGreaterThan(0);
    expect(f.categories.every((c) => c.usualCents === 0)).toBe(true);
  });

  it('shows the usual level the reasons quote, so "your usual $X" is the figure in the table', async () => {
    const list = (await (await months(request('/api/months', { cookie: alice.cookie }), {})).json()) as { months: Month[] };
    let checked = 0;
    for (const m of list.months.filter((x) => x.flagged)) {
      const d = (await (await detail(request(`/api/months/${m.month}`, { cookie: alice.cookie }), { params: Promise.resolve({ month: m.month }) })).json()) as {
        usualBasis: string;
        reasons: Array<{ kind: string; category: string; text: string }>;
        categories: Array<{ category: string; usualCents: number; typicalCents: number | null }>;
      };
      expect(d.usualBasis).toBe('history-and-season');
      // each category's typical month (no season) is there too, never above its usual level
      for (const c of d.categories) expect(c.usualCents).toBeGreaterThanOrEqual(c.typicalCents!);
      for (const r of d.reasons.filter((x) => x.kind === 'category-spike')) {
        // "Dining $4,055, 3.6× your usual $1,132 for March", or a broad rise's "Transport $1,917 for March, usually $1,166; all but …"
        const quoted = (/your usual (\$[\d,]+) for / .exec(r.text) ?? /, usually (\$[\d,]+); all but its /.exec(r.text))?.[1];
        expect(quoted).toBeDefined();
        expect(formatDollars(d.categories.find((c) => c.category === r.category)!.usualCents)).toBe(quoted);
        checked++;
      }
    }
    // seed 14 has a flagged Dining month ("Dining $4,055, 3.6× your usual $1,132 for March")
    expect(checked).toBeGreaterThan(0);
  });

  it('says, for a scored month that was not flagged, which categories still rose well above usual', async () => {
    const list = (await (await months(request('/api/months', { cookie: alice.cookie }), {})).json()) as { months: Month[] };
    let noted = 0;
    let plain = 0;
    for (const m of list.months.filter((x) => x.score !== null)) {
      const d = (await (await detail(request(`/api/months/${m.month}`, { cookie: alice.cookie }), { params: Promise.resolve({ month: m.month }) })).json()) as {
        flagged: boolean;
        score: number;
        unflaggedNote: string | null;
        categories: Array<{ category: string; spendCents: number; usualCents: number }>;
      };
      const risen = d.categories.filter((c) => c.usualCents > 0 && c.spendCents >= 1.5 * c.usualCents && c.spendCents - c.usualCents >= 15000);
      if (d.flagged || d.score >= DEFAULT_THRESHOLD || risen.length === 0) {
        expect(d.unflaggedNote, m.month).toBeNull();
        if (!d.flagged) plain++;
        continue;
      }
      // the largest rise is named, with the figures of the table
      const top = risen.sort((a, b) => b.spendCents - b.usualCents - (a.spendCents - a.usualCents))[0]!;
      expect(d.unflaggedNote, m.month).toContain(`${top.category} ${formatDollars(top.spendCents)} (`);
      expect(d.unflaggedNote).toContain(formatDollars(top.usualCents));
      noted++;
    }
    expect(noted).toBeGreaterThan(0);
    expect(plain).toBeGreaterThan(0);
  });

  it('draws the months before for each category a spending reason names, ending with the amount the reason quotes', async () => {
    const list = (await (await months(request('/api/months', { cookie: alice.cookie }), {})).json()) as { months: Month[] };
    const firstMonth = list.months[0]!.month;
    let checked = 0;
    for (const m of list.months.filter((x) => x.flagged)) {
      const d = (await (await detail(request(`/api/months/${m.month}`, { cookie: alice.cookie }), { params: Promise.resolve({ month: m.month }) })).json()) as {
        reasons: Array<{ kind: string; category: string; text: string }>;
        trends: Array<{ category: string; months: Array<{ month: string; spendCents: number }> }>;
      };
      const levels = new Set(d.reasons.filter((r) => r.kind === 'category-spike' || r.kind === 'sustained').map((r) => r.category));
      expect(d.trends.map((t) => t.category).sort()).toEqual([...levels].sort());
      for (const t of d.trends) {
        const ms = t.months.map((p) => p.month);
        // this month last, the up to 24 before it in order, none before the history began
        expect(ms.at(-1)).toBe(m.month);
        expect(ms.length).toBe(Math.min(25, list.months.findIndex((x) => x.month === m.month) + 1));
        expect(ms[0]! >= firstMonth).toBe(true);
        expect([...ms].sort()).toEqual(ms);
        const stored = await prisma.monthlyAggregate.findMany({ where: { userId: alice.userId, category: t.category, month: { in: ms } } });
        for (const p of t.months) expect(p.spendCents).toBe(stored.find((a) => a.month === p.month)?.spendCents ?? 0);
        // "Dining $4,055, 3.6× your usual …": the same money as this month's point
        const spike = d.reasons.find((r) => r.kind === 'category-spike' && r.category === t.category && !r.text.includes('apart from'));
        if (spike) {
          expect(spike.text.startsWith(`${t.category} ${formatDollars(t.months.at(-1)!.spendCents)},`)).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("answers 404 for a month of someone else's history and 400 for a malformed month", async () => {
    const res = await detail(request('/api/months/2023-05', { cookie: bob.cookie }), { params: Promise.resolve({ month: '2023-05' }) });
    expect(res.status).toBe(404);
    const bad = await detail(request('/api/months/2023-13', { cookie: alice.cookie }), { params: Promise.resolve({ month: '2023-13' }) });
    expect(bad.status).toBe(400);
  });
});

describe('feedback', () => {
  it('stores thumbs up/down with the score, once per month, and shows it on the month', async () => {
    const list = (await (await months(request('/api/months', { cookie: alice.cookie }), {})).json()) as { months: Month[] };
    const m = list.months.find((x) => x.flagged)!;
    const send = (verdict: string, cookie = alice.cookie) => feedback(request('/api/feedback', { method: 'POST', cookie, json: { month: m.month, verdict } }), {});
    expect((await send('real')).status).toBe(200);
    expect((await send('false_alarm')).status).toBe(200);
    const rows = await prisma.feedback.findMany({ where: { userId: alice.userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ month: m.month, verdict: 'false_alarm', score: m.score });
    const d = (await (await detail(request(`/api/months/${m.month}`, { cookie: alice.cookie }), { params: Promise.resolve({ month: m.month }) })).json()) as { feedback: string };
    expect(d.feedback).toBe('false_alarm');
    expect((await send('maybe')).status).toBe(400);
    expect((await send('real', bob.cookie)).status).toBe(404);
  });
});

describe('feedback tunes the threshold', () => {
  it('after enough false alarms the threshold rises past them, and the month confirmed real stays flagged', async () => {
    const before = (await (await months(request('/api/months', { cookie: alice.cookie }), {})).json()) as { months: Array<Month & { threshold: number }> };
    const flagged = before.months.filter((m) => m.flagged).sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    const top = flagged[flagged.length - 1]!;
    const lowest = flagged.slice(0, 2);
    const send = (month: string, verdict: string) => feedback(request('/api/feedback', { method: 'POST', cookie: alice.cookie, json: { month, verdict } }), {});
    for (const m of lowest) expect((await send(m.month, 'false_alarm')).status).toBe(200);
    expect((await send(top.month, 'real')).status).toBe(200);

    const after = (await (await months(request('/api/months', { cookie: alice.cookie }), {})).json()) as { months: Array<Month & { threshold: number }> };
    const t0 = before.months.find((m) => m.score !== null)!.threshold;
    const t1 = after.months.find((m) => m.score !== null)!.threshold;
    const answered = await prisma.feedback.findMany({ where: { userId: alice.userId } });
    const falseAlarms = answered.filter((a) => a.verdict === 'false_alarm').map((a) => a.score!);
    if (Math.max(...falseAlarms) < t0 + 0.1) {
      expect(t1).toBeGreaterThan(Math.max(...falseAlarms));
      for (const m of lowest) expect(after.months.find((x) => x.month === m.month)!.flagged).toBe(false);
    } else {
      expect(t1).toBeGreaterThanOrEqual(t0);
    }
    expect(after.months.find((x) => x.month === top.month)!.flagged).toBe(true);
    // scores themselves do not move: same data, same seed
    expect(after.months.map((m) => m.score)).toEqual(before.months.map((m) => m.score));
  });
});
