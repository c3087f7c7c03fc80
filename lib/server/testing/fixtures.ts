/**
 * Rows stored directly for service and route tests (no CSV in between).
 * Each call stores one transaction under its own import in the user's
 * "Everyday" account.
 */
let seq = 0;

export interface TxFixture {
  date?: string;
  amountCents: number;
  category: string;
  description?: string;
  merchant?: string;
  ruleId?: string | null;
  kind?: string;
}

export async function addTransaction(userId: string, t: TxFixture) {
  const { prisma } = await import('@/lib/server/db.server');
  const account = await prisma.bankAccount.upsert({
    where: { userId_name: { userId, name: 'Everyday' } },
    create: { userId, name: 'Everyday' },
    update: {},
  });
  const imp = await prisma.import.create({
    data: { userId, accountId: account.id, fileName: 'x.csv', fileSha256: 'x', format: 'commbank', rowCount: 1, newCount: 1, duplicateCount: 0, skippedCount: 0 },
  });
  seq++;
  const date = t.date ?? '2026-03-05';
  return prisma.transaction.create({
    data: {
      userId,
      accountId: account.id,
      importId: imp.id,
      date,
      month: date.slice(0, 7),
      amountCents: t.amountCents,
      description: t.description ?? 'd',
      merchant: t.merchant ?? 'M',
      category: t.category,
      ruleId: t.ruleId ?? null,
      kind: t.kind ?? 'normal',
      dedupeKey: `k${seq}`,
      occurrence: 1,
      line: seq,
    },
  });
}
