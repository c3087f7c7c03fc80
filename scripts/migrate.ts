/**
 * Prisma migrations without Prisma's native schema engine.
 *
 * Prisma's CLI downloads a native `schema-engine` before every command, which
 * this kind of machine cannot reach. Prisma publishes the same engine as
 * WebAssembly (@prisma/schema-engine-wasm, pinned to the CLI's engine hash);
 * this script drives it through the better-sqlite3 driver adapter. It reads
 * and writes Prisma's normal layout (prisma/migrations/<ts>_<name>/
 * migration.sql, migration_lock.toml, the _prisma_migrations table), so the
 * stock CLI can take over wherever the native binary is available.
 *
 *   tsx scripts/migrate.ts deploy            apply pending migrations
 *   tsx scripts/migrate.ts dev [--name x]    create a migration from schema changes, then apply
 *   tsx scripts/migrate.ts status            report whether the database is up to date (exit 1 if not)
 *
 * See docs/decisions/001-prisma-migrations-via-wasm.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine as SchemaEngineT } from '@prisma/schema-engine-wasm';
import Database from 'better-sqlite3';
import { databaseUrl, sqlitePath } from '../lib/db-url';
import { initSqliteFile } from '../lib/sqlite-file';
import { describeMigrationError } from '../lib/migrate-errors';

const root = path.resolve(import.meta.dirname, '..');
const schemaPath = path.join(root, 'prisma/schema.prisma');
const migrationsDir = path.join(root, 'prisma/migrations');
const filters = { externalTables: [], externalEnums: [] };

async function loadEngine(): Promise<typeof import('@prisma/schema-engine-wasm')> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  // The package's entry imports the .wasm file as an ES module, which Node 20
  // cannot do: instantiate it here and hand the exports to the JS glue.
  const glue = (await import(path.join(dir, 'schema_engine_bg.js'))) as Record<string, unknown> & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue as unknown as typeof import('@prisma/schema-engine-wasm');
}

/**
 * better-sqlite3 refuses multi-statement strings in `executeRaw`; the WASM
 * engine sends whole migration scripts that way to the shadow database.
 */
function scriptTolerant(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (q) => {
    try {
      return await executeRaw(q);
    } catch (e) {
      if (q.args.length === 0 && /more than one statement/i.test(String((e as Error).message ?? e))) {
        await adapter.executeScript(q.sql);
        return 0;
      }
      throw e;
    }
  };
  return adapter;
}

function readMigrations(): MigrationList {
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const dirs = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: fs.existsSync(file)
            ? { tag: 'ok' as const, value: fs.readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

async function openEngine(): Promise<SchemaEngineT> {
  const url = databaseUrl();
  fs.mkdirSync(path.dirname(sqlitePath(url, root)), { recursive: true });
  // page size and WAL before the engine creates the first table (lib/sqlite-file.ts)
  const init = new Database(sqlitePath(url, root));
  try {
    initSqliteFile(init);
  } finally {
    init.close();
  }
  const mod = await loadEngine();
  const base = new PrismaBetterSqlite3({ url: sqlitePath(url, root) });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => scriptTolerant(await base.connect()),
    connectToShadowDb: async () => scriptTolerant(await base.connectToShadowDb()),
  };
  const log = (msg: string) => {
    if (process.env.MIGRATE_DEBUG) console.error(msg);
  };
  return mod.SchemaEngine.new(
    { datamodels: [[schemaPath, fs.readFileSync(schemaPath, 'utf8')]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

function schemaFiles() {
  return { files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }] };
}

async function deploy(engine: SchemaEngineT): Promise<string[]> {
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrations(), filters });
  return appliedMigrationNames;
}

async function main(): Promise<number> {
  const [cmd, ...rest] = process.argv.slice(2);
  const nameIdx = rest.indexOf('--name');
  const name = nameIdx >= 0 ? rest[nameIdx + 1] : undefined;
  const engine = await openEngine();
  const started = performance.now();
  try {
    if (cmd === 'deploy') {
      const applied = await deploy(engine);
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'No pending migrations: the database is up to date.');
      return 0;
    }
    if (cmd === 'dev') {
      const applied = await deploy(engine); // a new database has no _prisma_migrations table until this runs
      if (applied.length) console.log(`Applied ${applied.length} pending migration(s): ${applied.join(', ')}`);
      // createMigration in the WASM engine refuses SQLite shadow databases;
      // diff from the migration history (replayed in an in-memory shadow
      // database) to the schema gives the same script.
      const list = readMigrations();
      if (list.lockfile.content === null) list.lockfile.content = 'provider = "sqlite"\n';
      const out = await engine.diff({
        from: { tag: 'migrations', ...list },
        to: { tag: 'schemaDatamodel', ...schemaFiles() },
        script: true,
        exitCode: null,
        filters,
      });
      const script = out.stdout ?? '';
      if (script.trim() === '' || /^-- This is an empty migration\.?\s*$/.test(script.trim())) {
        console.log('Already in sync: the schema matches the migrations; nothing to create.');
        return 0;
      }
      const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
      const folder = `${stamp}_${(name ?? 'migration').replace(/[^A-Za-z0-9_]/g, '_')}`;
      const dir = path.join(migrationsDir, folder);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'migration.sql'), script);
      const lock = path.join(migrationsDir, 'migration_lock.toml');
      if (!fs.existsSync(lock)) {
        fs.writeFileSync(lock, `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n`);
      }
      console.log(`Created prisma/migrations/${folder}/migration.sql`);
      const again = await deploy(engine);
      console.log(`Applied ${again.length} migration(s) in ${Math.round(performance.now() - started)} ms.`);
      return 0;
    }
    if (cmd === 'status') {
      const list = readMigrations();
      const diag = await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters });
      const n = list.migrationDirectories.length;
      if (!diag.hasMigrationsTable) {
        console.log(`${n} migration(s) found; the database has no migrations table yet. Run npm run db:deploy.`);
        return 1;
      }
      if (diag.failedMigrationNames.length) {
        console.log(`Failed migrations: ${diag.failedMigrationNames.join(', ')}`);
        return 1;
      }
      if (diag.editedMigrationNames.length) {
        console.log(`Migrations edited after they were applied: ${diag.editedMigrationNames.join(', ')}`);
        return 1;
      }
      const h = diag.history;
      if (h === null) {
        console.log(`${n} migration(s) found in prisma/migrations. Database schema is up to date!`);
        return 0;
      }
      if (h.diagnostic === 'databaseIsBehind') console.log(`Pending migrations: ${h.unappliedMigrationNames.join(', ')}. Run npm run db:deploy.`);
      else if (h.diagnostic === 'migrationsDirectoryIsBehind') console.log(`The database has migrations that are not in prisma/migrations: ${h.unpersistedMigrationNames.join(', ')}`);
      else console.log(`Migration histories diverge after ${h.lastCommonMigrationName ?? '(start)'}.`);
      return 1;
    }
    console.error('usage: tsx scripts/migrate.ts deploy | dev [--name NAME] | status');
    return 2;
  } finally {
    engine.free();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const message = err instanceof Error ? err.message : JSON.stringify(err);
    const file = path.relative(process.cwd(), sqlitePath(databaseUrl(), root));
    console.error(`Migration failed: ${describeMigrationError(message, file)}`);
    if (process.env.MIGRATE_DEBUG) console.error(message);
    process.exit(1);
  },
);
