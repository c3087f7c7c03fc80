import { parseAndCategorize } from '@/lib/core/pipeline';
import { analyzeHistory, MIN_HISTORY_MONTHS, MIN_TRAIN_MONTHS, SEASON_MONTHS, type MonthResult, type Reason } from '@/lib/core/detect';
import { readFileArg, reportNames } from './files';
import { formatCents } from '@/lib/core/money';
import { monthLabel, trendNote, trendReasons } from '@/lib/core/format';
import { WINDOW } from '@/lib/core/features/signals';
import { FIRST_YEAR_EVIDENCE } from '@/lib/core/history';

interface FileReport {
  format: string | null;
  errors: Array<{ line: number; field?: string; message: string }>;
  warnings: Array<{ line: number; field?: string; message: string }>;
  months: Array<Omit<MonthResult, 'rule' | 'reasons' | 'historyMonths' | 'usualCents' | 'typicalCents'> & { rule: { flagged: boolean }; reasons: Array<Omit<Reason, 'kind'>> }>;
}

/**
 * `oddmonth analyze`: each file is one household's history; nothing is
 * stored. Exit status 1 when a file could not be read, or gave no
 * transactions because of errors (not CSV, empty, no date or amount column):
 * it is still in the report with its errors, but a script must not take it
 * for a quiet history. A file with some bad lines is analyzed from its good
 * ones and exits 0; its `errors` say which lines were skipped.
 */
export async function runAnalyze(args: { files: string[]; json: boolean; seed: number }): Promise<number> {
  const files: Record<string, FileReport> = {};
  /** per file, the scored months with less than a year before them (readable report only) */
  const firstYear: Record<string, string[]> = {};
  /** per file, the sentences under the reasons about spending levels (readable report only) */
  const trends: Record<string, TrendNotes> = {};
  let unreadable = 0;
  let unusable = 0;
  // the JSON is keyed by file name: two files of one name must not share a key
  const names = reportNames(args.files);
  for (const [i, file] of args.files.entries()) {
    const read = readFileArg(file);
    if (!read) {
      unreadable++;
      continue;
    }
    const name = names[i]!;
    const { parsed, transactions } = parseAndCategorize(read.bytes, { fileName: read.name });
    if (transactions.length === 0 && parsed.errors.length > 0) unusable++;
    const result = analyzeHistory(transactions, { seed: args.seed });
    firstYear[name] = result.months.filter((m) => m.score !== null && m.historyMonths < SEASON_MONTHS).map((m) => m.month);
    if (!args.json) trends[name] = trendNotes(result.months);
    files[name] = {
      format: parsed.format,
      errors: parsed.errors,
      warnings: parsed.warnings,
      months: result.months.map((m) => ({
        month: m.month,
        spendCents: m.spendCents,
        incomeCents: m.incomeCents,
        score: m.score,
        flagged: m.flagged,
        threshold: m.threshold,
        rule: { flagged: m.rule.flagged },
        reasons: m.reasons.map((r) => ({ category: r.category, text: r.text, weight: r.weight, transactions: r.transactions })),
      })),
    };
  }
  if (args.json) process.stdout.write(JSON.stringify({ files }) + '\n');
  else process.stdout.write(report(files, firstYear, trends));
  return unreadable || unusable ? 1 : 0;
}

/** Why some months have no score: a month needs MIN_HISTORY_MONTHS complete months before it, and the model needs enough such months. */
function tooLittleHistory(months: FileReport['months'], scored: number): string {
  const why = `a month is scored once the file has ${MIN_HISTORY_MONTHS} complete months before it`;
  if (scored === 0) {
    const enough = months.length > MIN_HISTORY_MONTHS;
    return enough
      ? `Not scored: too little history (${why}, and at least ${MIN_TRAIN_MONTHS} such months are needed to fit the model).`
      : `Not scored: too little history (${why}; this file has ${months.length}).`;
  }
  const first = months.find((m) => m.score !== null)!;
  return `Months before ${monthLabel(first.month)} are not scored: too little history (${why}).`;
}

/** What months scored with less than a year of history could and could not show. */
function earlyMonthsNote(months: string[]): string {
  const span = months.length === 1 ? monthLabel(months[0]!) : `${monthLabel(months[0]!)} to ${monthLabel(months[months.length - 1]!)}`;
  return (
    `${span}: less than a year of history, so only ${FIRST_YEAR_EVIDENCE} are judged; ` +
    `other spending levels are judged against your seasons once a year has passed.`
  );
}

/** By month, by reason index: how the month's spend in the reason's category stands against the months before (as on the month page). */
type TrendNotes = Map<string, Map<number, string>>;

/** For each flagged month, a sentence under the first reason about each category's spending level, against the up to WINDOW months before in the file. */
function trendNotes(months: readonly MonthResult[]): TrendNotes {
  const out: TrendNotes = new Map();
  months.forEach((m, t) => {
    if (!m.flagged) return;
    const notes = new Map<number, string>();
    for (const [category, i] of trendReasons(m.reasons)) {
      const note = trendNote(category, months.slice(Math.max(0, t - WINDOW), t + 1).map((p) => ({ month: p.month, spendCents: p.spendCents[category] ?? 0 })));
      if (note) notes.set(i, note);
    }
    out.set(m.month, notes);
  });
  return out;
}

function report(files: Record<string, FileReport>, firstYear: Record<string, string[]>, trends: Record<string, TrendNotes>): string {
  const out: string[] = [];
  for (const [name, f] of Object.entries(files)) {
    out.push(`${name} (${f.format ?? 'unrecognised layout'})`);
    for (const e of f.errors.slice(0, 10)) out.push(`  error${e.line ? ` line ${e.line}` : ''}${e.field ? `, ${e.field}` : ''}: ${e.message}`);
    const scored = f.months.filter((m) => m.score !== null);
    const flagged = f.months.filter((m) => m.flagged);
    out.push(`  ${f.months.length} months, ${scored.length} scored, ${flagged.length} unusual (the 40% rule would flag ${f.months.filter((m) => m.rule.flagged).length})`);
    if (scored.length < f.months.length) out.push(`  ${tooLittleHistory(f.months, scored.length)}`);
    const early = firstYear[name] ?? [];
    if (early.length) out.push(`  ${earlyMonthsNote(early)}`);
    for (const m of flagged) {
      const spend = Object.values(m.spendCents).reduce((a, b) => a + b, 0);
      out.push(`\n  ${monthLabel(m.month)}: unusual (score ${m.score?.toFixed(3)} ≥ ${m.threshold.toFixed(3)}), spent ${formatCents(spend)}`);
      m.reasons.slice(0, 3).forEach((r, i) => {
        out.push(`    • ${r.text}`);
        const note = trends[name]?.get(m.month)?.get(i);
        if (note) out.push(`      ${note}`);
      });
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
