import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

const sample = path.join(import.meta.dirname, 'fixtures', 'commbank-sample.csv');

test('add a rule, preview its effect on history, re-categorize, and see it recorded', async ({ page }) => {
  await signUp(page, uniqueEmail('rules'));
  await page.goto('/import');
  await page.getByLabel('Choose CSV files').setInputFiles(sample);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Import 51 new transactions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 51 new transactions' })).toBeVisible();

  await page.getByRole('link', { name: 'Rules', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Categorization rules' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Add a rule' });
  await form.getByLabel('Text to match').fill('BLACK STAR COFFEE');
  await form.getByLabel('Category').selectOption('Entertainment');
  await form.getByRole('button', { name: 'Add rule' }).click();
  await expect(page.getByRole('cell', { name: /BLACK STAR COFFEE/ }).first()).toBeVisible();

  const apply = page.getByRole('button', { name: /^Re-categorize \d+ transactions?$/ });
  await expect(apply).toBeVisible();
  const label = (await apply.textContent()) ?? '';
  const n = Number(label.match(/\d+/)?.[0]);
  expect(n).toBeGreaterThanOrEqual(3);
  await page.getByLabel(/Reason/).fill('My coffee is a treat');
  await apply.click();
  await expect(page.getByTestId('recategorize-result')).toContainText(String(n));
  await expect(page.getByTestId('recategorize-result')).toContainText(/recorded/i);
});
