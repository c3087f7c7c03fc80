/**
 * Boundary validation for categorization rules (API bodies, CLI rule files,
 * stored user rules). The engine (`lib/core/categorize`) trusts its input;
 * validate here first.
 */
import { z } from 'zod';
import { compileRuleRegex } from '../core/categorize/engine';
import type { CategoryRule } from '../core/categorize/types';
import { NON_SPEND_CATEGORIES, SPENDING_CATEGORIES } from '../core/types';

/** Largest |priority| accepted; the order among rules is all that matters. */
export const MAX_RULE_PRIORITY = 1_000_000;

const cents = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const CategoryRuleSchema = z
  .object({
    id: z.string().trim().min(1).max(200),
    name: z.string().trim().max(200).optional(),
    category: z.enum([...SPENDING_CATEGORIES, ...NON_SPEND_CATEGORIES]),
    priority: z.number().int().min(-MAX_RULE_PRIORITY).max(MAX_RULE_PRIORITY),
    match: z.object({
      field: z.enum(['merchant', 'description']),
      op: z.enum(['contains', 'startsWith', 'regex', 'equals']),
      value: z
        .string()
        .max(1000)
        .refine((v) => v.trim().length > 0, { message: 'Match value must not be blank' }),
      caseSensitive: z.boolean().optional(),
    }),
    amountMinCents: cents.optional(),
    amountMaxCents: cents.optional(),
    direction: z.enum(['out', 'in', 'any']).optional(),
    enabled: z.boolean().optional(),
    source: z.enum(['default', 'user']),
  })
  .superRefine((rule, ctx) => {
    if (rule.match.op === 'regex') {
      try {
        compileRuleRegex(rule.match.value, rule.match.caseSensitive);
      } catch (err) {
        ctx.addIssue({
          code: 'custom',
          path: ['match', 'value'],
          message: `This pattern is not a valid regular expression: ${regexProblem(err)}`,
        });
      }
    }
    if (
      rule.amountMinCents !== undefined &&
      rule.amountMaxCents !== undefined &&
      rule.amountMinCents > rule.amountMaxCents
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['amountMaxCents'],
        message: 'Largest amount must be at least the smallest amount',
      });
    }
  });

/**
 * What is wrong with a pattern, from the engine's SyntaxError: V8 says
 * "Invalid regular expression: /(unclosed/i: Unterminated group"; people
 * need only "unterminated group" (the pattern is on screen already).
 */
function regexProblem(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const problem = message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '').trim();
  return problem ? problem.charAt(0).toLowerCase() + problem.slice(1) : 'it could not be read';
}

/** What callers may send (before parsing). */
export type CategoryRuleInput = z.input<typeof CategoryRuleSchema>;

// The parsed shape must be usable wherever the engine expects a rule.
type _ParsedIsRule = z.output<typeof CategoryRuleSchema> extends CategoryRule ? true : never;
const _parsedIsRule: _ParsedIsRule = true;
void _parsedIsRule;
