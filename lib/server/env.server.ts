import 'server-only';
import { z } from 'zod';
import { databaseUrl } from '@/lib/db-url';

/**
 * Configuration from the environment, validated once with zod. Every
 * variable is optional for local use; production refuses to start without a
 * real secret.
 */
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.string().optional(),
    BETTER_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    BETTER_AUTH_URL: z.url().default('http://127.0.0.1:3000'),
    /** comma-separated request headers that a trusted reverse proxy sets to the client IP (e.g. "x-real-ip") */
    TRUSTED_IP_HEADERS: z.string().optional(),
    /** failed sign-in attempts allowed per window per account (and per client, when TRUSTED_IP_HEADERS gives its IP) */
    SIGNIN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
    SIGNIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
    IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
    IMPORT_MAX_ROWS: z.coerce.number().int().positive().default(200_000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.BETTER_AUTH_SECRET && process.env.NEXT_PHASE !== 'phase-production-build') {
      ctx.addIssue({ code: 'custom', path: ['BETTER_AUTH_SECRET'], message: 'is required in production (32+ random characters)' });
    }
  });

export type Env = z.infer<typeof EnvSchema> & { databaseUrl: string; authSecret: string };

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  cached = {
    ...parsed.data,
    databaseUrl: databaseUrl(process.env),
    // Only development and tests fall back to a fixed secret.
    authSecret: parsed.data.BETTER_AUTH_SECRET ?? 'oddmonth-development-secret-not-for-production-use',
  };
  return cached;
}
