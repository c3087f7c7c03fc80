import { NextResponse } from 'next/server';
import { jsonBody, route } from '@/lib/server/http.server';
import { createRule, listRules } from '@/lib/server/rules.server';
import { RuleCreateSchema } from '@/lib/schemas/rules';

/** The user's rules and the built-in rules (read-only). */
export const GET = route(async (_req, { user }) => NextResponse.json(await listRules(user.id)));

/** Add a rule. History is not re-categorized until POST /api/rules/recategorize. */
export const POST = route(async (req, { user }) => {
  const body = await jsonBody(req, RuleCreateSchema);
  return NextResponse.json({ rule: await createRule(user.id, body) }, { status: 201 });
});
