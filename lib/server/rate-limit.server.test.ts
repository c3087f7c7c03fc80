import { describe, expect, it } from 'vitest';

const { clearAccountAttempts, consumeAccountAttempt, releaseAccountAttempt } = await import('./rate-limit.server');

describe('per-account sign-in limit', () => {
  it('allows max attempts per window, refuses the next, and opens again after the window', async () => {
    const t0 = 1_800_000_000_000;
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await consumeAccountAttempt('signin:a@example.com', 60, 5, t0 + i * 1000));
    expect(results).toEqual([true, true, true, true, true, false]);
    expect(await consumeAccountAttempt('signin:b@example.com', 60, 5, t0 + 6000)).toBe(true);
    expect(await consumeAccountAttempt('signin:a@example.com', 60, 5, t0 + 59_000)).toBe(false);
    expect(await consumeAccountAttempt('signin:a@example.com', 60, 5, t0 + 61_000)).toBe(true);
  });

  it('does not let concurrent attempts slip past the limit', async () => {
    const t0 = 1_900_000_000_000;
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeAccountAttempt('signin:c@example.com', 60, 5, t0)));
    expect(results.filter(Boolean)).toHaveLength(5);
  });

  it('gives back one attempt, or forgets them all, for that key only', async () => {
    const t0 = 2_000_000_000_000;
    const take = async (key: string, n: number) => {
      const out: boolean[] = [];
      for (let i = 0; i < n; i++) out.push(await consumeAccountAttempt(key, 60, 5, t0));
      return out;
    };
    await take('signin:d@example.com', 5);
    await take('signin:e@example.com', 5);
    await releaseAccountAttempt('signin:d@example.com');
    expect(await take('signin:d@example.com', 2)).toEqual([true, false]);
    await clearAccountAttempts('signin:d@example.com');
    expect(await take('signin:d@example.com', 6)).toEqual([true, true, true, true, true, false]);
    expect(await consumeAccountAttempt('signin:e@example.com', 60, 5, t0)).toBe(false);
  });
});
