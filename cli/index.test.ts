/**
 * The command as another program runs it: `npm run -s oddmonth -- analyze
 * FILE... --json` in a child process, its stdout read from a pipe. The other
 * CLI tests call the commands in-process, which cannot see what is lost
 * between the process and its reader.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHousehold, toBankCsv } from '@/lib/core/synth';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-cli-pipe-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function runCommand(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'oddmonth', '--', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('oddmonth analyze --json through a pipe', () => {
  it('prints the whole JSON for several long histories, far more than a pipe holds at once', async () => {
    const seeds = Array.from({ length: 12 }, (_, i) => 21 + i);
    const files = seeds.map((seed) => {
      const p = path.join(dir, `household-${seed}.csv`);
      const h = generateHousehold({ seed, startMonth: '2020-01', months: 48 });
      fs.writeFileSync(p, toBankCsv('commbank', h.transactions));
      return p;
    });
    const { code, stdout, stderr } = await runCommand(['analyze', ...files, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // a Linux pipe holds 64 KiB; the cut-off output stopped there
    expect(stdout.length).toBeGreaterThan(4 * 65_536);
    const parsed = JSON.parse(stdout) as { files: Record<string, { months: Array<{ month: string }> }> };
    expect(Object.keys(parsed.files).sort()).toEqual(seeds.map((s) => `household-${s}.csv`).sort());
    for (const f of Object.values(parsed.files)) expect(f.months.map((m) => m.month).at(-1)).toBe('2023-12');
  }, 120_000);
});
