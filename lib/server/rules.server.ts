import 'server-only';
import { prisma } from './db.server';
import { compileRules, type CompiledRules } from '@/lib/core/categorize/engine';
import { DEFAULT_RULES } from '@/lib/core/categorize/default-rules';
import type { CategoryRule } from '@/lib/core/categorize/types';
import type { Category } from '@/lib/core/types';

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

/** The user's own rules (which outrank the defaults) plus the default rules, compiled. */
export async function compiledRulesFor(userId: string): Promise<CompiledRules> {
  return compileRules([...(await userRules(userId)), ...DEFAULT_RULES]);
}
