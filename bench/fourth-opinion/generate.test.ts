import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANOMALY_KINDS, SPEND_CATEGORIES, generate, writeGenerated, type GeneratedHousehold } from './generate';

// ── our own reading of each layout ──

interface ParsedRow { month: string; date: string; amount: number; balance: number | null; account: string; desc: string; own: boolean; roundUp: number }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = ''; let inQ = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (inQ) {
      if (ch === '"' && line.charAt(i + 1) === '"') { cur += '"'; i++; } else if (ch === '"') inQ = false; else cur += ch;
    } else if (ch === '"') inQ = true;
    else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}
const cents = (s: string): number => {
  if (s.trim() === '') return 0;
  expect(s).toMatch(/^[+-]?\d+(\.\d{1,2})?$/);
  return Math.round(Number(s) * 100);
};
function dmyToIso(s: string): string { const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s); if (!m) throw new Error(`bad dmy ${s}`); return `${m[3]}-${m[2]}-${m[1]}`; }
function monToIso(s: string): string {
  const m = /^(\d{2})[ -]([A-Z][a-z]{2})[ -](\d{2}|\d{4})$/.exec(s);
  if (!m) throw new Error(`bad date ${s}`);
  const y = (m[3] ?? '').length === 2 ? `20${m[3]}` : m[3];
  return `${y}-${String(MON.indexOf(m[2] ?? '') + 1).padStart(2, '0')}-${m[1]}`;
}

const COLS: Record<string, number> = {
  'commbank-newest': 4, 'commbank-oldest': 4, 'anz-quoted': 3, 'anz-trimmed': 3, westpac: 8, 'westpac-multi': 8, 'nab-current': 10, 'nab-2022': 9,
  'nab-old-dash': 8, 'nab-old-quoted': 8, ing: 5, 'ing-quoted': 5, macquarie: 11, 'up-current': 15, 'up-2021': 15,
};
const HEADERED = new Set(['westpac', 'westpac-multi', 'nab-current', 'nab-2022', 'ing', 'ing-quoted', 'macquarie', 'up-current', 'up-2021']);
const OWN = /Transfer (to|from) xx\d|FUNDS TFER|TFR (TO|FROM) 0321|Linked Acc Trns|Internal Transfer|linked account|Rainy Day/i;

function parse(h: GeneratedHousehold): { rows: ParsedRow[]; header: string[] | null; eol: string } {
  let text = h.csv;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  expect(lines.pop()).toBe('');
  const L = h.layout;
  let header: string[] | null = null;
  if (HEADERED.has(L)) header = splitCsv(lines.shift() ?? '');
  const rows: ParsedRow[] = [];
  for (const line of lines) {
    expect(line.includes('\r')).toBe(false);
    const f = splitCsv(line);
    expect(f.length, `${L}: ${line}`).toBe(COLS[L]);
    const g = (i: number): string => f[i] ?? '';
    let date: string; let amount: number; let balance: number | null = null; let desc: string; let account = ''; let roundUp = 0;
    if (L.startsWith('commbank')) { date = dmyToIso(g(0)); expect(g(1)).toMatch(/^[+-]/); amount = cents(g(1)); desc = g(2); balance = cents(g(3)); }
    else if (L.startsWith('anz')) { date = dmyToIso(g(0)); amount = cents(g(1)); desc = g(2); if (L === 'anz-quoted') expect(line).toMatch(/^[\d/]+,"-?\d+\.\d\d",/); }
    else if (L.startsWith('westpac')) { account = g(0); date = dmyToIso(g(1)); desc = g(2); amount = cents(g(4)) - cents(g(3)); balance = cents(g(5)); expect(['PAYMENT', 'DEP', 'CREDIT', 'FEE', 'OTHER']).toContain(g(6)); expect(line.endsWith(',')).toBe(true); }
    else if (L === 'nab-current' || L === 'nab-2022') { date = monToIso(g(0)); amount = cents(g(1)); account = g(2); expect(g(3)).toBe(''); desc = `${g(4)} ${g(5)}`; balance = cents(g(6)); }
    else if (L.startsWith('nab-old')) { date = monToIso(g(0)); amount = cents(g(1)); desc = `${g(4)} ${g(5)}`; balance = cents(g(6)); if (L === 'nab-old-quoted') expect(g(6)).toMatch(/^[+-]/); }
    else if (L.startsWith('ing')) { date = dmyToIso(g(0)); desc = g(1); expect(g(2) === '' || g(3) === '').toBe(true); expect(g(3) === '' || g(3).startsWith('-')).toBe(true); amount = cents(g(2)) + cents(g(3)); balance = cents(g(4)); }
    else if (L === 'macquarie') { date = monToIso(g(0)); desc = `${g(1)} ${g(10)}`; amount = cents(g(8)) - cents(g(7)); balance = cents(g(9)); expect(line.startsWith('"')).toBe(true); }
    else {
      const ts = g(0);
      expect(ts).toMatch(L === 'up-current' ? /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/ : /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d$/);
      date = ts.slice(0, 10);
      const hi = (n: string): number => (header ?? []).indexOf(n);
      amount = cents(g(hi('Subtotal (AUD)')));
      roundUp = -cents(g(hi('Round Up (AUD)')));
      expect(cents(g(hi('Total (AUD)')))).toBe(amount - roundUp);
      desc = g(hi('Description'));
    }
    rows.push({ month: date.slice(0, 7), date, amount, balance, account, desc, own: OWN.test(desc), roundUp });
  }
  return { rows, header, eol };
}

const SEED = 7; const COUNT = 20; const MONTHS = 60;
const hs = generate({ seed: SEED, count: COUNT, months: MONTHS });

describe('fourth-opinion generator', () => {
  it('is deterministic: two runs write byte-identical files', () => {
    const a = mkdtempSync(join(tmpdir(), 'f4a-')); const b = mkdtempSync(join(tmpdir(), 'f4b-'));
    try {
      writeGenerated(a, generate({ seed: SEED, count: COUNT, months: MONTHS }));
      writeGenerated(b, generate({ seed: SEED, count: COUNT, months: MONTHS }));
      const files = readdirSync(a).sort();
      expect(files).toEqual(readdirSync(b).sort());
      expect(files.length).toBe(COUNT + 2);
      for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
      const other = generate({ seed: SEED + 1, count: 2, months: MONTHS });
      expect(other[0]?.csv).not.toBe(hs[0]?.csv);
    } finally { rmSync(a, { recursive: true, force: true }); rmSync(b, { recursive: true, force: true }); }
  });

  it('spreads households over all banks and layouts, with neutral file names', () => {
    const layouts = new Set(hs.map((h) => h.layout));
    for (const l of ['commbank-newest', 'anz-quoted', 'westpac', 'nab-current', 'ing', 'macquarie', 'up-current', 'commbank-oldest', 'anz-trimmed', 'westpac-multi', 'nab-2022', 'ing-quoted', 'up-2021', 'nab-old-dash']) expect(layouts.has(l), l).toBe(true);
    for (const h of hs) expect(h.file).toMatch(/^f4-s7-h\d\d\.csv$/);
  });

  it('every file parses back: column counts, dates in range, running balances consistent', () => {
    for (const h of hs) {
      const { rows, eol } = parse(h);
      expect(rows.length).toBeGreaterThan(MONTHS * 20);
      expect(eol).toBe(['commbank-newest', 'commbank-oldest', 'westpac', 'westpac-multi', 'ing-quoted'].includes(h.layout) ? '\r\n' : '\n');
      for (const r of rows) { expect(r.date >= '2021-01-01' && r.date <= '2025-12-31', `${h.file} ${r.date}`).toBe(true); expect(Number.isNaN(Date.parse(r.date))).toBe(false); }
      const dates = rows.map((r) => r.date);
      const sortedAsc = [...dates].sort();
      const newestFirst = dates[0] !== undefined && dates[0] > (dates[dates.length - 1] ?? '');
      expect(newestFirst ? [...sortedAsc].reverse() : sortedAsc).toEqual(dates);
      if (h.layout.startsWith('up')) { expect(newestFirst).toBe(true); continue; }
      if (rows[0]?.balance === null) continue;
      const chrono = newestFirst ? [...rows].reverse() : rows;
      const last = new Map<string, number>();
      for (const r of chrono) {
        const prev = last.get(r.account);
        if (prev !== undefined) expect(r.balance, `${h.file} ${r.date} ${r.desc}`).toBe(prev + r.amount);
        last.set(r.account, r.balance ?? 0);
      }
      if (h.layout === 'westpac-multi') expect(last.size).toBe(2);
    }
  });

  it('labels cover every month of every file, anomalies only from month 13', () => {
    for (const h of hs) {
      expect(h.labels.length).toBe(MONTHS);
      const months = h.labels.map((l) => l.month);
      expect(new Set(months).size).toBe(MONTHS);
      expect(months[0]).toBe('2021-01'); expect(months[MONTHS - 1]).toBe('2025-12');
      expect(Object.keys(h.truth.spendCents).sort()).toEqual([...months].sort());
      h.labels.slice(0, 12).forEach((l) => expect(l.kind).toBe('normal'));
      for (const l of h.labels) {
        expect(l.file).toBe(h.file);
        if (l.kind !== 'normal') {
          expect(ANOMALY_KINDS).toContain(l.kind);
          expect(l.category).toBeDefined();
          expect(l.notes?.[0]).toBeTruthy();
          if (l.kind === 'missing-salary') expect(l.category).toBe('Income');
          else expect(SPEND_CATEGORIES as readonly string[]).toContain(l.category);
        } else expect(l.category).toBeUndefined();
      }
    }
  });

  it('anomaly shares and kinds are in the chosen ranges', () => {
    const kinds = new Map<string, number>();
    let total = 0;
    for (const h of hs) {
      const an = h.labels.filter((l) => l.kind !== 'normal');
      const share = an.length / (MONTHS - 12);
      expect(share, h.file).toBeGreaterThanOrEqual(0.08);
      expect(share, h.file).toBeLessThanOrEqual(0.15);
      total += an.length;
      // sustained elevation comes as three consecutive months in one category
      const idx = h.labels.map((l, i) => (l.kind === 'sustained-elevation' ? i : -1)).filter((i) => i >= 0);
      expect(idx.length % 3).toBe(0);
      for (let k = 0; k < idx.length; k += 3) {
        expect(idx[k + 2]).toBe((idx[k] ?? 0) + 2);
        expect(new Set(idx.slice(k, k + 3).map((i) => h.labels[i]?.category)).size).toBe(1);
      }
      for (const l of an) if (l.kind !== 'sustained-elevation') kinds.set(l.kind, (kinds.get(l.kind) ?? 0) + 1);
      if (idx.length) kinds.set('sustained-elevation', (kinds.get('sustained-elevation') ?? 0) + idx.length / 3);
    }
    for (const k of ANOMALY_KINDS) expect(kinds.get(k) ?? 0, k).toBeGreaterThanOrEqual(3);
    expect(total / (COUNT * (MONTHS - 12))).toBeGreaterThan(0.09);
  });

  it('truth spend equals the CSV debits (own transfers excluded) per month, for every file', () => {
    for (const h of hs) {
      const { rows } = parse(h);
      const debits = new Map<string, number>();
      for (const r of rows) if (r.amount < 0 && !r.own) debits.set(r.month, (debits.get(r.month) ?? 0) - r.amount);
      for (const [m, cats] of Object.entries(h.truth.spendCents)) {
        const t = Object.values(cats).reduce((a, b) => a + (b ?? 0), 0);
        expect(t, `${h.file} ${m}`).toBe(debits.get(m) ?? 0);
      }
      // and income is never more than the credits that are not own transfers
      const credits = new Map<string, number>();
      for (const r of rows) if (r.amount > 0 && !r.own) credits.set(r.month, (credits.get(r.month) ?? 0) + r.amount);
      for (const [m, inc] of Object.entries(h.truth.incomeCents)) expect(inc, `${h.file} ${m}`).toBeLessThanOrEqual(credits.get(m) ?? 0);
    }
  });

  it('normal events are recorded in notes', () => {
    const notes = hs.flatMap((h) => h.labels.flatMap((l) => l.notes ?? []));
    for (const n of ['December gifts', 'annual car registration', 'quarterly electricity bill', 'yearly holiday', 'school term fees']) expect(notes.some((x) => x.includes(n)), n).toBe(true);
  });
});
