import { NextResponse } from 'next/server';
import { z } from 'zod';
import { jsonBody, route } from '@/lib/server/http.server';
import { recordFeedback } from '@/lib/server/feedback.server';

const FeedbackSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM'),
  verdict: z.enum(['real', 'false_alarm']),
});

/** Thumbs up (real) or down (false alarm) on a month. */
export const POST = route(async (req, { user }) => {
  const body = await jsonBody(req, FeedbackSchema);
  await recordFeedback(user.id, body.month, body.verdict);
  return NextResponse.json({ ok: true, ...body });
});
