import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * Bulk insert of transactions: batched multi-row INSERTs through Prisma's
 * tagged raw SQL (portable to PostgreSQL), inside the caller's transaction.
 * createMany is ~40x slower for tens of thousands of rows (stack notes).
 */
export interface TransactionInsert {
  id: string;
  userId: string;
  accountId: string;
  importId: string;
  date: string;
  month: string;
  amountCents: number;
  description: string;
  merchant: string;
  category: string;
  ruleId: string | null;
  kind: string;
  balanceCents: number | null;
  dedupeKey: string;
  occurrence: number;
  line: number;
}

const COLUMNS = 16;
/** SQLite allows 32,766 parameters per statement, PostgreSQL 65,535. */
export const ROWS_PER_STATEMENT = Math.floor(32_000 / COLUMNS);

export async function insertTransactions(tx: Prisma.TransactionClient, rows: readonly TransactionInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const batch = rows.slice(i, i + ROWS_PER_STATEMENT);
    const values = Prisma.join(
      batch.map(
        (r) =>
          Prisma.sql`(${r.id}, ${r.userId}, ${r.accountId}, ${r.importId}, ${r.date}, ${r.month}, ${r.amountCents}, ${r.description}, ${r.merchant}, ${r.category}, ${r.ruleId}, ${r.kind}, ${r.balanceCents}, ${r.dedupeKey}, ${r.occurrence}, ${r.line})`,
      ),
    );
    await tx.$executeRaw`INSERT INTO "transaction" ("id", "userId", "accountId", "importId", "date", "month", "amountCents", "description", "merchant", "category", "ruleId", "kind", "balanceCents", "dedupeKey", "occurrence", "line") VALUES ${values}`;
  }
}
