import 'server-only';
import { prisma } from './db.server';
import { HttpError } from './errors.server';
import { ALERT_LEVEL, activeFlags, scoreUser } from './scoring.server';
import type { FeedbackOutcome, FeedbackResult, Verdict } from '@/lib/schemas/feedback';

/** as lib/core/threshold rounds a tuned threshold */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * A user's answer about a month: 'real' (yes, that was unusual) or
 * 'false_alarm'. Stored with the score the month had; the user's answers
 * tune their alert threshold on the next scoring, which runs right away.
 * Returns what the answer did: the month's flag and the user's alert level
 * before and after that rescore, and which limit held if the flag did not
 * follow the answer.
 *
 * @throws HttpError 404 when the month has no score (not the user's, or too little history)
 */
export async function recordFeedback(userId: string, month: string, verdict: Verdict): Promise<FeedbackResult> {
  // every month's flag before the answer: a moved alert level can flag or unflag others too
  const flagsBefore = await activeFlags(userId);
  const before = flagsBefore.get(month);
  if (!before || before.score === null) throw new HttpError(404, 'not_found', `${month} has no score to give feedback on.`);
  const score = before.score;
  await prisma.feedback.upsert({
    where: { userId_month: { userId, month } },
    create: { userId, month, verdict, score },
    update: { verdict, score },
  });
  // The answers tune the threshold: rescore (same data and seed, same scores; flags may move).
  await scoreUser(userId);
  const flagsAfter = await activeFlags(userId);
  const after = flagsAfter.get(month);
  if (!after || after.score === null) throw new HttpError(409, 'conflict', `${month} changed while your answer was saved. Reload the page.`);
  const moved = [...flagsAfter.values()].filter((m) => m.month !== month && m.flagged !== (flagsBefore.get(m.month)?.flagged ?? false));
  const answers = await prisma.feedback.count({ where: { userId, score: { not: null } } });
  return {
    month,
    verdict,
    score: after.score,
    wasFlagged: before.flagged,
    flagged: after.flagged,
    thresholdBefore: before.threshold,
    thresholdAfter: after.threshold,
    answers,
    minAnswers: ALERT_LEVEL.minAnswers,
    lowestThreshold: round6(ALERT_LEVEL.lowest),
    highestThreshold: round6(ALERT_LEVEL.highest),
    outcome: outcomeOf(verdict, after.score, before.flagged, after.flagged, answers),
    othersFlagged: moved.filter((m) => m.flagged).map((m) => m.month),
    othersUnflagged: moved.filter((m) => !m.flagged).map((m) => m.month),
  };
}

/** Why the month's flag is what it is after the answer (see FeedbackOutcomeSchema). */
function outcomeOf(verdict: Verdict, score: number, wasFlagged: boolean, flagged: boolean, answers: number): FeedbackOutcome {
  if (flagged !== wasFlagged) return 'flag_changed';
  if (flagged === (verdict === 'real')) return 'agrees';
  // a limit that no number of answers lifts comes first
  if (verdict === 'false_alarm' ? score >= round6(ALERT_LEVEL.highest) : score < round6(ALERT_LEVEL.lowest)) return 'level_limit';
  if (answers < ALERT_LEVEL.minAnswers) return 'too_few_answers';
  return 'other_answers';
}
