import { z } from 'zod';

export const ImportIssueSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  field: z.string().nullable(),
  message: z.string(),
});

export const ImportPreviewSchema = z.object({
  fileName: z.string(),
  fileSha256: z.string(),
  format: z.string().nullable(),
  bank: z.string().nullable(),
  confidence: z.number(),
  dateOrder: z.enum(['dmy', 'mdy', 'ymd']).nullable(),
  header: z.string().nullable(),
  sample: z
    .object({ rows: z.array(z.array(z.string())), header: z.array(z.string()).nullable(), suggestedMapping: z.unknown().nullable() })
    .nullable(),
  mappingSource: z.enum(['given', 'saved']).nullable(),
  /** the file is empty or not CSV text with columns: nothing to map or import, and why (in a person's words) */
  fileProblem: z.object({ code: z.enum(['empty_file', 'not_csv']), message: z.string() }).nullable(),
  /** a text file with columns whose layout we don't know: map them (then `sample` shows its first rows) */
  needsMapping: z.boolean(),
  accounts: z.array(z.string()),
  dateFrom: z.string().nullable(),
  dateTo: z.string().nullable(),
  rows: z.number().int(),
  newCount: z.number().int(),
  duplicateCount: z.number().int(),
  skipped: z.number().int(),
  transfers: z.number().int(),
  errors: z.array(ImportIssueSchema),
  warnings: z.array(ImportIssueSchema),
  categories: z.record(z.string(), z.number().int()),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
export type ImportSummary = ImportPreview & { importId: string };

export const ColumnMappingSchema = z
  .object({
    hasHeader: z.boolean(),
    date: z.number().int().nonnegative(),
    description: z.number().int().nonnegative(),
    amount: z.number().int().nonnegative().optional(),
    debit: z.number().int().nonnegative().optional(),
    credit: z.number().int().nonnegative().optional(),
    balance: z.number().int().nonnegative().optional(),
    dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
  })
  .refine((m) => m.amount !== undefined || m.debit !== undefined || m.credit !== undefined, {
    message: 'Map an amount column, or debit and/or credit columns.',
  });

/** Form fields that accompany uploaded files. */
export const ImportFormSchema = z.object({
  mode: z.enum(['preview', 'commit']),
  account: z.string().trim().max(80).optional(),
  mapping: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      try {
        return ColumnMappingSchema.parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON column mapping' });
        return z.NEVER;
      }
    }),
});
