import { NextResponse } from 'next/server';
import { jsonBody, route } from '@/lib/server/http.server';
import { recordFeedback } from '@/lib/server/feedback.server';
import { FeedbackRequestSchema, type FeedbackResult } from '@/lib/schemas/feedback';

/** Thumbs up (real) or down (false alarm) on a month; answers what it did (FeedbackResult). */
export const POST = route(async (req, { user }) => {
  const body = await jsonBody(req, FeedbackRequestSchema);
  const result: FeedbackResult = await recordFeedback(user.id, body.month, body.verdict);
  return NextResponse.json(result);
});
