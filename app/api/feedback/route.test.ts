import { beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, request, signUp } from '@/lib/server/testing/http';
import { generateHousehold, toBankCsv } from '@/lib/core/synth';
import { DEFAULT_THRESHOLD } from '@/lib/core/detect';
import { FeedbackResultSchema, type FeedbackResult } from '@/lib/schemas/feedback';
import type { MonthSummary } from '@/lib/schemas/months';

vi.mock('next/headers', () => nextHeadersMock);

const { POST: feedback } = await import('./route');
const { GET: months } = await import('../months/route');
const { commitImport } = await import('@/lib/server/import.server');

type User = { cookie: string; userId: string };
let alice: User;
let bob: User;
let carol: User;
/**
 * Seed 2 flags 8 of its 48 months; the four least unusual score 0.600,
 * 0.627, 0.647 and 0.679, the two most 0.814 and 0.802; its usual months
 * score about 0.28. The alert level may move between 0.45 and 0.65.
 */
const household = generateHousehold({ seed: 2, startMonth: '2021-01', months: 48 });
let flagged: MonthSummary[] = [];
let usual: MonthSummary;

async function list(u: User): Promise<MonthSummary[]> {
  return ((await (await months(request('/api/months', { cookie: u.cookie }), {})).json()) as { months: MonthSummary[] }).months;
}

async function answer(u: User, month: string, verdict: 'real' | 'false_alarm'): Promise<FeedbackResult> {
  const res = await feedback(request('/api/feedback', { method: 'POST', cookie: u.cookie, json: { month, verdict } }), {});
  expect(res.status).toBe(200);
  return FeedbackResultSchema.parse(await res.json());
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

beforeAll(async () => {
  alice = await signUp('alice@example.com');
  bob = await signUp('bob@example.com');
  carol = await signUp('carol@example.com');
  const bytes = new TextEncoder().encode(toBankCsv('commbank', household.transactions));
  for (const u of [alice, bob, carol]) await commitImport(u.userId, { fileName: 'h.csv', bytes }, { maxBytes: 1e8, maxRows: 1e6 });
  const all = await list(alice);
  flagged = all.filter((m) => m.flagged).sort((a, b) => a.score! - b.score!);
  usual = all.find((m) => m.score !== null && !m.flagged)!;
  // the household these tests are written for
  expect(flagged.map((m) => m.score!.toFixed(3))).toEqual(['0.600', '0.627', '0.647', '0.679', '0.738', '0.783', '0.802', '0.814']);
  expect(usual.score!).toBeLessThan(0.45);
});

describe('POST /api/feedback says what the answer did', () => {
  it('a false alarm among fewer than 3 answers keeps the month flagged and the alert level at the default', async () => {
    const m = flagged[0]!; // 0.600
    expect(await answer(alice, m.month, 'false_alarm')).toEqual({
      month: m.month,
      verdict: 'false_alarm',
      score: m.score,
      wasFlagged: true,
      flagged: true,
      thresholdBefore: DEFAULT_THRESHOLD,
      thresholdAfter: DEFAULT_THRESHOLD,
      answers: 1,
      minAnswers: 3,
      lowestThreshold: 0.45,
      highestThreshold: 0.65,
      outcome: 'too_few_answers',
      othersFlagged: [],
      othersUnflagged: [],
    });
    const top = flagged[7]!; // 0.814
    expect(await answer(alice, top.month, 'real')).toMatchObject({ verdict: 'real', flagged: true, thresholdAfter: DEFAULT_THRESHOLD, answers: 2, outcome: 'agrees' });
  });

  it('a false alarm that moves the alert level past the month unflags it, and says from what to what', async () => {
    const m = flagged[1]!; // 0.627: with 0.600 also a false alarm and 0.814 real, the level goes just above 0.627
    const r = await answer(alice, m.month, 'false_alarm');
    expect(r).toMatchObject({ month: m.month, score: m.score, wasFlagged: true, flagged: false, thresholdBefore: DEFAULT_THRESHOLD, answers: 3, outcome: 'flag_changed' });
    expect(r.thresholdAfter).toBe(round6(m.score! + 1e-6));
    expect(r.thresholdAfter.toFixed(3)).toBe('0.627');
    const after = await list(alice);
    const flag = (month: string) => after.find((x) => x.month === month)!.flagged;
    expect(flag(flagged[0]!.month)).toBe(false); // the earlier false alarm at 0.600 is unflagged too
    // … and the answer says so: the other month its level moved
    expect([r.othersUnflagged, r.othersFlagged]).toEqual([[flagged[0]!.month], []]);
    expect(flag(flagged[2]!.month)).toBe(true); // 0.647 is still above the level
    expect(after.every((x) => x.score === null || x.threshold === r.thresholdAfter)).toBe(true);
  });

  it('a false alarm above the highest the alert level goes stays flagged; the level stays where the other answers put it', async () => {
    const m = flagged[6]!; // 0.802 > 0.65
    const level = round6(flagged[1]!.score! + 1e-6);
    expect(await answer(alice, m.month, 'false_alarm')).toMatchObject({
      month: m.month,
      wasFlagged: true,
      flagged: true,
      thresholdBefore: level,
      thresholdAfter: level,
      answers: 4,
      outcome: 'level_limit',
    });
  });

  it('a false alarm scoring above a month said to be real stays flagged, the level at the default', async () => {
    // bob: 0.627 and 0.814 real, then 0.647 a false alarm: raising the level past 0.647 would miss 0.627
    await answer(bob, flagged[1]!.month, 'real');
    await answer(bob, flagged[7]!.month, 'real');
    const m = flagged[2]!;
    expect(await answer(bob, m.month, 'false_alarm')).toMatchObject({
      month: m.month,
      wasFlagged: true,
      flagged: true,
      thresholdBefore: DEFAULT_THRESHOLD,
      thresholdAfter: DEFAULT_THRESHOLD,
      answers: 3,
      outcome: 'other_answers',
    });
  });

  it('"yes, it was unusual" on a usual month below the lowest alert level keeps it unflagged', async () => {
    expect(await answer(carol, usual.month, 'real')).toMatchObject({
      month: usual.month,
      score: usual.score,
      wasFlagged: false,
      flagged: false,
      thresholdBefore: DEFAULT_THRESHOLD,
      thresholdAfter: DEFAULT_THRESHOLD,
      answers: 1,
      outcome: 'level_limit',
    });
  });
});

describe('GET /api/months carries the answers', () => {
  it("gives each month the user's own answer, null where they gave none", async () => {
    const a = await list(alice);
    const answers = Object.fromEntries(a.filter((m) => m.feedback !== null).map((m) => [m.month, [m.feedback, m.flagged]]));
    expect(answers).toEqual({
      [flagged[0]!.month]: ['false_alarm', false],
      [flagged[1]!.month]: ['false_alarm', false],
      [flagged[6]!.month]: ['false_alarm', true],
      [flagged[7]!.month]: ['real', true],
    });
    const c = await list(carol);
    expect(c.filter((m) => m.feedback !== null).map((m) => [m.month, m.feedback, m.flagged])).toEqual([[usual.month, 'real', false]]);
    // another user's answers are theirs alone
    expect((await list(bob)).find((m) => m.month === flagged[0]!.month)!.feedback).toBeNull();
  });
});
