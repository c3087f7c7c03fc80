#!/usr/bin/env node
// Starts the production build for the end-to-end tests on a fresh database.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.E2E_PORT ?? '3100';
const db = path.join(root, 'data', 'e2e.db');
for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });

const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${db}`,
  BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
  // The suite signs in many times from one address; the limit itself is tested separately.
  SIGNIN_MAX_ATTEMPTS: process.env.SIGNIN_MAX_ATTEMPTS ?? '30',
};
const tsx = path.join(root, 'node_modules/.bin/tsx');
execFileSync(tsx, ['scripts/migrate.ts', 'deploy'], { cwd: root, env, stdio: 'inherit' });
execFileSync(tsx, ['--conditions=react-server', 'prisma/seed.ts', '--small'], { cwd: root, env, stdio: 'inherit' });
const next = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '--hostname', '127.0.0.1', '--port', port], { cwd: root, env, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => next.kill(sig));
next.on('exit', (code) => process.exit(code ?? 0));
