import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_USER, signIn, signUp, uniqueEmail } from './helpers';
import { generateHousehold, toBankCsv } from '../lib/core/synth';

/** The months table's rows, oldest first (the chart's order): label, link, verdict and spend as the table shows them. */
async function monthRows(page: Page) {
  const rows = await page.getByTestId('month-row').evaluateAll((trs) =>
    trs.map((tr) => {
      const link = tr.querySelector('th a');
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
      return { label: link?.textContent?.trim() ?? '', href: link?.getAttribute('href') ?? '', flagged: cells[0]?.startsWith('Unusual') ?? false, spend: cells[2] ?? '' };
    }),
  );
  return rows.reverse();
}

test('the spend chart: a bar shows its month in a tooltip and opens it on a click, and Tab goes straight past the chart', async ({ page }) => {
  await signIn(page, DEMO_USER);
  await page.waitForLoadState('networkidle');
  const rows = await monthRows(page);
  const bars = page.locator('.recharts-bar-rectangle');
  await expect(bars).toHaveCount(rows.length);
  const tooltip = page.getByTestId('chart-tooltip');

  // an unusual month and a usual one, each with the label and en-AU amount of its row in the table
  const flagged = rows.findIndex((r) => r.flagged);
  const usual = rows.findIndex((r) => !r.flagged);
  expect(flagged).toBeGreaterThanOrEqual(0);
  for (const i of [usual, flagged]) {
    const row = rows[i]!;
    expect(row.spend).toMatch(/^\$\d{1,3}(,\d{3})*\.\d{2}$/);
    await bars.nth(i).hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip.getByText(row.label, { exact: true })).toBeVisible();
    await expect(tooltip).toContainText(`${row.spend} spent`);
    if (row.flagged) await expect(tooltip).toContainText('Unusual');
    else await expect(tooltip).not.toContainText('Unusual');
  }

  // Tab from the last link before the chart lands on the months table after it: no stop inside the chart
  await page.getByTestId('flagged-month').last().getByRole('link').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Months' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('flagged-month').last().getByRole('link')).toBeFocused();

  // a click on the bar opens that month, at the same address as its link in the table
  const row = rows[flagged]!;
  await bars.nth(flagged).click();
  await expect(page).toHaveURL(new RegExp(`${row.href}$`));
  await expect(page.getByRole('heading', { level: 1, name: row.label })).toBeVisible();
});

test('the category chart shows a category’s figures from the table in a tooltip', async ({ page }) => {
  await signIn(page, DEMO_USER);
  await page.getByTestId('flagged-month').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Unusual because…' })).toBeVisible();
  const first = page.getByRole('table', { name: /^Spending by category/ }).locator('tbody tr').first();
  const category = (await first.getByRole('rowheader').textContent())?.trim() ?? '';
  const spend = (await first.getByRole('cell').first().textContent())?.trim() ?? '';
  expect(spend).toMatch(/^\$\d{1,3}(,\d{3})*\.\d{2}$/);
  // the chart's first bar is the table's first category, this month
  await page.locator('.recharts-bar-rectangle').first().hover();
  const tooltip = page.getByTestId('chart-tooltip');
  await expect(tooltip.getByText(category, { exact: true })).toBeVisible();
  await expect(tooltip).toContainText(`This month: ${spend}`);
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a spending reason shows its category over the months before, in words and bars', async ({ page }) => {
  // a household with a spending spike among its unusual months (the demo's short one has none): four years at CommBank
  await signUp(page, uniqueEmail('trend'));
  await page.goto('/import');
  const csv = toBankCsv('commbank', generateHousehold({ seed: 14, startMonth: '2021-01', months: 48 }).transactions);
  await page.getByLabel('Choose CSV files').setInputFiles({ name: 'household.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: /^Import [\d,]+ new transactions$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported [\d,]+ new transactions/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Months', exact: true }).click();
  // an unusual month whose first reason is a category spike: "Dining $4,055, 3.6× your usual $1,132 for March"
  const spike = /^(.+?) — ([A-Z][A-Za-z &]+) (\$[\d,]+), [\d.]+× your usual (\$[\d,]+) for /;
  await expect(page.getByTestId('flagged-month').first()).toBeVisible();
  const headlines = await page.getByTestId('flagged-month').allTextContents();
  const hit = headlines.map((t) => spike.exec(t.trim())).find((m) => m !== null);
  expect(hit, headlines.join('\n')).toBeDefined();
  const [, label = '', category = '', amount = '', usual = ''] = hit!;
  await page.getByTestId('flagged-month').getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();

  const trend = page.getByTestId('reason').first().getByTestId('reason-trend');
  const sentence = new RegExp(`^${escapeRe(`${amount} on ${category} this month: `)}(more than in any of the \\d+ months before|the most since [A-Z][a-z]+ \\d{4} \\(\\$[\\d,]+\\))\\.$`);
  await expect(trend.getByText(sentence)).toBeVisible();
  // the last bar is this month, in the tooltip with the table's amount; the dashed line is the usual level the reason quotes
  const thisMonth = (await page.getByRole('table', { name: /^Spending by category/ }).getByRole('row', { name: new RegExp(`^${escapeRe(category)} `) }).getByRole('cell').first().textContent())!.trim();
  await trend.locator('.recharts-bar-rectangle').last().hover();
  await expect(trend.getByTestId('chart-tooltip')).toContainText(`${label}${category}: ${thisMonth}`);
  await expect(trend.locator('svg').first()).toContainText(`usual ${usual}`);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), scheme).toEqual([]);
  }
});
