import 'server-only';
import { prisma, UPDATE_CHUNK } from './db.server';
import { HttpError } from './errors.server';
import { scoreUser } from './scoring.server';
import { buildCategorizeContext, categorize, compileRules, type CompiledRules } from '@/lib/core/categorize/engine';
import { DEFAULT_RULES } from '@/lib/core/categorize/default-rules';
import { diffCategorization } from '@/lib/core/categorize/diff';
import type { CategoryRule } from '@/lib/core/categorize/types';
import type { CategorizedTransaction, Category, ParsedTransaction } from '@/lib/core/types';
import { CategoryRuleSchema } from '@/lib/schemas/category-rule';
import type {
  DefaultRuleView,
  RecategorizePreview,
  RecategorizeResult,
  RuleCreate,
  RulePatch,
  RuleView,
  RulesResponse,
} from '@/lib/schemas/rules';

type RuleRow = Awaited<ReturnType<typeof prisma.categoryRule.findMany>>[number];

export function ruleFromRow(r: RuleRow): CategoryRule {
  return {
    id: r.id,
    name: r.name ?? undefined,
    category: r.category as Category,
    priority: r.priority,
    match: { field: r.field as CategoryRule['match']['field'], op: r.op as CategoryRule['match']['op'], value: r.value },
    amountMinCents: r.amountMinCents ?? undefined,
    amountMaxCents: r.amountMaxCents ?? undefined,
    direction: r.direction as CategoryRule['direction'],
    enabled: r.enabled,
    source: 'user',
  };
}

export async function userRules(userId: string): Promise<CategoryRule[]> {
  const rows = await prisma.categoryRule.findMany({ where: { userId }, orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }] });
  return rows.map(ruleFromRow);
}

/** Compiled rule sets by the user rules they were compiled from (JSON): most users share the defaults' one. */
const compiledCache = new Map<string, CompiledRules>();
const COMPILED_CACHE_SIZE = 64;

/**
 * The user's own rules (which outrank the defaults) plus the default rules,
 * compiled; reused while the user's rules are unchanged, so an import does
 * not recompile the 169 defaults (~10–20 ms) and keeps the matcher's memo of
 * narratives it has seen.
 */
export async function compiledRulesFor(userId: string): Promise<CompiledRules> {
  const own = await userRules(userId);
  const key = JSON.stringify(own);
  let compiled = compiledCache.get(key);
  if (compiled) {
    // most recently used last
    compiledCache.delete(key);
  } else {
    compiled = compileRules([...own, ...DEFAULT_RULES]);
    if (compiledCache.size >= COMPILED_CACHE_SIZE) compiledCache.delete(compiledCache.keys().next().value!);
  }
  compiledCache.set(key, compiled);
  return compiled;
}

// ───────────── editing rules ─────────────

/** A user may keep at most this many rules (every rule is tried on every row at import). */
export const MAX_RULES_PER_USER = 500;

function viewFromRow(r: RuleRow): RuleView {
  return {
    id: r.id,
    name: r.name,
    category: r.category,
    priority: r.priority,
    match: { field: r.field as RuleView['match']['field'], op: r.op as RuleView['match']['op'], value: r.value },
    amountMinCents: r.amountMinCents,
    amountMaxCents: r.amountMaxCents,
    direction: r.direction as RuleView['direction'],
    enabled: r.enabled,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function defaultView(r: CategoryRule): DefaultRuleView {
  return {
    id: r.id,
    name: r.name ?? null,
    category: r.category,
    priority: r.priority,
    match: { field: r.match.field, op: r.match.op, value: r.match.value },
    amountMinCents: r.amountMinCents ?? null,
    amountMaxCents: r.amountMaxCents ?? null,
    direction: r.direction ?? 'any',
  };
}

/** Stored columns of a rule. */
interface RuleColumns {
  name: string | null;
  category: string;
  priority: number;
  field: string;
  op: string;
  value: string;
  amountMinCents: number | null;
  amountMaxCents: number | null;
  direction: string;
  enabled: boolean;
}

/**
 * Check the whole rule as the engine will see it (regex compiles, min ≤ max,
 * known category). Throws a ZodError, which routes turn into a 400 with
 * details; the paths are the API's (`match.value`, `amountMaxCents`).
 */
function validated(id: string, c: RuleColumns): RuleColumns {
  CategoryRuleSchema.parse({
    id,
    ...(c.name === null ? {} : { name: c.name }),
    category: c.category,
    priority: c.priority,
    match: { field: c.field, op: c.op, value: c.value },
    ...(c.amountMinCents === null ? {} : { amountMinCents: c.amountMinCents }),
    ...(c.amountMaxCents === null ? {} : { amountMaxCents: c.amountMaxCents }),
    direction: c.direction,
    enabled: c.enabled,
    source: 'user',
  });
  return c;
}

/** The user's rules (highest priority first, as the engine orders them) and the built-in rules, read-only. */
export async function listRules(userId: string): Promise<RulesResponse> {
  const rows = await prisma.categoryRule.findMany({ where: { userId }, orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }] });
  return { rules: rows.map(viewFromRow), defaults: DEFAULT_RULES.map(defaultView) };
}

/**
 * Add a rule. Takes effect for new imports at once; history changes only
 * when the user asks (`recategorize`). 422 when the user already has
 * MAX_RULES_PER_USER rules.
 */
export async function createRule(userId: string, input: RuleCreate): Promise<RuleView> {
  const columns = validated('new', {
    name: input.name ?? null,
    category: input.category,
    priority: input.priority,
    field: input.match.field,
    op: input.match.op,
    value: input.match.value,
    amountMinCents: input.amountMinCents ?? null,
    amountMaxCents: input.amountMaxCents ?? null,
    direction: input.direction,
    enabled: input.enabled,
  });
  const row = await prisma.$transaction(async (tx) => {
    const count = await tx.categoryRule.count({ where: { userId } });
    if (count >= MAX_RULES_PER_USER) {
      throw new HttpError(422, 'too_many_rules', `You have ${count} rules, the most allowed. Delete or merge some first.`);
    }
    return tx.categoryRule.create({ data: { userId, ...columns } });
  });
  return viewFromRow(row);
}

function notFound(): HttpError {
  return new HttpError(404, 'not_found', 'No such rule.');
}

/** Change some fields of one of the user's rules; 404 if the rule is not theirs. */
export async function updateRule(userId: string, ruleId: string, patch: RulePatch): Promise<RuleView> {
  const row = await prisma.$transaction(async (tx) => {
    const current = await tx.categoryRule.findFirst({ where: { id: ruleId, userId } });
    if (!current) throw notFound();
    const columns = validated(ruleId, {
      name: patch.name === undefined ? current.name : patch.name,
      category: patch.category ?? current.category,
      priority: patch.priority ?? current.priority,
      field: patch.match?.field ?? current.field,
      op: patch.match?.op ?? current.op,
      value: patch.match?.value ?? current.value,
      amountMinCents: patch.amountMinCents === undefined ? current.amountMinCents : patch.amountMinCents,
      amountMaxCents: patch.amountMaxCents === undefined ? current.amountMaxCents : patch.amountMaxCents,
      direction: patch.direction ?? current.direction,
      enabled: patch.enabled ?? current.enabled,
    });
    return tx.categoryRule.update({ where: { id: current.id }, data: columns });
  });
  return viewFromRow(row);
}

/**
 * Delete one of the user's rules; 404 if the rule is not theirs.
 * Transactions it categorized keep their category until the user
 * re-categorizes.
 */
export async function deleteRule(userId: string, ruleId: string): Promise<{ deleted: string }> {
  const { count } = await prisma.categoryRule.deleteMany({ where: { id: ruleId, userId } });
  if (count === 0) throw notFound();
  return { deleted: ruleId };
}

// ───────────── re-categorizing history ─────────────

type Db = Pick<typeof prisma, 'transaction' | 'categoryRule'>;

interface Plan {
  preview: RecategorizePreview;
  /** rows to update, grouped by their new (category, ruleId) */
  updates: Array<{ category: string; ruleId: string | null; ids: number[] }>;
}

/**
 * Categorize every transaction of the user again with their current rules
 * and the defaults, with a context built from their whole history (a credit
 * from a merchant they ever paid reads as a refund). Own-account transfers
 * stay Transfers (the engine decides that before any rule). Writes nothing.
 *
 * A row that no rule decided, neither at import (`ruleId` null) nor now,
 * keeps its category: the engine's fallbacks then may have used the bank's
 * own category column (NAB, Up, Macquarie), which rows imported before
 * the `bankCategory` column existed do not have, so re-running them here
 * would turn those rows Uncategorized. (Newer rows carry it and are
 * categorized with it, as at import.) Rule changes are what re-categorizing is for; a row a rule
 * decided before or decides now is re-decided in full.
 */
async function plan(db: Db, userId: string): Promise<Plan> {
  const ruleRows = await db.categoryRule.findMany({ where: { userId }, orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }] });
  const compiled = compileRules([...ruleRows.map(ruleFromRow), ...DEFAULT_RULES]);
  // Only what `categorize` and `buildCategorizeContext` read (kind, amount,
  // description, merchant) is loaded: 100k rows is most of the cost.
  const rows = await db.transaction.findMany({
    where: { userId },
    select: { id: true, amountCents: true, description: true, merchant: true, category: true, ruleId: true, kind: true, bankCategory: true },
  });
  const parsed: ParsedTransaction[] = rows.map((r) => ({
    line: 0,
    date: '',
    amountCents: r.amountCents,
    description: r.description,
    merchant: r.merchant,
    balanceCents: null,
    account: null,
    kind: r.kind === 'transfer' ? 'transfer' : 'normal',
    bankCategory: r.bankCategory,
  }));
  const context = buildCategorizeContext(parsed);

  const before: CategorizedTransaction[] = new Array<CategorizedTransaction>(rows.length);
  const after: CategorizedTransaction[] = new Array<CategorizedTransaction>(rows.length);
  const groups = new Map<string, { category: string; ruleId: string | null; ids: number[] }>();
  const moves = new Map<string, { from: string; to: string; count: number }>();
  let ruleOnly = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const tx = parsed[i]!;
    let next = categorize(tx, compiled, context);
    if (next.ruleId === null && row.ruleId === null && tx.kind !== 'transfer') {
      // No rule decided then or now: the import's built-in decision stands
      // (it may rest on the bank's own category, which older rows lack).
      next = { category: row.category as Category, ruleId: null };
    }
    // Stored categories are strings; an unknown one simply compares unequal.
    before[i] = { ...tx, category: row.category as Category };
    after[i] = { ...tx, category: next.category };
    const categoryChanged = next.category !== row.category;
    if (!categoryChanged && next.ruleId === row.ruleId) continue;
    if (categoryChanged) {
      const key = `${row.category}\u0000${next.category}`;
      const m = moves.get(key);
      if (m) m.count++;
      else moves.set(key, { from: row.category, to: next.category, count: 1 });
    } else {
      ruleOnly++;
    }
    const key = `${next.category}\u0000${next.ruleId ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { category: next.category, ruleId: next.ruleId, ids: [] }));
    g.ids.push(row.id);
  }
  const diff = diffCategorization(before, after);
  return {
    preview: {
      total: rows.length,
      changed: diff.changed,
      ruleOnly,
      byCategory: diff.byCategory,
      moves: [...moves.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    },
    updates: [...groups.values()],
  };
}

/** How re-categorizing the user's history with their current rules would change it. Writes nothing. */
export async function previewRecategorize(userId: string): Promise<RecategorizePreview> {
  return (await plan(prisma, userId)).preview;
}

/**
 * Re-categorize the user's whole history with their current rules, in one
 * database transaction: only rows whose category or deciding rule changes are
 * written (grouped by new (category, ruleId), at most UPDATE_CHUNK ids per
 * UPDATE). When any category changed, a CategorizationChange row records the
 * reason, the count and `byCategory` as its summary, so drift monitoring
 * knows the meaning of the features moved; when none did, nothing is
 * recorded (`change: null`). After a change the user's months are scored
 * again (monthly aggregates and scores are per category); a scoring failure
 * is logged and does not undo the re-categorization (`rescored: false`).
 */
export async function recategorize(userId: string, reason: string): Promise<RecategorizeResult> {
  const result = await applyRecategorize(userId, reason);
  if (!result.change) return result;
  try {
    await scoreUser(userId);
    return { ...result, rescored: true };
  } catch (err) {
    console.error(`Scoring user ${userId} after re-categorization failed; their months keep the previous scores.`, err);
    return { ...result, rescored: false };
  }
}

async function applyRecategorize(userId: string, reason: string): Promise<RecategorizeResult> {
  return prisma.$transaction(
    async (tx) => {
      // Take the write lock before reading. Prisma's SQLite transactions
      // begin deferred: had an import (written on its own connection) landed
      // between our read and our first write, the write would fail
      // (SQLITE_BUSY_SNAPSHOT) and with it the whole request. A DELETE that
      // matches nothing is a write statement, so it waits for other writers,
      // then holds them off until we commit. Harmless on PostgreSQL.
      await tx.categorizationChange.deleteMany({ where: { id: '', userId } });
      const { preview, updates } = await plan(tx, userId);
      for (const u of updates) {
        for (let i = 0; i < u.ids.length; i += UPDATE_CHUNK) {
          // The ids were read for this user in this transaction. Adding
          // `userId` to the filter makes SQLite pick the (userId, month)
          // index and scan all the user's rows per statement (16x slower).
          await tx.transaction.updateMany({
            where: { id: { in: u.ids.slice(i, i + UPDATE_CHUNK) } },
            data: { category: u.category, ruleId: u.ruleId },
          });
        }
      }
      if (preview.changed === 0) return { ...preview, change: null, rescored: false };
      const change = await tx.categorizationChange.create({
        data: { userId, reason, changed: preview.changed, summary: JSON.stringify(preview.byCategory) },
      });
      return {
        ...preview,
        change: { id: change.id, reason: change.reason, changed: change.changed, createdAt: change.createdAt.toISOString() },
        rescored: false,
      };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
