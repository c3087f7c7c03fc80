-- Transaction ids become integers (the rowid): no separate primary-key index,
-- and ~40 bytes less per row and per index entry (docs/decisions/006).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_transaction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "merchant" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "ruleId" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'normal',
    "balanceCents" INTEGER,
    "dedupeKey" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    CONSTRAINT "transaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "transaction_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "bank_account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "transaction_importId_fkey" FOREIGN KEY ("importId") REFERENCES "import" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Edited by hand: the old text ids cannot become integers; rows get new ids in the order they were stored.
INSERT INTO "new_transaction" ("accountId", "amountCents", "balanceCents", "category", "date", "dedupeKey", "description", "importId", "kind", "line", "merchant", "month", "occurrence", "ruleId", "userId") SELECT "accountId", "amountCents", "balanceCents", "category", "date", "dedupeKey", "description", "importId", "kind", "line", "merchant", "month", "occurrence", "ruleId", "userId" FROM "transaction" ORDER BY "rowid";
DROP TABLE "transaction";
ALTER TABLE "new_transaction" RENAME TO "transaction";
CREATE INDEX "transaction_userId_month_idx" ON "transaction"("userId", "month");
CREATE INDEX "transaction_importId_idx" ON "transaction"("importId");
CREATE UNIQUE INDEX "transaction_accountId_dedupeKey_occurrence_key" ON "transaction"("accountId", "dedupeKey", "occurrence");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
