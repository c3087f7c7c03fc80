/**
 * From bank-export bytes to categorized transactions, with the default rules:
 * the path shared by `oddmonth analyze`, the evaluation and the benchmarks.
 */
import { parseBankCsv } from './csv';
import { compileRules, categorizeAll, type CompiledRules } from './categorize/engine';
import { DEFAULT_RULES } from './categorize/default-rules';
import type { CategorizedTransaction, ParseResult } from './types';

let defaults: CompiledRules | undefined;

/** The default rules, compiled once per process. */
export function defaultCompiledRules(): CompiledRules {
  return (defaults ??= compileRules(DEFAULT_RULES));
}

export function parseAndCategorize(
  bytes: Uint8Array,
  opts: { fileName?: string; rules?: CompiledRules } = {},
): { parsed: ParseResult; transactions: CategorizedTransaction[] } {
  const parsed = parseBankCsv(bytes, { fileName: opts.fileName });
  return { parsed, transactions: categorizeAll(parsed.transactions, opts.rules ?? defaultCompiledRules()) };
}
