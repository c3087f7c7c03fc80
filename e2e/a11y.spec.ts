import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
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
      ['/months/2024-13', 'Page not found'],
      ['/months/1999-01', 'January 1999'],
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

/** How far a table-scroll region's content reaches past its box (0 when the table fits). */
async function regionOverflow(page: Page, name: string | RegExp): Promise<number> {
  return page.getByRole('region', { name }).first().evaluate((el) => el.scrollWidth - el.clientWidth);
}

/** Right edge of each named column header, in CSS pixels from the viewport's left. */
async function headerRightEdges(page: Page, names: Array<string | RegExp>): Promise<number[]> {
  const edges: number[] = [];
  for (const name of names) {
    const box = await page.getByRole('columnheader', { name, exact: typeof name === 'string' }).first().boundingBox();
    edges.push(box ? box.x + box.width : Infinity);
  }
  return edges;
}

test('on a phone-sized screen no page scrolls sideways; a wide table scrolls in its own box, from the keyboard too', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, DEMO_USER);
  await page.waitForLoadState('networkidle');
  expect(await pageOverflow(page), '/months').toBe(0);
  // month, Oddmonth's verdict and spend fit without scrolling the table sideways
  expect(await regionOverflow(page, 'Months'), 'the months table').toBe(0);
  for (const edge of await headerRightEdges(page, ['Month', 'Oddmonth', 'Spend'])) expect(edge).toBeLessThanOrEqual(375);

  await page.getByTestId('flagged-month').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Unusual because…' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // every reason's transactions open: they too stay inside the page, amounts in view
  for (const summary of await page.getByText(/transactions? behind this/).all()) await summary.click();
  expect(await pageOverflow(page), 'a flagged month').toBe(0);
  expect(await regionOverflow(page, /^Transactions behind reason/), 'transactions behind a reason').toBe(0);
  expect(await regionOverflow(page, 'Spending by category'), 'the category table').toBe(0);
  for (const edge of await headerRightEdges(page, [/^Usual for /, 'Amount'])) expect(edge).toBeLessThanOrEqual(375);
  expect(await seriousViolations(page), 'a flagged month, phone-sized').toEqual([]);

  for (const path of ['/import', '/rules']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await pageOverflow(page), path).toBe(0);
  }
  // the built-in rules table is wider than the card here, so it scrolls inside its region
  await page.getByText(/^Show the \d+ built-in rules/).click();
  const region = page.getByRole('region', { name: 'Built-in rules' });
  expect(await regionOverflow(page, 'Built-in rules')).toBeGreaterThan(0);
  expect(await pageOverflow(page), '/rules with the built-in rules open').toBe(0);
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await page.context().clearCookies();
  await signIn(page, DEMO_ADMIN);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  expect(await pageOverflow(page), '/admin').toBe(0);
});

test('the charts add no Tab stops; a thumbs up keeps keyboard focus while it is sent and after', async ({ page }) => {
  await signIn(page, DEMO_USER);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('link', { name: 'Months', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Import', exact: true })).not.toHaveAttribute('aria-current');

  /** Tab until `target` has focus; returns what took focus inside a chart on the way (nothing should). */
  async function tabTo(target: Locator): Promise<string[]> {
    const inChart: string[] = [];
    for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
      const hit = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('.recharts-wrapper') ? `${el.tagName}.${el.getAttribute('class') ?? ''}` : null;
      });
      if (hit) inChart.push(hit);
    }
    await expect(target).toBeFocused();
    return inChart;
  }

  // from the top of /months past the spend chart to the months table
  expect(await tabTo(page.getByRole('region', { name: 'Months' }))).toEqual([]);

  await page.getByTestId('flagged-month').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Unusual because…' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // the month page is within Months, not Months itself
  await expect(page.getByRole('link', { name: 'Months', exact: true })).toHaveAttribute('aria-current', 'true');

  // the answer is held back a moment (and not stored: the demo's feedback stays as it is)
  let posts = 0;
  await page.route('**/api/feedback', async (route) => {
    posts++;
    await new Promise((r) => setTimeout(r, 600));
    const { month } = route.request().postDataJSON() as { month: string };
    const result = { month, verdict: 'real', score: 0.8, wasFlagged: true, flagged: true, thresholdBefore: 0.55, thresholdAfter: 0.55 };
    const limits = { answers: 1, minAnswers: 3, lowestThreshold: 0.45, highestThreshold: 0.65, outcome: 'agrees', othersFlagged: [], othersUnflagged: [] };
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...result, ...limits }) });
  });
  const yes = page.getByRole('button', { name: /^Yes, it was/ });
  await yes.focus();
  await page.keyboard.press('Enter');
  await expect(yes).toHaveAttribute('aria-disabled', 'true');
  await expect(yes).toBeFocused();
  await page.keyboard.press('Enter'); // busy: ignored
  await expect(page.getByRole('status').filter({ hasText: 'Noted: this month was really unusual.' })).toBeVisible();
  await expect(yes).toHaveAttribute('aria-disabled', 'false');
  await expect(yes).toBeFocused();
  expect(posts).toBe(1);

  // the note under the table says why a reason about "all but its largest charges" quotes a smaller usual
  await expect(page.getByTestId('usual-note')).toContainText('“all but its largest charges” compares your everyday purchases with what they usually come to');

  // on past the category chart to its table
  expect(await tabTo(page.getByRole('region', { name: 'Spending by category' }))).toEqual([]);
});

test('the months summary counts the 40% rule over the same scored months as Oddmonth', async ({ page }) => {
  await signIn(page, DEMO_USER);
  await page.waitForLoadState('networkidle');
  // each month's verdicts, read from the table by column name
  const rows = await page.getByRole('table', { name: 'Spend and income per month' }).evaluate((table) => {
    const names = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    const col = (tr: Element, name: string) => tr.children[names.indexOf(name)]?.textContent?.trim() ?? '';
    return [...table.querySelectorAll('tbody tr')].map((tr) => ({ oddmonth: col(tr, 'Oddmonth'), rule: col(tr, '40% rule') }));
  });
  const scored = rows.filter((r) => r.oddmonth !== 'Too early');
  const flagged = scored.filter((r) => r.oddmonth.startsWith('Unusual')).length;
  const rule = scored.filter((r) => r.rule === 'Flagged').length;
  expect(scored.length).toBeGreaterThan(0);
  expect(rule).toBeLessThanOrEqual(scored.length);
  await expect(page.getByTestId('months-summary')).toContainText(
    `Oddmonth found ${flagged} of your ${scored.length} scored months unusual; the simple 40% rule would have flagged ${rule} of the same ${scored.length}.`,
  );
});

test('a month that is not one is a 404 titled so, with one main landmark; a month with no data says so in words', async ({ page }) => {
  await signIn(page, DEMO_USER);
  for (const path of ['/months/2024-13', '/no-such-page']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page, path).toHaveTitle('Page not found · Oddmonth');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('main'), path).toHaveCount(1);
    await expect(page.locator('[id="main"]'), path).toHaveCount(1);
  }

  await page.goto('/months/1999-01');
  await expect(page).toHaveTitle('January 1999 · Oddmonth');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(/^No transactions in January 1999\./);
  await page.getByRole('link', { name: 'See the months you have' }).click();
  await expect(page).toHaveURL(/\/months$/);

  const res = await page.goto('/admin');
  expect(res?.status()).toBe(403);
  await expect(page).toHaveTitle('Not allowed · Oddmonth');
  await expect(page.getByRole('main')).toHaveCount(1);
});
