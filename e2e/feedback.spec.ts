import { expect, test, type Page } from '@playwright/test';
import { generateHousehold, toBankCsv } from '../lib/core/synth';
import { signUp, uniqueEmail } from './helpers';

/**
 * A user of their own (the demo's answers stay as the other specs expect
 * them), with the household app/api/feedback/route.test.ts is written for:
 * seed 2 flags March 2022 (score 0.600), December 2021 (0.627) and August
 * 2024 (0.814) among others; August 2021 is a usual month (0.28).
 */
const csv = toBankCsv('commbank', generateHousehold({ seed: 2, startMonth: '2021-01', months: 48 }).transactions);

async function answer(page: Page, month: string, button: RegExp): Promise<void> {
  await page.goto(`/months/${month}`);
  await page.waitForLoadState('networkidle');
  const b = page.getByRole('button', { name: button });
  await b.focus();
  await page.keyboard.press('Enter');
}

test('an answer says what it did to the month and the alert level, and the months list shows it', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('feedback'));
  await page.goto('/import');
  await page.getByLabel('Choose CSV files').setInputFiles({ name: 'household.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: /^Import [\d,]+ new transactions$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported [\d,]+ new transactions/ })).toBeVisible({ timeout: 30_000 });

  const note = page.getByTestId('feedback-note');
  // 1 answer: nothing moves yet
  await answer(page, '2022-03', /^No, false alarm/);
  await expect(note).toHaveText(
    'Noted as a false alarm. It stays flagged for now: your alert level (0.55) moves only once you have answered 3 months, and you have answered 1. Your answer is kept with the month.',
  );
  await expect(note).toHaveAttribute('role', 'status');
  await expect(page.getByRole('heading', { name: 'Unusual because…' })).toBeVisible();

  await answer(page, '2024-08', /^Yes, it was/);
  await expect(note).toHaveText('Noted: this month was really unusual.');

  // the third answer: the level rises just past the two false alarms, and this month is no longer flagged; nor is the first
  await answer(page, '2021-12', /^No, false alarm/);
  await expect(note).toHaveText(
    'Noted as a false alarm. Oddmonth no longer flags it: your alert level moved from 0.55 to 0.63, just above its score. With it, March 2022 is no longer flagged.',
  );
  await expect(page.getByRole('heading', { name: 'A usual month' })).toBeVisible();
  await expect(page.getByText('Score 0.63 (your alert level: flagged only above 0.63).', { exact: false })).toBeVisible();
  // the pressed button keeps keyboard focus (its words follow the month: it is now "No, it was usual")
  const pressed = page.getByRole('button', { name: /^No, it was usual/ });
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');
  await expect(pressed).toBeFocused();

  // later, the answer is still there
  await page.reload();
  await expect(note).toHaveText('You said this month was usual.');
  await page.goto('/months/2024-08');
  await expect(note).toHaveText('You said this was really unusual.');

  // "yes" on a usual month far below what the alert level can reach
  await answer(page, '2021-08', /^Yes, it was unusual/);
  await expect(note).toHaveText(
    'Noted: this month was really unusual. It stays unflagged: its score of 0.28 is below the lowest your alert level goes (0.45). Your alert level stays 0.63; your answer is kept with the month.',
  );

  await page.getByRole('link', { name: 'Months', exact: true }).first().click();
  const row = (label: string) => page.getByTestId('month-row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  // the Oddmonth column, next to the month
  const verdict = (label: string) => row(label).getByRole('cell').first();
  await expect(verdict('August 2024')).toHaveText('Unusual · confirmed');
  await expect(verdict('December 2021')).toHaveText('Usual · confirmed');
  await expect(verdict('March 2022')).toHaveText('Usual · confirmed');
  await expect(verdict('August 2021')).toHaveText('Usual · you said unusual');
  await expect(verdict('September 2021')).toHaveText('Usual');
  await expect(page.getByTestId('flagged-month').filter({ hasText: 'August 2024' })).toContainText('August 2024 · confirmed —');

  // a false alarm that stays flagged reads so in both lists
  await answer(page, '2024-06', /^No, false alarm/);
  await expect(note).toHaveText(
    'Noted as a false alarm. It stays flagged: its score of 0.80 is above the highest your alert level goes (0.65). Your alert level stays 0.63; your answer is kept with the month.',
  );
  await page.getByRole('link', { name: 'Months', exact: true }).first().click();
  await expect(verdict('June 2024')).toHaveText('Unusual · you said false alarm');
  await expect(page.getByTestId('flagged-month').filter({ hasText: 'June 2024' })).toContainText('June 2024 · you said false alarm —');

  // on a phone the answer goes under the verdict, and nothing scrolls sideways
  await page.setViewportSize({ width: 375, height: 800 });
  const mark = row('June 2024').getByTestId('answer-mark');
  await expect(mark).toHaveText('you said false alarm', { useInnerText: true });
  const word = await verdict('June 2024').getByText('Unusual', { exact: true }).boundingBox();
  expect((await mark.boundingBox())!.y).toBeGreaterThanOrEqual(word!.y + word!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  const table = page.getByRole('region', { name: 'Months' });
  expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
});
