/**
 * Random households: who earns what, where they live, what they pay for.
 * `makeProfile` is deterministic in its seed; lifestyle changes are drawn
 * for the requested horizon.
 */
import { createRng, deriveSeed, type Rng } from '../rng';
import type { BankFormat } from '../types';
import { dayOf, isoOf, monthKeyOf, monthIndexOf, weekday } from './dates';
import { CITIES, type CityInfo } from './geo';
import {
  AGENTS,
  CHARITIES,
  CHILDCARE,
  EMPLOYERS_NATIONAL,
  EMPLOYERS_STATE,
  ELECTRICITY,
  GAS,
  GENERAL_INSURERS,
  GYMS,
  HEALTH_FUNDS,
  INTERNET,
  LENDERS,
  LIFE_INSURERS,
  MOBILE,
  SUBSCRIPTIONS,
  SUPERMARKETS,
  SURNAMES,
  FIRST_NAMES,
  companyName,
  personName,
  randomCard,
  smallBusinessName,
  titleCase,
  type SubDef,
} from './merchants';
import { FOREIGN_FEE_BPS, SAVINGS_NAME } from './narratives';
import { chance, digits, intIn, logNormal, logUniform, pick, sample, weightedIndex } from './random';
import type { Earner, HouseholdProfile, LifestyleChange, PayFrequency, QuarterlyBill, StateCode, Subscription } from './types';

const BANKS: readonly Exclude<BankFormat, 'generic'>[] = ['commbank', 'westpac', 'anz', 'nab', 'nab-legacy', 'ing', 'macquarie', 'up'];
const BANK_WEIGHTS = [28, 14, 12, 10, 4, 12, 6, 14];
const BSB_PREFIX: Record<Exclude<BankFormat, 'generic'>, string> = {
  commbank: '062',
  westpac: '032',
  anz: '013',
  nab: '083',
  'nab-legacy': '084',
  ing: '923',
  macquarie: '182',
  up: '633',
};

/** Typical weekly rent by city, dollars, for a 2-bedroom place. */
const RENT_WEEKLY: Record<string, [number, number]> = {
  Sydney: [560, 900],
  Melbourne: [460, 760],
  Brisbane: [500, 780],
  Perth: [520, 820],
  Adelaide: [430, 680],
};

const round = (cents: number, step: number): number => Math.max(step, Math.round(cents / step) * step);

function employer(rng: Rng, state: StateCode): { employer: string; employerRaw: string } {
  const r = rng.next();
  const raw = r < 0.4 ? pick(rng, EMPLOYERS_STATE[state]) : r < 0.8 ? pick(rng, EMPLOYERS_NATIONAL) : smallBusinessName(rng);
  return { employer: titleCase(raw), employerRaw: raw };
}

function makeEarner(rng: Rng, name: string, card: string, city: CityInfo, startDay: number, netAnnual: number, hasCar: boolean): Earner {
  const freqRoll = rng.next();
  const frequency: PayFrequency = freqRoll < 0.58 ? 'fortnightly' : freqRoll < 0.9 ? 'monthly' : 'weekly';
  const periods = frequency === 'weekly' ? 52 : frequency === 'fortnightly' ? 26 : 12;
  const netPayCents = round((netAnnual * 100) / periods, frequency === 'monthly' ? 1 : 1);
  // paydays fall on a Wednesday or Thursday mostly
  const payWeekday = pick(rng, [3, 4, 4, 4, 2, 5]);
  let anchor = startDay + rng.int(14);
  while (weekday(anchor) !== payWeekday) anchor++;
  const commuteRoll = rng.next();
  const commute = commuteRoll < 0.12 ? 'wfh' : hasCar && commuteRoll < 0.6 ? 'car' : 'transit';
  const saveShare = pick(rng, [0, 0.05, 0.1, 0.1, 0.15, 0.2]);
  return {
    name,
    ...employer(rng, city.state),
    frequency,
    netPayCents,
    payAnchor: isoOf(anchor),
    payDayOfMonth: pick(rng, [15, 20, 25, 28, 31, 31]),
    card,
    workSuburb: chance(rng, 0.35) ? (city.suburbs[0] as string) : pick(rng, city.suburbs),
    commute,
    officeDays: commute === 'wfh' ? 0 : pick(rng, [2, 3, 3, 4, 5, 5]),
    savePerPayCents: round(netPayCents * saveShare, 1000),
    ...(chance(rng, 0.18) ? { bonus: { month: pick(rng, [3, 8, 9, 12]), cents: round(netAnnual * 100 * rng.uniform(0.04, 0.12), 100) } } : {}),
  };
}

function toSubscription(rng: Rng, def: SubDef, monthOfYear?: number): Subscription {
  return {
    name: def.name,
    raw: def.raw,
    cents: Math.round(def.price * 100),
    frequency: def.frequency,
    day: intIn(rng, 1, 28),
    ...(def.frequency === 'annual' ? { month: monthOfYear ?? intIn(rng, 1, 12) } : {}),
    category: def.category,
    channel: def.channel,
    ...(def.currency && def.foreign !== undefined ? { currency: def.currency, foreignAmount: Math.round(def.foreign * 100) } : {}),
  };
}

function gymSubscription(rng: Rng): Subscription {
  const def = pick(rng, GYMS);
  const fortnightly = chance(rng, 0.6);
  return {
    name: def.name,
    raw: def.raw,
    cents: Math.round(def.price * 100 * (fortnightly ? 1 : 2.1)),
    frequency: fortnightly ? 'fortnightly' : 'monthly',
    day: intIn(rng, 1, 28),
    category: 'Health',
    channel: 'direct-debit',
  };
}

function bill(rng: Rng, raw: string, baseCents: number, seasonal: number, peak: QuarterlyBill['peak'], monthlyShare: number): QuarterlyBill {
  return {
    name: titleCase(raw),
    raw,
    baseCents: round(baseCents, 1),
    phase: rng.int(3),
    monthly: chance(rng, monthlyShare),
    channel: chance(rng, 0.55) ? 'bpay' : 'direct-debit',
    seasonal,
    peak,
  };
}

/**
 * A random household. `startMonth` and `months` bound the lifestyle
 * changes (drawn inside the horizon) and anchor paydays.
 */
export function makeProfile(seed: number, startMonth: string, months: number): HouseholdProfile {
  const rng = createRng(deriveSeed(seed, 'profile'));
  const startMi = monthIndexOf(startMonth);
  const startDay = dayOf(Math.floor(startMi / 12), (startMi % 12) + 1, 1);

  const bank = BANKS[weightedIndex(rng, BANK_WEIGHTS)] as Exclude<BankFormat, 'generic'>;
  const city = pick(rng, CITIES);
  const suburb = pick(rng, city.suburbs.slice(1));
  const surname = pick(rng, SURNAMES);
  const adultsCount = chance(rng, 0.64) ? 2 : 1;
  const adults = [`${pick(rng, FIRST_NAMES)} ${surname}`];
  if (adultsCount === 2) adults.push(`${pick(rng, FIRST_NAMES)} ${chance(rng, 0.7) ? surname : pick(rng, SURNAMES)}`);
  const cards = adults.map(() => randomCard(rng));

  const kidRoll = rng.next();
  const kidsCount = adultsCount === 2 ? (kidRoll < 0.42 ? 0 : kidRoll < 0.64 ? 1 : kidRoll < 0.9 ? 2 : 3) : kidRoll < 0.8 ? 0 : 1;
  const kids: number[] = [];
  for (let i = 0; i < kidsCount; i++) kids.push(intIn(rng, 0, 15));
  kids.sort((a, b) => b - a);

  const innerCity = city.suburbs.indexOf(suburb) < 8;
  const hasCar = kidsCount > 0 ? chance(rng, 0.95) : chance(rng, innerCity ? 0.55 : 0.85);

  // income: first earner full time; second earner full or part time
  const net1 = logUniform(rng, 52000, 135000);
  const earners: Earner[] = [makeEarner(rng, adults[0] as string, cards[0] as string, city, startDay, net1, hasCar)];
  if (adultsCount === 2 && chance(rng, kidsCount > 0 ? 0.75 : 0.85)) {
    const partTime = kidsCount > 0 && chance(rng, 0.5);
    const net2 = logUniform(rng, 48000, 120000) * (partTime ? rng.uniform(0.4, 0.7) : 1);
    earners.push(makeEarner(rng, adults[1] as string, cards[1] as string, city, startDay, net2, hasCar));
  }
  const monthlyIncome = earners.reduce((s, e) => s + (e.netPayCents * (e.frequency === 'weekly' ? 52 : e.frequency === 'fortnightly' ? 26 : 12)) / 12, 0);
  const people = adultsCount + kidsCount;
  const spendLevel = Math.min(1.9, Math.max(0.55, Math.pow(monthlyIncome / 800000, 0.55) * logNormal(rng, 1, 0.18)));

  // housing
  const ownerChance = 0.25 + (kidsCount > 0 ? 0.2 : 0) + (monthlyIncome > 1100000 ? 0.15 : 0);
  let housing: HouseholdProfile['housing'];
  if (chance(rng, ownerChance)) {
    const apartment = chance(rng, innerCity ? 0.6 : 0.2);
    const lender = pick(rng, LENDERS);
    housing = {
      kind: 'mortgage',
      lender: lender.name,
      lenderRaw: lender.raw,
      amountCents: round(Math.min(monthlyIncome * rng.uniform(0.25, 0.42), logUniform(rng, 190000, 560000)), 1),
      dayOfMonth: intIn(rng, 1, 28),
      council: titleCase(`CITY OF ${suburb}`),
      councilCents: round(logUniform(rng, 36000, 72000), 1),
      strataCents: apartment ? round(logUniform(rng, 70000, 180000), 1) : 0,
      waterCents: round(logUniform(rng, 18000, 36000), 1),
    };
  } else {
    const [lo, hi] = RENT_WEEKLY[city.name] ?? [450, 750];
    const weekly = round(logUniform(rng, lo, hi) * (1 + 0.12 * Math.max(0, kidsCount - 1)) * 100, 500);
    const fRoll = rng.next();
    const frequency = fRoll < 0.3 ? 'weekly' : fRoll < 0.65 ? 'fortnightly' : 'monthly';
    const amountCents = frequency === 'weekly' ? weekly : frequency === 'fortnightly' ? weekly * 2 : round((weekly * 52) / 12, 1);
    const agents = AGENTS.filter((a) => !a.states || a.states.includes(city.state));
    const agent = pick(rng, agents);
    let anchor = startDay + rng.int(14);
    if (frequency === 'monthly') anchor = startDay + intIn(rng, 0, 27);
    const cRoll = rng.next();
    housing = {
      kind: 'rent',
      frequency,
      amountCents,
      agent: `${agent.name} ${titleCase(suburb)}`,
      agentRaw: `${agent.raw} ${suburb}`,
      channel: cRoll < 0.4 ? 'bpay' : cRoll < 0.7 ? 'direct-debit' : 'pay-out',
      anchor: isoOf(anchor),
      leaseMonth: intIn(rng, 1, 12),
    };
  }

  // school and childcare
  const hasSchoolKid = kids.some((a) => a >= 3);
  const schoolKind = pick(rng, ['public', 'public', 'public', 'catholic', 'private'] as const);
  const school = hasSchoolKid
    ? {
        kind: schoolKind,
        name:
          schoolKind === 'public'
            ? `${pick(rng, city.suburbs.slice(1))} ${pick(rng, ['PUBLIC SCHOOL', 'PRIMARY SCHOOL', 'STATE SCHOOL'])}`
            : schoolKind === 'catholic'
              ? `ST ${pick(rng, ['MARYS', 'JOSEPHS', 'PATRICKS', 'BRIGIDS', 'KEVINS', 'MONICAS'])} CATHOLIC SCHOOL`
              : `${pick(rng, ['WESTBROOK', 'KNOX', 'BARKER', 'ST ANDREWS', 'TRINITY', 'PEMBROKE', 'HALE', 'CHRIST CHURCH'])} ${pick(rng, ['GRAMMAR SCHOOL', 'COLLEGE', 'ANGLICAN SCHOOL'])}`,
        termFeeCents:
          schoolKind === 'public' ? 0 : schoolKind === 'catholic' ? round(logUniform(rng, 90000, 240000), 100) : round(logUniform(rng, 380000, 950000), 100),
      }
    : null;
  const childcare =
    kids.some((a) => a < 5) && earners.length === adultsCount
      ? { name: pick(rng, CHILDCARE).raw, weeklyCents: round(logUniform(rng, 9000, 42000), 1) }
      : null;

  // car
  const car = hasCar
    ? (() => {
        const useClub = chance(rng, 0.4);
        const ins = useClub ? { name: city.club.name, raw: `${city.club.raw} INSURANCE` } : pick(rng, GENERAL_INSURERS);
        const regoMonth = intIn(rng, 1, 12);
        return {
          regoMonth,
          regoCents: round(rng.uniform(city.rego.cents[0], city.rego.cents[1]), 1),
          insurer: ins.name,
          insurerRaw: ins.raw,
          insuranceMonth: chance(rng, 0.3) ? regoMonth : intIn(rng, 1, 12),
          insuranceCents: round(logUniform(rng, 65000, 190000), 1),
          fillCents: round(logUniform(rng, 5200, 9800) * (kidsCount > 1 ? 1.15 : 1), 1),
          fillEvery: intIn(rng, 6, 16),
          tolls: city.tolls && chance(rng, 0.6),
          roadsideMonth: intIn(rng, 1, 12),
        };
      })()
    : null;

  // subscriptions
  const subDefs = sample(rng, SUBSCRIPTIONS, intIn(rng, 1, 6));
  const seenSub = new Set<string>();
  const subscriptions: Subscription[] = [];
  for (const d of subDefs) {
    if (seenSub.has(d.name)) continue;
    seenSub.add(d.name);
    subscriptions.push(toSubscription(rng, d));
  }
  if (chance(rng, 0.3)) subscriptions.push(gymSubscription(rng));
  if ((housing.kind === 'mortgage' || kidsCount > 0) && chance(rng, 0.35)) {
    const life = pick(rng, LIFE_INSURERS);
    subscriptions.push({ name: life.name, raw: life.raw, cents: round(logUniform(rng, 3500, 14000), 1), frequency: 'monthly', day: intIn(rng, 1, 28), category: 'Insurance', channel: 'direct-debit' });
  }
  if (chance(rng, 0.14)) {
    const c = pick(rng, CHARITIES);
    subscriptions.push({ name: c.name, raw: c.raw, cents: pick(rng, [3000, 4000, 4800, 5000, 6000]), frequency: 'monthly', day: intIn(rng, 1, 28), category: 'Gifts', channel: 'direct-debit' });
  }
  if (kidsCount > 0 && kids.some((a) => a >= 4) && chance(rng, 0.55)) {
    const act = pick(rng, ['SWIM SCHOOL', 'FOOTBALL CLUB', 'DANCE ACADEMY', 'GYMNASTICS', 'MARTIAL ARTS', 'MUSIC SCHOOL']);
    const raw = `${pick(rng, city.suburbs.slice(1))} ${act}`;
    subscriptions.push({ name: titleCase(raw), raw, cents: round(logUniform(rng, 6000, 16000) * Math.min(2, kidsCount), 10), frequency: 'monthly', day: intIn(rng, 1, 28), category: 'Entertainment', channel: 'direct-debit' });
  }
  if (chance(rng, 0.08)) {
    const app = companyName(rng);
    subscriptions.push({ name: app.name, raw: app.raw, cents: pick(rng, [999, 1299, 1499, 1999, 2499]), frequency: 'monthly', day: intIn(rng, 1, 28), category: 'Subscriptions', channel: 'direct-debit' });
  }

  // utilities and telco
  const household = Math.sqrt(people);
  const elecPeak = city.state === 'QLD' || city.state === 'WA' ? 'summer' : city.state === 'VIC' ? 'winter' : 'both';
  const electricity = bill(rng, pick(rng, ELECTRICITY[city.state]), logUniform(rng, 22000, 42000) * household, rng.uniform(0.2, 0.5), elecPeak, 0.22);
  const gas = chance(rng, city.gasShare)
    ? bill(rng, `${pick(rng, GAS[city.state])}${chance(rng, 0.5) ? '' : ' GAS'}`, logUniform(rng, city.state === 'VIC' ? 22000 : 12000, city.state === 'VIC' ? 42000 : 26000) * household, rng.uniform(0.5, 0.9), 'winter', 0.15)
    : null;
  const telco: Subscription[] = [];
  const mobileDef = pick(rng, MOBILE);
  for (let i = 0; i < adultsCount + kids.filter((a) => a >= 12).length; i++) {
    const def = i === 0 || chance(rng, 0.6) ? mobileDef : pick(rng, MOBILE);
    telco.push({ name: def.name, raw: def.raw, cents: round(rng.uniform(def.lo, def.hi) * 100, def.price === 'whole' ? 100 : 1) - (def.price === 'retail' ? 1 : 0), frequency: 'monthly', day: intIn(rng, 1, 28), category: 'Phone & Internet', channel: chance(rng, 0.7) ? 'direct-debit' : 'card' });
  }
  const net = pick(rng, INTERNET);
  telco.push({ name: net.name, raw: net.raw, cents: round(rng.uniform(net.lo, net.hi) * 100, 100) - (net.price === 'retail' ? 1 : 0), frequency: 'monthly', day: intIn(rng, 1, 28), category: 'Phone & Internet', channel: 'direct-debit' });

  const funds = HEALTH_FUNDS.filter((f) => !f.states || f.states.includes(city.state));
  const fund = pick(rng, funds);
  const health = chance(rng, Math.min(0.9, 0.4 + monthlyIncome / 3000000 + (kidsCount > 0 ? 0.1 : 0)))
    ? { fund: fund.name, fundRaw: fund.raw, monthlyCents: round(logUniform(rng, 11000, 19000) * (adultsCount === 2 ? 1.9 : 1) * (kidsCount > 0 ? 1.15 : 1), 1) }
    : null;
  const homeIns = chance(rng, 0.4) ? { name: city.club.name, raw: `${city.club.raw} INSURANCE` } : pick(rng, GENERAL_INSURERS);
  const homeInsurance = {
    insurer: homeIns.name,
    insurerRaw: homeIns.raw,
    month: intIn(rng, 1, 12),
    cents: housing.kind === 'mortgage' ? round(logUniform(rng, 140000, 330000), 1) : round(logUniform(rng, 22000, 62000), 1),
  };

  const grocerySet = SUPERMARKETS.filter((s) => (!s.states || s.states.includes(city.state)) && s.raw !== 'COSTCO WHOLESALE');
  const friends: string[] = [];
  for (let i = 0, n = intIn(rng, 4, 9); i < n; i++) friends.push(personName(rng));
  const bsb = `${BSB_PREFIX[bank]}-${digits(rng, 3)}`;

  const profile: HouseholdProfile = {
    id: `hh-${(seed >>> 0).toString(36)}`,
    seed,
    bank,
    city: city.name,
    state: city.state,
    suburb,
    adults,
    cards,
    walletShare: rng.uniform(0.1, 0.85),
    earners,
    housing,
    kids,
    school,
    childcare,
    car,
    subscriptions,
    electricity,
    gas,
    telco,
    health,
    homeInsurance,
    spendLevel,
    habits: {
      coffeePerWorkday: chance(rng, 0.25) ? 0 : rng.uniform(0.3, 1),
      coffeePriceCents: pick(rng, [450, 450, 480, 500, 500, 520, 550]),
      lunchPerWorkday: rng.uniform(0.05, 0.55),
      takeawayPerMonth: rng.uniform(1, 8) * spendLevel,
      restaurantsPerMonth: rng.uniform(0.4, 3.5) * spendLevel,
      pubPerMonth: chance(rng, 0.4) ? 0 : rng.uniform(0.5, 4),
      groceryWeeklyCents: round((9000 + 6500 * (adultsCount - 1) + 5000 * kidsCount) * Math.sqrt(spendLevel) * logNormal(rng, 1, 0.15), 1),
      groceryDay: pick(rng, [6, 6, 0, 0, 4, 5, 3]),
      groceryStore: pick(rng, grocerySet).raw,
      topupsPerMonth: rng.uniform(2, 10),
      shoppingPerMonth: rng.uniform(2.5, 9) * spendLevel,
      entertainmentPerMonth: rng.uniform(0.4, 3.5) * spendLevel,
      atmPerMonth: chance(rng, 0.35) ? 0 : rng.uniform(0.3, 3),
      rideSharePerMonth: chance(rng, 0.3) ? 0 : rng.uniform(0.3, 5),
      online: rng.uniform(0.1, 0.8),
      cleaner: monthlyIncome > 1000000 && chance(rng, 0.25) ? { name: personName(rng), cents: round(logUniform(rng, 13000, 22000), 500) } : null,
      familySupport: chance(rng, 0.1) ? { name: `${pick(rng, FIRST_NAMES)} ${surname}`, cents: round(logUniform(rng, 15000, 60000), 5000), day: intIn(rng, 1, 28) } : null,
      charity: chance(rng, 0.3) ? (() => { const c = pick(rng, CHARITIES); return { name: c.name, raw: c.raw, cents: round(logUniform(rng, 5000, 50000), 1000) }; })() : null,
    },
    holiday: {
      season:
        kidsCount > 0
          ? pick(rng, ['dec-jan', 'dec-jan', 'dec-jan', 'july', 'july', 'sep-oct', 'easter'] as const)
          : pick(rng, ['dec-jan', 'july', 'sep-oct', 'easter', 'may', 'nov'] as const),
      international: rng.uniform(0.05, 0.75),
      budgetCents: round(logUniform(rng, 180000, 480000) * Math.sqrt(people) * spendLevel, 100),
      nights: intIn(rng, 5, 14),
    },
    birthdays: [...adults.map(() => intIn(rng, 1, 12)), ...kids.map(() => intIn(rng, 1, 12)), ...Array.from({ length: intIn(rng, 2, 5) }, () => intIn(rng, 1, 12))],
    friends,
    changes: [],
    accounts: {
      bsb,
      number: digits(rng, bank === 'nab' || bank === 'nab-legacy' || bank === 'anz' ? 9 : 8),
      savingsName: SAVINGS_NAME[bank],
      savingsNumber: digits(rng, bank === 'nab' || bank === 'nab-legacy' || bank === 'anz' ? 9 : 8),
      openingBalanceCents: round(logUniform(rng, 120000, 650000), 1),
    },
    foreignFeeBps: FOREIGN_FEE_BPS[bank],
    accountFeeCents: (bank === 'commbank' || bank === 'westpac' || bank === 'anz' || bank === 'nab') && chance(rng, 0.15) ? pick(rng, [400, 500, 600]) : 0,
  };
  profile.changes = drawChanges(createRng(deriveSeed(seed, 'changes')), profile, startMi, months, city);
  return profile;
}

/** Permanent lifestyle changes inside the horizon (normal life, never labelled). */
function drawChanges(rng: Rng, p: HouseholdProfile, startMi: number, months: number, city: CityInfo): LifestyleChange[] {
  const out: LifestyleChange[] = [];
  const at = (offset: number): string => monthKeyOf(startMi + offset);
  const randomOffset = (lo = 2): number => intIn(rng, Math.min(lo, months - 1), Math.max(Math.min(lo, months - 1), months - 1));
  if (months < 3) return out;

  // rent reviews at each lease anniversary; maybe one move
  if (p.housing.kind === 'rent') {
    const leaseMonth = p.housing.leaseMonth;
    for (let o = 1; o < months; o++) {
      if (((startMi + o) % 12) + 1 === leaseMonth && chance(rng, 0.7)) out.push({ month: at(o), kind: 'rent-increase', pct: Math.round(rng.uniform(2, 9) * 10) / 10 });
    }
    if (chance(rng, Math.min(0.6, months / 100))) {
      const o = randomOffset(3);
      const suburb = pick(rng, city.suburbs.slice(1).filter((s) => s !== p.suburb));
      const factor = chance(rng, 0.7) ? rng.uniform(1.08, 1.35) : rng.uniform(0.85, 0.98);
      const agent = pick(rng, AGENTS.filter((a) => !a.states || a.states.includes(p.state)));
      out.push({ month: at(o), kind: 'move', suburb, rentFactor: Math.round(factor * 1000) / 1000, agent: `${agent.name} ${titleCase(suburb)}`, agentRaw: `${agent.raw} ${suburb}` });
    }
  } else {
    for (let i = 0, n = intIn(rng, 0, Math.ceil(months / 24)); i < n; i++) {
      out.push({ month: at(randomOffset()), kind: 'mortgage-rate', pct: Math.round((chance(rng, 0.55) ? rng.uniform(3, 9) : -rng.uniform(2, 6)) * 10) / 10 });
    }
  }

  // pay reviews each July, job changes now and then
  p.earners.forEach((e, i) => {
    for (let o = 1; o < months; o++) {
      if ((startMi + o) % 12 === 6 && chance(rng, 0.6)) out.push({ month: at(o), kind: 'pay-rise', earner: i, pct: Math.round(rng.uniform(1.5, 5) * 10) / 10 });
    }
    if (chance(rng, Math.min(0.5, months / 120))) {
      const emp = employer(rng, p.state);
      out.push({ month: at(randomOffset(4)), kind: 'new-job', earner: i, ...emp, netPayCents: Math.round(e.netPayCents * rng.uniform(0.97, 1.25)), workSuburb: pick(rng, city.suburbs) });
    }
  });

  if (!p.subscriptions.some((s) => s.category === 'Health' && s.channel === 'direct-debit') && chance(rng, Math.min(0.5, months / 150))) {
    out.push({ month: at(randomOffset()), kind: 'new-gym', sub: gymSubscription(rng) });
  }
  for (let i = 0, n = intIn(rng, 0, Math.max(1, Math.round(months / 30))); i < n; i++) {
    const s = chance(rng, 0.25)
      ? (() => {
          const c = companyName(rng);
          return { name: c.name, raw: c.raw, cents: pick(rng, [999, 1499, 1999, 2995, 4999]), frequency: 'monthly' as const, day: intIn(rng, 1, 28), category: 'Subscriptions' as const, channel: 'direct-debit' as const };
        })()
      : toSubscription(rng, pick(rng, SUBSCRIPTIONS));
    out.push({ month: at(randomOffset()), kind: 'new-subscription', sub: s });
  }
  if (p.subscriptions.length > 1 && chance(rng, 0.4)) {
    out.push({ month: at(randomOffset()), kind: 'cancel-subscription', name: pick(rng, p.subscriptions).name });
  }
  if (chance(rng, 0.18)) {
    const store = pick(rng, SUPERMARKETS.filter((s) => (!s.states || s.states.includes(p.state)) && s.raw !== p.habits.groceryStore && s.raw !== 'COSTCO WHOLESALE'));
    out.push({ month: at(randomOffset()), kind: 'grocery-switch', store: store.raw, factor: store.raw === 'ALDI STORES' ? rng.uniform(0.8, 0.92) : rng.uniform(0.95, 1.15) });
  }
  if (chance(rng, 0.22)) {
    out.push({ month: at(randomOffset()), kind: 'coffee-habit', perWorkday: p.habits.coffeePerWorkday > 0.4 ? rng.uniform(0, 0.2) : rng.uniform(0.6, 1) });
  }
  out.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return out;
}
