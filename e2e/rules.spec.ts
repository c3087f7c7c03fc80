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

test('form errors read plainly; disabling, editing and deleting a rule keep keyboard focus in place', async ({ page }) => {
  await signUp(page, uniqueEmail('rules-keys'));
  await page.goto('/rules');
  const form = page.getByRole('form', { name: 'Add a rule' });
  await form.getByLabel('How to match').selectOption('regex');
  await form.getByLabel('Text to match').fill('(unclosed');
  await form.getByLabel(/^Smallest amount/).fill('50');
  await form.getByLabel(/^Largest amount/).fill('20');
  await form.getByRole('button', { name: 'Add rule' }).click();
  const errors = form.getByRole('alert');
  await expect(errors.getByRole('listitem')).toHaveText([
    'Text to match: This pattern is not a valid regular expression: unterminated group',
    'Largest amount must be at least the smallest amount',
  ]);
  await expect(form.getByText('This pattern is not a valid regular expression: unterminated group', { exact: true })).toBeVisible();

  await form.getByLabel('How to match').selectOption('contains');
  await form.getByLabel('Text to match').fill('KEYBOARD CAFE');
  await form.getByLabel(/^Smallest amount/).fill('');
  await form.getByLabel(/^Largest amount/).fill('');
  await form.getByRole('button', { name: 'Add rule' }).click();
  const row = page.getByTestId('rule-row').filter({ hasText: 'KEYBOARD CAFE' });
  await expect(row).toHaveCount(1);

  // Disable: the same button, now Enable, keeps focus
  await row.getByRole('button', { name: /^Disable rule/ }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Disabled the rule for “KEYBOARD CAFE”.' })).toBeVisible();
  await expect(row.getByRole('button', { name: /^Enable rule/ })).toBeFocused();

  // Edit, then Escape: editing stops and focus is back on Edit
  await row.getByRole('button', { name: /^Edit rule/ }).press('Enter');
  const edit = page.getByRole('form', { name: 'Edit rule' });
  await expect(edit.getByLabel('Text to match')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(edit).toHaveCount(0);
  await expect(row.getByRole('button', { name: /^Edit rule/ })).toBeFocused();

  // Delete moves focus to Confirm delete; Escape or Keep hands it back to Delete
  const del = row.getByRole('button', { name: /^Delete rule/ });
  await del.press('Enter');
  await expect(row.getByRole('button', { name: /^Confirm delete rule/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(del).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(row.getByRole('button', { name: /^Keep rule/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(del).toBeFocused();

  // Confirm delete: the row goes, focus moves to the message that says so
  await page.keyboard.press('Enter');
  await expect(row.getByRole('button', { name: /^Confirm delete rule/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const deleted = page.getByRole('status').filter({ hasText: /^Deleted the rule for “KEYBOARD CAFE”/ });
  await expect(deleted).toBeFocused();
  await expect(page.getByTestId('rule-row')).toHaveCount(0);
});
