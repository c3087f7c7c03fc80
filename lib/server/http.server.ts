import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { headers } from 'next/headers';
import { auth } from './auth.server';
import { env } from './env.server';
import { HttpError } from './errors.server';

export { HttpError };

export function errorResponse(status: number, code: string, message: string, details?: unknown): NextResponse {
  return NextResponse.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status });
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'user' | 'admin';
}

export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: string | null };
  return { id: u.id, email: u.email, name: u.name, role: u.role === 'admin' ? 'admin' : 'user' };
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Mutating requests must come from our own origin (defence against CSRF on top of SameSite cookies). */
export function checkOrigin(req: Request): void {
  if (!MUTATING.has(req.method)) return;
  const origin = req.headers.get('origin');
  const allowed = new Set([new URL(env().BETTER_AUTH_URL).origin, new URL(req.url).origin]);
  if (!origin || !allowed.has(origin)) {
    throw new HttpError(403, 'forbidden_origin', 'Cross-origin requests are not allowed to change data.');
  }
}

type Handler<C> = (req: Request, ctx: C & { user: SessionUser }) => Promise<Response>;

/**
 * Wraps a route handler: origin check, session check (401), optional admin
 * check (403), and turns thrown errors into JSON with the right status,
 * never a stack trace.
 */
export function route<C = object>(handler: Handler<C>, opts: { admin?: boolean } = {}) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      checkOrigin(req);
      const user = await currentUser();
      if (!user) return errorResponse(401, 'unauthenticated', 'Sign in to continue.');
      if (opts.admin && user.role !== 'admin') return errorResponse(403, 'forbidden', 'This needs an administrator account.');
      return await handler(req, { ...ctx, user });
    } catch (err) {
      return toErrorResponse(err);
    }
  };
}

export function toErrorResponse(err: unknown): NextResponse {
  if (err instanceof HttpError) return errorResponse(err.status, err.code, err.message, err.details);
  if (err instanceof z.ZodError) {
    return errorResponse(
      400,
      'invalid_request',
      'The request is not valid.',
      err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  console.error('Unhandled error in route handler', err);
  return errorResponse(500, 'internal', 'Something went wrong on our side. Nothing was changed.');
}

/** Parse a JSON body with a zod schema; 400 on malformed JSON, 415 on the wrong content type. */
export async function jsonBody<T>(req: Request, schema: z.ZodType<T>): Promise<T> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.');
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return schema.parse(raw);
}
