import { z } from 'zod';
import { VerdictSchema } from './feedback';

export const MonthSummarySchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  spendCents: z.number().int(),
  incomeCents: z.number().int(),
  transactions: z.number().int().nonnegative(),
  /** anomaly score s in (0, 1], higher = more unusual; null = too little history or not scored yet */
  score: z.number().nullable(),
  threshold: z.number().nullable(),
  flagged: z.boolean(),
  ruleFlagged: z.boolean(),
  insufficientHistory: z.boolean(),
  /** the top reason's sentence, for flagged months */
  headline: z.string().nullable(),
  /** the user's answer about the month (real: yes, unusual; false_alarm: no), null when they gave none */
  feedback: VerdictSchema.nullable(),
});
export type MonthSummary = z.infer<typeof MonthSummarySchema>;

export const MonthsResponseSchema = z.object({ months: z.array(MonthSummarySchema) });
export type MonthsResponse = z.infer<typeof MonthsResponseSchema>;

export const ReasonSchema = z.object({
  category: z.string(),
  kind: z.string(),
  text: z.string(),
  weight: z.number(),
  transactions: z.array(z.object({ date: z.string(), amountCents: z.number().int(), description: z.string(), merchant: z.string() })),
});

export const MonthDetailSchema = z.object({
  month: z.string(),
  score: z.number().nullable(),
  threshold: z.number().nullable(),
  flagged: z.boolean(),
  ruleFlagged: z.boolean(),
  ruleCategories: z.array(z.string()),
  insufficientHistory: z.boolean(),
  /** scored with less than a year of history before it: only events (and an everyday habit that tripled) are judged, not spending levels */
  firstYear: z.boolean(),
  reasons: z.array(ReasonSchema),
  incomeCents: z.number().int(),
  /**
   * what `usualCents` is: `history-and-season`, the detector's usual level
   * that the reasons quote (median of the last 24 complete months plus what
   * the same season last year added); `last-12-months`, the median of the
   * previous 12 months the history covers (months not scored by engine 6+)
   */
  usualBasis: z.enum(['history-and-season', 'last-12-months']),
  /**
   * per category: this month, its usual level (see `usualBasis`) and, with
   * `history-and-season`, its typical month without the season (median of
   * the last 24 complete months; null otherwise)
   */
  categories: z.array(
    z.object({ category: z.string(), spendCents: z.number().int(), usualCents: z.number().int(), typicalCents: z.number().int().nullable(), count: z.number().int() }),
  ),
  /**
   * for each category a reason about a spending level names (a spike, a
   * sustained rise): what was spent there in each of the up to 24 months
   * before (the months the usual level comes from; none before the history
   * began, $0 where nothing was spent) and this month, oldest first
   */
  trends: z.array(z.object({ category: z.string(), months: z.array(z.object({ month: z.string(), spendCents: z.number().int() })) })),
  feedback: VerdictSchema.nullable(),
  /**
   * a scored month that was not flagged, though some category rose well above
   * its usual level: which, and why that did not make the month unusual
   * (lib/core/explain/unflagged.ts); null otherwise
   */
  unflaggedNote: z.string().nullable(),
});
export type MonthDetail = z.infer<typeof MonthDetailSchema>;
