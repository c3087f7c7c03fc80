/**
 * Decoded text -> CSV records with the physical line each record starts on.
 *
 * csv-parse does the CSV work (quotes, doubled quotes, embedded delimiters
 * and newlines, CRLF/LF/CR). Records keep blank lines (so line numbers can be
 * counted from record ends); callers drop blank records themselves.
 *
 * A quote that never closes makes csv-parse stop. The records before it are
 * kept, the line it opened on is reported, and parsing resumes on the next
 * line; after a few such failures the rest of the file is read one line at a
 * time, so a pathological file costs linear time, never a hang.
 */
import { parse, type Options } from 'csv-parse/sync';
import type { ParseIssue } from '../types';

export interface CsvRecord {
  /** 1-based physical line the record starts on */
  line: number;
  fields: string[];
}

export interface ReadRecordsResult {
  records: CsvRecord[];
  issues: ParseIssue[];
  delimiter: string;
  /** true when reading stopped early because of `maxRecords` */
  truncated: boolean;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
/**
 * A quote that never closes means no later quote opens a field, so the retry
 * after skipping its line normally succeeds; the cap is a safety net.
 */
const MAX_FULL_RETRIES = 3;
const LINE_BREAK_RE = /\r\n|\n|\r/;

/**
 * Picks the delimiter from the first lines: the candidate that appears on
 * most lines, the same number of times, wins; commas win ties.
 */
export function sniffDelimiter(text: string): string {
  const sample = text.slice(0, 16384).split(LINE_BREAK_RE, 21).slice(0, 20).filter((l) => l.trim() !== '');
  if (sample.length === 0) return ',';
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = sample.map((l) => {
      // crude count outside double quotes: good enough to choose a delimiter
      let n = 0;
      let inQuotes = false;
      for (let i = 0; i < l.length; i++) {
        const c = l[i];
        if (c === '"') inQuotes = !inQuotes;
        else if (c === d && !inQuotes) n++;
      }
      return n;
    });
    const withAny = counts.filter((c) => c > 0).length;
    if (withAny === 0) continue;
    const mode = counts.sort((x, y) => x - y)[Math.floor(counts.length / 2)] ?? 0;
    const consistent = counts.filter((c) => c === mode && c > 0).length;
    const score = consistent * 2 + withAny + (d === ',' ? 0.5 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function baseOptions(delimiter: string, to: number | undefined): Options {
  return {
    delimiter,
    // all three, always: auto-detection picks the first one seen and then
    // glues lines of a file with mixed endings together
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    bom: false,
    ...(to !== undefined ? { to } : {}),
  };
}

function lineBreaksIn(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.indexOf('\n') === -1 && f.indexOf('\r') === -1) continue;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13 && f.charCodeAt(i + 1) !== 10) n++;
    }
  }
  return n;
}

function isCsvError(e: unknown): e is { code?: string; message: string } {
  return typeof e === 'object' && e !== null && 'message' in e;
}

/**
 * Parses `text` starting at physical line `firstLine`. Returns the records
 * and, when csv-parse gave up (unclosed quote), the line it gave up on.
 */
function parseChunk(
  text: string | Uint8Array,
  firstLine: number,
  delimiter: string,
  limit: number | undefined,
  out: CsvRecord[],
  issues: ParseIssue[],
): { failedAtLine: number | null } {
  let failure: string | null = null;
  let line = firstLine;
  let rows: string[][];
  try {
    const opts: Options = {
      ...baseOptions(delimiter, limit),
      on_skip: (err) => {
        failure = err ? err.message : 'unreadable record';
      },
    };
    rows = parse(text, opts);
  } catch (e) {
    failure = isCsvError(e) ? e.message : 'unreadable CSV';
    rows = [];
  }
  // Every physical line belongs to exactly one record (blank lines are kept
  // as records), and quoted line breaks stay verbatim in the fields: so a
  // record's first line is one past the previous record's last. Cheaper than
  // csv-parse's `info` option, which doubles the parse time.
  for (const fields of rows) {
    out.push({ line, fields });
    line += 1 + lineBreaksIn(fields);
  }
  if (failure === null) return { failedAtLine: null };
  const failedAt = line;
  issues.push({
    line: failedAt,
    message: /quote/i.test(failure)
      ? 'A quoted field starting on this line is never closed; the line was skipped.'
      : `Unreadable CSV on this line (${failure}); the line was skipped.`,
  });
  return { failedAtLine: failedAt };
}

/** Text from physical line `line` (1-based) to the end, given `text` starts at line `startLine`. */
function sliceFromLine(text: string, startLine: number, line: number): string {
  let pos = 0;
  for (let l = startLine; l < line; l++) {
    const n = text.indexOf('\n', pos);
    const r = text.indexOf('\r', pos);
    if (n === -1 && r === -1) return '';
    if (r !== -1 && (n === -1 || r < n)) pos = text[r + 1] === '\n' ? r + 2 : r + 1;
    else pos = n + 1;
  }
  return text.slice(pos);
}

export interface ReadRecordsOptions {
  maxRecords?: number;
  delimiter?: string;
  /** full csv-parse passes before falling back to line-by-line reading (tests lower it) */
  maxFullRetries?: number;
  /** the UTF-8 bytes of `text`, when it came from UTF-8: parsed directly, saving a re-encode */
  utf8?: Uint8Array;
}

/** A text whose start is at hand and whose whole is decoded on demand (see decodeBytesLazy). */
export interface LazyText {
  /** the start of the text: all of it, or at least its first 16,384 characters */
  head: string;
  text(): string;
}

export function readRecords(input: string | LazyText, opts: ReadRecordsOptions = {}): ReadRecordsResult {
  const head = typeof input === 'string' ? input : input.head;
  const delimiter = opts.delimiter ?? sniffDelimiter(head);
  const records: CsvRecord[] = [];
  const issues: ParseIssue[] = [];
  const max = opts.maxRecords;
  // null until needed: with the UTF-8 bytes at hand, the whole text is only
  // decoded when csv-parse gives up and the rest is read again as text
  let rest: string | null = typeof input === 'string' || head.length === 0 ? head : null;
  const restText = (): string => (rest ??= typeof input === 'string' ? input : input.text());
  let restStart = 1;
  let attempts = 0;

  while (rest === null || rest.length > 0) {
    const remaining = max !== undefined ? max - records.length : undefined;
    if (remaining !== undefined && remaining <= 0) break;
    if (attempts < (opts.maxFullRetries ?? MAX_FULL_RETRIES)) {
      attempts++;
      // first pass straight from the UTF-8 bytes when we have them (csv-parse works on Buffers)
      const source: string | Uint8Array =
        attempts === 1 && opts.utf8 && typeof Buffer !== 'undefined'
          ? Buffer.from(opts.utf8.buffer, opts.utf8.byteOffset, opts.utf8.byteLength)
          : restText();
      const { failedAtLine } = parseChunk(source, restStart, delimiter, remaining, records, issues);
      if (failedAtLine === null) break;
      rest = sliceFromLine(restText(), restStart, failedAtLine + 1);
      restStart = failedAtLine + 1;
      continue;
    }
    // degraded mode: one line at a time, quotes cannot span lines any more
    const lines = restText().split(LINE_BREAK_RE);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    for (let i = 0; i < lines.length; i++) {
      if (max !== undefined && records.length >= max) break;
      parseChunk(lines[i] ?? '', restStart + i, delimiter, 1, records, issues);
      if (lines[i] === '') records.push({ line: restStart + i, fields: [''] });
    }
    break;
  }
  const truncated = max !== undefined && records.length >= max;
  return { records, issues, delimiter, truncated };
}

/** True when every field of the record is empty or whitespace. */
export function isBlankRecord(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}
