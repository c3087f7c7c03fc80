import { describe, expect, it } from 'vitest';
import { authFieldErrors, MIN_PASSWORD_LENGTH } from './auth';

describe('authFieldErrors', () => {
  it('says what to enter, per field, in words (not "[body.email] Invalid email address")', () => {
    expect(authFieldErrors('sign-up', { name: '', email: 'not-an-address', password: '' })).toEqual({
      email: 'Enter an e-mail address like name@example.com',
      password: 'Enter a password of at least 10 characters',
    });
    expect(authFieldErrors('sign-up', { email: '', password: 'short' })).toEqual({
      email: 'Enter an e-mail address like name@example.com',
      password: 'Enter a password of at least 10 characters',
    });
    expect(authFieldErrors('sign-in', { email: 'a@b', password: '' })).toEqual({
      email: 'Enter an e-mail address like name@example.com',
      password: 'Enter your password',
    });
  });

  it('accepts what the server accepts: any non-empty password to sign in, the minimum length to sign up', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(authFieldErrors('sign-in', { email: 'name@example.com', password: 'x' })).toEqual({});
    expect(authFieldErrors('sign-up', { name: 'N', email: 'name@example.com', password: 'x'.repeat(10) })).toEqual({});
    expect(authFieldErrors('sign-up', { email: 'name@example.com', password: 'x'.repeat(9) })).toEqual({ password: 'Enter a password of at least 10 characters' });
    expect(authFieldErrors('sign-up', { email: 'name@example.com', password: 'x'.repeat(129) })).toEqual({ password: 'Enter a password of at most 128 characters' });
  });
});
