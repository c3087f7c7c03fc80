import { databaseUrl, sqlitePath } from '@/lib/db-url';

/**
 * Prisma's codes for a database whose schema is older than the code: a table
 * (P2021) or a column (P2022) the query needs is missing. That happens when
 * a command runs against a database that was never migrated, or after an
 * upgrade before `npm run db:deploy`.
 */
const SCHEMA_BEHIND = new Set(['P2021', 'P2022']);

/** One line for the terminal: what went wrong and, where we know it, what to run. */
export function describeFailure(err: unknown, env: Record<string, string | undefined> = process.env): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? (err as { code: unknown }).code : undefined;
  if (typeof code === 'string' && SCHEMA_BEHIND.has(code)) {
    let where: string;
    try {
      where = sqlitePath(databaseUrl(env));
    } catch {
      where = databaseUrl(env);
    }
    return `the database at ${where} is not set up for this version of Oddmonth (a table or column it needs is missing). Run \`npm run db:deploy\` to create or upgrade it, then try again.`;
  }
  return err instanceof Error ? err.message : String(err);
}
