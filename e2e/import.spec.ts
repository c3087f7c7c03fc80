import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

const sample = path.join(import.meta.dirname, 'fixtures', 'commbank-sample.csv');

test('upload, preview, commit, re-upload adds nothing, undo', async ({ page }) => {
  await signUp(page, uniqueEmail('import'));
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import bank exports' })).toBeVisible();

  await page.getByLabel('Choose CSV files').setInputFiles(sample);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('preview-summary')).toContainText('Detected CommBank');
  // the file's dates, written the Australian way
  await expect(page.getByTestId('preview-summary')).toContainText(/1 Jan 2026 to 27 June? 2026/); // en-AU abbreviates June and Sept with four letters
  await expect(page.getByTestId('stat-rows')).toHaveText('51');
  await expect(page.getByTestId('stat-new')).toHaveText('51');
  await expect(page.getByTestId('stat-transfers')).toHaveText('6');

  await page.getByRole('button', { name: 'Import 51 new transactions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 51 new transactions' })).toBeVisible();
  await expect(page.getByTestId('import-row')).toHaveCount(1);
  await expect(page.getByTestId('import-row').getByRole('cell', { name: /^1 Jan 2026 – 27 June? 2026$/ })).toBeVisible();

  await page.getByRole('link', { name: 'Months', exact: true }).click();
  await expect(page.getByTestId('month-row')).toHaveCount(6);

  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByLabel('Choose CSV files').setInputFiles(sample);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('stat-new')).toHaveText('0');
  await expect(page.getByTestId('stat-already')).toHaveText('51');
  await page.getByRole('button', { name: 'Import 0 new transactions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 0 new transactions' })).toBeVisible();
  await expect(page.getByTestId('import-row')).toHaveCount(2);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Undo import of commbank-sample.csv' }).last().click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: 51 transactions removed.' })).toBeVisible();
  // the history keeps both imports, in words: the undone one and the empty re-import
  await expect(page.getByTestId('import-row').getByRole('cell', { name: 'Undone', exact: true })).toHaveCount(1);
  await expect(page.getByTestId('import-row').getByRole('cell', { name: 'Imported', exact: true })).toHaveCount(1);

  await page.getByRole('link', { name: 'Months', exact: true }).click();
  await expect(page.getByText('No transactions yet.')).toBeVisible();
});

test('a file with bad rows shows line and field and imports nothing', async ({ page }) => {
  await signUp(page, uniqueEmail('bad'));
  await page.goto('/import');
  const good = Array.from({ length: 6 }, (_, i) => `1${i}/08/2026,"-2${i}.00","ALDI STORES MARRICKVILLE","+100.00"`);
  const body = [...good, '31/02/2026,"-5.00","COLES","+95.00"', '12/08/2026,"twelve","COLES","+90.00"'].join('\r\n');
  await page.getByLabel('Choose CSV files').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(body) });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'broken.csv line 7, field' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '7', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '8', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Import \d+ new transactions/ })).toBeDisabled();
});
