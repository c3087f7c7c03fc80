/**
 * Request and response shapes of the rules API (`/api/rules`,
 * `/api/rules/[id]`, `/api/rules/recategorize`). The field validators are
 * borrowed from `CategoryRuleSchema` so a rule the API accepts is a rule the
 * engine accepts; the cross-field checks (regex compiles, min ≤ max) are
 * re-run on the whole rule by `toCategoryRule` in the service.
 *
 * A user rule has no `caseSensitive` flag: the table has no column for it,
 * so user rules always match ignoring case.
 */
import { z } from 'zod';
import { CategoryRuleSchema } from './category-rule';

const base = CategoryRuleSchema.shape;

const MatchInputSchema = z.object({
  field: base.match.shape.field,
  op: base.match.shape.op,
  value: base.match.shape.value,
});

/** Optional name: blank means no name. */
const NameSchema = z
  .string()
  .trim()
  .max(200)
  .transform((s) => (s === '' ? null : s));

/** Body of POST /api/rules. Defaults: priority 100, direction any, enabled. */
export const RuleCreateSchema = z.object({
  name: NameSchema.nullable().optional(),
  category: base.category,
  priority: base.priority.default(100),
  match: MatchInputSchema,
  amountMinCents: base.amountMinCents.unwrap().nullable().optional(),
  amountMaxCents: base.amountMaxCents.unwrap().nullable().optional(),
  direction: base.direction.unwrap().default('any'),
  enabled: z.boolean().default(true),
});
export type RuleCreate = z.output<typeof RuleCreateSchema>;
export type RuleCreateInput = z.input<typeof RuleCreateSchema>;

/**
 * Body of PATCH /api/rules/[id]: any subset of the fields; `match` fields
 * merge into the stored ones; `null` clears a name or an amount bound.
 */
export const RulePatchSchema = z
  .object({
    name: NameSchema.nullable(),
    category: base.category,
    priority: base.priority,
    match: MatchInputSchema.partial(),
    amountMinCents: base.amountMinCents.unwrap().nullable(),
    amountMaxCents: base.amountMaxCents.unwrap().nullable(),
    direction: base.direction.unwrap(),
    enabled: z.boolean(),
  })
  .partial();
export type RulePatch = z.output<typeof RulePatchSchema>;

/** Body of POST /api/rules/recategorize. */
export const RecategorizeBodySchema = z.object({
  reason: z.string().trim().max(500).optional(),
});

/** A user's rule as the API returns it. */
export interface RuleView {
  id: string;
  name: string | null;
  category: string;
  priority: number;
  match: { field: 'merchant' | 'description'; op: 'contains' | 'startsWith' | 'regex' | 'equals'; value: string };
  amountMinCents: number | null;
  amountMaxCents: number | null;
  direction: 'in' | 'out' | 'any';
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A built-in rule, read-only. */
export interface DefaultRuleView {
  id: string;
  name: string | null;
  category: string;
  priority: number;
  match: { field: 'merchant' | 'description'; op: 'contains' | 'startsWith' | 'regex' | 'equals'; value: string };
  amountMinCents: number | null;
  amountMaxCents: number | null;
  direction: 'in' | 'out' | 'any';
}

export interface RulesResponse {
  rules: RuleView[];
  defaults: DefaultRuleView[];
}

/**
 * What re-categorizing the user's history with the current rules does.
 * `changed` and `byCategory` follow `diffCategorization`: for every category
 * that lost or gained a transaction, its count before (`from`) and after
 * (`to`). `moves` breaks the same change down by pair of categories.
 */
export interface RecategorizePreview {
  /** transactions looked at (all of the user's) */
  total: number;
  /** transactions whose category would change */
  changed: number;
  /** transactions keeping their category but decided by a different rule */
  ruleOnly: number;
  byCategory: Record<string, { from: number; to: number }>;
  /** count per (from category, to category), largest first */
  moves: Array<{ from: string; to: string; count: number }>;
}

export interface RecategorizeResult extends RecategorizePreview {
  /** the CategorizationChange row written, or null when no category changed (nothing recorded) */
  change: { id: string; reason: string; changed: number; createdAt: string } | null;
  /** the months were scored again after the change (false when nothing changed or scoring failed) */
  rescored: boolean;
}
