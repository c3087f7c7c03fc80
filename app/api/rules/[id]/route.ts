import { NextResponse } from 'next/server';
import { jsonBody, route } from '@/lib/server/http.server';
import { deleteRule, updateRule } from '@/lib/server/rules.server';
import { RulePatchSchema } from '@/lib/schemas/rules';

type Ctx = { params: Promise<{ id: string }> };

/** Change some fields of one of the user's rules (404 if not theirs). */
export const PATCH = route<Ctx>(async (req, { user, params }) => {
  const { id } = await params;
  const patch = await jsonBody(req, RulePatchSchema);
  return NextResponse.json({ rule: await updateRule(user.id, id, patch) });
});

/** Delete one of the user's rules (404 if not theirs). */
export const DELETE = route<Ctx>(async (_req, { user, params }) => {
  const { id } = await params;
  return NextResponse.json(await deleteRule(user.id, id));
});
