import { expect, type Page } from '@playwright/test';

export const DEMO_USER = { email: 'demo@oddmonth.local', password: 'oddmonth-demo-2026' };
export const DEMO_ADMIN = { email: 'admin@oddmonth.local', password: 'oddmonth-admin-2026' };

/** A unique address per test run, so tests create and own their rows. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/months$/);
}

export async function signUp(page: Page, email: string, password = 'a-long-password-2026') {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Test Person');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create your account' }).click();
  await expect(page).toHaveURL(/\/months$/);
  return { email, password };
}
