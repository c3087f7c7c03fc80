import { execFile } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
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
