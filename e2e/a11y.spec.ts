import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ADMIN, DEMO_USER, signIn } from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious axe violations on any page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect(await seriousViolations(page), '/sign-in').toEqual([]);
    await page.goto('/sign-up');
    expect(await seriousViolations(page), '/sign-up').toEqual([]);

    await signIn(page, DEMO_USER);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), '/months').toEqual([]);
    await page.getByTestId('flagged-month').first().getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Unusual because…' })).toBeVisible();
    await page.getByText(/transactions? behind this/).first().click();
    // the transactions' dates are written the Australian way ("12 Jul 2021"), not as ISO dates
    await expect(page.getByRole('table', { name: /^Transactions behind/ }).first().getByRole('cell').first()).toHaveText(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/);
    expect(await seriousViolations(page), 'a flagged month').toEqual([]);
    for (const [path, heading] of [
      ['/import', 'Import bank exports'],
      ['/rules', /rules/i],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.context().clearCookies();
    await signIn(page, DEMO_ADMIN);
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    expect(await seriousViolations(page), '/admin').toEqual([]);
  });
}

test('pages are usable from the keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');
  await page.keyboard.press('Tab'); // skip link
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.keyboard.type(DEMO_ADMIN.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(DEMO_ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/months$/);
  // reach the Import link with the keyboard and follow it
  const importLink = page.getByRole('link', { name: 'Import', exact: true });
  for (let i = 0; i < 10 && !(await importLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(importLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Import bank exports' })).toBeVisible();
});

/** How far the page itself scrolls sideways (0 when everything fits the viewport). */
async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('on a phone-sized screen no page scrolls sideways; a wide table scrolls in its own box, from the keyboard too', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, DEMO_USER);
  await page.waitForLoadState('networkidle');
  expect(await pageOverflow(page), '/months').toBe(0);
  await page.getByTestId('flagged-month').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Unusual because…' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await pageOverflow(page), 'a flagged month').toBe(0);

  // the category table is wider than the card here, so it scrolls inside its region
  const region = page.getByRole('region', { name: 'Spending by category' });
  const widths = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await seriousViolations(page), 'a flagged month, phone-sized').toEqual([]);

  for (const path of ['/import', '/rules']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await pageOverflow(page), path).toBe(0);
  }
  await page.context().clearCookies();
  await signIn(page, DEMO_ADMIN);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  expect(await pageOverflow(page), '/admin').toBe(0);
});
