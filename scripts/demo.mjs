#!/usr/bin/env node
/**
 * npm run demo: migrate the embedded SQLite database, seed an admin and a
 * demo user with years of realistic Australian transactions, build, and serve
 * the production app on http://127.0.0.1:3000. Idempotent: running it again
 * adds nothing to the database.
 */
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.PORT ?? '3000';
const bin = (name) => path.join(root, 'node_modules/.bin', name);
// Before anything else: a second demo would wait on the database the first holds, then fail to listen.
const portFree = await new Promise((resolve) => {
  const probe = net.createServer();
  probe.once('error', () => resolve(false));
  probe.listen(Number(port), '127.0.0.1', () => probe.close(() => resolve(true)));
});
if (!portFree) {
  console.error(
    `Port ${port} on 127.0.0.1 is already in use. If that is Oddmonth, it is already serving http://127.0.0.1:${port}: ` +
      `stop it to run the demo again. If it is something else, choose another port: PORT=3001 npm run demo`,
  );
  process.exit(1);
}

fs.mkdirSync(path.join(root, 'data'), { recursive: true });

// A stable random secret for this installation, unless one is configured.
const secretFile = path.join(root, 'data', '.auth-secret');
if (!process.env.BETTER_AUTH_SECRET && !fs.existsSync(secretFile)) {
  fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
}
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? fs.readFileSync(secretFile, 'utf8').trim(),
  BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? `http://127.0.0.1:${port}`,
};

function step(label, file, args, extraEnv = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  execFileSync(file, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  console.log(`  ${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

step('Migrating the database', bin('tsx'), ['scripts/migrate.ts', 'deploy']);
step('Seeding demo data', bin('tsx'), ['--conditions=react-server', 'prisma/seed.ts']);
step('Building the app', bin('next'), ['build'], { NODE_ENV: 'production' });

console.log(`\n▶ Serving Oddmonth on http://127.0.0.1:${port}  (Ctrl+C to stop)`);
const server = spawn(bin('next'), ['start', '--hostname', '127.0.0.1', '--port', port], {
  cwd: root,
  env: { ...env, NODE_ENV: 'production' },
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
