'use client';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useRouter, useSearchParams } from 'next/navigation';
import Link from 'next/link';
import { authClient } from '@/lib/client/auth-client';
import { safeNext } from '@/lib/client/safe-next';
import { Button } from '@/components/ui/button';
import { AUTH_FIELDS, authFieldErrors, MIN_PASSWORD_LENGTH, type AuthField, type AuthFieldErrors } from '@/lib/schemas/auth';

const field = 'mt-1 block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger';

/**
 * Sign-in and sign-up share one accessible form. Each field's problem is
 * written beside it (aria-describedby, aria-invalid) and focus moves to the
 * first wrong field; while the request is pending the button stays
 * focusable (aria-disabled), so a refusal leaves keyboard focus on it.
 */
export function AuthForm({ mode }: { mode: 'sign-in' | 'sign-up' }) {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNext(params.get('next'));
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<AuthFieldErrors>({});
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const data = new FormData(e.currentTarget);
    const name = String(data.get('name') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const wrong = authFieldErrors(mode, { name, email, password });
    flushSync(() => {
      setError(null);
      setFieldErrors(wrong);
    });
    const first = AUTH_FIELDS.find((f) => wrong[f]);
    if (first) {
      (first === 'email' ? emailInput : passwordInput).current?.focus();
      return;
    }
    setBusy(true);
    const res = mode === 'sign-in' ? await authClient.signIn.email({ email, password }) : await authClient.signUp.email({ email, password, name: name || email });
    setBusy(false);
    if (res.error) {
      setError(res.error.message || (res.error.status === 429 ? 'Too many attempts. Wait a minute and try again.' : 'That did not work. Check the details and try again.'));
      return;
    }
    router.replace(next);
    router.refresh();
  }

  /** A field's problem is cleared once it is edited. */
  function edited(f: AuthField) {
    if (fieldErrors[f]) setFieldErrors(({ [f]: _cleared, ...rest }) => rest);
  }

  /** The ids that describe a field: its hint, then its problem. */
  function describedBy(f: AuthField, hint?: string): string | undefined {
    return [hint, fieldErrors[f] ? `${f}-error` : undefined].filter(Boolean).join(' ') || undefined;
  }

  /** What the e-mail and password inputs share: the problem's ARIA, and clearing it on edit. */
  function checked(f: AuthField, hint?: string) {
    return {
      name: f,
      required: true,
      className: field,
      'aria-invalid': fieldErrors[f] ? true : undefined,
      'aria-describedby': describedBy(f, hint),
      onChange: () => edited(f),
    };
  }

  /** Outside the label, so the field's name stays "Email", not "Email Enter an e-mail address…". */
  function problem(f: AuthField) {
    return fieldErrors[f] ? (
      <p id={`${f}-error`} className="mt-1 text-sm text-danger">
        {fieldErrors[f]}
      </p>
    ) : null;
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
        <div>
          <label className="block text-sm">
            Email
            <input
              ref={emailInput}
              {...checked('email')}
              type="email"
              autoComplete="email"
            />
          </label>
          {problem('email')}
        </div>
        <div>
          <label className="block text-sm">
            Password
            <input
              ref={passwordInput}
              {...checked('password', mode === 'sign-up' ? 'pw-hint' : undefined)}
              type="password"
              minLength={mode === 'sign-up' ? MIN_PASSWORD_LENGTH : undefined}
              autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'}
            />
          </label>
          {mode === 'sign-up' ? (
            <p id="pw-hint" className="mt-1 text-xs text-muted">
              At least {MIN_PASSWORD_LENGTH} characters.
            </p>
          ) : null}
          {problem('password')}
        </div>
        {error ? (
          <p role="alert" className="rounded-md border border-danger p-2 text-sm text-danger">
            {error}
          </p>
        ) : null}
        <Button type="submit" aria-disabled={busy} className="w-full">
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
