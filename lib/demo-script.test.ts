import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

describe('npm run demo (scripts/demo.mjs)', () => {
  it('stops at once, saying so, when its port is taken, before it writes anything', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    // were the check gone, the demo must not seed the working tree's database nor run for long
    const env = { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(os.tmpdir(), `oddmonth-demo-${port}.db`)}` };
    const out = await run(process.execPath, ['scripts/demo.mjs'], { cwd: root, env, timeout: 30_000 }).then(
      () => ({ code: 0, stderr: '', stdout: '' }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    taken.close();
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    // no step ran: not the migration, not the seed, not the build
    expect(out.stdout).not.toContain('▶');
  });
});

describe('npm run db:seed (prisma/seed.ts)', () => {
  it('run twice adds nothing the second time, not even a line in the import history', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-seed-'));
    const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, 'demo.db')}`, BETTER_AUTH_SECRET: 'x'.repeat(32) };
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    await run(tsx, ['scripts/migrate.ts', 'deploy'], { cwd: root, env });
    const first = await run(tsx, ['--conditions=react-server', 'prisma/seed.ts', '--small'], { cwd: root, env });
    const second = await run(tsx, ['--conditions=react-server', 'prisma/seed.ts', '--small'], { cwd: root, env });
    const seeded = /Seeded ([\d,]+) new transactions \(([\d,]+) already there\)/;
    const [, newFirst, thereFirst] = seeded.exec(first.stdout)!;
    const [, newSecond, thereSecond] = seeded.exec(second.stdout)!;
    expect(thereFirst).toBe('0');
    expect(newSecond).toBe('0');
    expect(thereSecond).toBe(newFirst);
    const db = new Database(path.join(dir, 'demo.db'), { readonly: true });
    const imports = db.prepare('SELECT COUNT(*) AS n FROM "import"').get() as { n: number };
    db.close();
    expect(imports.n).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
