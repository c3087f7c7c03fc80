/**
 * An independent household generator ("second opinion") for Oddmonth's
 * detection engine. It invents Australian households from general
 * knowledge of how they spend and how their banks print it, writes each
 * one's history as a real bank CSV export, and labels every month as
 * normal or as one of seven kinds of anomaly.
 *
 * Written without reading lib/core/synth, lib/core/features,
 * lib/core/detect (beyond analyzeHistory's return type),
 * lib/core/categorize/default-rules* or bench/eval.ts.
 *
 *   const hs = generateHouseholds({ seed: 1, count: 20, months: 60, startMonth: '2021-01' });
 *
 * Pure and seeded: the same options give byte-identical CSV text.
 * Money is integer cents throughout; it is turned into a bank's text only
 * in banks.ts.
 */
import type { BankFormat } from '../../lib/core/types';
import { Rng, mixSeed, dayOf, daysInMonth, isoDate, monthKeyOf, monthStart, partsOf, weekdayOf } from './prng';
import * as C from './catalog';
import type { MerchantTemplate, StateInfo } from './catalog';
import { ANOMALY_KINDS, type AnomalyKind, type BankLayout, type Channel, type LedgerRow, type MonthLabel, type TruthCategory } from './types';
import { writeCsv } from './banks';

export type { AnomalyKind, BankLayout, LedgerRow, MonthLabel } from './types';
export { ANOMALY_KINDS } from './types';

export interface GenerateOptions {
  seed: number;
  count: number;
  months: number;
  /** `YYYY-MM` */
  startMonth: string;
}

export interface Household {
  id: string;
  /** the format the app should detect */
  bank: BankFormat;
  /** the exact layout written (old/new variants of a bank) */
  layout: BankLayout;
  /** a plausible download name; says nothing about the bank */
  fileName: string;
  csv: string;
  labels: MonthLabel[];
  /** the true transactions, with the CSV line each was written to (for scoring the importer) */
  ledger: LedgerRow[];
  /** a one-line human summary of the household */
  summary: string;
}

/** The layouts rotated across households; ten variants of seven banks. */
export const LAYOUTS: readonly BankLayout[] = ['commbank', 'anz-new', 'westpac', 'nab', 'ing', 'macquarie', 'up', 'anz-old', 'nab-9col', 'up-2021'];

export function formatOfLayout(l: BankLayout): BankFormat {
  if (l.startsWith('anz')) return 'anz';
  if (l.startsWith('nab')) return 'nab';
  if (l.startsWith('up')) return 'up';
  return l as BankFormat;
}

/** A merchant as one household knows it: a particular store in a particular suburb. */
export interface Place {
  raw: string;
  clean: string;
  cat: TruthCategory;
  suburb: string;
  state: string;
  median: number;
  sigma: number;
  min: number;
  max: number;
  known: boolean;
}

interface Earner {
  name: string;
  employer: string;
  payRef: string;
  billerId: string;
  freq: 'weekly' | 'fortnightly' | 'monthly';
  /** net pay per month at the start, cents */
  netMonthly: number;
  /** weekly/fortnightly: a day number that is a payday */
  anchor: number;
  /** job change: from this month index, new employer and pay factor */
  jobChange: { month: number; employer: string; factor: number } | null;
}

interface Anomaly {
  kind: AnomalyKind;
  /** month indexes covered (three for sustained-elevation) */
  months: number[];
  category?: TruthCategory;
}

// ---------------------------------------------------------------------------

export function generateHouseholds(opts: GenerateOptions): Household[] {
  const out: Household[] = [];
  const offset = mixSeed(opts.seed, 7) % LAYOUTS.length;
  for (let i = 0; i < opts.count; i++) {
    const layout = LAYOUTS[(i + offset) % LAYOUTS.length]!;
    out.push(generateHousehold(mixSeed(opts.seed, i + 1), i, layout, opts.months, opts.startMonth, opts.seed));
  }
  return out;
}

const cents = (dollars: number): number => Math.round(dollars * 100);

function generateHousehold(hseed: number, index: number, layout: BankLayout, nMonths: number, startMonth: string, seed: number): Household {
  const rng = new Rng(hseed);
  const id = `s${seed}-h${String(index + 1).padStart(2, '0')}`;
  const stateCode = rng.weighted<C.StateCode>([
    ['NSW', 3],
    ['VIC', 3],
    ['QLD', 2],
    ['WA', 1],
    ['SA', 1],
  ]);
  const st: StateInfo = C.STATES[stateCode];
  const home = rng.pick(st.suburbs);
  const nearby = rng.sample(
    st.suburbs.filter((s) => s !== home),
    3,
  );
  const firstDay = monthStart(startMonth, 0);
  const endDay = monthStart(startMonth, nMonths) - 1;
  const monthIndexOf = (day: number): number => {
    const a = partsOf(firstDay);
    const b = partsOf(day);
    return (b.y - a.y) * 12 + (b.m0 - a.m0);
  };

  // ---- who they are ----
  const adults = rng.chance(0.7) ? 2 : 1;
  const kids = rng.weighted<number>([
    [0, 5],
    [1, 2],
    [2, 2],
    [3, 1],
  ]);
  const nEarners = adults === 2 && rng.chance(0.75) ? 2 : 1;
  const surname = rng.pick(C.SURNAMES);
  const employers = rng.sample(C.EMPLOYERS, nEarners + 1);
  const earners: Earner[] = [];
  for (let e = 0; e < nEarners; e++) {
    const freq = rng.weighted<Earner['freq']>([
      ['weekly', 1],
      ['fortnightly', 3],
      ['monthly', 2],
    ]);
    // paydays: Wednesdays or Thursdays for weekly/fortnightly
    let anchor = firstDay + rng.int(0, 13);
    while (weekdayOf(anchor) !== (rng.chance(0.5) ? 3 : 4)) anchor++;
    earners.push({
      name: `${rng.pick(C.FIRST_INITIALS)} ${surname}`,
      employer: employers[e]!,
      payRef: rng.pick(C.PAY_REFS),
      billerId: rng.digits(6),
      freq,
      netMonthly: cents(rng.logNormal(e === 0 ? 5600 : 4300, 0.3)),
      anchor,
      jobChange: rng.chance(0.35) ? { month: rng.int(18, Math.max(19, nMonths - 6)), employer: employers[nEarners]!, factor: rng.float(1.06, 1.18) } : null,
    });
  }
  const incomeMonthly = earners.reduce((s, e) => s + e.netMonthly, 0);
  // lifestyle: how freely they spend relative to income
  const L = Math.min(1.6, Math.max(0.6, rng.logNormal(1, 0.2) * Math.pow(incomeMonthly / 900000, 0.35)));
  const cars = rng.weighted<number>([
    [0, adults === 1 ? 2 : 1],
    [1, 5],
    [2, adults === 2 ? 3 : 0],
  ]);
  const commuters = Math.min(nEarners, rng.chance(cars === 0 ? 0.95 : 0.4) ? nEarners : rng.int(0, nEarners - 1));

  // ---- places they use ----
  const storeNo = (): string => rng.digits(4);
  const place = (t: MerchantTemplate, suburb = rng.pick([home, home, ...nearby])): Place => ({
    raw: t.raw.replace('{n}', storeNo()).replace('{suburb}', suburb),
    clean: t.clean,
    cat: t.cat,
    suburb: t.onlineCity ?? suburb,
    state: st.code,
    median: t.median,
    sigma: t.sigma,
    min: t.min,
    max: t.max,
    known: t.known,
  });
  const [sm1, sm2] = rng.sample(C.SUPERMARKETS.slice(0, 3), 2) as [MerchantTemplate, MerchantTemplate];
  const primary = place(sm1, home);
  const secondary = place(sm2, rng.pick(nearby));
  const topups = rng.sample(C.TOPUP_GROCERS, 2).map((t) => place(t, home));
  const localFood = rng.sample(C.LOCAL_FOOD, 2).map((t) => place(t, home));
  const bottle = place(rng.pick(C.BOTTLE_SHOPS));
  const cafes = rng.sample(C.CAFES, 3).map((t, i) => place(t, i === 0 ? st.cbd : home));
  const lunches = rng.sample(C.LUNCH, 3).map((t) => place(t, st.cbd));
  const takeaways = rng.sample(C.TAKEAWAY, 3).map((t) => place(t));
  const restaurants = rng.sample(C.RESTAURANTS, 4).map((t) => place(t));
  const fuels = rng.sample(C.FUEL, 2).map((t) => place(t));
  const rides = [place(C.RIDES[0]!), place(rng.pick(C.RIDES))];
  const parking = rng.sample(C.PARKING, 2).map((t) => place(t, st.cbd));
  const mechanic = place(rng.pick(C.MECHANICS));
  const shops = rng.sample(C.SHOPS, 7).map((t) => place(t));
  const ents = rng.sample(C.ENTERTAINMENT, 4).map((t) => place(t));
  const chemist = place(rng.pick(C.CHEMISTS), home);
  const doctor = place(rng.pick(C.DOCTORS), home);
  const dentist = place(rng.pick(C.DENTISTS));
  const friends = Array.from({ length: rng.int(3, 7) }, () => `${rng.pick(C.FIRST_INITIALS)} ${rng.pick(C.SURNAMES)}`);

  // habits, rates per day / week / month (scaled by lifestyle L)
  const grocScale = ((adults === 1 ? 0.6 : 1) + 0.28 * kids) * Math.pow(L, 0.4);
  const shopDay = rng.pick([0, 4, 6]);
  const topupsPerWeek = rng.float(1, 3.5);
  const localPerWeek = rng.float(0, 1.2);
  const bottlePerWeek = rng.float(0, 0.8) * L;
  const coffeePerWorkday = rng.float(0.15, 0.9) * nEarners;
  const lunchPerWorkday = rng.float(0.05, 0.4) * nEarners;
  const takeawayPerWeek = rng.float(0.3, 2.5) * L;
  const restaurantsPerMonth = rng.float(0.5, 4.5) * L;
  const fuelEveryDays = rng.float(7, 13);
  const ridesPerMonth = rng.float(0, 3.5) * L;
  const parkingPerMonth = cars > 0 ? rng.float(0, 4) : 0;
  const shopsPerWeek = rng.float(0.7, 2.4) * L;
  const entPerMonth = rng.float(0.6, 3) * L;
  const ticketsPerYear = rng.float(0, 4) * L;
  const chemistPerMonth = rng.float(0.8, 2.5) * (adults + kids) / 2;
  const gpPerYear = rng.float(2, 6) * (adults + kids * 0.7);
  const friendsPerMonth = rng.float(1, 6);
  const friendsInPerMonth = rng.float(0.3, 2.5);
  const atmPerMonth = rng.weighted<number>([
    [0, 3],
    [0.7, 3],
    [2.5, 1],
  ]);
  const usesLinkt = cars > 0 && st.tolls && rng.chance(0.6);

  // housing
  const owner = rng.chance(0.5);
  const housingFreq = rng.chance(0.55) ? 'fortnightly' : 'monthly';
  let housingCents = owner ? cents(rng.logNormal(3300, 0.25) * Math.pow(L, 0.5)) : cents(rng.logNormal(2500, 0.22) * Math.pow(L, 0.5));
  if (housingFreq === 'fortnightly') housingCents = Math.round((housingCents * 12) / 26);
  let housingBiller = owner ? rng.pick(C.LENDERS) : rng.pick(C.RENT_BILLERS);
  let housingBillerId = rng.digits(6);
  const housingDom = rng.int(1, 5);
  let housingAnchor = firstDay + rng.int(0, 13);
  const housingRef = rng.digits(9);

  // recurring bills
  const phones = Array.from({ length: adults }, () => rng.pick(C.PHONE));
  const phoneDoms = phones.map(() => rng.int(2, 27));
  const internet = rng.pick(C.INTERNET);
  const internetDom = rng.int(2, 27);
  const streaming = rng.sample(C.STREAMING, rng.int(1, 4)).map((s) => ({ s, dom: rng.int(1, 28) }));
  let gym: { g: readonly [string, string, number]; anchor: number; id: string } | null = rng.chance(0.35) ? { g: rng.pick(C.GYMS), anchor: firstDay + rng.int(0, 13), id: rng.digits(6) } : null;
  const elecBiller = rng.pick(st.electricity);
  const elecQuarterOffset = rng.int(0, 2);
  const elecBase = rng.float(260, 520) * (0.7 + 0.3 * (adults + kids)) ** 0.5;
  const hasGas = st.code !== 'QLD' && st.code !== 'WA' ? rng.chance(0.6) : rng.chance(0.15);
  const gasBase = rng.float(110, 260);
  const paysWater = owner || rng.chance(0.4);
  const waterBase = owner ? rng.float(240, 380) : rng.float(60, 160);
  const healthFund = rng.chance(0.6) ? { f: rng.pick(C.HEALTH_FUNDS), cents: cents(rng.float(140, 220) * (adults + kids * 0.4)), dom: rng.int(1, 28), id: rng.digits(6) } : null;
  const carInsMonth = rng.int(0, 11);
  const regoMonths = Array.from({ length: cars }, () => rng.int(0, 11));
  const carInsurer = rng.chance(0.5) ? st.motoring : rng.pick(C.CAR_INSURERS);
  const carInsCents = cents(rng.float(650, 1500) * cars);
  const homeInsMonth = rng.int(0, 11);
  const homeInsCents = owner ? cents(rng.float(1100, 2400)) : rng.chance(0.5) ? cents(rng.float(250, 700)) : 0;
  const charity = rng.chance(0.25) ? { name: rng.pick(C.CHARITIES), cents: cents(rng.pick([20, 30, 40, 50])), dom: rng.int(10, 20), id: rng.digits(6) } : null;
  const councilCents = owner ? cents(rng.float(380, 650)) : 0;
  const strataCents = owner && rng.chance(0.35) ? cents(rng.float(700, 1600)) : 0;
  let childcare: { name: string; weekly: number; endMonth: number; id: string } | null =
    kids > 0 && rng.chance(0.45) ? { name: rng.pick(C.CHILDCARE), weekly: cents(rng.float(140, 380)), endMonth: rng.int(10, nMonths + 12), id: rng.digits(6) } : null;
  const privateSchool = kids > 0 && rng.chance(0.4) ? { name: rng.pick(C.SCHOOLS), perTerm: cents(rng.float(1600, 5200) * kids) } : null;
  const ftb = kids > 0 && incomeMonthly < 900000 && rng.chance(0.7) ? cents(rng.float(120, 420) * kids) : 0;
  const savingsPerPay = Math.round((earners[0]!.netMonthly * rng.float(0.05, 0.22)) / (earners[0]!.freq === 'weekly' ? 4.33 : earners[0]!.freq === 'fortnightly' ? 2.17 : 1) / 5000) * 5000;

  // once a year: a holiday month (school holidays when there are kids)
  const holidayMonth = kids > 0 ? rng.pick([0, 3, 6, 8]) : rng.int(0, 11);
  const overseasP = rng.float(0.1, 0.5);

  // ---- lifestyle changes that persist (normal, never labelled) ----
  const changes = new Map<number, string>();
  const changeKinds = rng.sample(['gym', owner ? 'refinance' : 'rent-move', 'new-sub', 'car-loan', 'dining-up', 'job-commute'], rng.int(1, 2));
  for (const k of changeKinds) changes.set(rng.int(16, Math.max(17, nMonths - 4)), k);
  let diningBoost = 1;
  let carLoan: { biller: string; cents: number; id: string; dom: number } | null = null;
  const extraSubs: Array<{ s: readonly [string, string, number, string]; dom: number }> = [];

  // ---- labelled anomalies: ~ one per 12–15 months, none in the first 14 ----
  const anomalies = scheduleAnomalies(rng, nMonths, (mi) => {
    const m0 = (partsOf(monthStart(startMonth, mi)).m0 + 12) % 12;
    return m0 === 11 || m0 === holidayMonth || regoMonths.includes(m0) || m0 === carInsMonth;
  });
  const anomalyMonths = new Set(anomalies.flatMap((a) => a.months));

  // ---- the ledger ----
  const rows: LedgerRow[] = [];
  let seq = 0;
  const push = (r: Omit<LedgerRow, 'seq' | 'date' | 'account'> & { account?: 'main' | 'savings' }): LedgerRow | null => {
    if (r.day < firstDay || r.day > endDay) return null;
    const row: LedgerRow = { ...r, seq: seq++, date: isoDate(r.day), account: r.account ?? 'main' };
    rows.push(row);
    return row;
  };
  const amountOf = (p: Place, scale = 1): number => {
    let d = rng.logNormal(p.median * scale, p.sigma);
    d = Math.min(p.max * Math.max(1, scale), Math.max(p.min, d));
    // cafes price in 10c steps; everything else to the cent
    return p.median < 10 ? Math.round(d * 10) * 10 : Math.round(d * 100);
  };
  /** a card purchase on `day`, posted 0–2 days later */
  const card = (day: number, p: Place, amountCents: number, extra: Partial<LedgerRow> = {}): LedgerRow | null => {
    const delay = rng.weighted<number>([
      [0, 5],
      [1, 4],
      [2, 1],
    ]);
    return push({ day: day + delay, purchaseDay: day, amountCents: -amountCents, channel: 'card', category: p.cat, payee: p.raw, clean: p.clean, known: p.known, suburb: p.suburb, state: p.state, ...extra });
  };
  const dd = (day: number, payee: string, clean: string, billerId: string, amountCents: number, cat: TruthCategory, ref?: string, channel: Channel = 'direct-debit'): LedgerRow | null =>
    push({ day, amountCents: -amountCents, channel, category: cat, payee, clean, known: true, billerId, ref: ref ?? rng.digits(8) });
  const personOut = (day: number, name: string, amount: number, memo: string, cat: TruthCategory = 'Personal Payments'): LedgerRow | null =>
    push({ day, amountCents: -amount, channel: 'person-out', category: cat, payee: name, clean: name, known: false, ref: memo });

  const billerIds = new Map<string, string>();
  const idFor = (name: string): string => {
    let v = billerIds.get(name);
    if (!v) billerIds.set(name, (v = rng.digits(6)));
    return v;
  };

  const notes = new Map<number, Set<string>>();
  const note = (day: number, text: string): void => {
    const mi = monthIndexOf(day);
    if (!notes.has(mi)) notes.set(mi, new Set());
    notes.get(mi)!.add(text);
  };
  let trip: { start: number; end: number; overseas: (typeof C.HOLIDAY_OVERSEAS)[number] | null; city: string; state: string; dining: Place[] } | null = null;
  let commutersNow = commuters;
  let lastTopUp = -99;

  for (let day = firstDay; day <= endDay; day++) {
    const { y, m0, d } = partsOf(day);
    const mi = monthIndexOf(day);
    const dim = daysInMonth(y, m0);
    const wd = weekdayOf(day);
    const workday = wd >= 1 && wd <= 5;
    const quiet = anomalyMonths.has(mi); // no random one-offs in labelled months

    // -- start of month: apply lifestyle changes, plan the holiday --
    if (d === 1) {
      const ch = changes.get(mi);
      if (ch) note(day, `lifestyle change: ${ch}`);
      earners.forEach((e) => {
        if (e.jobChange?.month === mi) note(day, 'new employer');
      });
      if (ch === 'gym' && !gym) gym = { g: rng.pick(C.GYMS), anchor: day + rng.int(0, 13), id: rng.digits(6) };
      else if (ch === 'rent-move' || ch === 'refinance') {
        housingCents = Math.round(housingCents * (ch === 'rent-move' ? rng.float(1.1, 1.3) : rng.float(0.85, 0.95)));
        housingBiller = ch === 'rent-move' ? rng.pick(C.RENT_BILLERS) : rng.pick(C.LENDERS);
        housingBillerId = rng.digits(6);
        housingAnchor = day + rng.int(0, 13);
      } else if (ch === 'new-sub') {
        const s = rng.pick(C.STREAMING.filter((x) => !streaming.some((y) => y.s === x)));
        extraSubs.push({ s, dom: rng.int(1, 28) });
      } else if (ch === 'car-loan' && cars > 0) carLoan = { biller: rng.pick(['TOYOTA FINANCE', 'MACQUARIE LEASING', 'PLENTI FINANCE', 'LATITUDE FINANCE']), cents: cents(rng.float(380, 750)), id: rng.digits(6), dom: rng.int(1, 28) };
      else if (ch === 'dining-up') diningBoost = rng.float(1.3, 1.6);
      else if (ch === 'job-commute') commutersNow = Math.min(nEarners, commutersNow + 1);
      if (childcare && mi === childcare.endMonth) childcare = null;
      if (m0 === holidayMonth && rng.chance(0.85)) {
        const overseas = rng.chance(overseasP) ? rng.pick(C.HOLIDAY_OVERSEAS) : null;
        const dom = rng.pick(C.HOLIDAY_DOMESTIC);
        const start = day + rng.int(2, 14);
        trip = {
          start,
          end: start + rng.int(5, 12),
          overseas,
          city: overseas ? overseas.city : dom.city,
          state: overseas ? overseas.country : dom.state,
          dining: rng.sample(C.HOLIDAY_DINING, 3).map((t) => ({ ...place(t, overseas ? overseas.city : dom.city), state: overseas ? overseas.country : dom.state })),
        };
        // flights were booked 1–4 months before
        const travellers = adults + kids;
        const airline = place(rng.pick(C.AIRLINES));
        const bookDay = day - rng.int(30, 120);
        note(start, overseas ? 'holiday overseas' : 'holiday');
        note(trip.end, 'holiday');
        note(bookDay, 'flights booked');
        if (bookDay >= firstDay) card(bookDay, airline, Math.round(amountOf(airline) * travellers * (overseas ? 1.8 : 0.7)));
      }
    }
    const away = trip !== null && day >= trip.start && day <= trip.end;

    // -- income --
    earners.forEach((e, ei) => {
      let pay = e.freq === 'monthly' ? (d === payDom(y, m0) ? 1 : 0) : (day - e.anchor) % (e.freq === 'weekly' ? 7 : 14) === 0 && day >= e.anchor ? 1 : 0;
      if (!pay) return;
      const years = Math.floor((mi + (12 - 6)) / 12); // pay rises each July
      let net = e.netMonthly * Math.pow(1.03, years);
      let employer = e.employer;
      if (e.jobChange && mi >= e.jobChange.month) {
        net *= e.jobChange.factor;
        employer = e.jobChange.employer;
      }
      const perPay = e.freq === 'monthly' ? net : e.freq === 'fortnightly' ? (net * 12) / 26 : (net * 12) / 52;
      // small pay-to-pay variation (overtime, tax rounding)
      const amount = Math.round(perPay * (1 + rng.normal() * 0.015));
      push({ day, amountCents: amount, channel: 'salary', category: 'Income', payee: employer, clean: employer, known: true, billerId: idFor(employer), ref: `${e.payRef}${e.payRef === 'PAY' ? ' ' + rng.digits(6) : ''}`, earner: ei });
      if (ei === 0 && savingsPerPay > 0) push({ day, amountCents: -savingsPerPay, channel: 'own-out', category: 'Transfers', payee: 'SAVINGS', clean: 'Savings', known: true });
      pay = 0;
    });
    if (ftb && (day - firstDay) % 14 === 3) push({ day, amountCents: ftb, channel: 'govt', category: 'Income', payee: 'CENTRELINK', clean: 'Centrelink', known: true, billerId: '012510', ref: `FTB ${rng.digits(9)}A` });
    if (m0 >= 7 && m0 <= 9 && d === 15 && rng.chance(0.25) && !rows.some((r) => r.payee === 'ATO' && r.day > day - 200)) {
      push({ day, amountCents: cents(rng.float(300, 3200)), channel: 'govt', category: 'Income', payee: 'ATO', clean: 'ATO', known: true, billerId: '012345', ref: `ATO00${rng.digits(13)}` });
    }

    // -- housing and bills --
    if (housingFreq === 'monthly' ? d === housingDom : (day - housingAnchor) % 14 === 0 && day >= housingAnchor) dd(day, housingBiller, housingBiller, housingBillerId, housingCents, 'Housing', housingRef);
    phones.forEach((p, i) => {
      if (d === phoneDoms[i]) dd(day, p[0], p[1], idFor(p[0]), cents(p[2] * (mi >= 30 ? 1.05 : 1)), 'Phone & Internet');
    });
    if (d === internetDom) dd(day, internet[0], internet[1], idFor(internet[0]), cents(internet[2] * (mi >= 24 ? 1.06 : 1)), 'Phone & Internet');
    for (const { s, dom } of [...streaming, ...extraSubs]) {
      if (d === Math.min(dom, dim)) {
        const p: Place = { raw: s[0], clean: s[1], cat: 'Subscriptions', suburb: s[3], state: 'NSW', median: s[2], sigma: 0, min: 0, max: 999, known: true };
        push({ day, purchaseDay: day, amountCents: -cents(s[2] * (mi >= 36 ? 1.1 : 1)), channel: 'card', category: 'Subscriptions', payee: p.raw, clean: p.clean, known: true, suburb: p.suburb, state: p.state });
      }
    }
    if (gym && day >= gym.anchor && (day - gym.anchor) % 14 === 0) dd(day, gym.g[0], gym.g[1], gym.id, cents(gym.g[2]), 'Subscriptions');
    if (healthFund && d === healthFund.dom) dd(day, healthFund.f[0], healthFund.f[1], healthFund.id, Math.round(healthFund.cents * (m0 >= 3 ? 1.03 : 1)), 'Insurance');
    if (carLoan && d === carLoan.dom) dd(day, carLoan.biller, carLoan.biller, carLoan.id, carLoan.cents, 'Transport');
    if (charity && d === charity.dom) dd(day, charity.name, charity.name, charity.id, charity.cents, 'Gifts');
    if (childcare && wd === 2) dd(day, childcare.name, childcare.name, childcare.id, Math.round(childcare.weekly * (m0 === 0 ? 0.3 : 1)), 'Education');
    if (d === 12 && (m0 + 3 - elecQuarterOffset) % 3 === 0) {
      const south = st.code !== 'QLD' && st.code !== 'WA';
      const season = south ? (m0 >= 5 && m0 <= 8 ? 1.35 : m0 >= 11 || m0 <= 2 ? 0.85 : 1) : m0 >= 11 || m0 <= 2 ? 1.35 : 0.9;
      dd(day, elecBiller, elecBiller, idFor(elecBiller), cents(elecBase * season * rng.float(0.9, 1.1)), 'Utilities', rng.digits(10), rng.chance(0.5) ? 'bpay' : 'direct-debit');
    }
    if (hasGas && d === 18 && (m0 + 3 - ((elecQuarterOffset + 1) % 3)) % 3 === 0) {
      const season = m0 >= 5 && m0 <= 9 ? 1.9 : m0 >= 11 || m0 <= 2 ? 0.6 : 1;
      dd(day, 'AGL GAS', 'AGL', idFor('AGL GAS'), cents(gasBase * season * rng.float(0.9, 1.1)), 'Utilities', rng.digits(10), 'bpay');
    }
    if (paysWater && d === 22 && (m0 + 3 - ((elecQuarterOffset + 2) % 3)) % 3 === 0) dd(day, st.water, st.water, idFor(st.water), cents(waterBase * rng.float(0.88, 1.15)), 'Utilities', rng.digits(10), 'bpay');
    if (councilCents && d === 25 && [1, 4, 7, 10].includes(m0)) dd(day, 'CITY COUNCIL RATES', 'Council rates', idFor('CITY COUNCIL RATES'), councilCents, 'Housing', rng.digits(10), 'bpay');
    if (strataCents && d === 8 && [0, 3, 6, 9].includes(m0)) dd(day, 'STRATA PLAN LEVIES', 'Strata', idFor('STRATA PLAN LEVIES'), strataCents, 'Housing', rng.digits(10), 'bpay');
    if (cars > 0 && m0 === carInsMonth && d === 9) dd(day, carInsurer, carInsurer, idFor(carInsurer), Math.round(carInsCents * Math.pow(1.05, Math.floor(mi / 12))), 'Insurance', rng.digits(10), 'bpay');
    regoMonths.forEach((rm, i) => {
      if (m0 === rm && d === 14 + i) {
        const p: Place = { raw: st.rego.raw, clean: st.rego.clean, cat: 'Transport', suburb: st.cbd, state: st.code, median: 0, sigma: 0, min: 0, max: 0, known: true };
        card(day, p, cents(st.rego.dollars * rng.float(0.95, 1.08) * Math.pow(1.03, Math.floor(mi / 12))));
      }
    });
    if (homeInsCents && m0 === homeInsMonth && d === 20) dd(day, 'ALLIANZ HOME INSURANCE', 'Allianz', idFor('ALLIANZ HOME INSURANCE'), homeInsCents, 'Insurance', rng.digits(10), 'bpay');
    if (privateSchool && d === 10 && [0, 3, 6, 9].includes(m0)) dd(day, privateSchool.name, privateSchool.name, idFor(privateSchool.name), privateSchool.perTerm, 'Education', rng.digits(10), 'bpay');
    if (usesLinkt && wd === 1 && rng.chance(0.45)) dd(day, `LINKT ${st.cbd}`, 'Linkt', idFor('LINKT'), cents(rng.pick([40, 40, 50, 60])), 'Transport');

    // -- everyday spending (not while away) --
    if (!away) {
      const xmas = m0 === 11 && d >= 15 && d <= 24 ? 1.35 : 1;
      if (wd === shopDay && rng.chance(0.9)) card(day, rng.chance(0.75) ? primary : secondary, amountOf(primary, grocScale * xmas));
      if (rng.chance(topupsPerWeek / 7)) card(day, rng.pick(topups), amountOf(topups[0]!, Math.sqrt(grocScale)));
      if (rng.chance(localPerWeek / 7)) {
        const p = rng.pick(localFood);
        card(day, p, amountOf(p));
      }
      if (rng.chance((bottlePerWeek / 7) * xmas)) card(day, bottle, amountOf(bottle));
      if (workday && commutersNow > 0) {
        let coffees = rng.poisson(coffeePerWorkday * diningBoost);
        while (coffees-- > 0) {
          const p = rng.pick(cafes);
          // two coffees at once are the same price: real identical rows
          const a = amountOf(p);
          card(day, p, a);
          if (rng.chance(0.15)) card(day, p, a);
        }
        if (rng.chance(lunchPerWorkday * diningBoost)) {
          const p = rng.pick(lunches);
          card(day, p, amountOf(p));
        }
        if (st.transit.perTrip) {
          for (let c = 0; c < commutersNow; c++) {
            if (!rng.chance(0.8)) continue;
            const fare = cents(rng.pick([3.79, 4.8, 5.15, 3.2]));
            const p: Place = { raw: st.transit.raw, clean: st.transit.clean, cat: 'Transport', suburb: st.cbd, state: st.code, median: 0, sigma: 0, min: 0, max: 0, known: true };
            card(day, p, fare);
            card(day, p, fare); // the trip home, same fare
          }
        } else if (day - lastTopUp >= 5 && rng.chance(commutersNow * 0.15)) {
          // a card is topped up when it runs low: not twice in a few days
          lastTopUp = day;
          const p: Place = { raw: st.transit.raw, clean: st.transit.clean, cat: 'Transport', suburb: st.cbd, state: st.code, median: 0, sigma: 0, min: 0, max: 0, known: true };
          card(day, p, cents(st.transit.topUp * rng.pick([1, 1, 1.5, 2])));
        }
      }
      if (rng.chance((takeawayPerWeek * diningBoost) / 7)) {
        const p = rng.pick(takeaways);
        card(day, p, amountOf(p, Math.sqrt(grocScale)));
      }
      if (rng.chance((restaurantsPerMonth * diningBoost * (m0 === 11 ? 1.4 : 1)) / 30)) {
        const p = rng.pick(restaurants);
        card(day, p, amountOf(p, adults === 2 ? 1.3 : 0.8));
      }
      if (cars > 0 && rng.chance(cars / fuelEveryDays)) {
        const p = rng.pick(fuels);
        card(day, p, amountOf(p));
      }
      // a day's chance of a ride, parking, a shop, an outing: one payment at one of the household's places, at its usual price
      for (const [chance, places] of [
        [ridesPerMonth / 30, rides],
        [parkingPerMonth / 30, parking],
        [shopsPerWeek / 7, shops],
        [entPerMonth / 30, ents],
      ] as const) {
        if (!rng.chance(chance)) continue;
        const p = rng.pick(places);
        card(day, p, amountOf(p));
      }
      if (rng.chance(ticketsPerYear / 365)) {
        const p = place(rng.pick(C.TICKETS));
        card(day, p, amountOf(p));
      }
      if (rng.chance(chemistPerMonth / 30)) card(day, chemist, amountOf(chemist));
      if (rng.chance(gpPerYear / 365)) {
        // some GPs bulk bill (no charge); a gap fee is followed by the Medicare rebate
        if (rng.chance(0.6)) {
          const fee = amountOf(doctor);
          card(day, doctor, fee);
          push({ day: day + rng.int(1, 3), amountCents: cents(42.85), channel: 'govt', category: 'Refunds', payee: 'MEDICARE BENEFITS', clean: 'Medicare', known: true, billerId: '000123', ref: rng.digits(8) });
        }
      }
      if (rng.chance(friendsPerMonth / 30)) personOut(day, rng.pick(friends), cents(rng.pick([15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150])), rng.pick(C.FRIEND_MEMOS));
      if (rng.chance(friendsInPerMonth / 30)) push({ day, amountCents: cents(rng.pick([10, 20, 25, 30, 45, 50, 75, 100])), channel: 'person-in', category: 'Personal Payments', payee: rng.pick(friends), clean: '', known: false, ref: rng.pick(C.FRIEND_MEMOS) });
      if (rng.chance(atmPerMonth / 30)) push({ day, amountCents: -cents(rng.pick([50, 100, 100, 150, 200])), channel: 'atm', category: 'Cash', payee: 'ATM', clean: 'ATM', known: true, suburb: rng.pick([home, ...nearby]), state: st.code });
    } else if (trip) {
      // on holiday: lodging on the first night, meals out, a few rides
      const fx = trip.overseas;
      const foreignCard = (p: Place, aud: number): void => {
        if (!fx) {
          card(day, p, aud);
          return;
        }
        const row = card(day, { ...p, suburb: trip!.city, state: fx.country }, aud, { foreign: { currency: fx.currency, amount: Math.round(aud * fx.perAud), city: trip!.city, country: fx.country } });
        if (row) push({ day: row.day, amountCents: -Math.round(aud * 0.03), channel: 'fee', category: 'Fees', payee: 'INTERNATIONAL TRANSACTION FEE', clean: 'International transaction fee', known: true });
      };
      if (day === trip.start) {
        const lodge = place(rng.pick(C.LODGING), trip.city);
        foreignCard(lodge, Math.round(amountOf(lodge) * (1 + (trip.end - trip.start) / 10)));
      }
      let meals = rng.int(1, 3);
      while (meals-- > 0) {
        const p = rng.pick(trip.dining);
        foreignCard(p, amountOf(p, adults + kids > 2 ? 1.4 : 1));
      }
      if (rng.chance(0.3)) foreignCard({ ...rides[0]!, suburb: trip.city }, amountOf(rides[0]!));
      if (rng.chance(0.25)) {
        const p = place(rng.pick(C.SHOPS), trip.city);
        foreignCard(p, amountOf(p));
      }
    }
    if (trip && day > trip.end) trip = null;

    // -- December gift shopping (normal every year) --
    if ((m0 === 11 && d <= 23) || (m0 === 10 && d >= 25)) {
      if (rng.chance((0.22 + 0.08 * kids) * L)) {
        const p = place(rng.pick(C.GIFT_SHOPS));
        card(day, p, amountOf(p));
      }
    }

    // -- occasional one-offs, at realistic rates (none in a labelled month) --
    if (!quiet && !away) {
      if (rng.chance(1 / (30 * 14))) {
        const p = place(rng.pick(C.BIG_TICKET));
        card(day, p, amountOf(p));
        note(day, 'big-ticket purchase');
      }
      if (cars > 0 && rng.chance((cars * 1.6) / 365)) {
        card(day, mechanic, amountOf(mechanic));
        note(day, 'car service');
      }
      if (rng.chance(((adults + kids) * 1.2) / 365)) {
        card(day, dentist, amountOf(dentist));
        note(day, 'dentist');
      }
      if (rng.chance(2 / 365)) card(day, place(C.PHYSIO[0]!, home), cents(95));
      // paying someone new: a tradie, a marketplace seller (normal, not a scam)
      if (rng.chance(1 / (30 * 5))) {
        const tradie = rng.chance(0.5);
        note(day, 'paid someone new');
        personOut(day, tradie ? rng.pick(C.TRADIES) : `${rng.pick(C.FIRST_INITIALS)} ${rng.pick(C.SURNAMES)}`, cents(rng.float(80, 650)), tradie ? `inv ${rng.digits(4)}` : rng.pick(['marketplace', 'gumtree', 'couch', 'bike', '']));
      }
      // a return of something bought recently
      if (rng.chance(0.12 / 30)) {
        const recent = rows.filter((r) => r.channel === 'card' && r.category === 'Shopping' && r.day > day - 20 && r.day <= day);
        if (recent.length) {
          const r = rng.pick(recent);
          push({ day: day + 1, purchaseDay: day, amountCents: -r.amountCents, channel: 'card-refund', category: 'Refunds', payee: r.payee, clean: r.clean, known: r.known, suburb: r.suburb, state: r.state });
        }
      }
    }
    if (d === dim && rng.chance(0.02)) push({ day, amountCents: cents(rng.float(0.05, 2.5)), channel: 'interest', category: 'Income', payee: 'CREDIT INTEREST', clean: 'Interest', known: true });
  }

  // ---- inject the anomalies ----
  const labels: MonthLabel[] = [];
  for (let mi = 0; mi < nMonths; mi++) {
    const n = notes.get(mi);
    labels.push({ month: monthKeyOf(monthStart(startMonth, mi)), kind: 'normal', ...(n ? { notes: [...n] } : {}) });
  }
  const ctx: InjectContext = {
    rng,
    rows,
    push,
    card,
    startMonth,
    endDay,
    places: {
      Groceries: [primary, secondary, ...topups, ...localFood],
      Dining: [...restaurants, ...takeaways, ...cafes, ...lunches],
      Shopping: shops,
      Transport: cars > 0 ? [...fuels, ...fuels, ...rides, ...parking] : [...rides, ...rides],
      Entertainment: [...ents, place(rng.pick(C.TICKETS))],
    },
    amountOf,
    earnerCount: nEarners,
  };
  for (const a of anomalies) inject(ctx, a, labels);

  const { rows: settled, opening, savingsOpening } = settle(rows, rng, incomeMonthly, layout === 'westpac', () => seq++);
  const csv = writeCsv(layout, settled, { seed: hseed, state: st, openingCents: opening, savingsOpeningCents: savingsOpening });
  const summary = `${id} ${layout} ${st.code}/${home}: ${adults} adult(s), ${kids} kid(s), ${nEarners} earner(s) (${earners.map((e) => e.freq).join('+')}), ${owner ? 'mortgage' : 'rent'}, ${cars} car(s), L=${L.toFixed(2)}, holiday month ${holidayMonth + 1}, changes ${[...changes.entries()].map(([k, v]) => `${v}@${k}`).join(',')}`;
  return { id, bank: formatOfLayout(layout), layout, fileName: `${id}.csv`, csv, labels, ledger: settled, summary };
}

/** monthly pay: the 15th, or the Friday before when it falls on a weekend */
function payDom(y: number, m0: number): number {
  let d = 15;
  while (true) {
    const wd = weekdayOf(dayOf(y, m0, d));
    if (wd !== 0 && wd !== 6) return d;
    d--;
  }
}

// ---------------------------------------------------------------------------
// anomalies

const SPIKE_CATS = ['Groceries', 'Dining', 'Shopping', 'Transport', 'Entertainment'] as const;
type SpikeCat = (typeof SPIKE_CATS)[number];

function scheduleAnomalies(rng: Rng, nMonths: number, seasonalMonth: (mi: number) => boolean): Anomaly[] {
  const out: Anomaly[] = [];
  let mi = 14 + rng.int(0, 6);
  while (mi < nMonths) {
    let kind = rng.pick<AnomalyKind>(ANOMALY_KINDS);
    const span = kind === 'sustained-elevation' ? 3 : 1;
    let months = Array.from({ length: span }, (_, k) => mi + k);
    if (kind === 'category-spike' || kind === 'sustained-elevation') {
      // spending-level anomalies stay clear of December, the holiday month and rego/insurance months,
      // so "usual" is unambiguous; shift up to 3 months, else pick an event kind
      let shift = 0;
      while (shift < 4 && months.some((x) => seasonalMonth(x + shift))) shift++;
      if (shift < 4 && months[span - 1]! + shift < nMonths) months = months.map((x) => x + shift);
      else {
        kind = 'duplicate-charges';
        months = [mi];
      }
    }
    if (months[months.length - 1]! >= nMonths) break;
    out.push({ kind, months });
    mi = months[months.length - 1]! + rng.int(11, 15);
  }
  return out;
}

interface InjectContext {
  rng: Rng;
  rows: LedgerRow[];
  push: (r: Omit<LedgerRow, 'seq' | 'date' | 'account'>) => LedgerRow | null;
  card: (day: number, p: Place, amountCents: number, extra?: Partial<LedgerRow>) => LedgerRow | null;
  startMonth: string;
  endDay: number;
  places: Record<SpikeCat, Place[]>;
  amountOf: (p: Place, scale?: number) => number;
  earnerCount: number;
}

/** money out in one of the generator's categories, per month key (main account) */
export function categoryTotals(rows: readonly LedgerRow[], category: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (r.account !== 'main' || r.category !== category || r.amountCents >= 0) continue;
    const k = r.date.slice(0, 7);
    out.set(k, (out.get(k) ?? 0) - r.amountCents);
  }
  return out;
}

/** the generator's notion of a category's usual month: the median of the 12 months before `month` */
export function usualLevel(rows: readonly LedgerRow[], category: string, month: string, startMonth: string): number {
  const totals = categoryTotals(rows, category);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const vals: number[] = [];
  for (let k = 1; k <= 12; k++) {
    const key = monthKeyOf(dayOf(y, m - 1 - k, 1));
    if (key < startMonth) break;
    vals.push(totals.get(key) ?? 0);
  }
  vals.sort((a, b) => a - b);
  if (!vals.length) return 0;
  const mid = vals.length >> 1;
  return vals.length % 2 ? vals[mid]! : Math.round((vals[mid - 1]! + vals[mid]!) / 2);
}

function inject(ctx: InjectContext, a: Anomaly, labels: MonthLabel[]): void {
  const { rng } = ctx;
  const first = a.months[0]!;
  const mStart = monthStart(ctx.startMonth, first);
  const { y, m0 } = partsOf(mStart);
  const dim = daysInMonth(y, m0);
  const lastSafe = mStart + dim - 4; // purchases from here still post inside the month
  const label = (mi: number, category?: string, extra: Partial<MonthLabel> = {}): void => {
    labels[mi] = { ...labels[mi]!, kind: a.kind, ...(category ? { category } : {}), ...extra };
  };
  const tag = a.kind;

  switch (a.kind) {
    case 'fraud-direct-debit': {
      // a company this household has never had a debit from (names are made up per episode)
      let biller = rng.pick(C.FRAUD_BILLERS);
      while (ctx.rows.some((r) => r.payee === biller)) biller = `${rng.pick(C.FRAUD_BILLERS).split(' ')[0]} ${rng.pick(['MEDIA', 'RewARDS', 'DIGITAL', 'CLUB', 'SERVICES'])} ${rng.pick(['PTY', 'LTD', 'AU', 'INTL'])}`.toUpperCase();
      ctx.push({
        day: mStart + rng.int(2, dim - 3),
        amountCents: -cents(rng.pick([9.95, 14.99, 19.95, 24.9, 29.99, 39.95, 49.95])),
        channel: 'direct-debit',
        category: 'Subscriptions',
        payee: biller,
        clean: biller,
        known: false,
        billerId: rng.digits(6),
        ref: `${rng.pick(['MBR', 'SUB', 'REF'])}${rng.digits(7)}`,
        anomaly: tag,
      });
      label(first, 'Subscriptions');
      return;
    }
    case 'category-spike':
    case 'sustained-elevation': {
      const spike = a.kind === 'category-spike';
      const month = monthKeyOf(mStart);
      // pick a category with a meaningful usual level
      const candidates = rng.sample(spike ? SPIKE_CATS : (['Groceries', 'Dining', 'Transport', 'Shopping'] as const), 5);
      let cat: SpikeCat | undefined;
      let usual = 0;
      for (const c of candidates) {
        usual = usualLevel(ctx.rows, c, month, ctx.startMonth);
        const now = categoryTotals(ctx.rows, c).get(month) ?? 0;
        if (usual >= 12000 && ctx.places[c].length && (!spike || now < usual * 2.4)) {
          cat = c;
          break;
        }
      }
      if (!cat) {
        // nothing suitable: fall back to a duplicated charge
        inject(ctx, { kind: 'duplicate-charges', months: [first] }, labels);
        return;
      }
      for (const mi of a.months) {
        const ms = monthStart(ctx.startMonth, mi);
        const p0 = partsOf(ms);
        const mdim = daysInMonth(p0.y, p0.m0);
        const key = monthKeyOf(ms);
        const now = categoryTotals(ctx.rows, cat).get(key) ?? 0;
        let f = spike ? rng.float(2.6, 3.9) : rng.float(1.45, 1.75);
        if (!spike && now / usual > f - 0.1) f = Math.min(1.8, now / usual + 0.15);
        const target = Math.round(usual * f);
        let extra = target - now;
        // extra ordinary purchases from the household's own places, spread over the month
        const places = ctx.places[cat];
        let guard = 0;
        while (extra > 0 && guard++ < 400) {
          const p = rng.pick(places);
          let amt = ctx.amountOf(p);
          if (amt >= extra || extra - amt < 300) amt = extra; // the last purchase tops up to the target
          const row = ctx.card(ms + rng.int(0, mdim - 4), p, amt, { anomaly: tag });
          if (row) extra -= amt;
        }
        const total = categoryTotals(ctx.rows, cat).get(key) ?? 0;
        label(mi, cat, { usualCents: usual, totalCents: total });
      }
      return;
    }
    case 'card-skimming': {
      const start = mStart + rng.int(1, dim - 8);
      const n = rng.int(4, 8);
      // 3–5 made-up merchants for this burst
      const merchants = Array.from({ length: rng.int(3, 5) }, () => {
        const where = rng.pick(C.SKIM_CITIES);
        const word = rng.pick(C.SKIM_WORDS);
        const prefix = rng.pick(C.SKIM_PREFIXES);
        return { raw: `${prefix}${word}${prefix === 'WWW.' ? '.COM' : rng.chance(0.3) ? ` ${rng.int(2, 99)}` : ''}`, city: where.city, state: where.state, foreign: where.foreign };
      });
      for (let i = 0; i < n; i++) {
        const mch = rng.pick(merchants);
        // the first charges are small "tests", then bigger ones
        const aud = i < 2 ? cents(rng.float(1, 4)) : cents(rng.float(12, 95));
        const p: Place = { raw: mch.raw, clean: mch.raw, cat: 'Shopping', suburb: mch.city, state: mch.state, median: 0, sigma: 0, min: 0, max: 0, known: false };
        const day = start + rng.int(0, 2);
        const row = ctx.card(day, p, aud, { anomaly: tag, ...(mch.foreign ? { foreign: { currency: mch.foreign.currency, amount: Math.round(aud * mch.foreign.perAud), city: mch.city, country: mch.foreign.country } } : {}) });
        if (row && mch.foreign) ctx.push({ day: row.day, amountCents: -Math.round(aud * 0.03), channel: 'fee', category: 'Fees', payee: 'INTERNATIONAL TRANSACTION FEE', clean: 'International transaction fee', known: true, anomaly: tag });
      }
      label(first, 'Shopping');
      return;
    }
    case 'scam-transfer': {
      const payee = rng.pick(C.SCAM_PAYEES);
      const total = cents(rng.float(2500, 14000));
      const parts = rng.chance(0.35) ? 2 : 1;
      const day = mStart + rng.int(1, dim - 5);
      for (let i = 0; i < parts; i++) {
        ctx.push({ day: day + i, amountCents: -Math.round(total / parts), channel: 'person-out', category: 'Personal Payments', payee, clean: payee, known: false, ref: rng.pick(C.SCAM_MEMOS), anomaly: tag });
      }
      label(first, 'Personal Payments');
      return;
    }
    case 'missing-salary': {
      const ei = rng.int(0, ctx.earnerCount - 1);
      const pays = ctx.rows.filter((r) => r.channel === 'salary' && r.earner === ei && r.date.startsWith(monthKeyOf(mStart)));
      if (!pays.length) {
        inject(ctx, { kind: 'scam-transfer', months: [first] }, labels);
        return;
      }
      const gone = rng.pick(pays);
      ctx.rows.splice(ctx.rows.indexOf(gone), 1);
      label(first, 'Income');
      return;
    }
    case 'duplicate-charges': {
      const key = monthKeyOf(mStart);
      const cands = ctx.rows.filter(
        (r) => r.channel === 'card' && r.date.startsWith(key) && r.day <= lastSafe + 3 && -r.amountCents >= 1500 && ['Dining', 'Groceries', 'Shopping', 'Transport', 'Entertainment'].includes(r.category) && !r.anomaly && !r.foreign,
      );
      if (!cands.length) {
        inject(ctx, { kind: 'fraud-direct-debit', months: [first] }, labels);
        return;
      }
      // prefer a larger charge (a restaurant bill, a big shop)
      cands.sort((p, q) => p.amountCents - q.amountCents);
      const orig = cands[rng.int(0, Math.min(5, cands.length - 1))]!;
      const copies = rng.int(1, 2);
      for (let i = 0; i < copies; i++) {
        const { seq: _s, date: _d, account: _a, line: _l, ...rest } = orig;
        ctx.push({ ...rest, anomaly: tag });
      }
      label(first, orig.category);
      return;
    }
  }
}

// ---------------------------------------------------------------------------

/**
 * Order the rows by date and keep the everyday account sane the way people
 * do: move money in from savings before it goes below ~$300, and sweep the
 * surplus to savings at the end of a month. Westpac files interleave the
 * savings account, so its rows are mirrored there.
 */
function settle(rows: LedgerRow[], rng: Rng, incomeMonthly: number, mirrorSavings: boolean, nextSeq: () => number): { rows: LedgerRow[]; opening: number; savingsOpening: number } {
  rows.sort((a, b) => a.day - b.day || a.seq - b.seq);
  const out: LedgerRow[] = [];
  const opening = Math.round(incomeMonthly * rng.float(0.2, 0.6));
  let bal = opening;
  const floor = 30000;
  const cap = Math.round(incomeMonthly * 1.3);
  const transfer = (day: number, amount: number): LedgerRow => ({
    seq: nextSeq(),
    day,
    date: isoDate(day),
    amountCents: amount,
    channel: amount > 0 ? 'own-in' : 'own-out',
    category: 'Transfers',
    payee: 'SAVINGS',
    clean: 'Savings',
    known: true,
    account: 'main',
  });
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.amountCents < 0 && bal + r.amountCents < floor) {
      const top = Math.ceil((floor + 50000 - (bal + r.amountCents)) / 10000) * 10000;
      out.push(transfer(r.day, top));
      bal += top;
    }
    out.push(r);
    bal += r.amountCents;
    const next = rows[i + 1];
    if (!next || next.date.slice(0, 7) !== r.date.slice(0, 7)) {
      if (bal > cap && next) {
        const sweep = Math.floor((bal - incomeMonthly * 0.6) / 10000) * 10000;
        const { y, m0 } = partsOf(r.day);
        out.push(transfer(dayOf(y, m0, daysInMonth(y, m0)), -sweep));
        bal -= sweep;
      }
    }
  }
  const savingsOpening = Math.round(incomeMonthly * rng.float(1, 5));
  if (!mirrorSavings) return { rows: out, opening, savingsOpening };
  // the savings side of each own transfer, plus monthly interest on savings
  const withSavings: LedgerRow[] = [];
  let savings = savingsOpening;
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    withSavings.push(r);
    if (r.channel === 'own-out' || r.channel === 'own-in') {
      withSavings.push({ ...r, seq: nextSeq(), amountCents: -r.amountCents, channel: r.channel === 'own-out' ? 'own-in' : 'own-out', account: 'savings', payee: 'CHOICE', clean: 'Choice' });
      savings -= r.amountCents;
    }
    const next = out[i + 1];
    if (next && next.date.slice(0, 7) !== r.date.slice(0, 7)) {
      const { y, m0 } = partsOf(r.day);
      const day = dayOf(y, m0, daysInMonth(y, m0));
      const interest = Math.max(1, Math.round((Math.max(0, savings) * 0.035) / 12));
      withSavings.push({ seq: nextSeq(), day, date: isoDate(day), amountCents: interest, channel: 'interest', category: 'Income', payee: 'INTEREST PAID', clean: 'Interest', known: true, account: 'savings' });
      savings += interest;
    }
  }
  withSavings.sort((a, b) => a.day - b.day || a.seq - b.seq);
  return { rows: withSavings, opening, savingsOpening };
}
