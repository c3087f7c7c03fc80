import { z } from 'zod';

/** Shortest password for a new account: the sign-up form checks it, better-auth enforces it (lib/server/auth.server.ts). */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password (better-auth's default, set explicitly beside the shortest). */
export const MAX_PASSWORD_LENGTH = 128;

// z.email() is what better-auth checks the address with, so the form refuses exactly what the server would
const email = z.email({ error: 'Enter an e-mail address like name@example.com' });

/** The sign-in form's fields, with the messages a person reads beside them. */
export const SignInSchema = z.object({
  email,
  password: z.string().min(1, { error: 'Enter your password' }),
});

/** The sign-up form's fields; the name is optional (the e-mail address stands in for it). */
export const SignUpSchema = z.object({
  name: z.string(),
  email,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(MAX_PASSWORD_LENGTH, { error: `Enter a password of at most ${MAX_PASSWORD_LENGTH} characters` }),
});

export type AuthField = 'email' | 'password';
export type AuthFieldErrors = Partial<Record<AuthField, string>>;

/** The fields that can be wrong, in the order the forms show them. */
export const AUTH_FIELDS: readonly AuthField[] = ['email', 'password'];

/** The first problem of each field of a sign-in or sign-up form; empty when the form can be sent. */
export function authFieldErrors(mode: 'sign-in' | 'sign-up', values: { name?: string; email: string; password: string }): AuthFieldErrors {
  const parsed = (mode === 'sign-in' ? SignInSchema : SignUpSchema).safeParse({ name: '', ...values });
  const errors: AuthFieldErrors = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = AUTH_FIELDS.find((f) => f === issue.path[0]);
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
