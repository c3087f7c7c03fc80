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
