import { NextResponse, type NextRequest } from 'next/server';
import { getSessionCookie } from 'better-auth/cookies';

/**
 * Fast redirect for signed-out visitors. Only checks that a session cookie
 * exists; the real session and role checks happen in every page and handler.
 */
export function proxy(req: NextRequest) {
  if (!getSessionCookie(req)) {
    const url = new URL('/sign-in', req.url);
    url.searchParams.set('next', req.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/months/:path*', '/import/:path*', '/rules/:path*', '/admin/:path*'],
};
