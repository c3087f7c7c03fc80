/**
 * Categorization rules: plain data, validated at the boundary by
 * `CategoryRuleSchema` (lib/schemas/category-rule.ts) and compiled once by
 * `compileRules` before use.
 */
import type { Category } from '../types';

/** Which text a rule looks at. */
export type RuleField = 'merchant' | 'description';

/** How `match.value` is compared with the text. */
export type RuleOp = 'contains' | 'startsWith' | 'regex' | 'equals';

/** Which way the money moves: `out` is a negative amount, `in` a positive one. */
export type RuleDirection = 'out' | 'in' | 'any';

export type RuleSource = 'default' | 'user';

/**
 * One categorization rule.
 *
 * Text matching (see `compileRules` for the exact semantics):
 * - `field: 'merchant'` looks at the cleaned merchant name only.
 * - `field: 'description'` looks at the bank's narrative **or** the cleaned
 *   merchant (the merchant is derived from the same row, and banks such as Up,
 *   NAB and Macquarie put the payee in a column of its own), so one rule
 *   works on raw narratives and cleaned names alike.
 * - Whitespace runs are collapsed to one space and the text trimmed before
 *   matching; unless `caseSensitive` is true, matching ignores case.
 * - `regex` is a JavaScript regular expression source without slashes, run
 *   without the `u` flag (and with `i` unless `caseSensitive`).
 *
 * Other conditions, all of which must hold: `amountMinCents` /
 * `amountMaxCents` bound the **absolute** amount (inclusive); `direction`
 * (default `any`); `enabled` (default true).
 *
 * Precedence: every user rule outranks every default rule; within a source,
 * higher `priority` wins; ties go to the rule listed first.
 */
export interface CategoryRule {
  /** stable id; default rules use `d:<category>:<name>` */
  id: string;
  name?: string;
  category: Category;
  priority: number;
  match: {
    field: RuleField;
    op: RuleOp;
    value: string;
    caseSensitive?: boolean;
  };
  /** inclusive lower bound on |amountCents| */
  amountMinCents?: number;
  /** inclusive upper bound on |amountCents| */
  amountMaxCents?: number;
  direction?: RuleDirection;
  enabled?: boolean;
  source: RuleSource;
}

/** What `categorize` decided, and which rule decided it (null: built-in logic). */
export interface CategorizeResult {
  category: Category;
  ruleId: string | null;
}

/**
 * Cross-transaction facts the money-in fallback may use. `categorizeAll`
 * builds this from the batch itself; callers of `categorize` may pass their
 * own (e.g. merchants seen with money out in earlier imports).
 */
export interface CategorizeContext {
  /** merchants (lowercased, whitespace-collapsed) seen with money out */
  outMerchants: ReadonlySet<string>;
  /**
   * account numbers (digits only) that the batch both sends money to and
   * receives money from by transfer (`TFR TO 032165879671`, `TFR FROM
   * 032165879671`): the user's own accounts, whose transfers are not spend
   * ({@link accountNumberIn})
   */
  ownAccounts?: ReadonlySet<string>;
}
