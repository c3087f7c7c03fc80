import { parseAndCategorize } from '@/lib/core/pipeline';
import { analyzeHistory, type MonthResult, type Reason } from '@/lib/core/detect';
import { readFileArg } from './files';
import { formatCents } from '@/lib/core/money';
import { monthLabel } from '@/lib/core/format';

interface FileReport {
  format: string | null;
  errors: Array<{ line: number; field?: string; message: string }>;
  warnings: Array<{ line: number; field?: string; message: string }>;
  months: Array<Omit<MonthResult, 'rule' | 'reasons'> & { rule: { flagged: boolean }; reasons: Array<Omit<Reason, 'kind'>> }>;
}

/** `oddmonth analyze`: each file is one household's history; nothing is stored. */
export async function runAnalyze(args: { files: string[]; json: boolean; seed: number }): Promise<number> {
  const files: Record<string, FileReport> = {};
  let unreadable = 0;
  for (const file of args.files) {
    const read = readFileArg(file);
    if (!read) {
      unreadable++;
      continue;
    }
    const { name, bytes } = read;
    const { parsed, transactions } = parseAndCategorize(bytes, { fileName: name });
    const result = analyzeHistory(transactions, { seed: args.seed });
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
  else process.stdout.write(report(files));
  return unreadable ? 1 : 0;
}

function report(files: Record<string, FileReport>): string {
  const out: string[] = [];
  for (const [name, f] of Object.entries(files)) {
    out.push(`${name} (${f.format ?? 'unrecognised layout'})`);
    for (const e of f.errors.slice(0, 10)) out.push(`  error${e.line ? ` line ${e.line}` : ''}${e.field ? `, ${e.field}` : ''}: ${e.message}`);
    const scored = f.months.filter((m) => m.score !== null);
    const flagged = f.months.filter((m) => m.flagged);
    out.push(`  ${f.months.length} months, ${scored.length} scored, ${flagged.length} unusual (the 40% rule would flag ${f.months.filter((m) => m.rule.flagged).length})`);
    for (const m of flagged) {
      const spend = Object.values(m.spendCents).reduce((a, b) => a + b, 0);
      out.push(`\n  ${monthLabel(m.month)}: unusual (score ${m.score?.toFixed(3)} ≥ ${m.threshold.toFixed(3)}), spent ${formatCents(spend)}`);
      for (const r of m.reasons.slice(0, 3)) out.push(`    • ${r.text}`);
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
