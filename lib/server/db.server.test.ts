import { describe, expect, it } from 'vitest';

const { prisma } = await import('./db.server');

describe('the embedded database', () => {
  it('runs in WAL mode with foreign keys enforced on the Prisma connection', async () => {
    const [journal] = await prisma.$queryRawUnsafe<Array<{ journal_mode: string }>>('PRAGMA journal_mode');
    expect(journal?.journal_mode).toBe('wal');
    const [fk] = await prisma.$queryRawUnsafe<Array<{ foreign_keys: bigint | number }>>('PRAGMA foreign_keys');
    expect(Number(fk?.foreign_keys)).toBe(1);
    await expect(
      prisma.bankAccount.create({ data: { userId: 'no-such-user', name: 'Everyday' } }),
    ).rejects.toMatchObject({ code: 'P2003' });
  });
});
