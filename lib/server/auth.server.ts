import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { admin } from 'better-auth/plugins';
import { nextCookies } from 'better-auth/next-js';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { prisma } from './db.server';
import { env } from './env.server';
import { consumeAccountAttempt } from './rate-limit.server';

const e = env();

/**
 * Accounts, sessions and roles through better-auth: scrypt password hashes,
 * httpOnly SameSite=Lax session cookies revoked server-side on sign-out,
 * Origin checks on cookie-bearing POSTs. See docs/decisions/003-auth.md.
 */
export const auth = betterAuth({
  secret: e.authSecret,
  baseURL: e.BETTER_AUTH_URL,
  trustedOrigins: [e.BETTER_AUTH_URL],
  database: prismaAdapter(prisma, { provider: 'sqlite' }),
  emailAndPassword: { enabled: true, minPasswordLength: 10, autoSignIn: true },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  telemetry: { enabled: false },
  rateLimit: {
    // On everywhere but unit tests: the e2e suite exercises it too.
    enabled: e.NODE_ENV !== 'test',
    storage: 'database',
    window: 60,
    max: 100,
    customRules: {
      '/sign-in/email': { window: e.SIGNIN_WINDOW_SECONDS, max: e.SIGNIN_MAX_ATTEMPTS },
      '/sign-up/email': { window: 60, max: 10 },
    },
  },
  advanced: {
    // Explicit, so tests (NODE_ENV=test) exercise the same origin/CSRF checks as production.
    disableOriginCheck: false,
    disableCSRFCheck: false,
    ipAddress: {
      // Only headers that a proxy we trust sets. Without one, all clients
      // share one bucket per path; the per-account limit below still applies.
      ipAddressHeaders: e.TRUSTED_IP_HEADERS ? e.TRUSTED_IP_HEADERS.split(',').map((h) => h.trim().toLowerCase()) : ['x-oddmonth-unset'],
    },
  },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email' || e.NODE_ENV === 'test') return;
      const email = typeof ctx.body?.email === 'string' ? ctx.body.email.trim().toLowerCase() : '';
      if (!email) return;
      const ok = await consumeAccountAttempt(`signin:${email}`, e.SIGNIN_WINDOW_SECONDS, e.SIGNIN_MAX_ATTEMPTS);
      if (!ok) throw new APIError('TOO_MANY_REQUESTS', { message: 'Too many sign-in attempts for this account. Try again in a minute.' });
    }),
  },
  plugins: [admin({ defaultRole: 'user', adminRoles: ['admin'] }), nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;
