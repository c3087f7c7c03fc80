import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_USER, signIn, signUp, uniqueEmail } from './helpers';

test('a signed-out visitor is sent to sign-in', async ({ page }) => {
  await page.goto('/months');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmonths$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('sign up, sign out, sign in again and see the months page', async ({ page }) => {
  const user = await signUp(page, uniqueEmail('new'));
  await expect(page.getByRole('heading', { name: 'Your months' })).toBeVisible();
  await expect(page.getByText('No transactions yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/months');
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, user);
  await expect(page.getByRole('heading', { name: 'Your months' })).toBeVisible();
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO_USER.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /invalid email or password/i })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  // the button stayed focusable while the request was pending: keyboard focus is still on it, not on the page
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeFocused();
});

test('sign-up says beside each wrong field what to enter, and focuses the first', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill('not-an-address');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create your account' }).click();
  const email = page.getByLabel('Email');
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Enter an e-mail address like name@example.com');
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription('At least 10 characters. Enter a password of at least 10 characters');
  // not the validator's own words ("[body.email] Invalid email address; …")
  await expect(page.getByText('[body.')).toHaveCount(0);
  await expect(page).toHaveURL(/\/sign-up$/);
});

test('the demo user sees their months in a chart and a table', async ({ page }) => {
  await signIn(page, DEMO_USER);
  await expect(page.getByRole('heading', { name: 'Spend per month' })).toBeVisible();
  const rows = page.getByTestId('month-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(24);
  await expect(rows.first()).toContainText('$');
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  // neighbouring columns keep a gap: a right-aligned count never runs into the next column's text ("82Usual")
  const tightest = await page.locator('table').first().evaluate((table) => {
    let min = Infinity;
    for (const cell of table.querySelectorAll('th, td')) {
      const next = cell.nextElementSibling;
      if (!next) continue;
      min = Math.min(min, parseFloat(getComputedStyle(cell).paddingRight) + parseFloat(getComputedStyle(next).paddingLeft));
    }
    return min;
  });
  expect(tightest).toBeGreaterThanOrEqual(12);
});

test('a user gets 403 on an admin page and API; an admin gets in', async ({ page }) => {
  await signIn(page, DEMO_USER);
  const res = await page.goto('/admin');
  expect(res?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: /403/ })).toBeVisible();
  const api = await page.request.get('/api/admin/users');
  expect(api.status()).toBe(403);

  await page.context().clearCookies();
  await signIn(page, DEMO_ADMIN);
  const ok = await page.goto('/admin');
  expect(ok?.status()).toBe(200);
  await expect(page.getByRole('cell', { name: DEMO_USER.email })).toBeVisible();
});

test('an API call without a session gets 401 JSON', async ({ request }) => {
  const res = await request.get('/api/months');
  expect(res.status()).toBe(401);
  expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Sign in to continue.' } });
});

test('the demo user opens an unusual month and reads why, with the transactions behind it', async ({ page }) => {
  await signIn(page, DEMO_USER);
  const flagged = page.getByTestId('flagged-month');
  await expect(flagged.first()).toBeVisible();
  await flagged.first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Unusual because…' })).toBeVisible();
  const reason = page.getByTestId('reason').first();
  await expect(reason).toContainText('$');
  await reason.getByText(/transactions? behind this/).click();
  await expect(reason.getByRole('table')).toBeVisible();
  // the table's usual level is the one the reasons quote ("… your usual $365 for March")
  await expect(page.getByRole('columnheader', { name: /^Usual for (January|February|March|April|May|June|July|August|September|October|November|December)$/ })).toBeVisible();
  await expect(page.getByText(/The reasons above use the same figures/)).toBeVisible();
  await page.getByRole('button', { name: /No, false alarm/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Noted as a false alarm\. It stays flagged/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /No, false alarm/ })).toHaveAttribute('aria-pressed', 'true');
});
