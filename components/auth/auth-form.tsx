'use client';
import { useState, type FormEvent } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import Link from 'next/link';
import { authClient } from '@/lib/client/auth-client';
import { Button } from '@/components/ui/button';

const field = 'mt-1 block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg';

/** Sign-in and sign-up share one accessible form. */
export function AuthForm({ mode }: { mode: 'sign-in' | 'sign-up' }) {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNext(params.get('next'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const data = new FormData(e.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const res =
      mode === 'sign-in'
        ? await authClient.signIn.email({ email, password })
        : await authClient.signUp.email({ email, password, name: String(data.get('name') ?? '').trim() || email });
    setBusy(false);
    if (res.error) {
      setError(
        res.error.status === 429
          ? 'Too many attempts. Wait a minute and try again.'
          : (res.error.message ?? 'That did not work. Check the details and try again.'),
      );
      return;
    }
    router.replace(next);
    router.refresh();
  }

  const title = mode === 'sign-in' ? 'Sign in' : 'Create your account';
  return (
    <main id="main" className="mx-auto mt-16 max-w-sm px-4">
      <h1 className="mb-2 text-2xl font-bold">Oddmonth</h1>
      <p className="mb-6 text-muted">Which months your spending went off-pattern, and why.</p>
      <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-border bg-card p-6" aria-labelledby="form-title" noValidate>
        <h2 id="form-title" className="text-lg font-semibold">
          {title}
        </h2>
        {mode === 'sign-up' ? (
          <label className="block text-sm">
            Name
            <input name="name" autoComplete="name" className={field} />
          </label>
        ) : null}
        <label className="block text-sm">
          Email
          <input name="email" type="email" required autoComplete="email" className={field} />
        </label>
        <label className="block text-sm">
          Password
          <input
            name="password"
            type="password"
            required
            minLength={mode === 'sign-up' ? 10 : undefined}
            autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'}
            className={field}
            aria-describedby={mode === 'sign-up' ? 'pw-hint' : undefined}
          />
        </label>
        {mode === 'sign-up' ? (
          <p id="pw-hint" className="text-xs text-muted">
            At least 10 characters.
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="rounded-md border border-danger p-2 text-sm text-danger">
            {error}
          </p>
        ) : null}
        <Button type="submit" disabled={busy} className="w-full">
          {busy ? 'Please wait…' : title}
        </Button>
        <p className="text-sm text-muted">
          {mode === 'sign-in' ? (
            <>
              New here?{' '}
              <Link className="text-accent underline" href="/sign-up">
                Create an account
              </Link>
            </>
          ) : (
            <>
              Have an account?{' '}
              <Link className="text-accent underline" href="/sign-in">
                Sign in
              </Link>
            </>
          )}
        </p>
      </form>
    </main>
  );
}

/** Only same-site paths are allowed as a post-sign-in destination. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/months';
}
