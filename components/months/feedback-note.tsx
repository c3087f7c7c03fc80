import type { FeedbackResult, Verdict } from '@/lib/schemas/feedback';
import { monthLabel } from '@/lib/core/format';

/** A score or alert level as the month page shows it ("Score 0.72 (… flagged at 0.55 or more)"). */
export const level = (x: number): string => x.toFixed(2);

/** "your alert level stays 0.55" or "your alert level moved from 0.55 to 0.63" */
function levelChange(before: number, after: number): string {
  return level(before) === level(after) ? `your alert level stays ${level(after)}` : `your alert level moved from ${level(before)} to ${level(after)}`;
}

const KEPT = 'your answer is kept with the month.';

/** What an answer did, in one short paragraph, with the real numbers (see FeedbackOutcomeSchema), and the other months it moved. */
export function feedbackSentence(r: FeedbackResult): string {
  return `${thisMonth(r)}${othersMoved(r)}`;
}

/** " With it, March 2022 is no longer flagged." / " With it, 2 other months are now flagged: …" ('' when none moved) */
function othersMoved(r: FeedbackResult): string {
  const part = (months: readonly string[], state: string) =>
    months.length === 1 ? `${monthLabel(months[0]!)} is ${state}` : `${months.length} other months are ${state}: ${months.map((m) => monthLabel(m)).join(', ')}`;
  const parts = [
    ...(r.othersUnflagged.length ? [part(r.othersUnflagged, 'no longer flagged')] : []),
    ...(r.othersFlagged.length ? [part(r.othersFlagged, 'now flagged')] : []),
  ];
  return parts.length ? ` With it, ${parts.join('; ')}.` : '';
}

function thisMonth(r: FeedbackResult): string {
  const lead = r.verdict === 'real' ? 'Noted: this month was really unusual.' : r.wasFlagged ? 'Noted as a false alarm.' : 'Noted: this month was usual.';
  const change = levelChange(r.thresholdBefore, r.thresholdAfter);
  const Change = change.charAt(0).toUpperCase() + change.slice(1);
  const score = level(r.score);
  const after = level(r.thresholdAfter);
  switch (r.outcome) {
    case 'flag_changed':
      return r.flagged
        ? `${lead} Oddmonth now flags it: ${change}, ${after === score ? 'its score' : `below its score of ${score}`}.`
        : `${lead} Oddmonth no longer flags it: ${change}, ${after === score ? 'just above its score' : `above its score of ${score}`}.`;
    case 'agrees':
      return level(r.thresholdBefore) === after ? lead : `${lead} ${Change}.`;
    case 'level_limit':
      return r.verdict === 'false_alarm'
        ? `${lead} It stays flagged: its score of ${score} is ${r.score > r.highestThreshold ? 'above' : 'at'} the highest your alert level goes (${level(r.highestThreshold)}). ${Change}; ${KEPT}`
        : `${lead} It stays unflagged: its score of ${score} is below the lowest your alert level goes (${level(r.lowestThreshold)}). ${Change}; ${KEPT}`;
    case 'too_few_answers':
      return `${lead} It stays ${r.flagged ? 'flagged' : 'unflagged'} for now: your alert level (${after}) moves only once you have answered ${r.minAnswers} months, and you have answered ${r.answers}. Your answer is kept with the month.`;
    case 'other_answers':
      return r.verdict === 'false_alarm'
        ? `${lead} It stays flagged: raising your alert level past its score of ${score} would also unflag a month you said was really unusual. ${Change}; ${KEPT}`
        : `${lead} It stays unflagged: lowering your alert level to its score of ${score} would also flag a month you said was a false alarm. ${Change}; ${KEPT}`;
  }
}

/** The answer given earlier, as the month page shows it when it loads. */
export function earlierAnswerSentence(verdict: Verdict, flagged: boolean): string {
  if (verdict === 'real') return 'You said this was really unusual.';
  return flagged ? 'You said this was a false alarm.' : 'You said this month was usual.';
}

/**
 * The user's answer beside Oddmonth's verdict in the months lists:
 * "you said false alarm" / "confirmed" for a flagged month, "you said
 * unusual" / "confirmed" for one that is not; null without an answer.
 */
export function answerMark(flagged: boolean, verdict: Verdict | null): string | null {
  if (!verdict) return null;
  if (flagged) return verdict === 'real' ? 'confirmed' : 'you said false alarm';
  return verdict === 'real' ? 'you said unusual' : 'confirmed';
}
