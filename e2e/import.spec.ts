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

  // the result leads on to the months it scored
  await page.getByRole('status').filter({ hasText: 'Imported 51 new transactions' }).getByRole('link', { name: 'See your months' }).click();
  await expect(page).toHaveURL(/\/months$/);
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
  const problem = page.getByRole('alert').filter({ hasText: 'broken.csv line 7, field' });
  await expect(problem).toHaveText('broken.csv line 7, field Date: Not a valid date: "31/02/2026" (read day-first), and 1 more problem; nothing was imported.');
  await expect(problem).toBeFocused();
  await expect(page.getByRole('cell', { name: '7', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '8', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Import \d+ new transactions/ })).toBeDisabled();
  await expect(page.getByTestId('more-problems')).toHaveCount(0);

  // more problems than the table lists: the rest are counted, not silently dropped
  const many = ['Date,Description,Amount', '10/08/2026,ALDI STORES,-20.00', ...Array.from({ length: 53 }, (_, i) => `1${i % 10}/08/2026,COLES,lots`)].join('\r\n');
  await page.getByLabel('Choose CSV files').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(many) });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('stat-problems')).toHaveText('53');
  await expect(page.getByTestId('more-problems')).toHaveText('…and 3 more problems not listed here; the first 50 show what to fix.');
});

test('a layout we do not know is mapped by hand, and the preview says so (and the mapping is reused)', async ({ page }) => {
  await signUp(page, uniqueEmail('mapped'));
  await page.goto('/import');
  const body = ['Wann;Was;Betrag', '03/08/2026;ALDI STORES MARRICKVILLE;-42.10', '04/08/2026;COLES SURRY HILLS;-18.00', '05/08/2026;ACME PAYROLL;1500.00'].join('\n');
  const file = { name: 'bank-export.csv', mimeType: 'text/csv', buffer: Buffer.from(body) };
  await page.getByLabel('Choose CSV files').setInputFiles(file);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('preview-summary')).toContainText("We don't recognise this layout");
  await page.getByLabel('Date (required)').selectOption({ label: 'Wann' });
  await page.getByLabel('Description (required)').selectOption({ label: 'Was' });
  await page.getByLabel('Amount (signed)').selectOption({ label: 'Betrag' });
  await page.getByRole('button', { name: 'Preview with this mapping' }).click();
  // read through the user's mapping: not "Detected Other bank (100% sure)"
  await expect(page.getByTestId('preview-summary')).toContainText('Columns mapped by you');
  await expect(page.getByTestId('preview-summary')).not.toContainText('Detected');
  await expect(page.getByTestId('stat-rows')).toHaveText('3');
  await page.getByRole('button', { name: 'Import 3 new transactions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 new transactions' })).toBeVisible();

  // the next file with that header is read with the saved mapping
  await page.goto('/import');
  await page.getByLabel('Choose CSV files').setInputFiles({ ...file, name: 'bank-export-2.csv' });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('preview-summary')).toContainText('Columns mapped by you (saved mapping reused)');
  await expect(page.getByTestId('stat-already')).toHaveText('3');
});

test('a file that is not CSV, or is empty, gets a plain message and no column mapping', async ({ page }) => {
  await signUp(page, uniqueEmail('notcsv'));
  await page.goto('/import');
  // the first bytes of a PNG: its signature, then the IHDR chunk (NUL bytes)
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  await page.getByLabel('Choose CSV files').setInputFiles({ name: 'picture.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Preview' }).click();
  const notCsv = page.getByRole('alert').filter({ hasText: 'picture.png' });
  await expect(notCsv).toHaveText('picture.png is not a CSV file: export your transactions from your bank as CSV, then upload that file.');
  await expect(notCsv).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Map the columns' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Import \d+ new transactions/ })).toHaveCount(0);

  await page.getByLabel('Choose CSV files').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'empty.csv' })).toHaveText('empty.csv is empty.');
  await expect(page.getByRole('heading', { name: 'Map the columns' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Import \d+ new transactions/ })).toHaveCount(0);
});

test('focus follows Preview, Import and Undo; undoing the import just made clears its "Imported …" message', async ({ page }) => {
  await signUp(page, uniqueEmail('undo'));
  await page.goto('/import');
  await page.getByLabel('Choose CSV files').setInputFiles(sample);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: '2. Check the preview' })).toBeFocused();

  await page.getByRole('button', { name: 'Import 51 new transactions' }).click();
  const imported = page.getByRole('status').filter({ hasText: 'Imported 51 new transactions.' });
  await expect(imported).toBeFocused();
  // when, written as the rest of the app writes times ("27 Nov 2026, 11:20 am"), not "27/11/2026, 11:20:46 am"
  await expect(page.getByTestId('import-row').first().getByRole('cell').first()).toHaveText(/^\d{1,2}\s[A-Z][a-z]{2,3}\s\d{4},\s\d{1,2}:\d{2}\s(am|pm)$/);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Undo import of commbank-sample.csv' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: 51 transactions removed.' })).toBeFocused();
  await expect(imported).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Imported', exact: true })).toHaveCount(0);
});
