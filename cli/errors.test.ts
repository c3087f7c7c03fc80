import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure } from './errors';

describe('describeFailure', () => {
  it('names the database and the command to run when its schema is behind the code (Prisma P2021 / P2022)', () => {
    const env = { DATABASE_URL: 'file:/srv/oddmonth/main.db' };
    for (const code of ['P2021', 'P2022']) {
      expect(describeFailure(Object.assign(new Error('The table `main.model_version` does not exist'), { code }), env)).toBe(
        'the database at /srv/oddmonth/main.db is not set up for this version of Oddmonth (a table or column it needs is missing). Run `npm run db:deploy` to create or upgrade it, then try again.',
      );
    }
  });

  it('passes any other failure through as its message', () => {
    expect(describeFailure(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBe('Unique constraint failed');
    expect(describeFailure('plain')).toBe('plain');
  });
});

describe('a command against a database that was never migrated', () => {
  it('exits 1 with the db:deploy hint on stderr, not a Prisma stack', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-nodb-'));
    try {
      const db = path.join(dir, 'empty.db');
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'cli/index.ts', 'rescore'], {
        cwd: path.resolve(__dirname, '..'),
        env: { ...process.env, DATABASE_URL: `file:${db}`, NODE_ENV: 'development' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 1, stdout: '' });
      expect(r.stderr.trim()).toBe(
        `oddmonth: the database at ${db} is not set up for this version of Oddmonth (a table or column it needs is missing). Run \`npm run db:deploy\` to create or upgrade it, then try again.`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
