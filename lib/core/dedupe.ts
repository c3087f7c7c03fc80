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

/** Lowercase, whitespace runs collapsed: banks pad narratives differently between exports. */
export function normalizeDescription(description: string): string {
  return description.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function dedupeKey(tx: DedupeInput): string {
  return `${tx.date}|${tx.amountCents}|${normalizeDescription(tx.description)}`;
}

export interface Occurrence {
  key: string;
  /** 1-based: the n-th row with this key in the file */
  occurrence: number;
}

/** Number the rows of one account's file: the n-th identical row gets occurrence n. */
export function assignOccurrences<T extends DedupeInput>(rows: readonly T[]): Array<T & Occurrence> {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = dedupeKey(row);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return { ...row, key, occurrence: n };
  });
}

/** `key#occurrence`, for sets of stored rows. */
export function occurrenceId(key: string, occurrence: number): string {
  return `${key}#${occurrence}`;
}

/** Split numbered rows into those not yet stored and duplicates of stored ones. */
export function splitNew<T extends Occurrence>(rows: readonly T[], stored: ReadonlySet<string>): { fresh: T[]; duplicates: T[] } {
  const fresh: T[] = [];
  const duplicates: T[] = [];
  for (const r of rows) (stored.has(occurrenceId(r.key, r.occurrence)) ? duplicates : fresh).push(r);
  return { fresh, duplicates };
}
