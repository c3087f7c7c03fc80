import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { admin } from 'better-auth/plugins';
import { nextCookies } from 'better-auth/next-js';
import { APIError, createAuthMiddleware, getIP } from 'better-auth/api';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/schemas/auth';
import { prisma } from './db.server';
import { env } from './env.server';
import { clearAccountAttempts, consumeAccountAttempt, releaseAccountAttempt } from './rate-limit.server';

const e = env();
const trustedIpHeaders = e.TRUSTED_IP_HEADERS ? e.TRUSTED_IP_HEADERS.split(',').map((h) => h.trim().toLowerCase()) : null;
// On everywhere but unit tests (which sign in many times from one address); the e2e suite exercises them too.
const limitsOn = e.NODE_ENV !== 'test';
const tryAgain = e.SIGNIN_WINDOW_SECONDS <= 60 ? 'a minute' : `${Math.ceil(e.SIGNIN_WINDOW_SECONDS / 60)} minutes`;

interface SignInKeys {
  /** the account signed in to (its e-mail), when the body names one */
  account: string | null;
  /** the client, when a trusted proxy header gives its address */
  client: string | null;
}

/**
 * What a sign-in attempt counts against. Without a trusted IP header every
 * request seems to come from one place, so there is no per-client limit: it
 * would be one bucket for everybody, and one account's failures would lock
 * out every other account.
 */
function signInKeys(ctx: { body?: unknown; request?: Request; headers?: Headers; context: { options: Parameters<typeof getIP>[1] } }): SignInKeys {
  const body = ctx.body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  const from = ctx.request ?? ctx.headers;
  const ip = trustedIpHeaders && from ? getIP(from, ctx.context.options) : null;
  return { account: email ? `signin:${email}` : null, client: ip ? `signin-ip:${ip}` : null };
}

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
  emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH, autoSignIn: true },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  telemetry: { enabled: false },
  rateLimit: {
    enabled: limitsOn,
    storage: 'database',
    window: 60,
    max: 100,
    customRules: {
      // Limited by the hooks below instead: the library counts every request per client, successful
      // sign-ins too, and without a client address puts every client in one bucket.
      '/sign-in/email': false,
      '/sign-up/email': { window: 60, max: 10 },
    },
  },
  advanced: {
    // Explicit, so tests (NODE_ENV=test) exercise the same origin/CSRF checks as production.
    disableOriginCheck: false,
    disableCSRFCheck: false,
    ipAddress: {
      // Only headers that a proxy we trust sets. Without one, the library's
      // limits are shared by all clients per path (sign-in's are not: see the hooks).
      ipAddressHeaders: trustedIpHeaders ?? ['x-oddmonth-unset'],
    },
  },
  hooks: {
    // Sign-in attempts per account and per client (when known), SIGNIN_MAX_ATTEMPTS per SIGNIN_WINDOW_SECONDS.
    // An attempt is taken before the password is checked (so concurrent guesses cannot slip past the limit)
    // and given back when it succeeds: only failures count, and the right password forgets the account's.
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email' || !limitsOn) return;
      const { account, client } = signInKeys(ctx);
      if (client && !(await consumeAccountAttempt(client, e.SIGNIN_WINDOW_SECONDS, e.SIGNIN_MAX_ATTEMPTS))) {
        throw new APIError('TOO_MANY_REQUESTS', { message: `Too many failed sign-ins from your network. Try again in ${tryAgain}.` });
      }
      if (account && !(await consumeAccountAttempt(account, e.SIGNIN_WINDOW_SECONDS, e.SIGNIN_MAX_ATTEMPTS))) {
        if (client) await releaseAccountAttempt(client);
        throw new APIError('TOO_MANY_REQUESTS', { message: `Too many failed sign-ins to this account. Try again in ${tryAgain}.` });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email' || !limitsOn || !ctx.context.newSession) return;
      const { account, client } = signInKeys(ctx);
      if (account) await clearAccountAttempts(account);
      if (client) await releaseAccountAttempt(client);
    }),
  },
  plugins: [admin({ defaultRole: 'user', adminRoles: ['admin'] }), nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;
