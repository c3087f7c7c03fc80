#!/usr/bin/env node
// Stand-in for Prisma's native schema engine, which cannot be downloaded here.
// `prisma generate` only checks that the binary exists. Anything that really
// needs the engine gets a JSON-RPC error instead of a silent success.
process.stdin.setEncoding('utf8');
let buf = '';
process.stdin.on('data', (chunk) => {
  buf += chunk;
  let i;
  while ((i = buf.indexOf('\n')) >= 0) {
    const line = buf.slice(0, i);
    buf = buf.slice(i + 1);
    let id = null;
    try { id = JSON.parse(line).id ?? null; } catch { /* not JSON */ }
    process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id, error: { code: -32000, message: 'No native schema engine here; use npm run db:migrate / db:deploy / db:status (WASM engine).' } }) + '\n');
  }
});
process.stdin.on('end', () => process.exit(1));
if (process.argv.includes('--version')) { console.log('schema-engine-stub 0.0.0'); process.exit(0); }
