import { z } from 'zod';

/** A user's answer about a month: 'real' (yes, it was unusual) or 'false_alarm' (no, a usual month). */
export const VerdictSchema = z.enum(['real', 'false_alarm']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** POST /api/feedback */
export const FeedbackRequestSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM'),
  verdict: VerdictSchema,
});
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;

/**
 * Why the month's flag is what it is after the answer and the rescore:
 * - `flag_changed`: the answer moved the user's alert level past the month's score;
 * - `agrees`: the month was already flagged as the answer says (flagged for 'real', not for 'false_alarm');
 * - `level_limit`: the alert level cannot reach the month's score (it stays within `lowestThreshold`..`highestThreshold`);
 * - `too_few_answers`: the level moves only once `minAnswers` months are answered;
 * - `other_answers`: moving the level past this month would get one of the user's other answers wrong
 *   (unflag a month they said was real, or flag one they said was a false alarm).
 */
export const FeedbackOutcomeSchema = z.enum(['flag_changed', 'agrees', 'level_limit', 'too_few_answers', 'other_answers']);
export type FeedbackOutcome = z.infer<typeof FeedbackOutcomeSchema>;

/** What an answer did: the month and the user's alert level (threshold on the score s) before and after the rescore. */
export const FeedbackResultSchema = z.object({
  month: z.string(),
  verdict: VerdictSchema,
  /** the month's anomaly score s (higher = more unusual); an answer does not change it */
  score: z.number(),
  /** flagged before the answer */
  wasFlagged: z.boolean(),
  /** flagged after the rescore with the alert level the answers tuned */
  flagged: z.boolean(),
  /** the user's alert level before the answer and after: a month is flagged when s is at or above it */
  thresholdBefore: z.number(),
  thresholdAfter: z.number(),
  /** months the user has answered, this one included */
  answers: z.number().int().nonnegative(),
  /** answers needed before the alert level moves */
  minAnswers: z.number().int().positive(),
  /** the range the alert level stays within, however the user answers */
  lowestThreshold: z.number(),
  highestThreshold: z.number(),
  outcome: FeedbackOutcomeSchema,
  /** other months whose flag moved with the alert level: now flagged, and no longer flagged */
  othersFlagged: z.array(z.string()),
  othersUnflagged: z.array(z.string()),
});
export type FeedbackResult = z.infer<typeof FeedbackResultSchema>;
