import 'server-only';
import { prisma, UPDATE_CHUNK } from './db.server';
import { cleanMerchant, MERCHANT_FROM_NARRATIVE } from '@/lib/core/csv';
import type { BankFormat } from '@/lib/core/types';

/**
 * Bring a user's stored merchant names up to the current parser (a cleaning
 * rule that changed, e.g. a person payment's memo no longer part of the
 * payee), so stored rows group payees as a fresh import of the same file
 * would: no skew between `oddmonth analyze` and the app after an upgrade.
 * Only layouts whose merchant comes from the narrative alone
 * (`MERCHANT_FROM_NARRATIVE`); the others' merchant column is not stored.
 * Returns how many rows changed; a second call changes none.
 */
export async function refreshMerchants(userId: string): Promise<number> {
  const rows = await prisma.transaction.findMany({
    where: { userId },
    select: { id: true, description: true, merchant: true, import: { select: { format: true } } },
  });
  const byMerchant = new Map<string, number[]>();
  for (const r of rows) {
    if (!MERCHANT_FROM_NARRATIVE.has(r.import.format as BankFormat)) continue;
    const merchant = cleanMerchant(r.description, r.import.format as BankFormat);
    if (merchant === r.merchant) continue;
    const ids = byMerchant.get(merchant);
    if (ids) ids.push(r.id);
    else byMerchant.set(merchant, [r.id]);
  }
  if (byMerchant.size === 0) return 0;
  let n = 0;
  // one transaction: the history is never half renamed; ids in chunks, as re-categorization writes them (SQLite's bound-variable limit)
  await prisma.$transaction(async (tx) => {
    for (const [merchant, ids] of byMerchant) {
      for (let i = 0; i < ids.length; i += UPDATE_CHUNK) {
        n += (await tx.transaction.updateMany({ where: { id: { in: ids.slice(i, i + UPDATE_CHUNK) }, userId }, data: { merchant } })).count;
      }
    }
  });
  return n;
}
