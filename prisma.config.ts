import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { databaseUrl } from './lib/db-url';

// Prisma's CLI insists on a native schema engine binary, which cannot be
// downloaded on machines without access to Prisma's binary host. `generate`
// only checks that the file exists; migrations run through the WASM engine in
// scripts/migrate.ts. See docs/decisions/001-prisma-migrations-via-wasm.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, 'scripts/no-schema-engine.cjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: databaseUrl() },
});
