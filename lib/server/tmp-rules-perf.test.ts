import { it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { prisma } from './db.server';
import { createRule, previewRecategorize, recategorize, compiledRulesFor } from './rules.server';
import { buildCategorizeContext, categorize } from '@/lib/core/categorize/engine';

it('100k perf', async () => {
  const userId = 'perf';
  await prisma.user.create({ data: { id: userId, name: 'p', email: 'p@example.com' } });
  const account = await prisma.bankAccount.create({ data: { userId, name: 'A' } });
  const imp = await prisma.import.create({ data: { userId, accountId: account.id, fileName: 'b', fileSha256: 'x', format: 'commbank', rowCount: 1, newCount: 1, duplicateCount: 0, skippedCount: 0 } });
  const texts = ['WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234', 'KLOMP HOUSEWARES NEWTOWN', 'CAFE NERO SYDNEY', 'NETFLIX.COM MELBOURNE', 'SALARY ACME PTY LTD', 'AMPOL NEWTOWN NS AUS Card xx1234', 'RANDOM SHOP 77 PARRAMATTA'];
  const rows = Array.from({ length: 100_000 }, (_, i) => {
    const d = texts[i % texts.length]!;
    return { id: randomUUID() as string, userId, accountId: account.id, importId: imp.id, date: '2026-02-01', month: '2026-02', amountCents: d.startsWith('SALARY') ? 500000 : -(i % 9000 + 100), description: d, merchant: d.split(' ').slice(0, 2).join(' '), category: 'Uncategorized', ruleId: null, kind: 'normal', balanceCents: null, dedupeKey: `k${i}`, occurrence: 1, line: i };
  });
  for (let i = 0; i < rows.length; i += 5000) await prisma.transaction.createMany({ data: rows.slice(i, i + 5000) });
  const c = await compiledRulesFor(userId);
  const parsed = rows.map((r) => ({ ...r, account: null, bankCategory: null, kind: 'normal' as const }));
  let t = performance.now();
  const ctx = buildCategorizeContext(parsed);
  for (const p of parsed) categorize(p, c, ctx);
  console.log('categorize only', performance.now() - t);
  t = performance.now();
  const p1 = await previewRecategorize(userId);
  console.log('preview (all change)', performance.now() - t, p1.changed);
  t = performance.now();
  await recategorize(userId, 'init');
  console.log('apply (all change)', performance.now() - t);
  await createRule(userId, { name: null, category: 'Shopping', priority: 100, match: { field: 'merchant', op: 'contains', value: 'klomp' }, direction: 'out', enabled: true });
  t = performance.now();
  const p2 = await previewRecategorize(userId);
  console.log('preview (1 rule)', performance.now() - t, p2.changed);
  t = performance.now();
  await recategorize(userId, 'klomp');
  console.log('apply (1 rule)', performance.now() - t);
}, 600_000);
