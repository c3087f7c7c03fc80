/**
 * The database URL: `DATABASE_URL` when set, else the embedded SQLite file
 * `data/oddmonth.db` under the project root. Kept free of imports so
 * prisma.config.ts, scripts and the server can share it.
 */
export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL : 'file:./data/oddmonth.db';
}

/** Filesystem path of a `file:` SQLite URL, resolved against `cwd`. */
export function sqlitePath(url: string, cwd: string = process.cwd()): string {
  if (!url.startsWith('file:')) throw new Error(`Only SQLite file: URLs are supported by the embedded driver, got "${url}"`);
  const p = url.slice('file:'.length);
  return p.startsWith('/') ? p : `${cwd.replace(/\/$/, '')}/${p.replace(/^\.\//, '')}`;
}
