import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * Sign-in limits through the real auth handler. They are off under
 * NODE_ENV=test (other tests sign in many times from one address), so each
 * block loads auth.server afresh as in development, with its own settings.
 */
type Auth = (typeof import('./auth.server'))['auth'];

const ORIGIN = 'http://127.0.0.1:3000';
const PASSWORD = 'correct horse battery';

async function loadAuth(vars: Record<string, string | undefined>): Promise<Auth> {
  vi.resetModules();
  vi.stubEnv('NODE_ENV', 'development');
  vi.stubEnv('SIGNIN_MAX_ATTEMPTS', '5');
  vi.stubEnv('SIGNIN_WINDOW_SECONDS', '60');
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return (await import('./auth.server')).auth;
}

async function signIn(auth: Auth, email: string, password: string, ip?: string): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json', origin: ORIGIN };
  if (ip) headers['x-real-ip'] = ip;
  const res = await auth.handler(new Request(`${ORIGIN}/api/auth/sign-in/email`, { method: 'POST', headers, body: JSON.stringify({ email, password }) }));
  return res.status;
}

async function attempts(auth: Auth, n: number, email: string, password: string, ip?: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await signIn(auth, email, password, ip));
  return out;
}

async function accounts(auth: Auth, ...emails: string[]): Promise<void> {
  for (const email of emails) await auth.api.signUpEmail({ body: { email, password: PASSWORD, name: email } });
}

describe('sign-in limits without a trusted IP header', () => {
  let auth: Auth;
  beforeAll(async () => {
    auth = await loadAuth({ TRUSTED_IP_HEADERS: undefined });
    await accounts(auth, 'victim@example.com', 'admin@example.com', 'often@example.com', 'typo@example.com');
  });

  it('one account locked by wrong passwords does not lock out another account (regression: one bucket for all clients)', async () => {
    expect(await attempts(auth, 5, 'victim@example.com', 'wrong password!')).toEqual([401, 401, 401, 401, 401]);
    expect(await signIn(auth, 'victim@example.com', PASSWORD)).toBe(429);
    expect(await signIn(auth, 'admin@example.com', PASSWORD)).toBe(200);
  });

  it('does not count successful sign-ins (regression: five quick correct sign-ins locked the user out)', async () => {
    expect(await attempts(auth, 8, 'often@example.com', PASSWORD)).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
  });

  it("forgets an account's failures once its password is given", async () => {
    expect(await attempts(auth, 4, 'typo@example.com', 'wrong password!')).toEqual([401, 401, 401, 401]);
    expect(await signIn(auth, 'typo@example.com', PASSWORD)).toBe(200);
    expect(await attempts(auth, 6, 'typo@example.com', 'wrong password!')).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

describe('sign-in limits with a trusted IP header', () => {
  let auth: Auth;
  beforeAll(async () => {
    auth = await loadAuth({ TRUSTED_IP_HEADERS: 'X-Real-IP' });
    await accounts(auth, 'sprayed1@example.com', 'sprayed2@example.com', 'regular@example.com');
  });

  it('limits failed sign-ins per client across accounts, and not other clients', async () => {
    const guesses = [];
    for (let i = 0; i < 5; i++) guesses.push(await signIn(auth, `sprayed${(i % 2) + 1}@example.com`, `guess ${i} of many`, '203.0.113.7'));
    expect(guesses).toEqual([401, 401, 401, 401, 401]);
    expect(await signIn(auth, 'regular@example.com', PASSWORD, '203.0.113.7')).toBe(429);
    // the accounts themselves took fewer than five failures each: another client signs in
    expect(await signIn(auth, 'sprayed1@example.com', PASSWORD, '198.51.100.2')).toBe(200);
  });

  it('does not count successful sign-ins against the client', async () => {
    expect(await attempts(auth, 8, 'regular@example.com', PASSWORD, '198.51.100.9')).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
    // …while its failures still do
    expect(await attempts(auth, 6, 'regular@example.com', 'wrong password!', '198.51.100.9')).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
