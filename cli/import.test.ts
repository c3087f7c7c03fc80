import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { signUp } from '@/lib/server/testing/http';
import { runImport } from './import';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function capture() {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
  return { done: () => (o.mockRestore(), e.mockRestore(), { out, err }) };
}

describe('oddmonth import', () => {
  const good = path.join(dir, 'everyday.csv');
  fs.writeFileSync(
    good,
    ['03/01/2026,"-12.50","WOOLWORTHS 1234 SYDNEY NS AUS","+100.00"', '03/01/2026,"-4.00","CAFE NERO","+96.00"', '03/01/2026,"-4.00","CAFE NERO","+92.00"'].join('\r\n'),
  );
  const bad = path.join(dir, 'broken.csv');
  fs.writeFileSync(bad, ['01/02/2026,"-1.00","A","+1.00"', '02/02/2026,"-2.00","B","+1.00"', '03/02/2026,"-3.00","C","+1.00"', '40/02/2026,"-4.00","D","+1.00"'].join('\n'));

  it('imports each file with a summary line, adds nothing the second time, and refuses a bad file naming line and field', async () => {
    const { userId } = await signUp('cli@example.com');
    const { prisma } = await import('@/lib/server/db.server');
    let c = capture();
    expect(await runImport({ files: [good], user: 'cli@example.com', account: 'Everyday' })).toBe(0);
    let r = c.done();
    expect(r.out).toMatch(/^everyday\.csv: CommBank 2026-01-03 to 2026-01-03, 3 rows: 3 new, 0 already imported, 0 skipped, 0 transfers \(\d+ ms\)\n/);
    // every day is <= 12: the file is read day-first, and says so
    expect(r.out).toContain('warning: Every date in this file has day and month of 12 or less');
    expect(await prisma.transaction.count({ where: { userId } })).toBe(3);

    c = capture();
    expect(await runImport({ files: [good, bad, path.join(dir, 'missing.csv')], user: 'cli@example.com', account: 'Everyday' })).toBe(1);
    r = c.done();
    expect(r.out).toContain('everyday.csv: CommBank');
    expect(r.out).toContain('3 rows: 0 new, 3 already imported');
    expect(r.err).toContain('broken.csv line 4, field');
    expect(r.err).toContain('missing.csv: cannot read');
    expect(await prisma.transaction.count({ where: { userId } })).toBe(3);
  });

  it('refuses an unknown user', async () => {
    const c = capture();
    expect(await runImport({ files: [good], user: 'nobody@example.com' })).toBe(1);
    expect(c.done().err).toBe('oddmonth: no user with e-mail nobody@example.com\n');
  });
});
