-- AlterTable
ALTER TABLE "transaction" ADD COLUMN "bankCategory" TEXT;
