/**
 * Categorization: rules as data, compiled once, applied to parsed rows.
 *
 *   const compiled = compileRules([...userRules, ...DEFAULT_RULES]);
 *   const rows = categorizeAll(parsed, compiled);
 */
export type {
  CategoryRule,
  CategorizeContext,
  CategorizeResult,
  RuleDirection,
  RuleField,
  RuleOp,
  RuleSource,
} from './types';
export type { CompiledRules } from './engine';
export {
  buildCategorizeContext,
  categorize,
  categorizeAll,
  compileRuleRegex,
  compileRules,
  MEMO_LIMIT,
  merchantKey,
  normalizeText,
  REFUND_HINT_MAX_CENTS,
  regexWordPrefixes,
  ruleRegexFlags,
} from './engine';
export { DEFAULT_RULES } from './default-rules';
export { bankCategoryHint } from './bank-hints';
export { diffCategorization } from './diff';
export type { CategorizationDiff } from './diff';
