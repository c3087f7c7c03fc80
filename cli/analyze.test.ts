/**
 * `oddmonth analyze --json` on a household written in every bank layout:
 * no errors, monthly spend to the cent, categories mostly right, and the
 * documented JSON shape. The same check the held-out exports go through.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateHousehold, toBankCsv, type BankCsvOptions } from '@/lib/core/synth';
import { SPENDING_CATEGORIES, type BankFormat } from '@/lib/core/types';
import { runAnalyze } from './analyze';
import { formatDollars } from '@/lib/core/money';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oddmonth-analyze-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const layouts: Array<[string, BankFormat, BankCsvOptions]> = [
  ['commbank.csv', 'commbank', {}],
  ['anz-trimmed.csv', 'anz', { anzStyle: 'trimmed' }],
  ['westpac.csv', 'westpac', {}],
  ['nab.csv', 'nab', {}],
  ['nab-2022.csv', 'nab', { nabVariant: '2022' }],
  ['nab-legacy.csv', 'nab-legacy', {}],
  ['ing.csv', 'ing', {}],
  ['macquarie.csv', 'macquarie', {}],
  ['up.csv', 'up', {}],
  ['up-2021.csv', 'up', { upVariant: '2021' }],
  ['generic.csv', 'generic', {}],
];

const household = generateHousehold({ seed: 77, startMonth: '2022-01', months: 30 });
const spendCategories = new Set<string>([...SPENDING_CATEGORIES, 'Uncategorized']);

/** Truth: money out per month, own-account transfers excluded. */
const truthSpend = new Map<string, number>();
const truthByCat = new Map<string, number>();
let truthDollars = 0;
for (const t of household.transactions) {
  if (t.kind === 'transfer' || t.amountCents >= 0) continue;
  const m = t.date.slice(0, 7);
  truthSpend.set(m, (truthSpend.get(m) ?? 0) - t.amountCents);
  truthByCat.set(`${m}|${t.category}`, (truthByCat.get(`${m}|${t.category}`) ?? 0) - t.amountCents);
  truthDollars -= t.amountCents;
}

interface Out {
  files: Record<string, { format: string; errors: unknown[]; months: Array<{ month: string; spendCents: Record<string, number>; incomeCents: number; score: number | null; flagged: boolean; threshold: number; rule: { flagged: boolean }; reasons: Array<{ category: string; text: string; weight: number }> }> }>;
}

/** `oddmonth analyze` on these files: its exit code and what it printed. */
async function run(files: string[], json: boolean): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await runAnalyze({ files, json, seed: 0 }), out };
  } finally {
    spy.mockRestore();
  }
}

/** What `oddmonth analyze` prints for these files (exit code 0 required). */
async function printed(files: string[], json: boolean): Promise<string> {
  const { code, out } = await run(files, json);
  expect(code).toBe(0);
  return out;
}

async function analyze(files: string[]): Promise<Out> {
  return JSON.parse(await printed(files, true)) as Out;
}

describe('oddmonth analyze --json', () => {
  const paths = layouts.map(([name, format, opts]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, toBankCsv(format, household.transactions, opts));
    return p;
  });

  it('reads every layout with no errors, and monthly spend matches the file to the cent', async () => {
    const out = await analyze(paths);
    expect(Object.keys(out.files).sort()).toEqual(layouts.map(([n]) => n).sort());
    for (const [name, format] of layouts) {
      const f = out.files[name]!;
      expect(f.errors, name).toEqual([]);
      expect(f.format, name).toBe(format);
      for (const m of f.months) {
        for (const c of Object.keys(m.spendCents)) expect(spendCategories.has(c), `${name} ${c}`).toBe(true);
        const total = Object.values(m.spendCents).reduce((a, b) => a + b, 0);
        expect(total, `${name} ${m.month}`).toBe(truthSpend.get(m.month) ?? 0);
      }
    }
  });

  it('puts at least 90% of spend dollars in the right category in every layout', async () => {
    const out = await analyze(paths);
    for (const [name] of layouts) {
      let right = 0;
      for (const m of out.files[name]!.months) {
        for (const [c, cents] of Object.entries(m.spendCents)) right += Math.min(cents, truthByCat.get(`${m.month}|${c}`) ?? 0);
      }
      expect(right / truthDollars, name).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('prints the documented shape, scores months after a year, and explains flagged months', async () => {
    const out = await analyze([paths[0]!]);
    const months = out.files['commbank.csv']!.months;
    expect(months).toHaveLength(30);
    expect(months[0]).toEqual(
      expect.objectContaining({ month: '2022-01', score: null, flagged: false, threshold: expect.any(Number), rule: expect.objectContaining({ flagged: expect.any(Boolean) }) }),
    );
    expect(months.slice(12).every((m) => typeof m.score === 'number')).toBe(true);
    for (const m of months.filter((x) => x.flagged)) {
      expect(m.reasons.length).toBeGreaterThan(0);
      expect(m.reasons[0]!.text).toMatch(/\$/);
    }
  });
});

describe('oddmonth analyze (readable report)', () => {
  it('reports a file it cannot use with its error and exits 1; a file with some bad lines is analyzed from the rest', async () => {
    const junk = path.join(dir, 'notes.csv');
    fs.writeFileSync(junk, 'shopping list\nmilk\n');
    const good = path.join(dir, 'good.csv');
    const rows = toBankCsv('commbank', household.transactions).split('\n');
    // one unreadable amount on line 3 of an otherwise good file
    rows[2] = rows[2]!.replace(/^([^,]*),([^,]*),/, '$1,12..5,');
    fs.writeFileSync(good, rows.join('\n'));
    const { code, out } = await run([junk, good], true);
    expect(code).toBe(1);
    const files = (JSON.parse(out) as { files: Record<string, { errors: Array<{ line: number; field?: string; message: string }>; months: unknown[] }> }).files;
    expect(files['notes.csv']!.months).toEqual([]);
    expect(files['notes.csv']!.errors[0]!.message).toMatch(/does not look like CSV/);
    expect(files['good.csv']!.errors).toEqual([expect.objectContaining({ line: 3, field: 'Amount' })]);
    expect(files['good.csv']!.months.length).toBe(30);
    // the good file alone exits 0
    expect((await run([good], true)).code).toBe(0);
  });

  it('reports two files of the same name under their paths, not one in place of the other', async () => {
    const a = path.join(dir, 'a', 'export.csv');
    const b = path.join(dir, 'b', 'export.csv');
    fs.mkdirSync(path.dirname(a));
    fs.mkdirSync(path.dirname(b));
    fs.writeFileSync(a, toBankCsv('commbank', household.transactions));
    fs.writeFileSync(b, toBankCsv('westpac', generateHousehold({ seed: 78, startMonth: '2023-01', months: 14 }).transactions));
    const other = path.join(dir, 'twice.csv');
    fs.writeFileSync(other, toBankCsv('commbank', household.transactions));
    const out = await analyze([a, b, other, other]);
    expect(Object.keys(out.files)).toEqual([a, b, 'twice.csv', 'twice.csv (2)']);
    expect(out.files[a]!.format).toBe('commbank');
    expect(out.files[a]!.months).toHaveLength(30);
    expect(out.files[b]!.format).toBe('westpac');
    expect(out.files[b]!.months[0]!.month).toBe('2023-01');
    expect(out.files[b]!.months).toHaveLength(14);
  });

  it('says why months have no score: too little history', async () => {
    const write = (name: string, months: number) => {
      const h = generateHousehold({ seed: 78, startMonth: '2022-01', months });
      const p = path.join(dir, name);
      fs.writeFileSync(p, toBankCsv('commbank', h.transactions));
      return p;
    };
    const out = await printed([write('short.csv', 5), write('ten-months.csv', 10), write('long.csv', 30)], false);
    expect(out).toContain('short.csv (commbank)\n  5 months, 0 scored');
    expect(out).toContain('Not scored: too little history (a month is scored once the file has 6 complete months before it; this file has 5).');
    expect(out).toContain('10 months, 0 scored');
    expect(out).toContain('and at least 6 such months are needed to fit the model');
    expect(out).toContain('30 months, 24 scored');
    expect(out).toContain('Months before July 2022 are not scored: too little history');
    // scored before a year of history: what those months can show
    expect(out).toContain(
      'July 2022 to December 2022: less than a year of history, so only events (new direct debits, repeated or unfamiliar card charges, ' +
        'payments to new payees, missing pay) and groceries or eating out at 3 times their usual level are judged; other spending levels',
    );
    expect(out.match(/less than a year of history/g)).toHaveLength(1);
  });

  it('sets a spending reason against the months before, as the month page does', async () => {
    const file = path.join(dir, 'four-years.csv');
    fs.writeFileSync(file, toBankCsv('commbank', generateHousehold({ seed: 14, startMonth: '2021-01', months: 48 }).transactions));
    const months = (await analyze([file])).files['four-years.csv']!.months;
    const out = await printed([file], false);
    let checked = 0;
    for (const [t, m] of months.entries()) {
      const spike = m.reasons.find((r) => /^[A-Z][A-Za-z &]+ \$[\d,]+, [\d.]+× your usual/.test(r.text));
      if (!m.flagged || !spike || m.reasons.indexOf(spike) > 2) continue;
      const now = m.spendCents[spike.category]!;
      const before = months.slice(Math.max(0, t - 24), t).map((p) => p.spendCents[spike.category] ?? 0);
      const note = out.split('\n')[out.split('\n').indexOf(`    • ${spike.text}`) + 1]!;
      expect(note.startsWith(`      ${formatDollars(now)} on ${spike.category} this month`)).toBe(true);
      if (before.every((c) => c < now)) expect(note.endsWith(`: more than in any of the ${before.length} months before.`)).toBe(true);
      else expect(note).toMatch(/(: the most since [A-Z][a-z]+ \d{4}|; the month before was at least as high) \(\$[\d,]+\)\.$/);
      checked++;
    }
    // seed 14: "Dining $4,055, 3.6× your usual $1,132 for March", more than any of the 24 months before (seed 11's
    // July 2023 was this example until engine 15: its Dining rise was a holiday's meals in Queenstown)
    expect(out).toContain('    • Dining $4,055, 3.6× your usual $1,132 for March\n      $4,055 on Dining this month: more than in any of the 24 months before.\n');
    expect(checked).toBeGreaterThan(0);
    // the events have none
    expect(out).not.toMatch(/first seen this month\n {6}\$/);
  });
});
