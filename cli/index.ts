/**
 * The Oddmonth command line: argument parsing only; the work is done by the
 * same core and services as the web app.
 *
 *   npm run -s oddmonth -- import FILE... --user EMAIL [--account NAME]
 *   npm run -s oddmonth -- analyze FILE... [--json] [--seed N]
 *   npm run -s oddmonth -- rescore
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeFailure } from './errors';

const USAGE = `Usage:
  oddmonth import FILE... --user EMAIL [--account NAME]   import bank exports into a user's history
  oddmonth analyze FILE... [--json] [--seed N]           score each file as one household's history (no database)
  oddmonth rescore                                        rescore users whose model came from an earlier detection engine
`;

const ImportArgs = z.object({
  files: z.array(z.string()).min(1, 'give at least one FILE'),
  user: z.email('--user must be an e-mail address'),
  account: z.string().trim().min(1).max(80).optional(),
});

const AnalyzeArgs = z.object({
  files: z.array(z.string()).min(1, 'give at least one FILE'),
  json: z.boolean(),
  seed: z.coerce.number().int().nonnegative().default(0),
});

function fail(message: string, code = 2): never {
  process.stderr.write(`oddmonth: ${message}\n`);
  process.exit(code);
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const r = schema.safeParse(input);
  if (!r.success) fail(`${r.error.issues.map((i) => i.message).join('; ')}\n\n${USAGE}`);
  return r.data;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        user: { type: 'string' },
        account: { type: 'string' },
        json: { type: 'boolean', default: false },
        seed: { type: 'string' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (command === 'import') {
    const args = parse(ImportArgs, { files: positionals, user: values.user, account: values.account });
    const { runImport } = await import('./import');
    return runImport(args);
  }
  if (command === 'analyze') {
    const args = parse(AnalyzeArgs, { files: positionals, json: values.json, seed: values.seed });
    const { runAnalyze } = await import('./analyze');
    return runAnalyze(args);
  }
  if (command === 'rescore') {
    if (positionals.length > 0) fail(`rescore takes no arguments\n\n${USAGE}`);
    const { runRescore } = await import('./rescore');
    return runRescore();
  }
  fail(`unknown command "${command}"\n\n${USAGE}`);
}

/**
 * Exits once stdout and stderr have handed everything to the OS. To a pipe,
 * Node writes asynchronously, and process.exit() right after a large write
 * drops what the pipe has not yet taken (all but the first 64–220 KiB, as
 * measured): `analyze --json` on a few files, read by another program, came
 * out as cut-off JSON. Exiting is still explicit, since
 * an open database client would otherwise keep the process alive.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main().then(
  exitWhenFlushed,
  (err: unknown) => fail(describeFailure(err), 1),
);
