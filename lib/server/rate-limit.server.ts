import 'server-only';
import { prisma } from './db.server';

/**
 * Fixed-window counter per key in the RateLimit table (shared by every
 * server process on the same database). Returns false when the key has used
 * up its attempts in the current window. The window restarts with a
 * conditional update, so two concurrent requests cannot both reset it.
 */
export async function consumeAccountAttempt(key: string, windowSeconds: number, max: number, now = Date.now()): Promise<boolean> {
  const windowStart = BigInt(now - windowSeconds * 1000);
  const id = `acct:${key}`;
  const existing = await prisma.rateLimit.findUnique({ where: { key: id } });
  if (!existing) {
    try {
      await prisma.rateLimit.create({ data: { id, key: id, count: 1, lastRequest: BigInt(now) } });
      return true;
    } catch {
      // created concurrently: fall through to the update path
    }
  }
  const reset = await prisma.rateLimit.updateMany({
    where: { key: id, lastRequest: { lt: windowStart } },
    data: { count: 1, lastRequest: BigInt(now) },
  });
  if (reset.count === 1) return true;
  const bumped = await prisma.rateLimit.updateMany({
    where: { key: id, count: { lt: max } },
    data: { count: { increment: 1 } },
  });
  return bumped.count === 1;
}

/** Gives back one attempt taken by consumeAccountAttempt (one that turned out not to count, e.g. a sign-in that succeeded). */
export async function releaseAccountAttempt(key: string): Promise<void> {
  await prisma.rateLimit.updateMany({ where: { key: `acct:${key}`, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Forgets every attempt of a key in its current window (e.g. an account's failed sign-ins, once the right password is given). */
export async function clearAccountAttempts(key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key: `acct:${key}` } });
}
