import { z } from 'zod';

export const MonthSummarySchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  spendCents: z.number().int(),
  incomeCents: z.number().int(),
  transactions: z.number().int().nonnegative(),
});
export type MonthSummary = z.infer<typeof MonthSummarySchema>;

export const MonthsResponseSchema = z.object({ months: z.array(MonthSummarySchema) });
export type MonthsResponse = z.infer<typeof MonthsResponseSchema>;
