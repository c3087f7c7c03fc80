import fs from 'node:fs';
import path from 'node:path';

/** Read a FILE argument: its base name and bytes, or null after saying on stderr why it can't be read. */
export function readFileArg(file: string): { name: string; bytes: Uint8Array } | null {
  const name = path.basename(file);
  try {
    return { name, bytes: new Uint8Array(fs.readFileSync(file)) };
  } catch (e) {
    process.stderr.write(`${name}: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return null;
  }
}

/**
 * The name each FILE argument is reported under: its base name, unless
 * another argument has the same base name (`a/export.csv b/export.csv`),
 * when both are reported under the path as given, so neither report
 * replaces the other. The same path given twice gets " (2)", " (3)"….
 */
export function reportNames(files: readonly string[]): string[] {
  // the distinct files behind each base name
  const paths = new Map<string, Set<string>>();
  for (const f of files) {
    const base = path.basename(f);
    paths.set(base, (paths.get(base) ?? new Set()).add(path.resolve(f)));
  }
  const used = new Set<string>();
  return files.map((f) => {
    const base = path.basename(f);
    const name = paths.get(base)!.size > 1 ? f : base;
    let unique = name;
    for (let n = 2; used.has(unique); n++) unique = `${name} (${n})`;
    used.add(unique);
    return unique;
  });
}
