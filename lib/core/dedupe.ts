/**
 * Duplicate detection that never drops a real transaction.
 *
 * Identical rows are often real (ten $4.00 coffees on one day, repeated
 * transit taps). So a row is identified by its key (account, date, amount,
 * normalized description) AND its occurrence: the n-th identical row of a
 * file is occurrence n. A row is a duplicate only when that same occurrence
 * is already stored. Re-importing a file adds nothing; overlapping exports
 * (Jan–Jun then Apr–Sep) add the overlap once; a later export with twelve
 * coffees where the first had ten adds two.
 */

export interface DedupeInput {
  date: string;
  amountCents: number;
  description: string;
}

const WS = /\s+/g;

/** Lowercase, whitespace runs collapsed: banks pad narratives differently between exports. */
export function normalizeDescription(description: string): string {
  return description.toLowerCase().replace(WS, ' ').trim();
}

export function dedupeKey(tx: DedupeInput): string {
  return `${tx.date}|${tx.amountCents}|${normalizeDescription(tx.description)}`;
}

export interface Occurrence {
  key: string;
  /** 1-based: the n-th row with this key in the file */
  occurrence: number;
}

/**
 * Number the rows of one account's file: the n-th identical row gets
 * occurrence n. Returns one entry per row, in order (rows are not copied:
 * this runs on every row of a 100,000-row import).
 */
export function assignOccurrences(rows: readonly DedupeInput[]): Occurrence[] {
  const seen = new Map<string, number>();
  const out = new Array<Occurrence>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const key = dedupeKey(rows[i]!);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out[i] = { key, occurrence: n };
  }
  return out;
}

/** `key#occurrence`, for sets of stored rows. */
export function occurrenceId(key: string, occurrence: number): string {
  return `${key}#${occurrence}`;
}

/**
 * Split rows into those not yet stored and duplicates of stored ones;
 * `occ[i]` is the occurrence of `rows[i]`.
 */
export function splitNew<T>(
  rows: readonly T[],
  occ: readonly Occurrence[],
  stored: ReadonlySet<string>,
): { fresh: Array<{ row: T } & Occurrence>; duplicates: number } {
  const fresh: Array<{ row: T } & Occurrence> = [];
  let duplicates = 0;
  for (let i = 0; i < rows.length; i++) {
    const o = occ[i]!;
    if (stored.size > 0 && stored.has(occurrenceId(o.key, o.occurrence))) duplicates++;
    else fresh.push({ row: rows[i]!, key: o.key, occurrence: o.occurrence });
  }
  return { fresh, duplicates };
}
