import 'server-only';
import { redirect, forbidden } from 'next/navigation';
import { currentUser, type SessionUser } from './http.server';

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(next?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  return user;
}

/** For admin pages: 403 for users who are not admins. */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser('/admin');
  if (user.role !== 'admin') forbidden();
  return user;
}
