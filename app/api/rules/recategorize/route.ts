import { NextResponse } from 'next/server';
import { jsonBody, route } from '@/lib/server/http.server';
import { previewRecategorize, recategorize } from '@/lib/server/rules.server';
import { RecategorizeBodySchema } from '@/lib/schemas/rules';

/** What re-categorizing history with the current rules would change. Writes nothing. */
export const GET = route(async (_req, { user }) => NextResponse.json(await previewRecategorize(user.id)));

/** Re-categorize history now and record the change (body: `{ reason?: string }`). */
export const POST = route(async (req, { user }) => {
  const { reason } = await jsonBody(req, RecategorizeBodySchema);
  return NextResponse.json(await recategorize(user.id, reason || 'Rules edited'));
});
