import { describe, expect, it } from 'vitest';
import type { Category } from '../types';
import { dayOf, dayOfIso, daysInMonth, prevBusinessDay } from './dates';
import { generateHousehold, HISTORY_MONTHS } from './generate';
import { makeProfile } from './profile';
import { renderNarrative } from './narratives';
import { ANOMALY_KINDS, type GeneratedHousehold, type MonthLabel, type SynthTransaction } from './types';

const SEEDS = Array.from({ length: 20 }, (_, i) => 1000 + i * 7);
const MONTHS = 60;
const cache = new Map<string, GeneratedHousehold>();
function household(seed: number, months = MONTHS, startMonth = '2020-07', anomalyRate?: number): GeneratedHousehold {
  const key = `${seed}:${months}:${startMonth}:${anomalyRate}`;
  let h = cache.get(key);
  if (!h) {
    h = generateHousehold({ seed, startMonth, months, ...(anomalyRate !== undefined ? { anomalyRate } : {}) });
    cache.set(key, h);
  }
  return h;
}

const month = (t: SynthTransaction): string => t.date.slice(0, 7);

/** Spend (positive cents) per month per category. */
function spendByMonth(h: GeneratedHousehold): Map<string, Map<Category, number>> {
  const out = new Map<string, Map<Category, number>>();
  for (const l of h.labels) out.set(l.month, new Map());
  for (const t of h.transactions) {
    if (t.amountCents >= 0 || t.kind === 'transfer') continue;
    const m = out.get(month(t));
    if (m) m.set(t.category, (m.get(t.category) ?? 0) - t.amountCents);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

describe('generateHousehold: determinism and shape', () => {
  it('gives deep-equal output for the same options', () => {
    const a = generateHousehold({ seed: 42, startMonth: '2021-03', months: 30 });
    const b = generateHousehold({ seed: 42, startMonth: '2021-03', months: 30 });
    expect(a).toEqual(b);
    expect(a.transactions.length).toBeGreaterThan(500);
  });

  it('gives different households for different seeds', () => {
    const a = generateHousehold({ seed: 42, startMonth: '2021-03', months: 30 });
    const b = generateHousehold({ seed: 43, startMonth: '2021-03', months: 30 });
    expect(a.profile.id).not.toBe(b.profile.id);
    expect(a.transactions.map((t) => t.amountCents)).not.toEqual(b.transactions.map((t) => t.amountCents));
    const profiles = SEEDS.map((s) => makeProfile(s, '2020-07', MONTHS));
    expect(new Set(profiles.map((p) => p.city)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(profiles.map((p) => p.bank)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(profiles.map((p) => p.housing.kind))).toEqual(new Set(['rent', 'mortgage']));
    expect(profiles.some((p) => p.kids.length > 0) && profiles.some((p) => p.kids.length === 0)).toBe(true);
    expect(profiles.some((p) => p.earners.length === 2)).toBe(true);
    expect(profiles.some((p) => p.car === null) && profiles.some((p) => p.car !== null)).toBe(true);
  });

  it('reuses a given profile: same household, same rows', () => {
    const a = household(SEEDS[0] as number);
    const b = generateHousehold({ seed: SEEDS[0] as number, startMonth: '2020-07', months: MONTHS, profile: a.profile });
    expect(b.transactions).toEqual(a.transactions);
  });

  it('accepts a profile that went through JSON (plain data only)', () => {
    const a = household(SEEDS[5] as number);
    const profile = JSON.parse(JSON.stringify(a.profile)) as typeof a.profile;
    const b = generateHousehold({ seed: SEEDS[5] as number, startMonth: '2020-07', months: MONTHS, profile });
    expect(b.transactions).toEqual(a.transactions);
    expect(b.labels).toEqual(a.labels);
  });

  it('writes integer cents, ordered dates inside the range, and a consistent running balance', () => {
    for (const seed of SEEDS.slice(0, 6)) {
      const h = household(seed);
      const bad: string[] = [];
      let prev = '';
      let prevBal: number | null = null;
      for (const t of h.transactions) {
        const why = (s: string): number => bad.push(`${s}: ${t.synthId} ${t.date} ${t.amountCents} ${t.description}`);
        if (!Number.isSafeInteger(t.amountCents) || t.amountCents === 0) why('amount');
        if (t.date < prev) why('order');
        prev = t.date;
        if (t.date < '2020-07-01' || t.date > '2025-06-30') why('range');
        if (t.balanceCents !== null) {
          if (!Number.isSafeInteger(t.balanceCents)) why('balance not integer');
          if (prevBal !== null && t.balanceCents !== prevBal + t.amountCents) why('balance');
          prevBal = t.balanceCents;
        }
        if (t.line !== 0) why('line');
        if ((t.kind === 'transfer') !== (t.category === 'Transfers')) why('transfer kind');
      }
      expect(bad.slice(0, 5)).toEqual([]);
      expect(new Set(h.transactions.map((t) => t.synthId)).size).toBe(h.transactions.length);
    }
  });

  it("describes every row in the household's bank style, from its narrative spec", () => {
    for (const seed of SEEDS.slice(0, 8)) {
      const h = household(seed);
      const bad = h.transactions.filter((t) => !t.narrative || t.description !== renderNarrative(h.profile.bank, t.narrative, t));
      expect(bad.slice(0, 3)).toEqual([]);
    }
  });

  it('keeps the everyday account from going far below zero (tops up from savings)', () => {
    for (const seed of SEEDS.slice(0, 6)) {
      const h = household(seed);
      let bal = h.profile.accounts.openingBalanceCents;
      let min = bal;
      for (const t of h.transactions) {
        bal += t.amountCents;
        min = Math.min(min, bal);
      }
      expect(min).toBeGreaterThanOrEqual(0);
    }
  });

  it('rejects malformed options', () => {
    expect(() => generateHousehold({ seed: 1, startMonth: '2020-13', months: 3 })).toThrow(/month/);
    expect(() => generateHousehold({ seed: 1, startMonth: '2020-01', months: 0 })).toThrow(/months/);
    expect(() => generateHousehold({ seed: 1, startMonth: '2020-01', months: 3, anomalyRate: 2 })).toThrow(/anomalyRate/);
    expect(() => generateHousehold({ seed: 1, startMonth: '2020-01', months: 3, anomalyFromMonth: 0 })).toThrow(/anomalyFromMonth/);
  });
});

describe('generateHousehold: labels', () => {
  it('labels every month once, in order', () => {
    const h = household(SEEDS[1] as number);
    expect(h.labels).toHaveLength(MONTHS);
    expect(h.labels[0]?.month).toBe('2020-07');
    expect(h.labels[MONTHS - 1]?.month).toBe('2025-06');
    for (const l of h.labels) {
      if (!l.anomalous) {
        expect(l.kind).toBeUndefined();
        expect(l.categories).toEqual([]);
      } else {
        expect(l.kind).toBeDefined();
        expect(l.categories.length).toBeGreaterThan(0);
      }
    }
  });

  it('puts every kind somewhere across 20 seeds, at about the requested rate, never in the first 12 months', () => {
    const kinds = new Set<string>();
    let anomalous = 0;
    let total = 0;
    for (const seed of SEEDS) {
      const h = household(seed);
      h.labels.forEach((l, i) => {
        total++;
        if (!l.anomalous) return;
        anomalous++;
        kinds.add(l.kind ?? '');
        expect(i).toBeGreaterThanOrEqual(HISTORY_MONTHS);
      });
    }
    expect([...kinds].sort()).toEqual([...ANOMALY_KINDS].sort());
    expect(anomalous / total).toBeGreaterThan(0.09);
    expect(anomalous / total).toBeLessThan(0.15);
  });

  it('starts anomalies earlier when asked (users with less than a year of history)', () => {
    const firsts: number[] = [];
    for (const seed of SEEDS.slice(0, 10)) {
      const h = generateHousehold({ seed, startMonth: '2022-01', months: 24, anomalyFromMonth: 6 });
      const idx = h.labels.flatMap((l, i) => (l.anomalous ? [i] : []));
      for (const i of idx) expect(i).toBeGreaterThanOrEqual(6);
      firsts.push(Math.min(...idx));
    }
    // some households have an anomaly in their first year
    expect(firsts.filter((i) => i < 12).length).toBeGreaterThan(2);
  });

  it('follows other rates, and none at rate 0 or with under 13 months', () => {
    let anomalous = 0;
    for (const seed of SEEDS.slice(0, 10)) anomalous += household(seed, MONTHS, '2020-07', 0.3).labels.filter((l) => l.anomalous).length;
    expect(anomalous / (10 * MONTHS)).toBeGreaterThan(0.25);
    expect(anomalous / (10 * MONTHS)).toBeLessThan(0.35);
    expect(household(SEEDS[2] as number, MONTHS, '2020-07', 0).labels.some((l) => l.anomalous)).toBe(false);
    expect(generateHousehold({ seed: 5, startMonth: '2020-01', months: 12 }).labels.some((l) => l.anomalous)).toBe(false);
  });

  it('labels sustained elevation as runs of exactly three consecutive months in one category', () => {
    let runs = 0;
    for (const seed of SEEDS) {
      const labels = household(seed).labels;
      for (let i = 0; i < labels.length; i++) {
        if (labels[i]?.kind !== 'sustained-elevation') continue;
        const startsRun = labels[i - 1]?.kind !== 'sustained-elevation';
        if (!startsRun) continue;
        runs++;
        const run = labels.slice(i, i + 3);
        expect(run.map((l) => l.kind)).toEqual(['sustained-elevation', 'sustained-elevation', 'sustained-elevation']);
        expect(labels[i + 3]?.kind).not.toBe('sustained-elevation');
        expect(new Set(run.map((l) => l.categories.join()))).toHaveProperty('size', 1);
        expect(run[0]?.categories).toHaveLength(1);
      }
    }
    expect(runs).toBeGreaterThan(0);
  });

  it('leaves normal months unchanged when anomalies are switched on', () => {
    const seed = SEEDS[3] as number;
    const withA = household(seed);
    const without = household(seed, MONTHS, '2020-07', 0);
    const anomalous = new Set(withA.labels.filter((l) => l.anomalous).map((l) => l.month));
    expect(anomalous.size).toBeGreaterThan(0);
    const key = (t: SynthTransaction): string => `${t.date}|${t.amountCents}|${t.description}`;
    const rows = (h: GeneratedHousehold): string[] =>
      h.transactions.filter((t) => t.kind !== 'transfer' && !anomalous.has(month(t)) && !anomalous.has(shiftMonth(month(t), -1))).map(key);
    expect(rows(withA)).toEqual(rows(without));
  });
});

function shiftMonth(ym: string, by: number): string {
  const mi = Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 + by;
  return `${Math.floor(mi / 12)}-${String((mi % 12) + 1).padStart(2, '0')}`;
}

describe('generateHousehold: anomalies look like what they say', () => {
  type Case = { h: GeneratedHousehold; label: MonthLabel; index: number };
  const cases = (kind: string): Case[] =>
    SEEDS.flatMap((seed) => {
      const h = household(seed);
      return h.labels.flatMap((label, index) => (label.kind === kind ? [{ h, label, index }] : []));
    });
  const seenBefore = (h: GeneratedHousehold, ym: string): Set<string> => new Set(h.transactions.filter((t) => month(t) < ym).map((t) => t.merchant));

  it('fraud direct debit: 1-2 debits in Subscriptions from a company never seen before', () => {
    const cs = cases('fraud-direct-debit');
    expect(cs.length).toBeGreaterThan(0);
    for (const { h, label } of cs) {
      expect(label.categories).toEqual(['Subscriptions']);
      const before = seenBefore(h, label.month);
      const fresh = h.transactions.filter((t) => month(t) === label.month && t.narrative?.channel === 'direct-debit' && !before.has(t.merchant));
      expect(fresh.length).toBeGreaterThanOrEqual(1);
      expect(new Set(fresh.map((t) => t.merchant)).size).toBeLessThanOrEqual(fresh.length);
      expect(fresh.some((t) => t.category === 'Subscriptions' && t.amountCents <= -999 && t.amountCents >= -13000)).toBe(true);
    }
  });

  it('scam transfer: a large payment to a payee never paid before', () => {
    const cs = cases('scam-transfer');
    expect(cs.length).toBeGreaterThan(0);
    for (const { h, label } of cs) {
      expect(label.categories).toEqual(['Personal Payments']);
      const before = seenBefore(h, label.month);
      const fresh = h.transactions.filter((t) => month(t) === label.month && t.category === 'Personal Payments' && !before.has(t.merchant));
      const total = -fresh.reduce((s, t) => s + t.amountCents, 0);
      expect(total).toBeGreaterThanOrEqual(40000);
    }
  });

  it('duplicate charges: 2-4 identical card rows, same day, same merchant, in the labelled category', () => {
    const cs = cases('duplicate-charges');
    expect(cs.length).toBeGreaterThan(0);
    for (const { h, label } of cs) {
      const counts = new Map<string, number>();
      for (const t of h.transactions) {
        if (month(t) !== label.month || t.narrative?.channel !== 'card') continue;
        const k = `${t.date}|${t.merchant}|${t.amountCents}|${t.category}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      const dup = [...counts].filter(([k, n]) => n >= 2 && label.categories.includes(k.split('|')[3] as Category) && -Number(k.split('|')[2]) >= 500);
      expect(dup.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('card skimming: a burst of card payments at unfamiliar merchants within a few days', () => {
    const cs = cases('card-skimming');
    expect(cs.length).toBeGreaterThan(0);
    for (const { h, label } of cs) {
      const before = seenBefore(h, label.month);
      const fresh = h.transactions.filter((t) => month(t) === label.month && t.narrative?.channel === 'card' && !before.has(t.merchant) && t.narrative.online);
      expect(fresh.length).toBeGreaterThanOrEqual(4);
      const days = fresh.map((t) => dayOfIso(t.date));
      // the burst: at least 4 of them inside 4 days
      const sorted = days.sort((a, b) => a - b);
      let best = 0;
      for (let i = 0; i < sorted.length; i++) best = Math.max(best, sorted.filter((d) => d >= (sorted[i] as number) && d < (sorted[i] as number) + 4).length);
      expect(best).toBeGreaterThanOrEqual(4);
    }
  });

  it('category spike: the labelled category is well above its usual level; sustained: modestly above', () => {
    const check = (kind: string, minRatio: number): void => {
      const ratios: number[] = [];
      for (const { h, label, index } of cases(kind)) {
        const spend = spendByMonth(h);
        const cat = label.categories[0] as Category;
        const history = h.labels.slice(Math.max(0, index - 12), index).filter((l) => !l.anomalous);
        const base = history.reduce((s, l) => s + (spend.get(l.month)?.get(cat) ?? 0), 0) / history.length;
        ratios.push((spend.get(label.month)?.get(cat) ?? 0) / base);
      }
      expect(ratios.length).toBeGreaterThan(0);
      expect(median(ratios)).toBeGreaterThan(minRatio);
    };
    check('category-spike', 2.2);
    check('sustained-elevation', 1.3);
  });

  it('missing salary: one expected pay does not arrive; every other month gets all its pays', () => {
    for (const seed of SEEDS.slice(0, 12)) {
      const h = household(seed);
      const salaries = new Map<string, number>();
      for (const t of h.transactions) if (t.narrative?.channel === 'salary' && t.narrative.ref !== 'BONUS') salaries.set(month(t), (salaries.get(month(t)) ?? 0) + 1);
      for (const label of h.labels) {
        const [y, m] = [Number(label.month.slice(0, 4)), Number(label.month.slice(5, 7))];
        const first = dayOf(y, m, 1);
        const last = first + daysInMonth(y, m) - 1;
        let expected = 0;
        for (const e of h.profile.earners) {
          if (e.frequency === 'monthly') {
            const d = prevBusinessDay(e.payDayOfMonth >= 29 ? last : first + Math.min(e.payDayOfMonth, daysInMonth(y, m)) - 1);
            if (d >= first) expected++;
          } else {
            const step = e.frequency === 'weekly' ? 7 : 14;
            const anchor = dayOfIso(e.payAnchor);
            for (let d = anchor + Math.ceil((first - anchor) / step) * step; d <= last; d += step) expected++;
          }
        }
        const got = salaries.get(label.month) ?? 0;
        if (label.kind === 'missing-salary') {
          expect(got).toBe(expected - 1);
          expect(label.categories).toEqual(['Income']);
        } else expect(got).toBe(expected);
      }
    }
    expect(cases('missing-salary').length).toBeGreaterThan(0);
  });
});

describe('generateHousehold: normal lumpy life', () => {
  it('December gifts beat the median month for most households', () => {
    let wins = 0;
    for (const seed of SEEDS) {
      const spend = spendByMonth(household(seed));
      const gifts = [...spend].map(([m, c]) => ({ m, v: c.get('Gifts') ?? 0 }));
      const med = median(gifts.map((g) => g.v));
      const decembers = gifts.filter((g) => g.m.endsWith('-12'));
      if (decembers.reduce((s, g) => s + g.v, 0) / decembers.length > med) wins++;
    }
    expect(wins).toBeGreaterThanOrEqual(17);
  });

  it('annual car and home insurance land once a year in their fixed month, and those months are normal', () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const h = household(seed);
      const car = h.profile.car;
      const home = h.profile.homeInsurance;
      if (!car || car.insurer === home.insurer) continue;
      checked++;
      const monthsOf = (name: string): string[] => h.transactions.filter((t) => t.category === 'Insurance' && t.merchant === name).map(month);
      const carMonths = monthsOf(car.insurer);
      expect(carMonths).toHaveLength(MONTHS / 12);
      expect(new Set(carMonths.map((m) => Number(m.slice(5, 7))))).toEqual(new Set([car.insuranceMonth]));
      const homeMonths = monthsOf(home.insurer);
      expect(homeMonths).toHaveLength(MONTHS / 12);
      expect(new Set(homeMonths.map((m) => Number(m.slice(5, 7))))).toEqual(new Set([home.month]));
      for (const l of h.labels) if (Number(l.month.slice(5, 7)) === car.insuranceMonth && !l.anomalous) expect(l.note).toContain('annual car insurance');
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('pays quarterly bills in one month of each quarter, lumpier than monthly spend', () => {
    for (const seed of SEEDS.slice(0, 10)) {
      const h = household(seed);
      const e = h.profile.electricity;
      if (e.monthly) continue;
      const billMonths = new Set(h.transactions.filter((t) => t.merchant === e.name && t.category === 'Utilities').map((t) => (Number(t.date.slice(5, 7)) - 1) % 3));
      // a weekend can push a direct debit into the next month, rarely
      expect(billMonths.has(e.phase)).toBe(true);
    }
  });

  it('has a yearly holiday in the same season, paid for partly months ahead', () => {
    let withTravel = 0;
    for (const seed of SEEDS) {
      const h = household(seed);
      const travelMonths = [...spendByMonth(h)].filter(([, c]) => (c.get('Travel') ?? 0) > 50000).map(([m]) => m);
      if (travelMonths.length >= 3) withTravel++;
      for (const l of h.labels) if (l.note?.startsWith('holiday')) expect(l.anomalous).toBe(false);
    }
    expect(withTravel).toBeGreaterThanOrEqual(15);
  });

  it('makes rent increases permanent and never labels a lifestyle change anomalous', () => {
    let stepped = 0;
    for (const seed of SEEDS) {
      const h = household(seed);
      const housing = h.profile.housing;
      for (const c of h.profile.changes) {
        const label = h.labels.find((l) => l.month === c.month);
        if (label && !label.anomalous) expect(label.note ?? '').not.toBe('');
        if (c.kind !== 'rent-increase' || housing.kind !== 'rent') continue;
        const moved = h.profile.changes.some((x) => x.kind === 'move' && x.month >= shiftMonth(c.month, -12) && x.month < shiftMonth(c.month, 6));
        if (moved) continue;
        const rent = (pred: (m: string) => boolean): number[] =>
          h.transactions.filter((t) => t.category === 'Housing' && t.merchant === housing.agent && pred(month(t))).map((t) => -t.amountCents);
        const before = rent((m) => m < c.month);
        const after = rent((m) => m >= c.month && m < shiftMonth(c.month, 6));
        if (before.length === 0 || after.length === 0) continue;
        expect(Math.min(...after)).toBeGreaterThan(before[before.length - 1] as number);
        stepped++;
      }
    }
    expect(stepped).toBeGreaterThan(0);
  });

  it('repeats identical small amounts (same coffee price) as real statements do', () => {
    const h = household(SEEDS[4] as number);
    const counts = new Map<string, number>();
    for (const t of h.transactions) if (t.category === 'Dining' && t.amountCents > -800) counts.set(`${t.merchant}|${t.amountCents}`, (counts.get(`${t.merchant}|${t.amountCents}`) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(10);
  });
});
