/**
 * Whole-file problems, bad rows, CSV edge cases, and "never throws, never
 * hangs" on arbitrary bytes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from '@/lib/testing/fs';
import path from 'node:path';
import type { ParseResult } from '../types';
import { parseBankCsv, MAX_ROW_ERRORS } from './parse';
import { readRecords } from './records';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

function fileErrors(r: ParseResult): string[] {
  return r.errors.filter((e) => e.line === 0).map((e) => e.message);
}

function expectShape(r: ParseResult): void {
  expect(Array.isArray(r.transactions)).toBe(true);
  expect(Array.isArray(r.errors)).toBe(true);
  expect(Array.isArray(r.warnings)).toBe(true);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  expect(Number.isInteger(r.skipped)).toBe(true);
  for (const t of r.transactions) {
    expect(Number.isSafeInteger(t.amountCents)).toBe(true);
    expect(t.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(t.line).toBeGreaterThan(0);
  }
  for (const e of [...r.errors, ...r.warnings]) {
    expect(Number.isInteger(e.line)).toBe(true);
    expect(e.line).toBeGreaterThanOrEqual(0);
    expect(typeof e.message).toBe('string');
  }
}

describe('whole-file problems are line-0 errors', () => {
  it.each([
    ['empty', new Uint8Array(0), /empty/],
    ['only whitespace', enc(' \r\n\r\n  \n'), /empty/],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf]), /empty/],
    ['NUL bytes', new Uint8Array([0x31, 0x2c, 0x00, 0x32, 0x0a, 0x00, 0x00, 0x00, 0x33, 0x2c, 0x34]), /binary.*NUL/],
    ['a NUL far into an otherwise good file', enc(`Date,Description,Amount\n${'05/03/2024,SHOP,-1.00\n'.repeat(5000)}06/03/2024,BAD\u0000ROW,-2.00\n`), /binary.*NUL/],
    ['control characters', enc('a,b\x01\x02\x03\x04\x05,c\n\x06\x07\x08,\x0b\x0c\x0e\x0f\n'), /binary.*control/],
    ['xlsx (zip)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /Excel/],
    ['old xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), /Excel/],
    ['PDF', enc('%PDF-1.7\n...'), /PDF/],
    ['HTML', enc('<!DOCTYPE html><html><body>Login</body></html>'), /web page/],
    ['OFX', enc('OFXHEADER:100\nDATA:OFXSGML\n<OFX>'), /OFX/],
    ['QIF', enc('!Type:Bank\nD03/05/2024\nT-4.00\n^\n'), /QIF/],
    ['prose, one column', enc('Dear customer\nThank you for banking with us\n'), /does not look like CSV/],
    ['unknown header', fixture('unknown-header.csv'), /Unknown layout: the header/],
    ['unknown headerless', fixture('unknown-headerless.csv'), /Unknown layout: no header row/],
  ])('%s', (_name, bytes, message) => {
    const r = parseBankCsv(bytes);
    expect(r.format).toBeNull();
    expect(r.confidence).toBe(0);
    expect(r.transactions).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.line).toBe(0);
    expect(r.errors[0]?.message).toMatch(message);
  });

  it('names the file when given', () => {
    expect(fileErrors(parseBankCsv(new Uint8Array(0), { fileName: 'may.csv' }))).toEqual(['"may.csv" is empty']);
  });

  it('keeps the header of an unknown layout, for saved mappings', () => {
    expect(parseBankCsv(fixture('unknown-header.csv')).header).toBe('fecha,concepto,importe,saldo');
  });

  it('a header without rows', () => {
    const r = parseBankCsv(enc('Date,Description,Amount\r\n'));
    expect(r.format).toBe('generic');
    expect(fileErrors(r)).toEqual(['The file has a header but no transaction rows']);
  });

  it('too many rows: an error, and the first maxRows are still read', () => {
    const r = parseBankCsv(fixture('generic-amount.csv'), { maxRows: 5 });
    expect(r.transactions.map((t) => t.line)).toEqual([2, 3, 4, 5, 6]);
    expect(fileErrors(r)).toEqual([
      'The file has 13 rows, more than the limit of 5: only the first 5 were read. Split the export into smaller date ranges.',
    ]);
  });

  it('summarises floods of row errors', () => {
    const lines = ['Date,Description,Amount'];
    for (let i = 0; i < MAX_ROW_ERRORS + 20; i++) lines.push(`05/03/2024,ROW ${i},not-money`);
    const r = parseBankCsv(enc(lines.join('\n')));
    expect(r.errors).toHaveLength(MAX_ROW_ERRORS + 1);
    expect(r.errors.at(-1)).toEqual({ line: 0, message: '…and 20 more row problems not listed' });
  });
});

describe('bad rows never throw away the file', () => {
  it('reports each bad field with its line and column name', () => {
    const r = parseBankCsv(
      enc(
        [
          'Date,Description,Amount,Balance',
          '05/03/2024,GOOD,-4.00,10.00',
          ',NO DATE,-4.00,10.00',
          '05/03/2024,NO AMOUNT,,10.00',
          'yesterday,BAD BOTH,lots,10.00',
          '06/03/2024,BAD BALANCE ONLY,-1.00,ten',
          '07/03/2024,SHORT ROW',
        ].join('\n'),
      ),
    );
    expect(r.transactions.map((t) => [t.line, t.merchant, t.balanceCents])).toEqual([
      [2, 'GOOD', 1000],
      [6, 'BAD BALANCE ONLY', null],
    ]);
    expect(r.errors).toEqual([
      { line: 3, field: 'Date', message: 'Date is empty' },
      { line: 4, field: 'Amount', message: 'Amount is empty' },
      { line: 5, field: 'Date', message: 'Not a valid date: "yesterday"' },
      { line: 5, field: 'Amount', message: 'Not an amount: "lots"' },
      { line: 7, field: 'Amount', message: 'Amount is empty' },
    ]);
    expect(r.warnings).toContainEqual({ line: 6, field: 'Balance', message: 'Balance is not an amount ("ten"); kept the transaction without it' });
  });

  it('refuses a row with a field longer than a bank export holds, naming its line and column', () => {
    const long = 'X'.repeat(5000);
    // with a header: the column's name
    const westpac = parseBankCsv(
      enc(
        [
          'Bank Account,Date,Narrative,Debit Amount,Credit Amount,Balance,Categories,Serial',
          '032000123456,05/03/2024,COLES 0710 SYDNEY,45.10,,1000.00,PAYMENT,',
          `032000123456,06/03/2024,${long},12.00,,988.00,PAYMENT,`,
          '032000123456,07/03/2024,WOOLWORTHS 1234 SYDNEY,30.00,,958.00,PAYMENT,',
        ].join('\n'),
      ),
    );
    expect(westpac.transactions.map((t) => t.line)).toEqual([2, 4]);
    expect(westpac.errors).toEqual([
      { line: 3, field: 'Narrative', message: "Narrative is 5,000 characters long, more than the 2,000 a bank export's field holds: the row was not read" },
    ]);
    // without one: its position
    const commbank = parseBankCsv(enc(`05/03/2024,"-4.00","CAFE ONE SYDNEY","10.00"\n06/03/2024,"-5.00","${long}","5.00"\n`));
    expect(commbank.transactions.map((t) => t.line)).toEqual([1]);
    expect(commbank.errors).toEqual([
      { line: 2, field: 'Column 3', message: "Column 3 is 5,000 characters long, more than the 2,000 a bank export's field holds: the row was not read" },
    ]);
    // 2,000 characters is still a field
    expect(parseBankCsv(enc(`05/03/2024,"-4.00","${'Y'.repeat(2000)}","10.00"\n`)).transactions).toHaveLength(1);
  });

  it('an unclosed quote costs its own line only', () => {
    const r = parseBankCsv(enc('Date,Description,Amount\n05/03/2024,"BROKEN,-4.00\n06/03/2024,OK,-5.00\n07/03/2024,ALSO OK,-6.00\n'));
    expect(r.transactions.map((t) => [t.line, t.description, t.amountCents])).toEqual([
      [3, 'OK', -500],
      [4, 'ALSO OK', -600],
    ]);
    expect(r.errors).toEqual([{ line: 2, message: 'A quoted field starting on this line is never closed; the line was skipped.' }]);
  });

  it('many stray opening quotes: each line reported, later good rows kept, physical line numbers, linear time', () => {
    // a quote opens a field only at its start; one that never closes properly
    // breaks its own line, and reading resumes on the next one
    const lines = ['Date,Description,Amount'];
    for (let i = 0; i < 3001; i++) lines.push(`05/03/2024,"BROKEN ${i},-4.00`);
    lines.push('06/03/2024,GOOD,-1.00');
    const t0 = performance.now();
    const r = parseBankCsv(enc(lines.join('\n')));
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.transactions.map((t) => [t.line, t.description])).toEqual([[3003, 'GOOD']]);
    const message = 'A quoted field starting on this line is never closed; the line was skipped.';
    expect(r.errors.slice(0, 3)).toEqual([2, 3, 4].map((line) => ({ line, message })));
    expect(r.errors).toHaveLength(MAX_ROW_ERRORS + 1);
    expect(r.errors[MAX_ROW_ERRORS]).toEqual({ line: 0, message: `…and ${3001 - MAX_ROW_ERRORS} more row problems not listed` });
  });

  it('the line-by-line fallback keeps physical line numbers and reports bad lines', () => {
    const text = 'a,b\r\n"open,c\r\n\r\nd,"e ""q"""\nf,g';
    const r = readRecords(text, { maxFullRetries: 0 });
    expect(r.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: [''] },
      { line: 4, fields: ['d', 'e "q"'] },
      { line: 5, fields: ['f', 'g'] },
    ]);
    expect(r.issues).toEqual([{ line: 2, message: 'A quoted field starting on this line is never closed; the line was skipped.' }]);
  });
});

describe('CSV details', () => {
  it('line numbers stay physical across quoted line breaks and blank lines', () => {
    const r = parseBankCsv(
      enc('Date,Description,Amount\r\n05/03/2024,"TWO\r\nLINES",-4.00\r\n\r\n06/03/2024,NEXT,-5.00\r\n07/03/2024,"A\nB\nC",-6.00\r\n08/03/2024,LAST,-7.00\r\n\r\n\r\n'),
    );
    expect(r.transactions.map((t) => [t.line, t.description])).toEqual([
      [2, 'TWO\r\nLINES'],
      [5, 'NEXT'],
      [6, 'A\nB\nC'],
      [9, 'LAST'],
    ]);
    // the blank line between rows is counted; trailing blank lines are not
    expect(r.skipped).toBe(1);
  });

  it('mixed CRLF, LF and CR line endings', () => {
    const r = parseBankCsv(enc('Date,Description,Amount\r\n05/03/2024,A,-1.00\n06/03/2024,B,-2.00\r07/03/2024,C,-3.00\r\n'));
    expect(r.transactions.map((t) => [t.line, t.description, t.date])).toEqual([
      [2, 'A', '2024-03-05'],
      [3, 'B', '2024-03-06'],
      [4, 'C', '2024-03-07'],
    ]);
  });

  it('tab-separated files', () => {
    const r = parseBankCsv(enc('Date\tDescription\tAmount\n13/03/2024\tTAB SHOP, PTY\t-1.50\n'));
    expect(r.transactions.map((t) => [t.date, t.description, t.amountCents])).toEqual([['2024-03-13', 'TAB SHOP, PTY', -150]]);
  });

  it('stray quotes inside unquoted fields are kept', () => {
    const r = parseBankCsv(enc('Date,Description,Amount\n13/03/2024,5" RULER,-2.00\n'));
    expect(r.transactions[0]?.description).toBe('5" RULER');
  });
});

describe('never throws, never hangs', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expectShape(parseBankCsv(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it('random CSV-ish text', () => {
    const alphabet = fc.constantFrom(...'0123456789/-.,+$"\r\n \tABCxy()\u2212é'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 600 }), (chars) => {
        expectShape(parseBankCsv(enc(chars.join(''))));
      }),
      { numRuns: 400 },
    );
  });

  it('random rows under a real header', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('05/03/2024', '-4.00', '"', '""', '+1,000.00', '31/02/2024', ''));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }), (table) => {
        const text = ['Date,Description,Amount,Balance', ...table.map((r) => r.join(','))].join('\n');
        const r = parseBankCsv(enc(text));
        expectShape(r);
        // random cells may hold ; | or tabs, which can win the delimiter vote
        expect([null, 'generic']).toContain(r.format);
      }),
      { numRuns: 300 },
    );
  });

  it('a megabyte of random bytes returns promptly', () => {
    const bytes = new Uint8Array(1 << 20);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    const t0 = performance.now();
    const r = parseBankCsv(bytes);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.errors[0]?.line).toBe(0);
  });

  it('not even a Uint8Array', () => {
    // deliberately wrong input from untyped callers
    const r = parseBankCsv('a,b,c' as unknown as Uint8Array);
    expect(fileErrors(r)).toEqual(['No file data']);
  });
});

describe('a row with more values than the rows before it', () => {
  // ten CommBank rows (no header): $1.00 … $10.00 spent on the 14th … 23rd (a day past 12 fixes the date order)
  const rows = Array.from({ length: 10 }, (_, i) => `${i + 14}/02/2026,"-${i + 1}.00","WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234","+${900 - i}.00"`);
  const withRow = (k: number, row: string) => rows.map((r, i) => (i === k ? row : r)).join('\n');

  it('is read for the values its layout has, with a warning naming its line and how many were not read', () => {
    const r = parseBankCsv(enc(withRow(7, `${rows[7]!},"SPLIT","extra"`)), { fileName: 'cba.csv' });
    expectShape(r);
    expect(r.format).toBe('commbank');
    expect(r.transactions.map((t) => t.amountCents)).toEqual([-100, -200, -300, -400, -500, -600, -700, -800, -900, -1000]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ line: 8, message: '6 values where the rows before have 4: the last 2 were not read' }]);
  });

  it('is not a problem when what it adds is blank (a trailing delimiter)', () => {
    const r = parseBankCsv(enc(withRow(7, `${rows[7]!}, ,""`)), { fileName: 'cba.csv' });
    expect(r.format).toBe('commbank');
    expect(r.transactions).toHaveLength(10);
    expect(r.warnings).toEqual([]);
  });
});
