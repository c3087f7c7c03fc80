import { describe, expect, it } from 'vitest';
import { LAYOUTS, LAYOUT_COLUMNS, LAYOUT_HAS_HEADER, generate, type GeneratedHousehold } from './generate';

/** Minimal RFC 4180 parser: returns rows of fields; throws on an unterminated quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQ = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQ) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQ = false;
      } else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside unquoted field at ${i}`);
      inQ = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (inQ) throw new Error('unterminated quote');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const MONTHS = 36;
const hs: GeneratedHousehold[] = generate({ seed: 5, count: 14, months: MONTHS });

describe('third-opinion generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const again = generate({ seed: 5, count: 3, months: MONTHS });
    for (let i = 0; i < 3; i++) {
      expect(again[i]!.csv).toBe(hs[i]!.csv);
      expect(JSON.stringify(again[i]!.labels)).toBe(JSON.stringify(hs[i]!.labels));
    }
    expect(generate({ seed: 6, count: 1, months: MONTHS })[0]!.csv).not.toBe(hs[0]!.csv);
  });

  it('covers all seven banks', () => {
    const banks = new Set(hs.map((h) => h.layout.split('-')[0]));
    expect([...banks].sort()).toEqual(['anz', 'commbank', 'ing', 'macquarie', 'nab', 'up', 'westpac']);
    for (const h of hs) expect(LAYOUTS).toContain(h.layout);
  });

  it('labels every month in the file and plants anomalies only after month 12', () => {
    for (const h of hs) {
      expect(h.labels).toHaveLength(MONTHS);
      const months = new Set(h.labels.map((l) => l.month));
      expect(months.size).toBe(MONTHS);
      h.labels.forEach((l, i) => {
        if (i < 12) expect(l.kind).toBe('normal');
        if (l.kind !== 'normal') expect(l.category).toBeDefined();
        expect(l.month >= h.truth.firstMonth && l.month <= h.truth.lastMonth).toBe(true);
      });
      // every labelled month has at least one row in the CSV, and no row falls outside
      const rowMonths = new Set(dataRows(h).map((r) => rowMonth(h, r)));
      for (const m of months) expect(rowMonths.has(m)).toBe(true);
      for (const m of rowMonths) expect(months.has(m)).toBe(true);
    }
    const anomalous = hs.flatMap((h) => h.labels.slice(12)).filter((l) => l.kind !== 'normal').length;
    const eligible = hs.length * (MONTHS - 12);
    expect(anomalous / eligible).toBeGreaterThan(0.07);
    expect(anomalous / eligible).toBeLessThan(0.2);
  });

  it('writes parseable CSV with the layout column count', () => {
    for (const h of hs) {
      const rows = parseCsv(h.csv);
      if (LAYOUT_HAS_HEADER[h.layout]) expect(rows[0]!.length).toBe(LAYOUT_COLUMNS[h.layout]);
      for (const r of rows) expect(r.length).toBe(LAYOUT_COLUMNS[h.layout]);
    }
  });
});

function dataRows(h: GeneratedHousehold): string[][] {
  const rows = parseCsv(h.csv);
  return LAYOUT_HAS_HEADER[h.layout] ? rows.slice(1) : rows;
}

const MON: Record<string, string> = { Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06', Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12' };
function rowMonth(h: GeneratedHousehold, r: string[]): string {
  const dateCol = h.layout.startsWith('westpac') ? 1 : 0;
  const v = r[dateCol]!;
  let m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
  if (m) return `${m[3]}-${m[2]}`;
  m = /^\d{2}[ -](\w{3})[ -](\d{2}|\d{4})$/.exec(v);
  if (m) return `${m[2]!.length === 2 ? '20' + m[2] : m[2]}-${MON[m[1]!]}`;
  m = /^(\d{4})-(\d{2})-\d{2}[T ]/.exec(v);
  if (m) return `${m[1]}-${m[2]}`;
  throw new Error(`unparsed date ${v} in ${h.layout}`);
}
