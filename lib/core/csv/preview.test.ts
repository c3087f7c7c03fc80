/**
 * The user-mapped path: previewRows for the mapping UI, ColumnMapping,
 * headerKey for saved profiles; and detection on the edges.
 */
import { describe, expect, it } from 'vitest';
import fs from '@/lib/testing/fs';
import path from 'node:path';
import { parseBankCsv, previewRows } from './parse';
import { headerKey } from './layouts';
import type { ColumnMapping } from './layouts';
import { binaryFixtures } from './fixtures/make-binary';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

describe('headerKey', () => {
  it('normalises case, whitespace, BOM and trailing empty cells', () => {
    expect(headerKey(['\ufeffDate ', ' Narrative', 'Debit  Amount', 'Credit Amount', '', ''])).toBe('date,narrative,debit amount,credit amount');
    expect(headerKey(['Date', 'Amount', 'Account Number', '', 'Transaction Type'])).toBe('date,amount,account number,,transaction type');
  });

  it('equals ParseResult.header for the same file', () => {
    const r = parseBankCsv(fixture('westpac.csv'));
    expect(r.header).toBe(headerKey(['Bank Account', 'Date', 'Narrative', 'Debit Amount', 'Credit Amount', 'Balance', 'Categories', 'Serial']));
  });
});

describe('previewRows', () => {
  it('shows the first rows, the header guess and an empty suggestion for an unknown layout', () => {
    const p = previewRows(fixture('unknown-header.csv'), 2);
    expect(p.rows).toEqual([
      ['Fecha', 'Concepto', 'Importe', 'Saldo'],
      ['05/03/2024', 'CAFE SOL', '-4.00', '996.00'],
    ]);
    expect(p.lines).toEqual([1, 2]);
    expect(p.headerRowIndex).toBe(0);
    expect(p.header).toEqual(['Fecha', 'Concepto', 'Importe', 'Saldo']);
    expect(p.headerKey).toBe('fecha,concepto,importe,saldo');
    expect(p.format).toBeNull();
    expect(p.suggestedMapping).toBeNull();
    expect(p.encoding).toBe('utf-8');
    expect(p.delimiter).toBe(',');
    expect(p.errors).toEqual([]);
  });

  it('suggests the detected columns for a known layout', () => {
    const p = previewRows(fixture('westpac.csv'), 3);
    expect(p.format).toBe('westpac');
    expect(p.rows).toHaveLength(3);
    expect(p.suggestedMapping).toEqual({ date: 1, description: 2, debit: 3, credit: 4, balance: 5, hasHeader: true });
    const cb = previewRows(fixture('commbank.csv'), 5);
    expect(cb.headerRowIndex).toBe(-1);
    expect(cb.header).toBeNull();
    expect(cb.suggestedMapping).toEqual({ date: 0, amount: 1, description: 2, balance: 3, hasHeader: false });
  });

  it('decodes other encodings', () => {
    const p = previewRows(binaryFixtures().ingWin1252.bytes, 2);
    expect(p.encoding).toBe('windows-1252');
    expect(p.rows[1]?.[1]).toMatch(/^CAFÉ ÉCLAIR NEWTOWN/);
    expect(previewRows(binaryFixtures().westpacUtf16be.bytes, 1).encoding).toBe('utf-16be');
  });

  it('reports unreadable files instead of throwing', () => {
    const p = previewRows(new Uint8Array([0, 1, 2, 0, 0, 5]), 5);
    expect(p.rows).toEqual([]);
    expect(p.errors[0]?.line).toBe(0);
  });
});

describe('parseBankCsv with a ColumnMapping', () => {
  it('maps an unknown header by column index', () => {
    const mapping: ColumnMapping = { date: 0, description: 1, amount: 2, balance: 3, hasHeader: true };
    const r = parseBankCsv(fixture('unknown-header.csv'), { mapping });
    expect(r.format).toBe('generic');
    expect(r.confidence).toBe(1);
    expect(r.header).toBe('fecha,concepto,importe,saldo');
    expect(r.errors).toEqual([]);
    expect(r.transactions.map((t) => [t.line, t.date, t.amountCents, t.merchant, t.balanceCents])).toEqual([
      [2, '2024-03-05', -400, 'CAFE SOL', 99600],
      [3, '2024-03-13', -5025, 'SUPERMERCADO', 94575],
    ]);
  });

  it('maps a headerless file; error fields name the mapped column', () => {
    const mapping: ColumnMapping = { date: 1, description: 0, amount: 2, hasHeader: false };
    const r = parseBankCsv(enc(`${fs.readFileSync(path.join(FIXTURES, 'unknown-headerless.csv'), 'utf8')}BAD ROW,soon,-1.00\n`), { mapping });
    expect(r.header).toBeNull();
    expect(r.transactions.map((t) => [t.line, t.date, t.amountCents, t.description])).toEqual([
      [1, '2024-03-05', -400, 'CAFE SOL'],
      [2, '2024-03-13', -5025, 'SUPERMERCADO'],
    ]);
    expect(r.errors).toEqual([{ line: 3, field: 'Date (column 2)', message: 'Not a valid date: "soon"' }]);
  });

  it('debit and credit columns: debit is money out whatever its sign', () => {
    const text = 'When,What,Out,In\n01/02/2025,A,12.00,\n02/02/2025,B,-3.00,\n03/02/2025,C,,7.50\n';
    const r = parseBankCsv(enc(text), { mapping: { date: 0, description: 1, debit: 2, credit: 3, hasHeader: true } });
    expect(r.transactions.map((t) => t.amountCents)).toEqual([-1200, -300, 750]);
    expect(r.errors).toEqual([]);
  });

  it('a forced date order wins over the data', () => {
    const text = 'd,x,a\n01/02/2025,A,-1.00\n03/04/2025,B,-1.00\n';
    const r = parseBankCsv(enc(text), { mapping: { date: 0, description: 1, amount: 2, hasHeader: true, dateOrder: 'mdy' } });
    expect(r.dateOrder).toBe('mdy');
    expect(r.transactions.map((t) => t.date)).toEqual(['2025-01-02', '2025-03-04']);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    [{ date: 0, description: 1, hasHeader: true }, 'Choose an amount column, or debit and/or credit columns'],
    [{ date: 0, description: 1, amount: 9, hasHeader: true }, 'Column for amount (10) is beyond the 4 columns of this file'],
    [{ date: -1, description: 1, amount: 2, hasHeader: true }, 'Column for date must be a column number from 0, got -1'],
    [{ date: 0.5, description: 1, amount: 2, hasHeader: true }, 'Column for date must be a column number from 0, got 0.5'],
  ] as [ColumnMapping, string][])('rejects a bad mapping %j', (mapping, message) => {
    const r = parseBankCsv(fixture('unknown-header.csv'), { mapping });
    expect(r.errors).toEqual([{ line: 0, message }]);
    expect(r.transactions).toEqual([]);
  });
});

describe('detection', () => {
  it('matches known headers regardless of case, spacing and column order', () => {
    const r = parseBankCsv(enc('BALANCE , debit,Credit, description ,DATE\n5.00,-1.00,,X,13/03/2024\n'));
    expect(r.format).toBe('ing');
    expect(r.transactions.map((t) => [t.date, t.amountCents, t.description])).toEqual([['2024-03-13', -100, 'X']]);
  });

  it('Up by header names: columns swapped around still read right', () => {
    const header = 'Settled Date,Total (AUD),Round Up (AUD),Subtotal (AUD),Transaction Type,Payee,Description,Time,BSB / Account Number,Payment Method';
    const row = '2026-01-02,-10.00,-0.50,-9.50,Purchase,Shop,Shop desc,2026-01-01T09:00:00+11:00,633-123 1,Card';
    const r = parseBankCsv(enc(`${header}\n${row}\n`));
    expect(r.format).toBe('up');
    expect(r.transactions.map((t) => [t.date, t.amountCents, t.kind])).toEqual([
      ['2026-01-01', -950, 'normal'],
      ['2026-01-01', -50, 'transfer'],
    ]);
  });

  it('tells CommBank (4 columns, + on credits) from ANZ (3 columns)', () => {
    expect(parseBankCsv(enc('13/03/2024,"+5.00","X","+10.00"\n14/03/2024,"-1.00","Y","+9.00"\n')).format).toBe('commbank');
    expect(parseBankCsv(enc('13/03/2024,"5.00","X"\n14/03/2024,"-1.00","Y"\n')).format).toBe('anz');
  });

  it('a file of the wrong shape is unknown, not forced into a bank layout', () => {
    const r = parseBankCsv(enc('13/03/2024,X,5.00\n14/03/2024,Y,-1.00\n'));
    expect(r.format).toBeNull();
  });

  it('confidence is within 0..1 for every fixture', () => {
    for (const f of fs.readdirSync(FIXTURES).filter((x) => x.endsWith('.csv'))) {
      const r = parseBankCsv(fixture(f));
      expect(r.confidence, f).toBeGreaterThanOrEqual(0);
      expect(r.confidence, f).toBeLessThanOrEqual(1);
      if (r.format !== null) expect(r.confidence, f).toBeGreaterThanOrEqual(0.7);
    }
  });
});
