#!/usr/bin/env node
/**
 * The whole test suite: lint, typecheck, unit + integration tests (vitest),
 * production build, end-to-end tests (Playwright in Debian's Chromium).
 * Installs Chromium from Debian when it is missing and we are root.
 */
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
process.env.NEXT_TELEMETRY_DISABLED = '1';

function ensureChromium() {
  if (fs.existsSync(chromium)) return;
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing Debian\'s package (apt-get install chromium)…');
    execSync('apt-get update -o DPkg::Lock::Timeout=600 && DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=600 chromium', { stdio: 'inherit' });
    return;
  }
  console.error(`Chromium was not found at ${chromium}. Install it with: sudo apt-get install -y chromium  (or set CHROMIUM_PATH).`);
  process.exit(1);
}

const steps = [
  ['lint', 'npx', ['eslint', '--max-warnings=0', '.']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['unit + integration tests', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['next', 'build']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  if (name === 'end-to-end tests') ensureChromium();
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const env = name === 'build' ? { ...process.env, BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? 'build-time-secret-build-time-secret-00' } : process.env;
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  results.push({ name, ok: r.status === 0, secs });
  if (r.status !== 0) break;
}
console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.secs} s)`);
const failed = results.filter((r) => !r.ok).length;
process.exit(failed ? 1 : 0);
