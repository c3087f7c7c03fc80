import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { sqlitePath } from '@/lib/db-url';
import { env } from './env.server';
import { ensurePragmas } from './sqlite.server';

/**
 * The single Prisma client. Kept on globalThis so development hot reloads
 * don't open a new connection each time.
 */
const g = globalThis as unknown as { __oddmonthPrisma?: PrismaClient };

export function createPrisma(url: string): PrismaClient {
  const file = sqlitePath(url);
  ensurePragmas(file);
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: 10_000 }) });
}

export const prisma: PrismaClient = g.__oddmonthPrisma ?? createPrisma(env().databaseUrl);
if (process.env.NODE_ENV !== 'production') g.__oddmonthPrisma = prisma;

/** Largest `id IN (...)` list per UPDATE (SQLite bounds the variables of one statement). */
export const UPDATE_CHUNK = 500;
