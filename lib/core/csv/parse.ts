/**
 * `parseBankCsv`: the bytes of a bank's CSV export in, a `ParseResult` out.
 *
 * Pure and total: never throws, never touches the file system, and costs time
 * linear in the input. One bad row is reported (line + field) and left out;
 * it never throws away the rest of the file. Whole-file problems (empty,
 * binary, not CSV, unknown layout, too many rows, contradictory dates) are
 * errors on line 0.
 */
import type { BankFormat, ParsedTransaction, ParseIssue, ParseResult } from '../types';
import { DateOrderAccumulator, type DateOrder } from './date';
import { binaryVerdict, decodeBytes, sniffContainer, type DecodedText } from './decode';
import {
  detectLayout,
  headerKey,
  mappedLayout,
  validateMapping,
  type ColumnMapping,
  type Layout,
  isoDateOf,
  type RowContext,
} from './layouts';
import { cleanMerchant } from './merchant';
import { isBlankRecord, normalizeLineBreaks, readRecords, recordsBetween, scanRecords, sniffDelimiter, type CsvRecord } from './records';

export interface ParseOptions {
  /** shown in messages only */
  fileName?: string;
  /** the user's column mapping: skips detection, format is 'generic' */
  mapping?: ColumnMapping;
  /** more data rows than this is an error; the first maxRows are still read (default 200,000) */
  maxRows?: number;
  /** read every record and keep it before the first row (what small files get); the same result, for tests of the two-pass reading */
  keepRecords?: boolean;
}

export const DEFAULT_MAX_ROWS = 200_000;
/** Row errors kept in full; beyond this they are summarised in one line-0 error. */
export const MAX_ROW_ERRORS = 500;

const MERCHANT_CACHE_SIZE = 20_000;
/**
 * A field longer than this is not a bank export's (narratives run to a few
 * hundred characters): its row is refused with an error, so one broken line
 * cannot put megabytes into the store and onto every page that lists it.
 */
export const MAX_FIELD_CHARS = 2_000;

/** Index of the first field of `fields` longer than MAX_FIELD_CHARS, or -1. */
function overlongField(fields: readonly string[]): number {
  for (let i = 0; i < fields.length; i++) if (fields[i]!.length > MAX_FIELD_CHARS) return i;
  return -1;
}

/** A column's name for a problem: the header's, as the file writes it, else its position. */
function columnName(headerFields: readonly string[] | null, i: number): string {
  const name = headerFields?.[i]?.trim();
  return name ? name : `Column ${i + 1}`;
}
const MARKUP_RE = /^\s*<(?:!doctype|html|\?xml|ofx|body|table)/i;
const OFX_RE = /^\s*OFXHEADER/i;
const QIF_RE = /^\s*!Type:/i;
const OFX_TAG_RE = /<ofx>/i;

function emptyResult(errors: ParseIssue[], header: string | null = null): ParseResult {
  return { format: null, confidence: 0, transactions: [], errors, warnings: [], dateOrder: null, skipped: 0, header };
}

function fileError(message: string): ParseResult {
  return emptyResult([{ line: 0, message }]);
}

/** Shared front half of parse and preview: bytes -> text, or a line-0 error. */
function decodeChecked(bytes: Uint8Array, fileName?: string): DecodedText | ParseIssue {
  const name = fileName ? `"${fileName}" ` : 'The file ';
  if (!(bytes instanceof Uint8Array)) return { line: 0, message: 'No file data' };
  if (bytes.length === 0) return { line: 0, message: `${name}is empty` };
  const container = sniffContainer(bytes);
  if (container) return { line: 0, message: container };
  const decoded = decodeBytes(bytes);
  // NUL anywhere (not only in the part binaryVerdict samples): no text export has one, and the importer relies on it
  const binary = decoded.text.indexOf('\u0000') !== -1 ? 'nul' : binaryVerdict(decoded.text);
  if (binary) {
    return {
      line: 0,
      message: `${name}looks like binary data, not a CSV text file (${binary === 'nul' ? 'it contains NUL bytes' : 'too many control characters'})`,
    };
  }
  const start = decoded.text.trimStart();
  if (start.trim() === '') return { line: 0, message: `${name}is empty` };
  if (OFX_RE.test(start) || (MARKUP_RE.test(start) && OFX_TAG_RE.test(start.slice(0, 4096)))) {
    return { line: 0, message: 'This is an OFX/QFX file, not CSV: export the transactions as CSV instead.' };
  }
  if (QIF_RE.test(start)) return { line: 0, message: 'This is a QIF file, not CSV: export the transactions as CSV instead.' };
  if (MARKUP_RE.test(start)) return { line: 0, message: 'This looks like a web page or XML, not CSV.' };
  return decoded;
}

/** The first MAX_ROW_ERRORS problems, then one line saying how many more there are. */
function capped(issues: ParseIssue[]): ParseIssue[] {
  if (issues.length <= MAX_ROW_ERRORS) return issues;
  const rest = issues.length - MAX_ROW_ERRORS;
  return [...issues.slice(0, MAX_ROW_ERRORS), { line: 0, message: `…and ${rest} more row problems not listed` }];
}

/** Whether any of `fields` from index `from` on holds more than blanks (a trailing delimiter is not a value). */
function hasValuesFrom(fields: readonly string[], from: number): boolean {
  for (let i = from; i < fields.length; i++) if (fields[i]!.trim() !== '') return true;
  return false;
}

function isIssue(x: DecodedText | ParseIssue): x is ParseIssue {
  return 'message' in x;
}

function dateOrderWarning(order: DateOrder): string {
  return order === 'dmy'
    ? 'Every date in this file has day and month of 12 or less, so the order cannot be told from the file: read as day-first (DD/MM/YYYY), the Australian convention. Check a few dates.'
    : 'Every date in this file has day and month of 12 or less.';
}

/**
 * A file whose layout is known, read row by row: `next` maps the next
 * records to transactions, so an importer can hand rows on while the rest
 * are still being read. The date order and the range of valid dates are
 * decided from every row before the first is mapped.
 */
export interface RowStream {
  readonly format: BankFormat;
  readonly confidence: number;
  readonly dateOrder: DateOrder;
  readonly header: string | null;
  /** the first and last valid date of the file's rows (pending rows included), or null when none is valid (a pass over the rows, on first use) */
  readonly dateRange: { from: string; to: string } | null;
  /** true when the layout looks at all rows together once they are read (`finish`): use the rows only after it */
  readonly whole: boolean;
  /** transactions of up to `max` more records, or null when every record has been read */
  next(max: number): ParsedTransaction[] | null;
  /** the whole-file pass of the layout over all of its transactions (a no-op unless `whole`) */
  finish(all: ParsedTransaction[]): void;
  /** the result for the rows read so far, with `transactions` as given */
  result(transactions: ParsedTransaction[]): ParseResult;
}

/** `openBankCsv`: a stream of rows, or the result when there are no rows to read (errors, unknown layout). */
export type OpenedCsv = { stream: RowStream; result?: undefined } | { stream?: undefined; result: ParseResult };

/**
 * Parses a bank CSV export. Never throws: problems are reported in
 * `errors` (line 0 = about the whole file) and `warnings`.
 */
export function parseBankCsv(bytes: Uint8Array, opts: ParseOptions = {}): ParseResult {
  return guarded(() => {
    const opened = openBankCsv(bytes, opts);
    if (opened.result) return opened.result;
    const { stream } = opened;
    const all: ParsedTransaction[] = [];
    for (let chunk = stream.next(Infinity); chunk; chunk = stream.next(Infinity)) for (const t of chunk) all.push(t);
    stream.finish(all);
    return stream.result(all);
  });
}

/** A bug here must not take an import down with it: it is reported as a file error. */
function guarded(f: () => ParseResult): ParseResult {
  try {
    return f();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return fileError(`The file could not be read (internal error: ${message})`);
  }
}

/**
 * `parseBankCsv` up to the first row: decode, read the CSV records, detect
 * the layout, decide the date order. Never throws (the stream's `next` can,
 * on a bug: callers wrap it like parseBankCsv does).
 */
export function openBankCsv(bytes: Uint8Array, opts: ParseOptions = {}): OpenedCsv {
  let opened: OpenedCsv | undefined;
  const result = guarded(() => {
    opened = openUnchecked(bytes, opts);
    return opened.result ?? emptyResult([]);
  });
  return opened ?? { result };
}

function openUnchecked(bytes: Uint8Array, opts: ParseOptions): OpenedCsv {
  const decoded = decodeChecked(bytes, opts.fileName);
  if (isIssue(decoded)) return { result: emptyResult([decoded]) };
  const maxRows = opts.maxRows !== undefined && opts.maxRows >= 0 ? Math.floor(opts.maxRows) : DEFAULT_MAX_ROWS;
  return (opts.mapping || opts.keepRecords ? null : openInTwoPasses(decoded.text, maxRows)) ?? openKept(decoded.text, opts, maxRows);
}

/** What a parse knows once the layout is found and the rows have been seen once. */
interface Prepared {
  layout: Layout;
  header: string | null;
  /** the header row's values as written, when there is one */
  headerFields: readonly string[] | null;
  errors: ParseIssue[];
  warnings: ParseIssue[];
  /** blank lines before or between rows */
  interiorBlank: number;
  /** data rows to read (at most maxRows) */
  dataCount: number;
  /** the date order decided from every data row (or given) */
  order: DateOrder;
  /** the trimmed date text of every data row (repeats allowed) */
  dateTexts(): Iterable<string>;
  /** the data rows, in order */
  records(): Iterator<CsvRecord>;
}

/** The date order of a file from its date accumulator, with the warning or error it calls for. */
function decideOrder(acc: DateOrderAccumulator, errors: ParseIssue[], warnings: ParseIssue[]): DateOrder {
  const decision = acc.result();
  const order = decision.order ?? 'dmy';
  if (decision.ambiguous) warnings.push({ line: 0, field: 'Date', message: dateOrderWarning(order) });
  if (decision.conflict) {
    errors.push({
      line: 0,
      field: 'Date',
      message: `Dates disagree on their order: line ${decision.dayFirstLine} can only be day-first and line ${decision.monthFirstLine} only month-first. Read as ${order === 'dmy' ? 'day-first' : 'month-first'}; rows that do not fit are reported.`,
    });
  }
  return order;
}

function tooManyRows(count: number, maxRows: number): ParseIssue {
  return {
    line: 0,
    message: `The file has ${count} rows, more than the limit of ${maxRows}: only the first ${maxRows} were read. Split the export into smaller date ranges.`,
  };
}

/** Non-blank records a file must have before it is read in two passes; detection looks at fewer. */
const TWO_PASS_MIN_RECORDS = 512;
/** data rows per piece of the second pass: small, so a piece's records die young (see WRITE_CHUNK_ROWS in lib/server/import-writer.server.ts) */
const PIECE_ROWS = 512;

/**
 * The usual path for a large file: a first pass that keeps only the first
 * records (for the layout) and what the whole file decides (date order,
 * date texts, counts, where every PIECE_ROWS-th row starts), then a second
 * pass that reads the rows again a piece at a time as they are asked for.
 * Nothing holds every record at once: that saved ~100 ms of garbage
 * collection per 100,000 rows, and lets an importer start writing sooner.
 * Null when the file is small, breaks as CSV, or needs what the first pass
 * does not keep (no known layout; Up's layout looks at every row): the
 * caller then reads it with every record kept.
 */
function openInTwoPasses(raw: string, maxRows: number): OpenedCsv | null {
  const text = normalizeLineBreaks(raw);
  const delimiter = sniffDelimiter(text);
  const head: CsvRecord[] = [];
  const headStarts: number[] = [];
  let layout: Layout | null = null;
  let dateCol = 0;
  let pendingBlank = 0;
  let interiorBlank = 0;
  let dataSeen = 0;
  const acc = new DateOrderAccumulator();
  const dates = new Set<string>();
  const pieces: Array<{ start: number; line: number }> = [];
  const data = (fields: readonly string[], line: number, start: number) => {
    if (dataSeen % PIECE_ROWS === 0) pieces.push({ start, line });
    dataSeen++;
    if (dataSeen > maxRows) return;
    const date = fields[dateCol] ?? '';
    acc.add(date, line);
    dates.add(date.trim());
  };
  const outcome = scanRecords(text, delimiter, (fields, line, start) => {
    if (isBlankRecord(fields)) {
      pendingBlank++;
      return;
    }
    interiorBlank += pendingBlank;
    pendingBlank = 0;
    if (layout) {
      data(fields, line, start);
      return;
    }
    head.push({ line, fields });
    headStarts.push(start);
    if (head.length < TWO_PASS_MIN_RECORDS) return;
    const found = detectLayout(head).layout;
    if (!found || found.format === 'up') return false;
    layout = found;
    dateCol = found.dateCol;
    for (let i = found.headerIndex + 1; i < head.length; i++) data(head[i]!.fields, head[i]!.line, headStarts[i]!);
  });
  if (outcome !== 'done' || layout === null) return null;
  const found: Layout = layout;
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const headerRecord = found.headerIndex >= 0 ? head[found.headerIndex] : undefined;
  if (found.headerIndex > 0) warnings.push({ line: head[0]!.line, message: `Ignored ${found.headerIndex} line(s) before the header row` });
  const dataCount = Math.min(dataSeen, maxRows);
  if (dataSeen > maxRows) errors.push(tooManyRows(dataSeen, maxRows));
  const order = decideOrder(acc, errors, warnings);
  return streamOf({
    layout: found,
    header: headerRecord ? headerKey(headerRecord.fields) : null,
    headerFields: headerRecord?.fields ?? null,
    errors,
    warnings,
    interiorBlank,
    dataCount,
    order,
    dateTexts: () => dates,
    records: function* () {
      let left = dataCount;
      for (let k = 0; k < pieces.length && left > 0; k++) {
        const end = k + 1 < pieces.length ? pieces[k + 1]!.start : text.length;
        for (const rec of recordsBetween(text, delimiter, pieces[k]!.start, end, pieces[k]!.line)) {
          if (isBlankRecord(rec.fields)) continue;
          if (left-- <= 0) return;
          yield rec;
        }
      }
    },
  });
}

/** Every record read and kept first: small files, mapped files, and whatever openInTwoPasses leaves. */
function openKept(text: string, opts: ParseOptions, maxRows: number): OpenedCsv {
  const done = (r: ParseResult): OpenedCsv => ({ result: r });
  const read = readRecords(text);
  const errors: ParseIssue[] = capped(read.issues);
  const warnings: ParseIssue[] = [];

  // blank lines: dropped; the ones between rows count as skipped
  const records: CsvRecord[] = [];
  let blank = 0;
  for (const r of read.records) {
    if (isBlankRecord(r.fields)) {
      blank++;
    } else {
      records.push(r);
      blank = 0;
    }
  }
  const interiorBlank = read.records.length - records.length - blank;

  if (records.length === 0) return done(emptyResult([...errors, { line: 0, message: 'The file has no rows' }]));
  let maxWidth = 0;
  for (const r of records) if (r.fields.length > maxWidth) maxWidth = r.fields.length;
  if (maxWidth < 2 && !opts.mapping) {
    return done(
      emptyResult([
        ...errors,
        { line: 0, message: 'This does not look like CSV: no line has more than one column (no commas, semicolons or tabs found)' },
      ]),
    );
  }

  // layout: the user's mapping, or detection
  let layout: Layout | null;
  let headerIndex: number;
  if (opts.mapping) {
    const problem = validateMapping(opts.mapping, maxWidth);
    if (problem) return done(emptyResult([...errors, { line: 0, message: problem }]));
    headerIndex = opts.mapping.hasHeader ? 0 : -1;
    const names = headerIndex === 0 ? (records[0]?.fields ?? null) : null;
    layout = mappedLayout(opts.mapping, headerIndex, 1, { account: -1, category: -1, names });
  } else {
    const detection = detectLayout(records);
    layout = detection.layout;
    headerIndex = layout ? layout.headerIndex : detection.headerIndex;
  }
  const headerRecord = headerIndex >= 0 ? records[headerIndex] : undefined;
  const header = headerRecord ? headerKey(headerRecord.fields) : null;
  if (!layout) {
    return done(
      emptyResult(
        [
          ...errors,
          {
            line: 0,
            message: header
              ? 'Unknown layout: the header does not name a date, description and amount (or debit/credit) column. Map the columns yourself.'
              : 'Unknown layout: no header row, and the rows do not match a known bank export. Map the columns yourself.',
          },
        ],
        header,
      ),
    );
  }
  if (headerIndex > 0) {
    warnings.push({
      line: records[0]?.line ?? 0,
      message: `Ignored ${headerIndex} line(s) before the header row`,
    });
  }

  let data = records.slice(headerIndex + 1);
  if (data.length > maxRows) {
    errors.push(tooManyRows(data.length, maxRows));
    data = data.slice(0, maxRows);
  }

  // one date order for the whole file, from every row
  const col = layout.dateCol;
  let order: DateOrder;
  const forced = opts.mapping?.dateOrder;
  if (forced) {
    order = forced;
  } else {
    const acc = new DateOrderAccumulator();
    for (const r of data) acc.add(r.fields[col] ?? '', r.line);
    order = decideOrder(acc, errors, warnings);
  }
  return streamOf({
    layout,
    header,
    headerFields: headerRecord?.fields ?? null,
    errors,
    warnings,
    interiorBlank,
    dataCount: data.length,
    order,
    dateTexts: function* () {
      for (const r of data) yield (r.fields[col] ?? '').trim();
    },
    records: () => data[Symbol.iterator](),
  });
}

/** The row stream of a prepared file: rows mapped as they are asked for. */
function streamOf(p: Prepared): OpenedCsv {
  const { layout, order, errors, warnings } = p;
  const rowErrors: ParseIssue[] = [];
  // a layout always cleans with its own format, so the text alone is the key;
  // bounded, because narratives with value dates are mostly unique: emptied
  // when full rather than closed to new entries, so in a date-ordered export
  // the narratives of recent days stay cached (100k-row file with 22,600
  // distinct narratives: 31,500 -> 22,600 cleanings)
  const merchantCache = new Map<string, string>();
  const ctx: RowContext = {
    order,
    dateCache: new Map(),
    errors: rowErrors,
    warnings,
    merchant(text: string, format: BankFormat): string {
      let m = merchantCache.get(text);
      if (m === undefined) {
        m = cleanMerchant(text, format);
        if (merchantCache.size >= MERCHANT_CACHE_SIZE) merchantCache.clear();
        merchantCache.set(text, m);
      }
      return m;
    },
  };

  // the range of valid dates, so an importer can look up what is stored for it before the first row
  // (computed when first asked for, into the cache the rows are then read with)
  let range: { from: string; to: string } | null | undefined;
  const dateRange = (): { from: string; to: string } | null => {
    if (range !== undefined) return range;
    let from: string | null = null;
    let to: string | null = null;
    for (const raw of p.dateTexts()) {
      const iso = isoDateOf(raw, ctx);
      if (iso === null) continue;
      if (from === null || iso < from) from = iso;
      if (to === null || iso > to) to = iso;
    }
    return (range = from !== null && to !== null ? { from, to } : null);
  };

  const records = p.records();
  let pending = 0;
  // the first data row's number of values; a later row with more, non-blank, loses them: say so
  let width = -1;
  const wideRows: ParseIssue[] = [];
  const confidence = Math.round(layout.confidence * 100) / 100;
  return {
    stream: {
      format: layout.format,
      confidence,
      dateOrder: order,
      header: p.header,
      get dateRange() {
        return dateRange();
      },
      whole: layout.finish !== undefined,
      next(max) {
        const out: ParsedTransaction[] = [];
        let read = 0;
        for (; read < max; read++) {
          const step = records.next();
          if (step.done) break;
          const rec = step.value;
          if (width < 0) width = rec.fields.length;
          else if (rec.fields.length > width && hasValuesFrom(rec.fields, width)) {
            const extra = rec.fields.length - width;
            wideRows.push({ line: rec.line, message: `${rec.fields.length} values where the rows before have ${width}: the last ${extra === 1 ? 'one was' : `${extra} were`} not read` });
          }
          const long = overlongField(rec.fields);
          if (long >= 0) {
            const field = columnName(p.headerFields, long);
            const size = rec.fields[long]!.length.toLocaleString('en-AU');
            rowErrors.push({ line: rec.line, field, message: `${field} is ${size} characters long, more than the ${MAX_FIELD_CHARS.toLocaleString('en-AU')} a bank export's field holds: the row was not read` });
            continue;
          }
          const rowOut = layout.mapRow(rec, ctx);
          if (rowOut === 'pending') {
            pending++;
            warnings.push({ line: rec.line, message: `Pending transaction skipped (${layout.pendingReason ?? 'not final'})` });
          } else if (rowOut) {
            for (const t of rowOut) out.push(t);
          }
        }
        return read === 0 ? null : out;
      },
      finish(all) {
        layout.finish?.(all);
      },
      result(transactions) {
        const allErrors = [...errors, ...capped(rowErrors)];
        if (transactions.length === 0 && p.dataCount === 0) {
          allErrors.push({ line: 0, message: 'The file has a header but no transaction rows' });
        }
        return {
          format: layout.format,
          confidence,
          transactions,
          errors: allErrors,
          warnings: wideRows.length ? [...warnings, ...capped(wideRows)] : warnings,
          dateOrder: order,
          skipped: pending + p.interiorBlank,
          header: p.header,
        };
      },
    },
  };
}

// ---------------------------------------------------------------------------
// preview for the column-mapping UI

export interface PreviewResult {
  /** first rows as read (header row included), blank lines left out */
  rows: string[][];
  /** index into `rows` of the guessed header row, -1 when none */
  headerRowIndex: number;
  /** the guessed header cells, or null */
  header: string[] | null;
  /** `headerKey(header)`, for looking up saved mappings */
  headerKey: string | null;
  /** 1-based line numbers of `rows` */
  lines: number[];
  format: BankFormat | null;
  confidence: number;
  /** the detected columns as a mapping, to pre-fill a form */
  suggestedMapping: ColumnMapping | null;
  encoding: string | null;
  delimiter: string | null;
  errors: ParseIssue[];
}

/**
 * Decodes the file and returns its first `n` non-blank rows plus a header
 * guess, so a UI can show the columns for mapping. Never throws.
 */
export function previewRows(bytes: Uint8Array, n: number = 10): PreviewResult {
  const none: PreviewResult = {
    rows: [],
    headerRowIndex: -1,
    header: null,
    headerKey: null,
    lines: [],
    format: null,
    confidence: 0,
    suggestedMapping: null,
    encoding: null,
    delimiter: null,
    errors: [],
  };
  try {
    const decoded = decodeChecked(bytes);
    if (isIssue(decoded)) return { ...none, errors: [decoded] };
    const want = Math.max(1, Math.min(Math.floor(n) || 1, 10_000));
    // read a little more than asked, so detection sees enough rows and blank lines do not starve it
    const read = readRecords(decoded.text, { maxRecords: Math.max(want, 50) * 2 + 20 });
    const records = read.records.filter((r) => !isBlankRecord(r.fields));
    const detection = detectLayout(records);
    const headerIndex = detection.layout ? detection.layout.headerIndex : detection.headerIndex;
    const shown = records.slice(0, want);
    const headerFields = headerIndex >= 0 ? (records[headerIndex]?.fields ?? null) : null;
    return {
      rows: shown.map((r) => r.fields),
      lines: shown.map((r) => r.line),
      headerRowIndex: headerIndex < want ? headerIndex : -1,
      header: headerFields,
      headerKey: headerFields ? headerKey(headerFields) : null,
      format: detection.layout?.format ?? null,
      confidence: detection.layout ? Math.round(detection.layout.confidence * 100) / 100 : 0,
      suggestedMapping: detection.layout ? { ...detection.layout.mapping } : null,
      encoding: decoded.encoding,
      delimiter: read.delimiter,
      errors: read.issues,
    };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ...none, errors: [{ line: 0, message: `The file could not be read (internal error: ${message})` }] };
  }
}
