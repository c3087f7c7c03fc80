import 'server-only';
import { prisma } from './db.server';
import { HttpError } from './errors.server';
import { activeScores } from './scoring.server';

/**
 * A user's answer about a month: 'real' (yes, that was unusual) or
 * 'false_alarm'. Stored with the score the month had, so the threshold can
 * be tuned from it.
 */
export async function recordFeedback(userId: string, month: string, verdict: 'real' | 'false_alarm'): Promise<void> {
  const score = (await activeScores(userId, month)).get(month);
  if (!score || score.score === null) throw new HttpError(404, 'not_found', `${month} has no score to give feedback on.`);
  await prisma.feedback.upsert({
    where: { userId_month: { userId, month } },
    create: { userId, month, verdict, score: score.score },
    update: { verdict, score: score.score },
  });
}
