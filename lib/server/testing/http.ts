/**
 * Helpers for route-handler tests: real better-auth sign-ups against the test
 * database, and requests carrying the resulting session cookie. `next/headers`
 * is mocked by the test file to return the current request's headers.
 */

export const ORIGIN = 'http://127.0.0.1:3000';

let currentHeaders = new Headers();

/** Use in a test file: vi.mock('next/headers', () => nextHeadersMock) */
export const nextHeadersMock = {
  headers: async () => currentHeaders,
  cookies: async () => ({ get: () => undefined, set: () => undefined, getAll: () => [] }),
};

export async function signUp(email: string, opts: { admin?: boolean; password?: string } = {}): Promise<{ cookie: string; userId: string }> {
  const { auth } = await import('@/lib/server/auth.server');
  const { prisma } = await import('@/lib/server/db.server');
  const password = opts.password ?? 'correct horse battery';
  const res = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ email, password, name: email }),
    }),
  );
  if (res.status !== 200) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string } };
  if (opts.admin) await prisma.user.update({ where: { id: body.user.id }, data: { role: 'admin' } });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, userId: body.user.id };
}

export function request(
  url: string,
  init: { method?: string; cookie?: string; origin?: string | null; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
): Request {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', init.cookie);
  if (init.origin !== null) headers.set('origin', init.origin ?? ORIGIN);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const req = new Request(new URL(url, ORIGIN), { method: init.method ?? 'GET', headers, body });
  currentHeaders = req.headers;
  return req;
}

