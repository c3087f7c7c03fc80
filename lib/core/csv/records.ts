/**
 * Decoded text -> CSV records with the physical line each record starts on.
 *
 * Papa Parse does the CSV work (quotes, doubled quotes, embedded delimiters
 * and line breaks). It splits records on one line break, so lone CRs (old Mac
 * files, or mixed into other endings) become LF first and the CR of a CRLF is
 * taken off the record's last field; line breaks inside quoted fields stay
 * verbatim. Records keep blank lines (so line numbers can be counted from
 * record ends); callers drop blank records themselves.
 *
 * Papa Parse was chosen over csv-parse for speed: on a 100,000-row export it
 * tokenizes in about half the CPU time and leaves far less garbage
 * (docs/decisions/006).
 *
 * A quote that never closes (or closes in the middle of a field) makes the
 * rest of the file unreadable as CSV. The records before it are kept, the
 * line it opened on is reported, and parsing resumes on the next line; after
 * a few such failures the rest of the file is read one line at a time, so a
 * pathological file costs linear time, never a hang.
 */
import Papa from 'papaparse';
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
const LONE_CR_RE = /\r(?!\n)/g;

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

/** `text` with every line break an LF or a CRLF (lone CRs become LFs). */
function withoutLoneCr(text: string): string {
  const cr = text.indexOf('\r');
  if (cr === -1) return text;
  LONE_CR_RE.lastIndex = cr;
  return LONE_CR_RE.test(text) ? text.replace(LONE_CR_RE, '\n') : text;
}

const PAPA_OPTIONS = { newline: '\n', quoteChar: '"', escapeChar: '"', skipEmptyLines: false } as const;

/** Takes the CR of a CRLF line ending off a record's last field; returns how many lines the record spans. */
function settle(fields: string[]): number {
  const k = fields.length - 1;
  const lastField = fields[k]!;
  if (lastField.charCodeAt(lastField.length - 1) === 13) fields[k] = lastField.slice(0, -1);
  return 1 + lineBreaksIn(fields);
}

/** `text` with every line break an LF or a CRLF: what `scanRecords` and `recordsBetween` read. */
export const normalizeLineBreaks = withoutLoneCr;

/**
 * Reads every record of `text` (normalized by `normalizeLineBreaks`) once,
 * in order, handing each to `visit` with its first physical line and the
 * offset it starts at, without keeping any: the first pass of a streamed
 * parse. `visit` returns false to stop. 'broken' when the CSV breaks (a
 * quote that never closes properly): callers then read the file with
 * `readRecords`, which reports and skips the broken lines.
 */
export function scanRecords(
  text: string,
  delimiter: string,
  visit: (fields: string[], line: number, start: number) => boolean | void,
): 'done' | 'stopped' | 'broken' {
  let outcome: 'done' | 'stopped' | 'broken' = 'done';
  let line = 1;
  let start = 0;
  Papa.parse<string[]>(text, {
    ...PAPA_OPTIONS,
    delimiter,
    step(results, parser) {
      const at = start;
      start = results.meta.cursor;
      if (results.errors.some((e) => e.type === 'Quotes')) {
        outcome = 'broken';
        parser.abort();
        return;
      }
      // a final line break ends the last record; it does not start an empty one
      if (at >= text.length) return;
      const fields = results.data;
      const first = line;
      line += settle(fields);
      if (visit(fields, first, at) === false) {
        outcome = 'stopped';
        parser.abort();
      }
    },
  });
  return outcome;
}

/**
 * The records of `text[from, to)` (both record starts seen by
 * `scanRecords`), the first on physical line `firstLine`: the second pass of
 * a streamed parse, a piece at a time.
 */
export function recordsBetween(text: string, delimiter: string, from: number, to: number, firstLine: number): CsvRecord[] {
  const source = text.slice(from, to);
  const rows = Papa.parse<string[]>(source, { ...PAPA_OPTIONS, delimiter }).data;
  let end = rows.length;
  if (end > 0) {
    const last = rows[end - 1]!;
    if (last.length === 1 && last[0] === '' && source.endsWith('\n')) end--;
  }
  const out: CsvRecord[] = new Array(end);
  let line = firstLine;
  for (let i = 0; i < end; i++) {
    const fields = rows[i]!;
    out[i] = { line, fields };
    line += settle(fields);
  }
  return out;
}

/**
 * Parses `text` starting at physical line `firstLine`. Returns the records
 * and, when the CSV breaks (a quote that never closes properly), the line
 * of the record it broke on; records from there on are not kept.
 */
function parseChunk(
  text: string,
  firstLine: number,
  delimiter: string,
  limit: number | undefined,
  out: CsvRecord[],
  issues: ParseIssue[],
): { failedAtLine: number | null } {
  const source = withoutLoneCr(text);
  const parsed = Papa.parse<string[]>(source, { ...PAPA_OPTIONS, delimiter, ...(limit !== undefined ? { preview: limit } : {}) });
  const rows = parsed.data;
  let failedRow = rows.length;
  let failure: string | null = null;
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' && e.row !== undefined && e.row < failedRow) {
      failedRow = e.row;
      failure = e.code;
    }
  }
  // a final line break ends the last record; it does not start an empty one
  let end = failedRow;
  if (failure === null && end > 0 && (limit === undefined || end < limit)) {
    const last = rows[end - 1]!;
    if (last.length === 1 && last[0] === '' && source.endsWith('\n')) end--;
  }
  // Every physical line belongs to exactly one record (blank lines are kept
  // as records), and quoted line breaks stay verbatim in the fields: so a
  // record's first line is one past the previous record's last.
  let line = firstLine;
  for (let i = 0; i < end; i++) {
    const fields = rows[i]!;
    out.push({ line, fields });
    line += settle(fields);
  }
  if (failure === null) return { failedAtLine: null };
  issues.push({
    line,
    message:
      failure === 'MissingQuotes' || failure === 'InvalidQuotes'
        ? 'A quoted field starting on this line is never closed; the line was skipped.'
        : `Unreadable CSV on this line (${failure}); the line was skipped.`,
  });
  return { failedAtLine: line };
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
  /** full passes before falling back to line-by-line reading (tests lower it) */
  maxFullRetries?: number;
}

export function readRecords(text: string, opts: ReadRecordsOptions = {}): ReadRecordsResult {
  const delimiter = opts.delimiter ?? sniffDelimiter(text);
  const records: CsvRecord[] = [];
  const issues: ParseIssue[] = [];
  const max = opts.maxRecords;
  let rest = text;
  let restStart = 1;
  let attempts = 0;

  while (rest.length > 0) {
    const remaining = max !== undefined ? max - records.length : undefined;
    if (remaining !== undefined && remaining <= 0) break;
    if (attempts < (opts.maxFullRetries ?? MAX_FULL_RETRIES)) {
      attempts++;
      const { failedAtLine } = parseChunk(rest, restStart, delimiter, remaining, records, issues);
      if (failedAtLine === null) break;
      rest = sliceFromLine(rest, restStart, failedAtLine + 1);
      restStart = failedAtLine + 1;
      continue;
    }
    // degraded mode: one line at a time, quotes cannot span lines any more
    const lines = rest.split(LINE_BREAK_RE);
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
