import { prisma } from '@/lib/server/db.server';
import { env } from '@/lib/server/env.server';
import { HttpError } from '@/lib/server/errors.server';
import { blockingProblem, commitImport, previewImport } from '@/lib/server/import.server';
import { readFileArg } from './files';

/** `oddmonth import`: same checks and atomicity as the web upload, a summary per file. */
export async function runImport(args: { files: string[]; user: string; account?: string }): Promise<number> {
  const user = await prisma.user.findUnique({ where: { email: args.user.toLowerCase() } });
  if (!user) {
    process.stderr.write(`oddmonth: no user with e-mail ${args.user}\n`);
    return 1;
  }
  const limits = { maxBytes: env().IMPORT_MAX_BYTES, maxRows: env().IMPORT_MAX_ROWS };
  let failed = 0;
  for (const file of args.files) {
    const read = readFileArg(file);
    if (!read) {
      failed++;
      continue;
    }
    const { name, bytes } = read;
    const input = { fileName: name, bytes, accountName: args.account };
    try {
      const preview = await previewImport(user.id, input, limits);
      const problem = blockingProblem(preview);
      if (problem) throw problem;
      const t0 = performance.now();
      const s = await commitImport(user.id, input, limits);
      const ms = performance.now() - t0;
      process.stdout.write(
        `${name}: ${s.bank ?? 'mapped layout'} ${s.dateFrom} to ${s.dateTo}, ${s.rows} rows: ${s.newCount} new, ${s.duplicateCount} already imported, ` +
          `${s.skipped} skipped, ${s.transfers} transfers (${Math.round(ms)} ms)\n`,
      );
      for (const w of s.warnings) process.stdout.write(`  warning${w.line ? ` line ${w.line}` : ''}: ${w.message}\n`);
    } catch (e) {
      failed++;
      if (e instanceof HttpError) {
        process.stderr.write(`${e.message}\n`);
        const previews = (e.details as { preview?: { errors: Array<{ line: number; field: string | null; message: string }> } } | undefined)?.preview;
        for (const err of previews?.errors.slice(0, 20) ?? []) {
          process.stderr.write(`  ${name}${err.line ? ` line ${err.line}` : ''}${err.field ? `, field ${err.field}` : ''}: ${err.message}\n`);
        }
      } else throw e;
    }
  }
  await prisma.$disconnect();
  return failed ? 1 : 0;
}
