import 'server-only';
import { prisma } from './db.server';
import { HttpError } from './errors.server';
import { activeScores, scoreUser } from './scoring.server';

/**
 * A user's answer about a month: 'real' (yes, that was unusual) or
 * 'false_alarm'. Stored with the score the month had; the user's answers
 * tune their alert threshold on the next scoring, which runs right away.
 */
export async function recordFeedback(userId: string, month: string, verdict: 'real' | 'false_alarm'): Promise<void> {
  const score = (await activeScores(userId, month)).get(month);
  if (!score || score.score === null) throw new HttpError(404, 'not_found', `${month} has no score to give feedback on.`);
  await prisma.feedback.upsert({
    where: { userId_month: { userId, month } },
    create: { userId, month, verdict, score: score.score },
    update: { verdict, score: score.score },
  });
  // The answers tune the threshold: rescore (same data and seed, same scores; flags may move).
  await scoreUser(userId);
}
