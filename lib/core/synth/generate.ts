/**
 * The life simulator: one household, month by month, as the rows its bank
 * would export. Normal life is deliberately lumpy (quarterly bills, annual
 * insurance and registration, December gifts, a yearly holiday paid for
 * months ahead, school terms, moves and other permanent changes, the odd
 * car repair or big purchase, visitors, quiet months); labelled anomalies
 * are injected on top from a separate random stream.
 *
 * Pure and deterministic: the same options give deep-equal output.
 */
import { createRng, deriveSeed, type Rng } from '../rng';
import { SPENDING_CATEGORIES, type Category, type SpendingCategory, type TransactionKind } from '../types';
import { HISTORY_MONTHS, planAnomalies, type AnomalyPlan } from './anomalies';
import {
  civil,
  dayOf,
  dayOfIso,
  daysInMonth,
  firstDayOfMonth,
  isoOf,
  isWeekend,
  monthIndexOf,
  monthIndexOfDay,
  monthKeyOf,
  nextBusinessDay,
  prevBusinessDay,
  weekday,
} from './dates';
import { cityInfo, DESTINATIONS, FOREIGN_ONLINE_PLACES, type CityInfo, type Destination } from './geo';
import {
  ACCOMMODATION,
  AIRLINES,
  BIG_TICKET,
  BUTCHER_KINDS,
  CAFE_CHAINS,
  DELIVERY,
  DENTAL_KINDS,
  ENTERTAINMENT,
  FAST_FOOD,
  FUEL,
  GIFT_SHOPS,
  GROCERY_TOPUPS,
  HAIR_KINDS,
  INTL_AIRLINES,
  LIQUOR,
  LUNCH,
  MECHANICS,
  MECHANIC_KINDS,
  MEDICAL_KINDS,
  ONLINE_SHOPS,
  OPTICAL,
  PARKING,
  PHARMACIES,
  PHYSIO_KINDS,
  PRESENT_SHOPS,
  RIDESHARE,
  SHOPS,
  SUBSCRIPTIONS,
  SUPERMARKETS,
  TICKETING,
  TRAVEL_EXTRAS,
  TUTORING,
  FIRST_NAMES,
  cafeName,
  companyName,
  smallBusinessName,
  digitalServiceName,
  localName,
  onlineStoreName,
  personName,
  pubName,
  restaurantName,
  titleCase,
  tradieName,
  type MerchantDef,
  type PriceStyle,
} from './merchants';
import { accountLabel, bankCategoryHint, bankHasAccount, bankHasBalance, payeeRaw, renderNarrative } from './narratives';
import { makeProfile } from './profile';
import { chance, hashDigits, intIn, logNormal, logUniform, normal, pick, poisson } from './random';
import type {
  Earner,
  GenerateOptions,
  GeneratedHousehold,
  HouseholdProfile,
  MonthLabel,
  NarrativeSpec,
  StateCode,
  Subscription,
  SynthTransaction,
} from './types';

/** A merchant placed somewhere: what a card row needs. */
interface Inst {
  name: string;
  raw: string;
  cat: Category;
  lo: number;
  hi: number;
  price: PriceStyle;
  suburb: string;
  state: StateCode;
  online: boolean;
}

/** Card use in another currency; `amount` (foreign units) fixes the charged price, else it follows the AUD amount. */
interface Foreign {
  currency: string;
  rate: number;
  city: string;
  country: string;
  region?: string;
  amount?: number;
}

/**
 * Rows as they are generated, in columns (one entry per row, in generation
 * order): fewer long-lived objects than one record per row.
 */
interface Drafts {
  day: number[];
  cents: number[];
  cat: Category[];
  kind: TransactionKind[];
  merchant: string[];
  spec: NarrativeSpec[];
}

interface Local {
  mainStore: Inst;
  secondStore: Inst;
  topups: Inst[];
  liquor: Inst[];
  cafes: Inst[];
  takeaway: Inst[];
  restaurants: Inst[];
  pubs: Inst[];
  pharmacies: Inst[];
  gp: Inst;
  dentist: Inst;
  physio: Inst;
  hair: Inst;
  shops: Inst[];
  fuel: Inst[];
  mechanic: Inst;
  entertainment: Inst[];
}

interface Work {
  cafe: Inst;
  cafe2: Inst;
  lunch: Inst[];
  parking: Inst;
}

interface Trip {
  bookDay: number;
  startDay: number;
  nights: number;
  dest: Destination;
  budgetCents: number;
  airline: Inst;
  stay: Inst;
  /** place names for on-trip spending, generated once per trip */
  spots: Inst[];
}

const AFTERPAY: Inst = { name: 'Afterpay', raw: 'AFTERPAY', cat: 'Shopping', lo: 0, hi: 0, price: 'any', suburb: 'MELBOURNE', state: 'VIC', online: true };
const SPEND_INDEX = new Map<Category, number>(SPENDING_CATEGORIES.map((c, i) => [c, i]));
/** categories a labelled spike or sustained elevation can land in (one the household spends ≥ SPIKE_MIN_BASE_CENTS a month on) */
export const SPIKE_CATEGORIES: readonly SpendingCategory[] = ['Groceries', 'Dining', 'Shopping', 'Transport', 'Entertainment'];
export const SPIKE_MIN_BASE_CENTS = 10000;
const SPLIT_MEMOS = ['dinner', 'drinks', 'uber', 'tickets', 'footy', 'bday', 'thanks', 'groceries', 'bills', 'lunch', 'petrol', 'gift', ''];
/** memos on scam payments: the same words people use on ordinary ones */
const SCAM_MEMOS = ['', '', 'invoice', 'INV', 'deposit', 'payment', 'transfer', 'thanks', 'loan'];
const BOND_AUTHORITY: Record<StateCode, string> = {
  NSW: 'NSW FAIR TRADING RENTAL BOND',
  VIC: 'RTBA BOND',
  QLD: 'RTA BOND',
  WA: 'BOND ADMINISTRATOR WA',
  SA: 'CBS RENTAL BONDS',
};
const SEASON: Record<'dining' | 'shopping' | 'groceries' | 'fun', readonly number[]> = {
  //          J     F     M     A     M     J     J     A     S     O     N     D
  dining: [1.05, 0.95, 1, 1, 0.97, 0.97, 1, 0.95, 1, 1, 1.05, 1.25],
  shopping: [1.15, 0.95, 0.95, 0.95, 0.95, 1.15, 0.95, 0.9, 0.95, 1, 1.25, 1.45],
  groceries: [1, 0.97, 1, 1.04, 0.98, 1, 1.02, 0.98, 0.98, 1, 1, 1.2],
  fun: [1.2, 0.9, 0.95, 1.1, 0.95, 0.95, 1.15, 0.9, 1, 1.05, 1, 1.2],
};

/** A spec with every field present, so later assignments keep one object shape. */
function bareSpec(channel: NarrativeSpec['channel'], raw: string, n: number): NarrativeSpec {
  return {
    channel,
    raw,
    suburb: undefined,
    state: undefined,
    valueDate: undefined,
    card: undefined,
    wallet: undefined,
    online: undefined,
    biller: undefined,
    ref: undefined,
    memo: undefined,
    account: undefined,
    foreign: undefined,
    n,
  };
}

/**
 * The same spec with every field present (undefined when unused): one
 * object shape for all rows keeps the narrative renderers monomorphic.
 */
function uniformSpec(s: NarrativeSpec): NarrativeSpec {
  return {
    channel: s.channel,
    raw: s.raw,
    suburb: s.suburb,
    state: s.state,
    valueDate: s.valueDate,
    card: s.card,
    wallet: s.wallet,
    online: s.online,
    biller: s.biller,
    ref: s.ref,
    memo: s.memo,
    account: s.account,
    foreign: s.foreign,
    n: s.n,
  };
}

function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Cents for a price of `dollars` in a merchant's price style. */
export function priceCents(rng: Rng, dollars: number, style: PriceStyle): number {
  switch (style) {
    case 'any':
      return Math.max(50, Math.round(dollars * 100));
    case 'whole':
      return Math.max(100, Math.round(dollars) * 100);
    case 'coffee':
      return Math.max(100, Math.round(dollars * 2) * 50 + (rng.next() < 0.2 ? pick(rng, [-20, 20, 30, -30]) : 0));
    case 'retail': {
      const whole = Math.max(2, Math.round(dollars));
      return whole * 100 - pick(rng, [0, 0, 1, 1, 5, 50, 10, 51]);
    }
  }
}

/** Seasonal weight of a month for bills: 1 = average. */
function billSeason(m: number, peak: 'summer' | 'winter' | 'both', strength: number): number {
  const summer = [1, 0.8, 0.3, 0, 0, 0, 0, 0, 0, 0.1, 0.4, 0.9][m - 1] ?? 0;
  const winter = [0, 0, 0, 0.2, 0.5, 0.9, 1, 0.9, 0.4, 0.1, 0, 0][m - 1] ?? 0;
  const s = peak === 'summer' ? summer : peak === 'winter' ? winter : 0.7 * (summer + winter);
  return 1 + strength * (1.6 * s - 0.55);
}

class Life {
  readonly p: HouseholdProfile;
  readonly city: CityInfo;
  readonly startMi: number;
  readonly months: number;
  readonly startDay: number;
  readonly endDay: number;
  readonly drafts: Drafts = { day: [], cents: [], cat: [], kind: [], merchant: [], spec: [] };
  readonly labels: MonthLabel[] = [];
  /** normal spend per month offset and spending category (cents, positive) */
  readonly normalTotals: Float64Array;
  private readonly isoCache: string[];
  private readonly isoBase: number;
  private readonly life: Rng;
  private readonly anomalyRng: Rng;
  /** the stream in use: `life` for normal rows, `anomalyRng` while injecting */
  private r: Rng;
  private anom = false;
  private readonly plan: Map<number, AnomalyPlan>;

  // month state
  private mi = 0;
  private off = 0;
  private cal = 1;
  private first = 0;
  private last = 0;
  private dim = 30;
  private lat = 0;
  private L = 1;
  private events: string[] = [];

  // household state that changes over time
  private suburb: string;
  private earners: Earner[];
  private rentCents = 0;
  private agent = '';
  private agentRaw = '';
  private mortgageCents = 0;
  private subs: Subscription[];
  private telco: Subscription[];
  private groceryStore: string;
  private groceryFactor = 1;
  private coffeePerWorkday: number;
  private coffeePrice: number;
  private fuelIndex = 1;
  private healthCents: number;
  private carInsCents: number;
  private homeInsCents: number;
  private regoCents: number;
  private nextFill = 0;
  private nextToll = 0;
  private transitCredit = 0;
  private local!: Local;
  private work: Work[] = [];
  private readonly trips: Trip[] = [];
  private readonly recentBuys: { inst: Inst; cents: number; day: number }[] = [];
  private readonly billers = new Map<string, { biller: string; ref: string }>();
  private pendingBondRefund: { day: number; cents: number } | null = null;
  private readonly trials: { sub: Subscription; until: number }[] = [];
  private readonly tollTopUp: number;
  private readonly contactlessTransit: boolean;
  private readonly kidsTransfer: { name: string; cents: number } | null;
  private readonly serviceMonths: number[];
  private readonly dentistMonths: number[];
  private readonly costco: boolean;
  /** pays for some bigger buys in four fortnightly Afterpay instalments */
  private readonly afterpay: boolean;
  /** a weekly lotto ticket: weekday and price */
  private readonly lotto: { weekday: number; cents: number; inst: Inst } | null;

  constructor(p: HouseholdProfile, seed: number, startMi: number, months: number, rate: number, anomalyFrom: number) {
    this.p = p;
    this.city = cityInfo(p.city);
    this.startMi = startMi;
    this.months = months;
    this.startDay = firstDayOfMonth(startMi);
    this.endDay = firstDayOfMonth(startMi + months) - 1;
    this.normalTotals = new Float64Array(months * SPENDING_CATEGORIES.length);
    this.isoBase = this.startDay - 400;
    this.isoCache = new Array<string>(this.endDay + 12 - this.isoBase).fill('');
    this.life = createRng(deriveSeed(seed, 'life'));
    this.anomalyRng = createRng(deriveSeed(seed, 'anomalies'));
    this.r = this.life;
    this.plan = planAnomalies(createRng(deriveSeed(seed, 'anomaly-plan')), months, rate, anomalyFrom);

    this.suburb = p.suburb;
    this.earners = p.earners.map((e) => ({ ...e }));
    if (p.housing.kind === 'rent') {
      this.rentCents = p.housing.amountCents;
      this.agent = p.housing.agent;
      this.agentRaw = p.housing.agentRaw;
    }
    else this.mortgageCents = p.housing.amountCents;
    this.subs = p.subscriptions.map((s) => ({ ...s }));
    this.telco = p.telco.map((s) => ({ ...s }));
    this.groceryStore = p.habits.groceryStore;
    this.coffeePerWorkday = p.habits.coffeePerWorkday;
    this.coffeePrice = p.habits.coffeePriceCents;
    this.healthCents = p.health?.monthlyCents ?? 0;
    this.carInsCents = p.car?.insuranceCents ?? 0;
    this.homeInsCents = p.homeInsurance.cents;
    this.regoCents = p.car?.regoCents ?? 0;

    const setup = createRng(deriveSeed(seed, 'setup'));
    this.tollTopUp = pick(setup, [2500, 4000, 5000, 5000]);
    this.contactlessTransit = p.state === 'NSW' && chance(setup, 0.5);
    const olderKid = p.kids.find((a) => a >= 9);
    this.kidsTransfer =
      olderKid !== undefined && chance(setup, 0.4)
        ? { name: `${pick(setup, ['Sam', 'Ella', 'Max', 'Ruby', 'Leo', 'Zara', 'Finn', 'Maya'])} ${(p.adults[0] ?? 'A Smith').split(' ').slice(1).join(' ')}`, cents: pick(setup, [1000, 1500, 2000, 2500]) }
        : null;
    const rego = p.car?.regoMonth ?? 1;
    this.serviceMonths = [((rego + 1) % 12) + 1, ((rego + 7) % 12) + 1];
    this.dentistMonths = [intIn(setup, 1, 6), intIn(setup, 7, 12)];
    this.costco = chance(setup, 0.15);
    this.afterpay = chance(setup, 0.25);
    this.lotto = chance(setup, 0.15)
      ? {
          weekday: pick(setup, [2, 4, 6]),
          cents: pick(setup, [1035, 1255, 1640, 2505, 3180]),
          inst: chance(setup, 0.5)
            ? { name: 'The Lott', raw: 'THELOTT.COM', cat: 'Entertainment', lo: 0, hi: 0, price: 'any', suburb: 'BRISBANE', state: 'QLD', online: true }
            : { name: titleCase(`${p.suburb} NEWSAGENCY`), raw: `${p.suburb} NEWSAGENCY`, cat: 'Shopping', lo: 0, hi: 0, price: 'any', suburb: p.suburb, state: p.state, online: false },
        }
      : null;
    this.nextFill = this.startDay + setup.int(p.car?.fillEvery ?? 10);
    this.nextToll = this.startDay + setup.int(20);
    this.local = this.buildLocal();
    this.work = this.earners.map((e, i) => this.buildWork(i, e.workSuburb));
    this.planTrips(createRng(deriveSeed(seed, 'trips')));
  }

  // ------------------------------------------------------------------ basics

  isoDate(day: number): string {
    return this.iso(day);
  }

  private iso(day: number): string {
    const k = day - this.isoBase;
    let s = this.isoCache[k];
    if (s === undefined) return isoOf(day);
    if (s === '') {
      s = isoOf(day);
      this.isoCache[k] = s;
    }
    return s;
  }

  private uint(): number {
    return Math.floor(this.r.next() * 4294967296);
  }

  /** Record a row; `shaped` says the spec was built with `bareSpec` (no copy needed). */
  private push(day: number, cents: number, cat: Category, merchant: string, spec: NarrativeSpec, kind: TransactionKind = 'normal', shaped = false): void {
    if (day > this.endDay || day < this.startDay || cents === 0) return;
    const dr = this.drafts;
    dr.day.push(day);
    dr.cents.push(cents);
    dr.cat.push(cat);
    dr.kind.push(kind);
    dr.merchant.push(merchant);
    dr.spec.push(shaped ? spec : uniformSpec(spec));
    if (!this.anom && cents < 0) {
      const ci = SPEND_INDEX.get(cat);
      if (ci !== undefined) {
        const off = day <= this.last ? this.off : monthIndexOfDay(day) - this.startMi;
        const k = off * SPENDING_CATEGORIES.length + ci;
        if (off < this.months) this.normalTotals[k] = (this.normalTotals[k] ?? 0) - cents;
      }
    }
  }

  /** A stable biller id and customer reference per biller. */
  private billerOf(raw: string, refLen = 9): { biller: string; ref: string } {
    let b = this.billers.get(raw);
    if (!b) {
      const h = strHash(raw);
      b = { biller: hashDigits(h, 1, 6), ref: hashDigits(h ^ this.p.seed, 2, refLen) };
      this.billers.set(raw, b);
    }
    return b;
  }

  private inst(def: MerchantDef, suburb: string, rng: Rng = this.r): Inst {
    const storeNo = def.store ? ` ${hashDigits(strHash(def.raw + suburb), 3, 4)}` : '';
    const raw = def.raw === 'EBAY O' ? `EBAY O*${hashDigits(rng.int(1e9), 4, 2)}-${hashDigits(rng.int(1e9), 5, 5)}-${hashDigits(rng.int(1e9), 6, 5)}` : def.raw + storeNo;
    return {
      name: def.name,
      raw,
      cat: def.category,
      lo: def.lo,
      hi: def.hi,
      price: def.price,
      suburb: def.online ? (def.place ?? this.city.suburbs[0] ?? 'SYDNEY') : suburb,
      state: def.online ? (def.place === 'MELBOURNE' ? 'VIC' : def.place === 'BRISBANE' ? 'QLD' : 'NSW') : this.p.state,
      online: def.online === true,
    };
  }

  private named(n: { name: string; raw: string }, cat: Category, lo: number, hi: number, price: PriceStyle, suburb: string, online = false): Inst {
    return { name: n.name, raw: n.raw, cat, lo, hi, price, suburb, state: this.p.state, online };
  }

  private forState<T extends { states?: readonly StateCode[] }>(list: readonly T[]): T[] {
    return list.filter((x) => !x.states || x.states.includes(this.p.state));
  }

  private randomSuburb(rng: Rng = this.r): string {
    return pick(rng, this.city.suburbs);
  }

  private buildLocal(): Local {
    const rng = createRng(deriveSeed(this.p.seed, `local:${this.suburb}:${this.groceryStore}`));
    const sub = this.suburb;
    const near = [sub, sub, this.randomSuburb(rng), this.randomSuburb(rng)];
    const stores = this.forState(SUPERMARKETS).filter((s) => s.raw !== 'COSTCO WHOLESALE');
    const mainDef = stores.find((s) => s.raw === this.groceryStore) ?? pick(rng, stores);
    const secondDef = pick(rng, stores.filter((s) => s !== mainDef));
    const cafes = [this.named(cafeName(rng), 'Dining', 4, 30, 'coffee', sub), this.named(cafeName(rng), 'Dining', 4, 30, 'coffee', sub)];
    const chain = this.forState(CAFE_CHAINS);
    cafes.push(this.inst(pick(rng, chain), pick(rng, near), rng));
    const takeaway: Inst[] = [];
    for (let i = 0; i < 3; i++) takeaway.push(this.inst(pick(rng, FAST_FOOD), pick(rng, near), rng));
    for (let i = 0; i < 3; i++) takeaway.push(this.named(restaurantName(rng), 'Dining', 18, 70, 'any', sub));
    const restaurants: Inst[] = [];
    for (let i = 0; i < 5; i++) restaurants.push(this.named(restaurantName(rng), 'Dining', 40, 200, 'any', pick(rng, near)));
    const shops: Inst[] = [];
    const shopDefs = this.forState(SHOPS);
    for (let i = 0; i < 9; i++) shops.push(this.inst(pick(rng, shopDefs), pick(rng, near), rng));
    const topups = [
      this.inst(pick(rng, GROCERY_TOPUPS.filter((g) => !g.online)), sub, rng),
      this.inst(pick(rng, GROCERY_TOPUPS.filter((g) => !g.online)), sub, rng),
      this.named(localName(sub, pick(rng, BUTCHER_KINDS)), 'Groceries', 12, 70, 'any', sub),
    ];
    return {
      mainStore: this.inst(mainDef, sub, rng),
      secondStore: this.inst(secondDef, pick(rng, near), rng),
      topups,
      liquor: [this.inst(pick(rng, LIQUOR), sub, rng), this.inst(pick(rng, LIQUOR), pick(rng, near), rng)],
      cafes,
      takeaway,
      restaurants,
      pubs: [this.named(pubName(rng), 'Dining', 12, 95, 'any', sub), this.named(pubName(rng), 'Dining', 12, 95, 'any', pick(rng, near))],
      pharmacies: [this.inst(pick(rng, this.forState(PHARMACIES)), sub, rng), this.named(localName(sub, 'PHARMACY'), 'Health', 8, 60, 'retail', sub)],
      gp: this.named(localName(sub, pick(rng, MEDICAL_KINDS)), 'Health', 40, 95, 'whole', sub),
      dentist: this.named(localName(pick(rng, near), pick(rng, DENTAL_KINDS)), 'Health', 150, 350, 'whole', sub),
      physio: this.named(localName(pick(rng, near), pick(rng, PHYSIO_KINDS)), 'Health', 85, 115, 'whole', sub),
      hair: this.named(localName(sub, pick(rng, HAIR_KINDS)), 'Shopping', 25, 95, 'whole', sub),
      shops,
      fuel: [this.inst(pick(rng, this.forState(FUEL)), sub, rng), this.inst(pick(rng, this.forState(FUEL)), pick(rng, near), rng)],
      mechanic: chance(rng, 0.5) ? this.inst(pick(rng, MECHANICS.slice(0, 3)), pick(rng, near), rng) : this.named(localName(pick(rng, near), pick(rng, MECHANIC_KINDS)), 'Transport', 200, 700, 'any', sub),
      entertainment: [this.inst(pick(rng, this.forState(ENTERTAINMENT)), pick(rng, near), rng), this.inst(pick(rng, this.forState(ENTERTAINMENT)), pick(rng, near), rng)],
    };
  }

  private buildWork(i: number, suburb: string): Work {
    const rng = createRng(deriveSeed(this.p.seed, `work:${i}:${suburb}`));
    const lunch: Inst[] = [];
    for (let k = 0; k < 3; k++) lunch.push(this.inst(pick(rng, LUNCH), suburb, rng));
    lunch.push(this.named(restaurantName(rng), 'Dining', 12, 24, 'retail', suburb));
    return {
      cafe: chance(rng, 0.7) ? this.named(cafeName(rng), 'Dining', 4, 12, 'coffee', suburb) : this.inst(pick(rng, this.forState(CAFE_CHAINS)), suburb, rng),
      cafe2: this.named(cafeName(rng), 'Dining', 4, 14, 'coffee', suburb),
      lunch,
      parking: this.inst(pick(rng, PARKING.slice(0, 3)), suburb, rng),
    };
  }

  private planTrips(rng: Rng): void {
    const h = this.p.holiday;
    const [y0] = civil(this.startDay);
    const [y1] = civil(this.endDay);
    const people = this.p.adults.length + this.p.kids.length;
    for (let y = y0 - 1; y <= y1; y++) {
      if (chance(rng, 0.12)) continue; // no big trip this year
      let start: number;
      switch (h.season) {
        case 'dec-jan':
          start = dayOf(y, 12, 18) + rng.int(22);
          break;
        case 'easter':
          start = dayOf(y, 4, 3) + rng.int(16);
          break;
        case 'july':
          start = dayOf(y, 6, 29) + rng.int(14);
          break;
        case 'sep-oct':
          start = dayOf(y, 9, 20) + rng.int(14);
          break;
        case 'may':
          start = dayOf(y, 5, 1) + rng.int(25);
          break;
        case 'nov':
          start = dayOf(y, 10, 28) + rng.int(25);
          break;
      }
      const international = chance(rng, h.international);
      const options = DESTINATIONS.filter((d) => d.international === international && d.state !== this.p.state);
      const dest = pick(rng, options.length > 0 ? options : DESTINATIONS);
      const budget = h.budgetCents * logNormal(rng, 1, 0.2) * (international ? 1.45 : 0.75);
      const airlineDef = international ? pick(rng, INTL_AIRLINES) : pick(rng, AIRLINES);
      const stayDef = pick(rng, ACCOMMODATION);
      const spots: Inst[] = [];
      const place = dest.city;
      for (let k = 0; k < 6; k++) {
        const raw = `${place} ${pick(rng, ['TOURS', 'DAY TOURS', 'ADVENTURES', 'CRUISES', 'DIVE CENTRE', 'EXCURSIONS'])}`;
        const n = k < 4 ? restaurantName(rng) : { name: titleCase(raw), raw };
        spots.push({ name: n.name, raw: n.raw, cat: k < 4 ? 'Dining' : 'Travel', lo: 10, hi: 90, price: 'any', suburb: place, state: dest.state ?? this.p.state, online: false });
      }
      this.trips.push({
        bookDay: start - intIn(rng, 40, 170),
        startDay: start,
        nights: Math.max(3, h.nights + intIn(rng, -2, 3)),
        dest,
        budgetCents: budget * Math.min(1, 0.55 + 0.15 * people),
        airline: this.inst(airlineDef, '', rng),
        stay: this.inst(stayDef, '', rng),
        spots,
      });
    }
  }

  private away(day: number): boolean {
    for (const t of this.trips) if (day >= t.startDay && day < t.startDay + t.nights) return true;
    return false;
  }

  private randomDay(from = this.first, to = this.last): number {
    return from + this.r.int(to - from + 1);
  }

  private amountOf(inst: Inst, scale = 1): number {
    return priceCents(this.r, logUniform(this.r, inst.lo, inst.hi) * scale, inst.price);
  }

  // ------------------------------------------------------------- row makers

  /** Days between an in-store card purchase and its posting. */
  private postingLag(): number {
    const x = this.r.next();
    return x < 0.5 ? 0 : x < 0.8 ? 1 : x < 0.93 ? 2 : 3;
  }

  /** A card purchase made on `day`; banks post it 0-3 days later. Returns the posting day. */
  private card(day: number, cents: number, inst: Inst, o: { cat?: Category; who?: number; lag?: number; foreign?: Foreign } = {}): number {
    const r = this.r;
    let lag = o.lag ?? 0;
    if (o.lag === undefined && !inst.online) lag = this.postingLag();
    // Up dates a purchase when it happens (its Time column); no posting lag there
    if (this.p.bank === 'up') lag = 0;
    // injected rows must post inside their labelled month
    if (this.anom && day + lag > this.last) lag = Math.max(0, this.last - day);
    const posting = day + lag;
    const who = o.who ?? r.int(this.p.cards.length);
    const spec = bareSpec('card', inst.raw, this.uint());
    spec.suburb = inst.suburb;
    spec.state = inst.state;
    spec.card = this.p.cards[who] ?? this.p.cards[0] ?? '0000';
    if (lag > 0) spec.valueDate = this.iso(day);
    if (inst.online) spec.online = true;
    else if (r.next() < this.p.walletShare) spec.wallet = true;
    let audCents = -Math.abs(cents);
    if (o.foreign) {
      const f = o.foreign;
      const foreignAmount = f.amount ?? (Math.abs(cents) / 100) * f.rate;
      const shown = f.rate >= 50 ? Math.round(foreignAmount) : Math.round(foreignAmount * 100) / 100;
      spec.foreign = { currency: f.currency, amount: shown.toFixed(2), city: f.city, country: f.country, ...(f.region ? { region: f.region } : {}) };
      audCents = -Math.round((shown / f.rate) * 100 * (1 + r.uniform(0, 0.012)));
    }
    this.push(posting, audCents, o.cat ?? inst.cat, inst.name, spec, 'normal', true);
    if (o.foreign && this.p.foreignFeeBps > 0) {
      const fee = Math.round((-audCents * this.p.foreignFeeBps) / 10000);
      if (fee > 0) this.push(posting, -fee, 'Fees', 'International transaction fee', { channel: 'fee', raw: 'foreign', n: this.uint() });
    }
    return posting;
  }

  private directDebit(day: number, cents: number, raw: string, name: string, cat: Category, refLen = 9): void {
    const b = this.billerOf(raw, refLen);
    this.push(nextBusinessDay(day), -Math.abs(cents), cat, name, { channel: 'direct-debit', raw, biller: b.biller, ref: b.ref, n: this.uint() });
  }

  private bpay(day: number, cents: number, raw: string, name: string, cat: Category): void {
    const b = this.billerOf(raw, 10);
    this.push(day, -Math.abs(cents), cat, name, { channel: 'bpay', raw, biller: b.biller, ref: b.ref, n: this.uint() });
  }

  private bill(day: number, cents: number, raw: string, name: string, cat: Category, channel: 'bpay' | 'direct-debit'): void {
    if (channel === 'bpay') this.bpay(day, cents, raw, name, cat);
    else this.directDebit(day, cents, raw, name, cat);
  }

  private credit(day: number, cents: number, raw: string, name: string, cat: Category, ref?: string): void {
    const b = this.billerOf(raw, 8);
    this.push(day, Math.abs(cents), cat, name, { channel: 'credit', raw, biller: b.biller, ref: ref ?? b.ref, n: this.uint() });
  }

  private payOut(day: number, cents: number, name: string, cat: Category, memo?: string, rawOverride?: string): void {
    const spec: NarrativeSpec = { channel: 'pay-out', raw: rawOverride ?? payeeRaw(name), n: this.uint() };
    if (memo) spec.memo = memo;
    this.push(day, -Math.abs(cents), cat, rawOverride ? titleCase(rawOverride) : name, spec);
  }

  private payIn(day: number, cents: number, name: string, memo?: string): void {
    const spec: NarrativeSpec = { channel: 'pay-in', raw: payeeRaw(name), n: this.uint() };
    if (memo) spec.memo = memo;
    this.push(day, Math.abs(cents), 'Refunds', name, spec);
  }

  private toSavings(day: number, cents: number, inward = false): void {
    const a = this.p.accounts;
    this.push(day, inward ? Math.abs(cents) : -Math.abs(cents), 'Transfers', a.savingsName, { channel: inward ? 'transfer-in' : 'transfer-out', raw: a.savingsName, account: a.savingsNumber, n: this.uint() }, 'transfer');
  }

  private atm(day: number, cents: number, suburb: string, foreign?: Destination): void {
    const atmRaw = { commbank: 'CBA ATM', anz: 'ANZ ATM', westpac: 'WESTPAC ATM', nab: 'NAB ATM', 'nab-legacy': 'NAB ATM', ing: 'CARDTRONICS ATM', macquarie: 'CARDTRONICS ATM', up: 'CARDTRONICS ATM' }[this.p.bank];
    const spec: NarrativeSpec = { channel: 'atm', raw: atmRaw, suburb, state: foreign?.state ?? this.p.state, card: this.p.cards[this.r.int(this.p.cards.length)] ?? '0000', n: this.uint() };
    let aud = Math.abs(cents);
    if (foreign && foreign.international) {
      const shown = foreign.rate >= 50 ? Math.round(((aud / 100) * foreign.rate) / 1000) * 1000 : Math.round((aud / 100) * foreign.rate);
      spec.raw = pick(this.r, ['ATM', 'EURONET ATM', 'CASH WITHDRAWAL']);
      spec.foreign = { currency: foreign.currency, amount: shown.toFixed(2), city: foreign.city, country: foreign.country };
      spec.suburb = foreign.city;
      spec.state = undefined;
      aud = Math.round((shown / foreign.rate) * 100);
    }
    this.push(day, -aud, 'Cash', 'ATM withdrawal', spec);
    if (foreign?.international && this.p.foreignFeeBps > 0) this.push(day, -Math.round((aud * this.p.foreignFeeBps) / 10000) - 500, 'Fees', 'International transaction fee', { channel: 'fee', raw: 'foreign', n: this.uint() });
    else if (!foreign && atmRaw === 'CARDTRONICS ATM' && this.r.next() < 0.5) this.push(day, -pick(this.r, [250, 300, 350]), 'Fees', 'ATM operator fee', { channel: 'fee', raw: 'atm', n: this.uint() });
  }

  private sub(s: Subscription, day: number): void {
    if (s.channel === 'direct-debit') {
      this.directDebit(day, s.cents, s.raw, s.name, s.category);
      return;
    }
    const inst: Inst = { name: s.name, raw: s.raw, cat: s.category, lo: 0, hi: 0, price: 'any', suburb: 'SYDNEY', state: 'NSW', online: true };
    if (s.currency && s.foreignAmount !== undefined) {
      const place = s.raw.startsWith('OPENAI') ? FOREIGN_ONLINE_PLACES[0] : FOREIGN_ONLINE_PLACES[3];
      const rate = place?.rate ?? 0.65;
      this.card(day, 0, inst, { lag: 0, foreign: { currency: s.currency, rate, amount: s.foreignAmount / 100, city: place?.city ?? 'SAN FRANCISCO', country: place?.country ?? 'USA', ...(place?.region ? { region: place.region } : {}) } });
    } else {
      this.card(day, s.cents, inst, { lag: 0 });
    }
  }

  // ------------------------------------------------------------------ months

  run(): void {
    for (let off = 0; off < this.months; off++) {
      this.mi = this.startMi + off;
      this.off = off;
      this.cal = (this.mi % 12) + 1;
      this.first = firstDayOfMonth(this.mi);
      this.dim = daysInMonth(Math.floor(this.mi / 12), this.cal);
      this.last = this.first + this.dim - 1;
      this.events = [];
      this.lat = 0.55 * this.lat + 0.1 * normal(this.r);
      this.L = Math.exp(this.lat);
      this.fuelIndex = Math.exp(0.8 * Math.log(this.fuelIndex) + 0.045 * normal(this.r));
      const plan = this.plan.get(off);

      this.applyChanges();
      this.yearlyDrift();
      const mood = this.mood();
      this.income(plan);
      this.housing();
      this.groceries(mood.groceries);
      this.dining(mood.dining);
      this.transport();
      this.utilities();
      this.recurring();
      this.insurance();
      this.health();
      this.shopping(mood.shopping);
      this.entertainment(mood.fun);
      this.travel();
      this.gifts();
      this.education();
      this.personal();
      this.cash();
      if (this.p.accountFeeCents > 0) this.push(this.last, -this.p.accountFeeCents, 'Fees', 'Account fee', { channel: 'fee', raw: 'account', n: this.uint() });

      const label: MonthLabel = { month: monthKeyOf(this.mi), anomalous: false, categories: [] };
      if (plan) this.inject(plan, label);
      if (!label.anomalous && this.events.length > 0) label.note = this.events.join('; ');
      this.labels.push(label);
    }
  }

  private note(s: string): void {
    if (!this.events.includes(s)) this.events.push(s);
  }

  private applyChanges(): void {
    const key = monthKeyOf(this.mi);
    for (const c of this.p.changes) {
      if (c.month !== key) continue;
      switch (c.kind) {
        case 'rent-increase':
          this.rentCents = Math.round((this.rentCents * (1 + c.pct / 100)) / 100) * 100;
          this.note(`rent up ${c.pct}%`);
          break;
        case 'move': {
          const oldBond = Math.round(this.weeklyRent() * 4);
          this.suburb = c.suburb;
          this.rentCents = Math.round((this.rentCents * c.rentFactor) / 500) * 500;
          this.agent = c.agent;
          this.agentRaw = c.agentRaw;
          this.local = this.buildLocal();
          const moveDay = this.first + intIn(this.r, 3, Math.max(4, this.dim - 8));
          const bond = Math.round(this.weeklyRent() * 4);
          this.bpay(moveDay - 10 > this.first ? moveDay - 10 : moveDay, bond, BOND_AUTHORITY[this.p.state], 'Rental bond', 'Housing');
          const removals = { name: titleCase(`${pick(this.r, ['TWO MEN AND A TRUCK', 'CITY MOVERS', 'BUDGET REMOVALS', 'KANGAROO REMOVALS'])}`), raw: '' };
          removals.raw = removals.name.toUpperCase();
          this.card(moveDay, priceCents(this.r, logUniform(this.r, 450, 1900), 'any'), this.named(removals, 'Housing', 0, 0, 'any', c.suburb));
          for (let i = 0, n = intIn(this.r, 1, 3); i < n; i++) {
            const inst = chance(this.r, 0.5) ? this.inst(pick(this.r, this.forState(BIG_TICKET)), c.suburb) : pick(this.r, this.local.shops);
            this.card(this.randomDay(moveDay, this.last), this.amountOf(inst), inst);
          }
          this.pendingBondRefund = { day: moveDay + intIn(this.r, 14, 40), cents: oldBond };
          this.note(`moved to ${titleCase(c.suburb)}`);
          break;
        }
        case 'new-gym':
          this.subs.push({ ...c.sub });
          this.note(`joined ${c.sub.name}`);
          break;
        case 'new-subscription':
          this.subs.push({ ...c.sub, ...(c.sub.frequency === 'annual' ? { month: this.cal } : {}) });
          this.note(`new subscription ${c.sub.name}`);
          break;
        case 'cancel-subscription':
          this.subs = this.subs.filter((s) => s.name !== c.name);
          this.note(`cancelled ${c.name}`);
          break;
        case 'pay-rise': {
          const e = this.earners[c.earner];
          if (e) {
            e.netPayCents = Math.round(e.netPayCents * (1 + c.pct / 100));
            e.savePerPayCents = Math.round((e.savePerPayCents * (1 + c.pct / 100)) / 1000) * 1000;
            this.note(`pay rise ${c.pct}%`);
          }
          break;
        }
        case 'new-job': {
          const e = this.earners[c.earner];
          if (e) {
            e.employer = c.employer;
            e.employerRaw = c.employerRaw;
            e.netPayCents = c.netPayCents;
            e.workSuburb = c.workSuburb;
            this.work[c.earner] = this.buildWork(c.earner, c.workSuburb);
            this.note(`new job at ${c.employer}`);
          }
          break;
        }
        case 'mortgage-rate':
          this.mortgageCents = Math.round(this.mortgageCents * (1 + c.pct / 100));
          this.note(`mortgage repayment ${c.pct > 0 ? 'up' : 'down'} ${Math.abs(c.pct)}%`);
          break;
        case 'grocery-switch':
          this.groceryStore = c.store;
          this.groceryFactor *= c.factor;
          this.local = this.buildLocal();
          this.note(`switched supermarket to ${titleCase(c.store)}`);
          break;
        case 'coffee-habit':
          this.coffeePerWorkday = c.perWorkday;
          this.note(c.perWorkday > 0.4 ? 'started a daily coffee' : 'cut back on coffee');
          break;
      }
    }
  }

  private weeklyRent(): number {
    const h = this.p.housing;
    if (h.kind !== 'rent') return 0;
    return h.frequency === 'weekly' ? this.rentCents : h.frequency === 'fortnightly' ? this.rentCents / 2 : (this.rentCents * 12) / 52;
  }

  private yearlyDrift(): void {
    const r = this.r;
    if (this.cal === 1 && chance(r, 0.45)) this.coffeePrice += pick(r, [10, 20, 30, 50]);
    if (this.cal === 4 && this.healthCents > 0) this.healthCents = Math.round(this.healthCents * r.uniform(1.025, 1.055));
    if (this.cal === 7) {
      for (const t of this.telco) if (chance(r, 0.3)) t.cents += pick(r, [100, 200, 300, 500]);
      for (const e of this.earners) e.netPayCents = Math.round(e.netPayCents * r.uniform(1.0, 1.012)); // tax-year changes
    }
    for (const s of this.subs) if (s.frequency === 'monthly' && s.category === 'Subscriptions' && chance(r, 0.012)) s.cents += pick(r, [100, 200, 300]);
  }

  /** Visitors, busy or quiet months: normal, unlabelled swings. */
  private mood(): { groceries: number; dining: number; shopping: number; fun: number } {
    const r = this.r;
    const m = { groceries: 1, dining: 1, shopping: 1, fun: 1 };
    const x = r.next();
    if (x < 0.05) {
      m.groceries = r.uniform(1.3, 1.7);
      m.dining = r.uniform(1.15, 1.45);
      this.note('visitors staying');
    } else if (x < 0.1) {
      m.dining = r.uniform(0.45, 0.7);
      m.shopping = r.uniform(0.4, 0.7);
      m.fun = 0.5;
      this.note('quiet month');
    } else if (x < 0.14) {
      m.dining = r.uniform(1.3, 1.6);
      m.fun = r.uniform(1.2, 1.6);
      this.note('busy social month');
    }
    return m;
  }

  private paydays(e: Earner): number[] {
    const out: number[] = [];
    if (e.frequency === 'monthly') {
      const d = e.payDayOfMonth >= 29 ? this.last : this.first + Math.min(e.payDayOfMonth, this.dim) - 1;
      out.push(prevBusinessDay(d));
      return out;
    }
    const step = e.frequency === 'weekly' ? 7 : 14;
    const anchor = dayOfIso(e.payAnchor);
    let d = anchor + Math.ceil((this.first - anchor) / step) * step;
    for (; d <= this.last; d += step) out.push(d);
    return out;
  }

  private income(plan: AnomalyPlan | undefined): void {
    const r = this.r;
    let missing: { earner: number; index: number } | null = null;
    if (plan?.kind === 'missing-salary') {
      const a = this.anomalyRng;
      const idx = this.earners.length > 1 && a.next() < 0.4 ? 1 : 0;
      missing = { earner: idx, index: a.int(this.paydays(this.earners[idx] as Earner).length) };
    }
    this.earners.forEach((e, i) => {
      const days = this.paydays(e);
      const ref = pick(createRng(strHash(e.employerRaw)), ['SALARY', 'PAY', 'WAGES', 'PAYROLL', 'SAL']);
      const b = this.billerOf(e.employerRaw, 6);
      days.forEach((d, k) => {
        const skip = missing !== null && missing.earner === i && missing.index === k;
        if (!skip) {
          const cents = e.frequency === 'weekly' ? Math.round(e.netPayCents * logNormal(r, 1, 0.06)) : e.netPayCents;
          this.push(d, cents, 'Income', e.employer, { channel: 'salary', raw: e.employerRaw, biller: b.biller, ref: ref === 'PAY' ? `PAY ${b.ref.slice(0, 4)}` : ref, n: this.uint() });
        }
        if (e.savePerPayCents > 0) this.toSavings(d + (chance(r, 0.25) ? 1 : 0), e.savePerPayCents);
      });
      if (e.bonus && e.bonus.month === this.cal) {
        const d = days[days.length - 1] ?? this.last - 5;
        this.push(d, Math.round(e.bonus.cents * logNormal(r, 1, 0.25)), 'Income', e.employer, { channel: 'salary', raw: e.employerRaw, biller: b.biller, ref: 'BONUS', n: this.uint() });
        this.note('annual bonus');
      }
    });
    if (missing) {
      const e = this.earners[missing.earner] as Earner;
      this.events.unshift(`salary from ${e.employer} did not arrive`);
    }
    // tax refund, once a year between July and October
    if (this.cal >= 7 && this.cal <= 10) {
      const refundMonth = 7 + (strHash(`${this.p.seed}:${Math.floor(this.mi / 12)}`) % 4);
      if (this.cal === refundMonth && chance(r, 0.75)) {
        this.credit(this.randomDay(), priceCents(r, logUniform(r, 250, 3200), 'any'), 'ATO', 'ATO', 'Income', `ATO${hashDigits(this.uint(), 7, 12)}`);
        this.note('tax refund');
      }
    }
    // family tax benefit for lower-income families
    if (this.p.kids.length > 0 && this.householdIncome() < 900000) {
      const anchor = dayOfIso(this.p.earners[0]?.payAnchor ?? this.iso(this.first)) + 7;
      for (let d = anchor + Math.ceil((this.first - anchor) / 14) * 14; d <= this.last; d += 14) {
        this.credit(d, Math.round(9000 * this.p.kids.length * r.uniform(0.97, 1.03)), 'CENTRELINK', 'Centrelink', 'Income', `${hashDigits(this.p.seed, 8, 9)}K`);
      }
    }
    // friends paying back
    for (let i = 0, n = poisson(r, 0.6 * this.L); i < n; i++) {
      this.payIn(this.randomDay(), priceCents(r, logUniform(r, 12, 140), chance(r, 0.6) ? 'whole' : 'any'), pick(r, this.p.friends), pick(r, SPLIT_MEMOS));
    }
    if (this.pendingBondRefund && this.pendingBondRefund.day <= this.last) {
      this.credit(Math.max(this.first, this.pendingBondRefund.day), this.pendingBondRefund.cents, BOND_AUTHORITY[this.p.state], 'Rental bond refund', 'Refunds');
      this.pendingBondRefund = null;
      this.note('bond refunded');
    }
  }

  householdIncome(): number {
    return this.earners.reduce((s, e) => s + (e.netPayCents * (e.frequency === 'weekly' ? 52 : e.frequency === 'fortnightly' ? 26 : 12)) / 12, 0);
  }

  private housing(): void {
    const h = this.p.housing;
    if (h.kind === 'rent') {
      const anchor = dayOfIso(h.anchor);
      const pay = (d: number): void => {
        if (h.channel === 'pay-out') this.payOut(d, this.rentCents, this.agent, 'Housing', 'rent', this.agentRaw);
        else this.bill(d, this.rentCents, this.agentRaw, this.agent, 'Housing', h.channel);
      };
      if (h.frequency === 'monthly') {
        const [, , dd] = civil(anchor);
        pay(this.first + Math.min(dd, this.dim) - 1);
      } else {
        const step = h.frequency === 'weekly' ? 7 : 14;
        for (let d = anchor + Math.ceil((this.first - anchor) / step) * step; d <= this.last; d += step) pay(d);
      }
      return;
    }
    this.directDebit(this.first + Math.min(h.dayOfMonth, this.dim) - 1, this.mortgageCents, h.lenderRaw, h.lender, 'Housing', 12);
    if (this.cal === 2 || this.cal === 5 || this.cal === 8 || this.cal === 11) {
      this.bpay(this.first + intIn(this.r, 18, 26), Math.round(h.councilCents * (1 + 0.03 * Math.floor(this.off / 12))), `${h.council.toUpperCase()} RATES`, `${h.council} rates`, 'Housing');
      this.note('council rates');
    }
    if (h.strataCents > 0 && (this.cal === 1 || this.cal === 4 || this.cal === 7 || this.cal === 10)) {
      this.bpay(this.first + intIn(this.r, 10, 20), h.strataCents, 'STRATA PLAN LEVIES', 'Strata levies', 'Housing');
      this.note('strata levy');
    }
    if ((this.cal - 1) % 3 === (this.p.electricity.phase + 1) % 3) {
      this.bpay(this.first + intIn(this.r, 5, 25), Math.round(h.waterCents * logNormal(this.r, 1, 0.1) * billSeason(this.cal, 'summer', 0.3)), this.city.water.raw, this.city.water.name, 'Utilities');
      this.note('quarterly water bill');
    }
  }

  private groceries(mood: number): void {
    const r = this.r;
    const hab = this.p.habits;
    const season = SEASON.groceries[this.cal - 1] ?? 1;
    let carry = 1;
    for (let d = this.first; d <= this.last; d++) {
      if (weekday(d) !== hab.groceryDay) continue;
      if (this.away(d)) continue;
      if (chance(r, 0.07)) {
        carry = 1.5;
        continue;
      }
      const day = chance(r, 0.3) ? Math.min(this.last, Math.max(this.first, d + pick(r, [-1, 1, -2]))) : d;
      const cents = Math.round(hab.groceryWeeklyCents * this.groceryFactor * season * mood * Math.sqrt(this.L) * carry * logNormal(r, 1, 0.2));
      this.card(day, cents, chance(r, 0.8) ? this.local.mainStore : this.local.secondStore);
      carry = 1;
    }
    for (let i = 0, n = poisson(r, hab.topupsPerMonth * this.L * mood); i < n; i++) {
      const d = this.randomDay();
      if (this.away(d)) continue;
      const inst = pick(r, this.local.topups);
      this.card(d, this.amountOf(inst), inst);
    }
    for (let i = 0, n = poisson(r, 1.1 * Math.sqrt(this.p.spendLevel) * (this.cal === 12 ? 1.6 : 1) * mood); i < n; i++) {
      const inst = pick(r, this.local.liquor);
      this.card(this.randomDay(), this.amountOf(inst), inst);
    }
    if (this.costco && chance(r, 0.3)) {
      const inst = this.inst(SUPERMARKETS.find((s) => s.raw === 'COSTCO WHOLESALE') as MerchantDef, this.randomSuburb());
      this.card(this.randomDay(), this.amountOf(inst), inst);
    }
  }

  private dining(mood: number): void {
    const r = this.r;
    const hab = this.p.habits;
    const season = (SEASON.dining[this.cal - 1] ?? 1) * mood * this.L;
    const people = this.p.adults.length + this.p.kids.length;
    for (let d = this.first; d <= this.last; d++) {
      if (this.away(d)) continue;
      if (isWeekend(d)) {
        if (chance(r, 0.28 * season)) {
          const inst = pick(r, this.local.cafes);
          this.card(d, priceCents(r, logUniform(r, 12, 26) * Math.min(people, 4), 'coffee'), inst);
        }
        continue;
      }
      for (let i = 0; i < this.earners.length; i++) {
        const e = this.earners[i] as Earner;
        const w = this.work[i];
        if (!w) continue;
        const inOffice = e.officeDays > 0 && chance(r, e.officeDays / 5);
        if (inOffice) {
          if (chance(r, this.coffeePerWorkday)) {
            const usual = chance(r, 0.8);
            const inst = usual ? w.cafe : w.cafe2;
            const price = usual ? this.coffeePrice : this.coffeePrice + pick(r, [0, 20, 50, -30]);
            this.card(d, price, inst, { who: i });
            if (chance(r, 0.07)) this.card(d, price, inst, { who: i }); // a second coffee, same price
            if (chance(r, 0.012)) for (let k = 0, n = intIn(r, 2, 5); k < n; k++) this.card(d, price, inst, { who: i, lag: 0 }); // shouting the team
          }
          if (chance(r, hab.lunchPerWorkday)) {
            const inst = pick(r, w.lunch);
            this.card(d, this.amountOf(inst), inst, { who: i });
          }
          if (e.commute === 'car' && chance(r, 0.15)) this.card(d, this.amountOf(w.parking), w.parking, { who: i });
        } else if (chance(r, this.coffeePerWorkday * 0.45)) {
          this.card(d, this.coffeePrice + pick(r, [0, 0, 20, 50]), this.local.cafes[0] as Inst, { who: i });
        }
      }
      if (this.earners.length < this.p.adults.length && chance(r, this.coffeePerWorkday * 0.4)) {
        this.card(d, priceCents(r, logUniform(r, 4.5, 22), 'coffee'), pick(r, this.local.cafes), { who: this.p.adults.length - 1 });
      }
    }
    const scale = Math.pow(Math.min(people, 5), 0.6);
    for (let i = 0, n = poisson(r, hab.takeawayPerMonth * season); i < n; i++) {
      const x = r.next();
      const inst = x < hab.online * 0.7 ? this.inst(pick(r, DELIVERY), '') : x < 0.75 ? pick(r, this.local.takeaway) : this.inst(pick(r, FAST_FOOD), this.randomSuburb());
      this.card(this.randomDay(), this.amountOf(inst, scale / 1.6), inst);
    }
    for (let i = 0, n = poisson(r, hab.restaurantsPerMonth * season); i < n; i++) {
      const inst = chance(r, 0.6) ? pick(r, this.local.restaurants) : this.named(restaurantName(r), 'Dining', 40, 200, 'any', this.randomSuburb());
      this.card(this.randomDay(), priceCents(r, logUniform(r, 35, 95) * Math.pow(Math.min(people, 4), 0.85) * Math.pow(this.p.spendLevel, 0.4), 'any'), inst);
    }
    for (let i = 0, n = poisson(r, hab.pubPerMonth * season); i < n; i++) {
      const inst = pick(r, this.local.pubs);
      this.card(this.randomDay(), this.amountOf(inst), inst);
    }
  }

  private transport(): void {
    const r = this.r;
    const car = this.p.car;
    if (car) {
      while (this.nextFill <= this.last) {
        if (this.nextFill >= this.first && !this.away(this.nextFill)) {
          const inst = chance(r, 0.75) ? pick(r, this.local.fuel) : this.inst(pick(r, this.forState(FUEL)), this.randomSuburb());
          this.card(this.nextFill, Math.round(car.fillCents * this.fuelIndex * logNormal(r, 1, 0.12)), inst);
        }
        this.nextFill += Math.max(3, car.fillEvery + intIn(r, -3, 3));
      }
      if (car.tolls) {
        const carCommute = this.earners.some((e) => e.commute === 'car');
        while (this.nextToll <= this.last) {
          if (this.nextToll >= this.first) this.directDebit(this.nextToll, this.tollTopUp, `LINKT ${this.city.name.toUpperCase()}`, 'Linkt', 'Transport', 10);
          this.nextToll += Math.round((carCommute ? 12 : 30) * (this.tollTopUp / 4000) * logNormal(r, 1, 0.3)) + 2;
        }
      }
      for (let i = 0, n = poisson(r, 0.5 * this.L); i < n; i++) {
        const inst = this.inst(pick(r, PARKING), this.randomSuburb());
        this.card(this.randomDay(), this.amountOf(inst), inst);
      }
      if (this.serviceMonths.includes(this.cal) && chance(r, 0.8)) {
        this.card(this.randomDay(), priceCents(r, logUniform(r, 220, 520), 'any'), this.local.mechanic);
        this.note('car service');
      }
      if (chance(r, 0.022)) {
        this.card(this.randomDay(), priceCents(r, logUniform(r, 450, 2400), 'any'), this.local.mechanic);
        this.note('car repair');
      } else if (chance(r, 0.012)) {
        const inst = this.inst(pick(r, MECHANICS.slice(1, 3)), this.randomSuburb());
        this.card(this.randomDay(), priceCents(r, logUniform(r, 480, 980), 'any'), inst);
        this.note('new tyres');
      }
      if (chance(r, 0.15)) {
        const inst = this.inst(pick(r, MECHANICS.slice(3)), this.randomSuburb());
        this.card(this.randomDay(), this.amountOf(inst), inst);
      }
      if (this.cal === car.regoMonth) {
        this.regoCents = Math.round(this.regoCents * (this.off >= 12 ? r.uniform(1.01, 1.05) : 1));
        this.bpay(this.first + intIn(r, 2, 20), this.regoCents, this.city.rego.raw, this.city.rego.name, 'Transport');
        this.note('car registration');
      }
      if (this.cal === car.roadsideMonth) {
        this.card(this.first + intIn(r, 2, 24), priceCents(r, r.uniform(105, 185), 'any'), { name: this.city.club.name, raw: this.city.club.raw, cat: 'Transport', lo: 0, hi: 0, price: 'any', suburb: this.city.suburbs[0] ?? '', state: this.p.state, online: true }, { lag: 0 });
        this.note('roadside assistance renewal');
      }
    }
    // public transport
    const tc = this.city.transportCard;
    if (!car || this.earners.some((e) => e.commute === 'transit')) {
      const fare = tc.fare[0] + (strHash(`${this.p.seed}:fare`) % (tc.fare[1] - tc.fare[0] + 1));
      for (let d = this.first; d <= this.last; d++) {
        if (this.away(d)) continue;
        const weekendTrip = isWeekend(d) && chance(r, car ? 0.05 : 0.3);
        const commuteTrips = isWeekend(d) ? 0 : this.earners.filter((e) => e.commute === 'transit' && chance(r, e.officeDays / 5)).length;
        const trips = commuteTrips * 2 + (weekendTrip ? 2 : 0);
        if (trips === 0) continue;
        if (this.contactlessTransit) {
          const inst: Inst = { name: 'Transport for NSW', raw: 'TRANSPORTFORNSW TAP', cat: 'Transport', lo: 0, hi: 0, price: 'any', suburb: 'SYDNEY', state: 'NSW', online: false };
          this.card(d, fare * trips, inst, { lag: 1 });
        } else {
          this.transitCredit -= fare * trips;
          if (this.transitCredit < 0) {
            const topUp = tc.topUp[strHash(`${this.p.seed}:topup`) % tc.topUp.length] ?? 2000;
            const inst: Inst = { name: tc.name, raw: tc.raw, cat: 'Transport', lo: 0, hi: 0, price: 'any', suburb: this.city.suburbs[0] ?? '', state: this.p.state, online: true };
            this.card(d, topUp, inst, { lag: 0 });
            this.transitCredit += topUp;
          }
        }
      }
    }
    for (let i = 0, n = poisson(r, this.p.habits.rideSharePerMonth * this.L); i < n; i++) {
      const inst = this.inst(pick(r, RIDESHARE), '');
      this.card(this.randomDay(), this.amountOf(inst), inst);
    }
  }

  private utilities(): void {
    const r = this.r;
    const bills = [this.p.electricity, this.p.gas];
    for (const b of bills) {
      if (!b) continue;
      if (b.monthly) {
        const cents = Math.round((b.baseCents / 3) * (1 + 0.25 * (billSeason(this.cal, b.peak, b.seasonal) - 1)) * logNormal(r, 1, 0.05));
        this.bill(this.first + 12 + r.int(5), cents, b.raw, b.name, 'Utilities', b.channel);
      } else if ((this.cal - 1) % 3 === b.phase) {
        let season = 0;
        for (let k = 1; k <= 3; k++) season += billSeason(((this.cal - k + 11) % 12) + 1, b.peak, b.seasonal);
        const cents = Math.round(b.baseCents * (season / 3) * logNormal(r, 1, 0.12));
        this.bill(this.first + intIn(r, 8, 24), cents, b.raw, b.name, 'Utilities', b.channel);
        this.note(`quarterly ${b === this.p.gas ? 'gas' : 'electricity'} bill`);
      }
    }
  }

  private recurring(): void {
    const r = this.r;
    // app store one-offs, billed like the store's subscriptions
    for (let i = 0, n = poisson(r, 0.25 + 0.6 * this.p.habits.online); i < n; i++) {
      const apple = this.p.seed % 5 < 3;
      const inst: Inst = { name: apple ? 'Apple' : 'Google Play', raw: apple ? 'APPLE.COM/BILL' : 'GOOGLE *GOOGLE PLAY', cat: 'Subscriptions', lo: 1.49, hi: 24.99, price: 'retail', suburb: 'SYDNEY', state: 'NSW', online: true };
      this.card(this.randomDay(), priceCents(r, logUniform(r, inst.lo, inst.hi), 'retail'), inst, { lag: 0 });
    }
    // free trials that turn into a month or three of charges, then get cancelled
    if (chance(r, 0.035)) {
      const generic = chance(r, 0.35);
      const c = generic ? companyName(r) : null;
      const def = pick(r, SUBSCRIPTIONS);
      const sub: Subscription = c
        ? { name: c.name, raw: c.raw, cents: pick(r, [999, 1299, 1499, 1999, 2999, 3999, 4999]), frequency: 'monthly', day: this.cal, category: 'Subscriptions', channel: chance(r, 0.6) ? 'direct-debit' : 'card' }
        : { name: def.name, raw: def.raw, cents: Math.round(def.price * 100), frequency: 'monthly', day: this.cal, category: def.category, channel: def.channel };
      sub.day = intIn(r, 1, 28);
      this.trials.push({ sub, until: this.off + intIn(r, 0, 2) });
      this.note(`trial of ${sub.name}`);
    }
    for (let i = this.trials.length - 1; i >= 0; i--) {
      const t = this.trials[i] as { sub: Subscription; until: number };
      if (this.off > t.until) this.trials.splice(i, 1);
      else this.sub(t.sub, this.first + Math.min(t.sub.day, this.dim) - 1);
    }
    for (const t of this.telco) {
      if (t.channel === 'direct-debit') this.directDebit(this.first + Math.min(t.day, this.dim) - 1, t.cents, t.raw, t.name, t.category, 10);
      else this.sub(t, this.first + Math.min(t.day, this.dim) - 1);
    }
    for (const s of this.subs) {
      // footy-season streaming: March to September only
      if (s.raw === 'KAYO SPORTS' && (this.cal < 3 || this.cal > 9)) continue;
      if (s.frequency === 'monthly') this.sub(s, this.first + Math.min(s.day, this.dim) - 1);
      else if (s.frequency === 'annual') {
        if (s.month === this.cal) {
          this.sub(s, this.first + Math.min(s.day, this.dim) - 1);
          this.note(`annual ${s.name}`);
        }
      } else {
        const anchor = this.startDay + (s.day % 14);
        for (let d = anchor + Math.ceil((this.first - anchor) / 14) * 14; d <= this.last; d += 14) this.sub(s, d);
      }
    }
  }

  private insurance(): void {
    const r = this.r;
    const h = this.p.health;
    if (h) this.directDebit(this.first + (strHash(h.fundRaw) % 27), this.healthCents, h.fundRaw, h.fund, 'Insurance', 8);
    const car = this.p.car;
    if (car && this.cal === car.insuranceMonth) {
      if (this.off >= 12) this.carInsCents = Math.round(this.carInsCents * r.uniform(1.03, 1.12));
      this.bpay(this.first + intIn(r, 1, 20), this.carInsCents, car.insurerRaw, car.insurer, 'Insurance');
      this.note('annual car insurance');
    }
    const home = this.p.homeInsurance;
    if (this.cal === home.month) {
      if (this.off >= 12) this.homeInsCents = Math.round(this.homeInsCents * r.uniform(1.04, 1.14));
      this.bpay(this.first + intIn(r, 1, 20), this.homeInsCents, home.insurerRaw, home.insurer, 'Insurance');
      this.note(this.p.housing.kind === 'mortgage' ? 'annual home insurance' : 'annual contents insurance');
    }
  }

  private health(): void {
    const r = this.r;
    const people = this.p.adults.length + this.p.kids.length;
    const L = this.local;
    for (let i = 0, n = poisson(r, 0.9 * Math.sqrt(people) * (this.cal >= 5 && this.cal <= 8 ? 1.3 : 1)); i < n; i++) {
      const inst = pick(r, L.pharmacies);
      this.card(this.randomDay(), this.amountOf(inst), inst);
    }
    for (let i = 0, n = poisson(r, 0.22 * people); i < n; i++) {
      if (chance(r, 0.45)) continue; // bulk-billed: no charge
      const d = this.randomDay(this.first, this.last - 3);
      const fee = priceCents(r, r.uniform(80, 98), 'whole');
      this.card(d, fee, L.gp, { lag: 0 });
      this.credit(nextBusinessDay(d + intIn(r, 0, 2)), 4285, 'MEDICARE BENEFIT', 'Medicare', 'Refunds');
    }
    if (this.dentistMonths.includes(this.cal)) {
      for (let k = 0; k < this.p.adults.length; k++) {
        if (!chance(r, 0.55)) continue;
        const gap = this.p.health ? r.uniform(30, 150) : r.uniform(190, 340);
        this.card(this.randomDay(), priceCents(r, gap, 'whole'), L.dentist, { who: k });
      }
    }
    if (chance(r, 0.012)) {
      this.card(this.randomDay(), priceCents(r, logUniform(r, 650, 2600), 'whole'), L.dentist);
      this.note('major dental work');
    }
    if (chance(r, 0.03)) {
      for (let k = 0, n = intIn(r, 2, 5); k < n; k++) this.card(this.randomDay(), priceCents(r, r.uniform(85, 115), 'whole'), L.physio, { lag: 0 });
      this.note('physio sessions');
    }
    if (chance(r, 0.04)) {
      const inst = this.inst(pick(r, OPTICAL), this.suburb);
      this.card(this.randomDay(), this.amountOf(inst), inst);
    }
    if (chance(r, 0.04)) {
      const inst: Inst = { name: titleCase(this.city.pathology), raw: this.city.pathology, cat: 'Health', lo: 30, hi: 140, price: 'any', suburb: this.suburb, state: this.p.state, online: false };
      this.card(this.randomDay(), this.amountOf(inst), inst);
    }
  }

  private shopping(mood: number): void {
    const r = this.r;
    const hab = this.p.habits;
    const season = (SEASON.shopping[this.cal - 1] ?? 1) * mood * this.L;
    for (let i = 0, n = poisson(r, hab.shoppingPerMonth * season); i < n; i++) {
      const x = r.next();
      let inst: Inst;
      let foreign: Foreign | undefined;
      if (x < hab.online * 0.55) {
        if (chance(r, 0.7)) inst = this.inst(pick(r, ONLINE_SHOPS), '');
        else {
          inst = this.onlineOneOff(r);
          if (chance(r, 0.2)) foreign = pick(r, FOREIGN_ONLINE_PLACES); // a store abroad
        }
      } else if (x < 0.85) inst = pick(r, this.local.shops);
      else inst = this.inst(pick(r, this.forState(SHOPS)), this.randomSuburb());
      const cents = this.amountOf(inst, Math.pow(this.p.spendLevel, 0.3));
      const d = this.randomDay();
      if (inst.online && inst.raw === 'ASOS.COM') foreign = FOREIGN_ONLINE_PLACES.find((f) => f.city === 'LONDON');
      if (this.afterpay && !foreign && cents >= 6000 && chance(r, 0.35)) {
        // four fortnightly instalments, the first at checkout
        const part = Math.floor(cents / 4);
        for (let k = 0; k < 4; k++) this.card(d + 14 * k, k === 3 ? cents - 3 * part : part, AFTERPAY, { lag: 0 });
        continue;
      }
      this.card(d, cents, inst, foreign ? { foreign } : {});
      this.recentBuys.push({ inst, cents, day: d });
      if (this.recentBuys.length > 12) this.recentBuys.shift();
    }
    // haircuts
    for (let k = 0; k < this.p.adults.length + this.p.kids.length; k++) {
      if (chance(r, k < this.p.adults.length ? 0.45 : 0.3)) this.card(this.randomDay(), this.amountOf(this.local.hair, k < this.p.adults.length ? 1 : 0.6), this.local.hair);
    }
    // the odd big purchase: a fridge, a laptop, a couch
    if (chance(r, 0.03 * (this.cal === 6 || this.cal === 11 || this.cal === 12 ? 1.6 : 1))) {
      const inst = this.inst(pick(r, this.forState(BIG_TICKET)), this.randomSuburb());
      this.card(this.randomDay(), this.amountOf(inst, Math.pow(this.p.spendLevel, 0.4)), inst);
      this.note('big purchase');
    }
    // returns
    if (this.recentBuys.length > 0 && chance(r, 0.12)) {
      const b = pick(r, this.recentBuys);
      if (!b.inst.online || chance(r, 0.5)) {
        const d = Math.max(this.first, Math.min(this.last, b.day + intIn(r, 3, 20)));
        const cents = chance(r, 0.7) ? b.cents : Math.round(b.cents * r.uniform(0.3, 0.9));
        this.push(d, cents, 'Refunds', b.inst.name, { channel: 'refund', raw: b.inst.raw, suburb: b.inst.suburb, state: b.inst.state, card: this.p.cards[0] ?? '0000', n: this.uint() });
      }
    }
  }

  private onlineOneOff(rng: Rng): Inst {
    const n = onlineStoreName(rng);
    return { name: n.name, raw: n.raw, cat: 'Shopping', lo: 15, hi: 140, price: 'retail', suburb: pick(rng, ['SYDNEY', 'MELBOURNE', 'BRISBANE', 'GOLD COAST', 'PERTH']), state: 'NSW', online: true };
  }

  private entertainment(mood: number): void {
    const r = this.r;
    if (this.lotto) {
      for (let d = this.first; d <= this.last; d++) if (weekday(d) === this.lotto.weekday && !this.away(d)) this.card(d, this.lotto.cents, this.lotto.inst);
    }
    const season = (SEASON.fun[this.cal - 1] ?? 1) * mood * this.L;
    const people = this.p.adults.length + this.p.kids.length;
    for (let i = 0, n = poisson(r, this.p.habits.entertainmentPerMonth * season); i < n; i++) {
      const inst = chance(r, 0.6) ? pick(r, this.local.entertainment) : this.inst(pick(r, this.forState(ENTERTAINMENT)), this.randomSuburb());
      this.card(this.randomDay(), this.amountOf(inst, inst.online ? 1 : Math.sqrt(people) / 1.3), inst);
    }
    // game credits, apps and digital extras from places seen once
    for (let i = 0, n = poisson(r, 0.15 + 0.25 * this.p.habits.online); i < n; i++) {
      const d = digitalServiceName(r);
      const inst: Inst = { name: d.name, raw: d.raw, cat: 'Entertainment', lo: 4, hi: 70, price: 'retail', suburb: 'SYDNEY', state: 'NSW', online: true };
      const foreign = chance(r, 0.4) ? pick(r, FOREIGN_ONLINE_PLACES) : undefined;
      this.card(this.randomDay(), this.amountOf(inst), inst, foreign ? { foreign } : {});
    }
    if (chance(r, 0.08 * season)) {
      const inst = this.inst(pick(r, TICKETING), '');
      this.card(this.randomDay(), this.amountOf(inst, Math.min(2, this.p.adults.length)), inst);
      this.note('event tickets');
    }
  }

  private travel(): void {
    const r = this.r;
    const people = this.p.adults.length + this.p.kids.length;
    for (const t of this.trips) {
      const end = t.startDay + t.nights;
      if (t.bookDay >= this.first && t.bookDay <= this.last) {
        this.card(t.bookDay, Math.round(t.budgetCents * r.uniform(0.28, 0.4)), t.airline);
        this.card(t.bookDay + intIn(r, 0, 6), Math.round(t.budgetCents * r.uniform(0.12, 0.25)), t.stay);
        if (t.dest.international && chance(r, 0.7)) {
          const ins = this.inst(pick(r, TRAVEL_EXTRAS.slice(0, 2)), '');
          this.card(t.bookDay + intIn(r, 0, 10), priceCents(r, logUniform(r, 70, 320) * Math.sqrt(people), 'any'), ins);
        }
        this.note(`booked holiday to ${titleCase(t.dest.city)}`);
      }
      if (t.startDay > this.last || end <= this.first) continue;
      if (t.startDay >= this.first) {
        this.card(t.startDay - intIn(r, 0, 12), Math.round(t.budgetCents * r.uniform(0.1, 0.2)), t.stay, { lag: 0 });
        this.note(`holiday in ${titleCase(t.dest.city)}`);
      }
      const foreign = t.dest.international ? { currency: t.dest.currency, rate: t.dest.rate, city: t.dest.city, country: t.dest.country, ...(t.dest.region ? { region: t.dest.region } : {}) } : undefined;
      const daily = (t.budgetCents * 0.3) / t.nights / 100;
      for (let d = Math.max(t.startDay, this.first); d < Math.min(end, this.last + 1); d++) {
        for (let k = 0, n = intIn(r, 1, 3); k < n; k++) {
          const spot = pick(r, t.spots);
          const cents = priceCents(r, logUniform(r, daily * 0.15, daily * 0.6), 'any');
          this.card(d, cents, spot, foreign ? { foreign, lag: intIn(r, 0, 2) } : {});
        }
        if (!t.dest.international && chance(r, 0.3) && this.p.car) this.card(d, Math.round((this.p.car.fillCents ?? 7000) * this.fuelIndex * logNormal(r, 1, 0.1)), this.inst(pick(r, FUEL), t.dest.city));
        if (chance(r, 0.12)) this.atm(d, pick(r, [10000, 20000, 30000]), t.dest.city, t.dest);
      }
    }
    // weekends away
    if (chance(r, 0.05 * this.L)) {
      const d = this.randomDay(this.first, this.last - 3);
      const stay = this.inst(pick(r, ACCOMMODATION), '');
      const booked = d - intIn(r, 5, 30);
      this.card(booked < this.first ? d : booked, priceCents(r, logUniform(r, 220, 780), 'any'), stay);
      for (let k = 0, n = intIn(r, 2, 5); k < n; k++) this.card(d + r.int(3), priceCents(r, logUniform(r, 15, 120), 'any'), this.named(restaurantName(r), 'Dining', 15, 120, 'any', pick(r, ['KATOOMBA', 'DAYLESFORD', 'NOOSA HEADS', 'MARGARET RIVER', 'HAHNDORF', 'KIAMA', 'TORQUAY', 'MALENY'])));
      this.note('weekend away');
    }
  }

  private gifts(): void {
    const r = this.r;
    const adults = this.p.adults.length;
    const kidsCount = this.p.kids.length;
    // a present: bought at a gift merchant (Gifts) or a shop (Shopping, as any categorizer would see it)
    const giftAt = (day: number, scale = 1, giftShare = 0.45): void => {
      const inst = chance(r, giftShare) ? this.inst(pick(r, GIFT_SHOPS), '') : this.inst(pick(r, PRESENT_SHOPS), this.randomSuburb());
      this.card(day, this.amountOf(inst, scale * Math.sqrt(this.p.spendLevel)), inst);
    };
    this.p.birthdays.forEach((m, i) => {
      if (m !== this.cal) return;
      for (let k = 0, n = intIn(r, 1, 2); k < n; k++) giftAt(this.randomDay());
      if (i >= adults && i < adults + kidsCount) {
        const venue = pick(r, this.local.entertainment);
        this.card(this.randomDay(), priceCents(r, logUniform(r, 140, 480), 'any'), venue);
        this.note('kid birthday party');
      }
    });
    if (this.cal === 12 || this.cal === 11) {
      const lambda = (3 + 5 * this.p.spendLevel) * Math.sqrt(adults + kidsCount) * (this.cal === 12 ? 1 : 0.25);
      for (let i = 0, n = poisson(r, lambda); i < n; i++) {
        const d = this.cal === 12 ? this.first + r.int(23) : this.first + 19 + r.int(this.dim - 19);
        if (chance(r, 0.65)) giftAt(d, 1.2, 0.4);
        else {
          const inst = chance(r, 0.5) ? pick(r, this.local.shops) : this.inst(pick(r, ONLINE_SHOPS), '');
          this.card(d, this.amountOf(inst), inst);
        }
      }
      if (this.cal === 12) this.note('Christmas presents');
    }
    if ((this.cal === 5 || this.cal === 9) && kidsCount > 0 && chance(r, 0.6)) giftAt(this.first + r.int(12), 1, 0.7);
    if (this.cal === 2 && adults === 2 && chance(r, 0.25)) giftAt(this.first + 10 + r.int(4), 1, 0.9);
    if (chance(r, 0.02)) {
      const inst = this.inst(GIFT_SHOPS.find((g) => g.raw === 'PREZZEE') as MerchantDef, '');
      this.card(this.randomDay(), priceCents(r, logUniform(r, 100, 320), 'whole'), inst);
      this.note('wedding gift');
    }
    const c = this.p.habits.charity;
    if (c && this.cal === 6) {
      this.card(this.first + 10 + r.int(19), c.cents, { name: c.name, raw: c.raw, cat: 'Gifts', lo: 0, hi: 0, price: 'whole', suburb: 'SYDNEY', state: 'NSW', online: true }, { lag: 0 });
      this.note('end-of-financial-year donation');
    }
  }

  private education(): void {
    const r = this.r;
    // children move up a year each January, with the school year
    const grown = Math.floor(this.mi / 12) - Math.floor(this.startMi / 12);
    const ages = this.p.kids.map((a) => a + grown);
    const schoolKids = ages.filter((a) => a >= 5 && a <= 17).length;
    const careKids = ages.filter((a) => a >= 1 && a <= 4).length;
    const oshcKids = ages.filter((a) => a >= 5 && a <= 11).length;
    const cc = this.p.childcare;
    if (cc && careKids > 0) {
      for (let d = this.first; d <= this.last; d++) {
        if (weekday(d) !== 1) continue;
        const [, m, dd] = civil(d);
        if ((m === 12 && dd > 21) || (m === 1 && dd < 6)) continue; // closed over Christmas
        this.directDebit(d, Math.round(cc.weeklyCents * careKids * r.uniform(0.9, 1.1)), cc.name, titleCase(cc.name), 'Education', 8);
      }
    }
    const school = this.p.school;
    if (!school || schoolKids === 0) return;
    const schoolRaw = school.name;
    const term = { 1: 1, 4: 2, 7: 3, 10: 4 }[this.cal];
    if (school.termFeeCents > 0 && term !== undefined) {
      const discount = schoolKids > 1 ? 0.9 : 1;
      this.bpay(this.first + intIn(r, 3, 20), Math.round(school.termFeeCents * schoolKids * discount * (1 + 0.04 * Math.floor(this.off / 12))), schoolRaw, titleCase(schoolRaw), 'Education');
      this.note(`term ${term} school fees`);
    }
    if (this.cal === 2 && school.kind === 'public') {
      this.card(this.first + intIn(r, 3, 20), priceCents(r, r.uniform(60, 240) * schoolKids, 'whole'), { name: titleCase(schoolRaw), raw: `QKR*${schoolRaw}`, cat: 'Education', lo: 0, hi: 0, price: 'whole', suburb: this.suburb, state: this.p.state, online: true }, { lag: 0 });
      this.note('school contributions');
    }
    if (this.cal === 1) {
      this.card(this.first + intIn(r, 12, 28), priceCents(r, r.uniform(80, 260) * schoolKids, 'retail'), { name: 'School uniform shop', raw: `${schoolRaw.split(' ')[0] ?? 'SCHOOL'} UNIFORM SHOP`, cat: 'Education', lo: 0, hi: 0, price: 'retail', suburb: this.suburb, state: this.p.state, online: false });
      this.note('back to school');
    }
    const inTerm = this.cal !== 1 && this.cal !== 12;
    if (inTerm) {
      for (let i = 0, n = poisson(r, 0.5 * schoolKids); i < n; i++) {
        this.card(this.randomDay(), priceCents(r, r.uniform(12, 65), 'whole'), { name: titleCase(schoolRaw), raw: `QKR*${schoolRaw}`, cat: 'Education', lo: 0, hi: 0, price: 'whole', suburb: this.suburb, state: this.p.state, online: true }, { lag: 0 });
      }
    }
    if (oshcKids > 0 && this.earners.length === this.p.adults.length) {
      const oshc = `${schoolRaw.split(' ')[0] ?? 'SCHOOL'} OSHC`;
      for (let d = this.first; d <= this.last; d++) {
        if (weekday(d) !== 5) continue;
        const [, m, dd] = civil(d);
        const holidays = (m === 1) || (m === 12 && dd > 17) || (m === 4 && dd > 10 && dd < 27) || (m === 7 && dd < 20) || (m === 9 && dd > 26) || (m === 10 && dd < 12);
        this.directDebit(d, Math.round((holidays ? 22000 : 9000) * oshcKids * r.uniform(0.7, 1.2)), oshc, titleCase(oshc), 'Education', 7);
      }
    }
    if (ages.some((a) => a >= 9 && a <= 16) && strHash(`${this.p.seed}:tutor`) % 5 === 0 && inTerm) {
      const inst = this.inst(pick(createRng(this.p.seed), TUTORING), this.suburb);
      this.card(this.first + 2, priceCents(r, r.uniform(inst.lo, inst.hi), 'whole'), inst, { lag: 0 });
    }
  }

  private personal(): void {
    const r = this.r;
    const hab = this.p.habits;
    if (hab.cleaner) {
      const anchor = this.startDay + (this.p.seed % 14);
      for (let d = anchor + Math.ceil((this.first - anchor) / 14) * 14; d <= this.last; d += 14) {
        if (!this.away(d)) this.payOut(d, hab.cleaner.cents, hab.cleaner.name, 'Personal Payments', 'cleaning');
      }
    }
    if (hab.familySupport) this.payOut(this.first + Math.min(hab.familySupport.day, this.dim) - 1, hab.familySupport.cents, hab.familySupport.name, 'Personal Payments', pick(r, ['', 'mum', 'love you', 'monthly']));
    if (this.kidsTransfer) {
      for (let d = this.first; d <= this.last; d++) if (weekday(d) === 5) this.payOut(d, this.kidsTransfer.cents, this.kidsTransfer.name, 'Personal Payments', 'pocket money');
    }
    for (let i = 0, n = poisson(r, 1.1 * this.L); i < n; i++) {
      this.payOut(this.randomDay(), priceCents(r, logUniform(r, 12, 150), chance(r, 0.5) ? 'whole' : 'any'), pick(r, this.p.friends), 'Personal Payments', pick(r, SPLIT_MEMOS));
    }
    if (chance(r, 0.035)) {
      this.payOut(this.randomDay(), priceCents(r, logUniform(r, 250, 2600), chance(r, 0.5) ? 'whole' : 'any'), '', 'Personal Payments', pick(r, ['INV', 'invoice', '', 'quote']), tradieName(r));
      this.note('paid a tradie');
    }
    if (chance(r, 0.03)) {
      this.payOut(this.randomDay(), priceCents(r, logUniform(r, 200, 1200), 'whole'), pick(r, this.p.friends), 'Personal Payments', pick(r, ['airbnb', 'accom', 'holiday', 'concert', 'hens', 'bucks']));
      this.note('paid a friend back');
    }
    // an invoice paid by bank transfer to a small business (accountant, course, club)
    if (chance(r, 0.015)) {
      const biz = chance(r, 0.5) ? smallBusinessName(r) : companyName(r).raw.replace(/ (AU)$/, ' PTY LTD');
      this.payOut(this.randomDay(), priceCents(r, logUniform(r, 120, 1600), chance(r, 0.6) ? 'whole' : 'any'), '', 'Personal Payments', pick(r, ['invoice', 'INV', 'payment', '', 'transfer']), biz);
      this.note('paid an invoice');
    }
    // the rare big, legitimate transfer to someone new: a family loan, a private sale
    if (chance(r, 0.008)) {
      const surname = (this.p.adults[0] ?? 'A Smith').split(' ').slice(1).join(' ');
      const name = chance(r, 0.6) ? `${pick(r, FIRST_NAMES)} ${surname}` : personName(r);
      this.payOut(this.randomDay(), Math.round(logUniform(r, 800, 6000)) * 100, name, 'Personal Payments', pick(r, ['loan', 'help', '', 'as discussed', 'xx']));
      this.note('lent family money');
    } else if (chance(r, 0.004)) {
      this.payOut(this.randomDay(), Math.round(logUniform(r, 15, 120)) * 10000, personName(r), 'Personal Payments', pick(r, ['car', 'deposit', 'bike', '', 'marketplace']));
      this.note('bought something privately');
    }
  }

  private cash(): void {
    const r = this.r;
    for (let i = 0, n = poisson(r, this.p.habits.atmPerMonth); i < n; i++) {
      this.atm(this.randomDay(), pick(r, [2000, 4000, 5000, 6000, 10000, 10000, 15000, 20000, 30000]), chance(r, 0.7) ? this.suburb : this.randomSuburb());
    }
  }

  // --------------------------------------------------------------- anomalies

  private baseline(cat: Category): number {
    const ci = SPEND_INDEX.get(cat);
    if (ci === undefined) return 0;
    let sum = 0;
    let n = 0;
    for (let o = Math.max(0, this.off - 12); o < this.off; o++) {
      if (this.labels[o]?.anomalous) continue;
      sum += this.normalTotals[o * SPENDING_CATEGORIES.length + ci] ?? 0;
      n++;
    }
    return n > 0 ? sum / n : 0;
  }

  private inject(plan: AnomalyPlan, label: MonthLabel): void {
    this.r = this.anomalyRng;
    this.anom = true;
    const before = this.drafts.day.length;
    let note = '';
    switch (plan.kind) {
      case 'fraud-direct-debit':
        note = this.fraudDirectDebit();
        break;
      case 'category-spike':
        note = this.categorySpike();
        break;
      case 'sustained-elevation':
        note = this.sustained(plan);
        break;
      case 'card-skimming':
        note = this.skimming();
        break;
      case 'scam-transfer':
        note = this.scam();
        break;
      case 'missing-salary':
        note = this.events.find((e) => e.includes('did not arrive')) ?? 'salary did not arrive';
        break;
      case 'duplicate-charges':
        note = this.duplicates();
        break;
    }
    this.anom = false;
    this.r = this.life;
    const cats = new Set<Category>();
    if (plan.kind === 'missing-salary') cats.add('Income');
    else if (plan.kind === 'sustained-elevation' || plan.kind === 'category-spike') {
      const c = this.elevated.get(plan.run);
      if (c) cats.add(c.cat);
    } else for (let i = before; i < this.drafts.cat.length; i++) cats.add(this.drafts.cat[i] as Category);
    label.anomalous = true;
    label.kind = plan.kind;
    label.categories = [...cats];
    label.note = note;
  }

  private readonly elevated = new Map<number, { cat: SpendingCategory; base: number; factors: number[] }>();

  private pickSpikeCategory(): { cat: SpendingCategory; base: number } {
    const r = this.r;
    const options = SPIKE_CATEGORIES.map((c) => ({ cat: c, base: this.baseline(c) })).filter((o) => o.base >= SPIKE_MIN_BASE_CENTS);
    if (options.length === 0) return { cat: 'Groceries', base: Math.max(20000, this.baseline('Groceries')) };
    return pick(r, options);
  }

  private categorySpike(): string {
    const r = this.r;
    const { cat, base } = this.pickSpikeCategory();
    const factor = r.uniform(2.5, 4);
    this.elevated.set(this.plan.get(this.off)?.run ?? -1, { cat, base, factors: [factor] });
    this.addCategoryExtra(cat, this.extraFor(cat, factor, base));
    return `${cat} at about ${factor.toFixed(1)}x its usual level (usual ~$${Math.round(base / 100)})`;
  }

  private sustained(plan: AnomalyPlan): string {
    const r = this.r;
    let e = this.elevated.get(plan.run);
    if (!e) {
      const pickd = this.pickSpikeCategory();
      e = { ...pickd, factors: [r.uniform(1.4, 1.8), r.uniform(1.4, 1.8), r.uniform(1.4, 1.8)] };
      this.elevated.set(plan.run, e);
    }
    const f = e.factors[plan.step] ?? 1.5;
    this.addCategoryExtra(e.cat, this.extraFor(e.cat, f, e.base));
    return `${e.cat} elevated ${f.toFixed(2)}x (month ${plan.step + 1} of 3)`;
  }

  /**
   * How much to add so the month's total in `cat` lands near `factor` times
   * its usual level (the normal rows already drawn this month count), and
   * never less than a third of the nominal extra.
   */
  private extraFor(cat: SpendingCategory, factor: number, base: number): number {
    const ci = SPEND_INDEX.get(cat) ?? 0;
    const already = this.normalTotals[this.off * SPENDING_CATEGORIES.length + ci] ?? 0;
    const target = factor * base * logNormal(this.r, 1, 0.06);
    return Math.max((factor - 1) * base * 0.35, target - already);
  }

  /** Extra purchases in `cat` worth about `extraCents`, at the household's and some new merchants. */
  private addCategoryExtra(cat: SpendingCategory, extraCents: number): void {
    const r = this.r;
    const L = this.local;
    let sum = 0;
    const people = this.p.adults.length + this.p.kids.length;
    const boost = extraCents > 150000 ? 1.8 : extraCents > 60000 ? 1.3 : 1;
    for (let guard = 0; sum < extraCents && guard < 120; guard++) {
      let inst: Inst;
      let cents: number;
      const x = r.next();
      switch (cat) {
        case 'Groceries':
          if (x < 0.55) {
            inst = chance(r, 0.6) ? L.mainStore : chance(r, 0.5) ? L.secondStore : this.inst(pick(r, this.forState(SUPERMARKETS)), this.randomSuburb());
            cents = Math.round(this.p.habits.groceryWeeklyCents * r.uniform(0.5, 1.4) * boost);
          } else if (x < 0.8) {
            inst = pick(r, L.topups);
            cents = this.amountOf(inst, boost);
          } else {
            inst = pick(r, L.liquor);
            cents = this.amountOf(inst, 1.5 * boost);
          }
          break;
        case 'Dining':
          if (x < 0.4) {
            inst = chance(r, 0.5) ? pick(r, L.restaurants) : this.named(restaurantName(r), 'Dining', 40, 200, 'any', this.randomSuburb());
            cents = priceCents(r, logUniform(r, 45, 140) * Math.pow(Math.min(people, 4), 0.8) * boost, 'any');
          } else if (x < 0.75) {
            inst = chance(r, 0.5) ? this.inst(pick(r, DELIVERY), '') : pick(r, L.takeaway);
            cents = this.amountOf(inst, boost);
          } else {
            inst = chance(r, 0.6) ? pick(r, L.cafes) : this.named(cafeName(r), 'Dining', 5, 40, 'coffee', this.randomSuburb());
            cents = priceCents(r, logUniform(r, 6, 45) * boost, 'coffee');
          }
          break;
        case 'Shopping':
          if (x < 0.12) {
            inst = this.inst(pick(r, this.forState(BIG_TICKET)), this.randomSuburb());
            cents = Math.min(Math.round(extraCents - sum + 2000), this.amountOf(inst));
          } else if (x < 0.5) {
            inst = pick(r, L.shops);
            cents = this.amountOf(inst, boost);
          } else if (x < 0.8) {
            inst = this.inst(pick(r, ONLINE_SHOPS), '');
            cents = this.amountOf(inst, boost);
          } else {
            inst = this.onlineOneOff(r);
            cents = this.amountOf(inst, boost);
          }
          break;
        case 'Transport':
          if (this.p.car && x < 0.5) {
            inst = chance(r, 0.7) ? pick(r, L.fuel) : this.inst(pick(r, this.forState(FUEL)), this.randomSuburb());
            cents = Math.round(this.p.car.fillCents * this.fuelIndex * logNormal(r, 1, 0.15));
          } else if (x < 0.85) {
            inst = this.inst(pick(r, RIDESHARE), '');
            cents = this.amountOf(inst, 1.2 * boost);
          } else {
            inst = this.inst(pick(r, PARKING), this.randomSuburb());
            cents = this.amountOf(inst, boost);
          }
          break;
        default:
          if (x < 0.4) {
            inst = this.inst(pick(r, TICKETING), '');
            cents = this.amountOf(inst, boost);
          } else if (x < 0.8) {
            inst = chance(r, 0.5) ? pick(r, L.entertainment) : this.inst(pick(r, this.forState(ENTERTAINMENT)), this.randomSuburb());
            cents = this.amountOf(inst, Math.sqrt(people) * boost);
          } else {
            const n = digitalServiceName(r);
            inst = { name: n.name, raw: n.raw, cat: 'Entertainment', lo: 10, hi: 90, price: 'retail', suburb: 'SYDNEY', state: 'NSW', online: true };
            cents = this.amountOf(inst, boost);
          }
      }
      cents = Math.max(100, cents);
      this.card(this.randomDay(this.first, this.last), cents, inst, { cat });
      sum += cents;
    }
  }

  private fraudDirectDebit(): string {
    const r = this.r;
    const c = companyName(r);
    const cents = pick(r, [999, 1499, 1995, 2499, 2999, 3499, 3999, 4999, 4999, 5995, 6999, 7999, 8999, 9999, 12900]);
    const biller = hashDigits(this.uint(), 9, 6);
    const ref = hashDigits(this.uint(), 10, pick(r, [8, 9, 10]));
    const twice = chance(r, 0.45);
    const d1 = twice ? this.first + intIn(r, 0, Math.max(0, this.dim - 18)) : this.first + r.int(this.dim - 3);
    const days = twice ? [d1, d1 + pick(r, [0, 1, 7, 14])] : [d1];
    for (const d of days) {
      this.push(Math.min(this.last, nextBusinessDay(d)), -cents, 'Subscriptions', c.name, { channel: 'direct-debit', raw: c.raw, biller, ref, n: this.uint() });
    }
    return `unknown direct debit ${c.raw} ${days.length} x $${(cents / 100).toFixed(2)}`;
  }

  private skimming(): string {
    const r = this.r;
    const n = intIn(r, 4, 16);
    const span = intIn(r, 1, 4);
    const start = this.first + r.int(Math.max(1, this.dim - span - 1));
    const foreignShare = r.uniform(0.2, 1);
    const pool: { inst: Inst; foreign?: Foreign }[] = [];
    for (let k = 0, m = intIn(r, 2, 6); k < m; k++) {
      const digital = chance(r, 0.3);
      const nm = digital ? digitalServiceName(r) : onlineStoreName(r);
      const inst: Inst = { name: nm.name, raw: nm.raw, cat: digital ? 'Entertainment' : 'Shopping', lo: 8, hi: 280, price: chance(r, 0.5) ? 'retail' : 'any', suburb: pick(r, ['SYDNEY', 'MELBOURNE', 'BRISBANE']), state: 'NSW', online: true };
      const place = pick(r, FOREIGN_ONLINE_PLACES);
      pool.push(chance(r, foreignShare) ? { inst, foreign: place } : { inst });
    }
    const who = r.int(this.p.cards.length);
    let total = 0;
    for (let k = 0; k < n; k++) {
      const e = pick(r, pool);
      const small = k < 2 && chance(r, 0.4);
      const cents = small ? priceCents(r, r.uniform(0.5, 4.99), 'any') : priceCents(r, logUniform(r, 8, 280), e.inst.price);
      const d = start + r.int(span);
      this.card(d, cents, e.inst, { who, lag: 0, ...(e.foreign ? { foreign: e.foreign } : {}) });
      total += cents;
    }
    return `${n} card payments at unfamiliar merchants over ${span} day${span > 1 ? 's' : ''} (~$${Math.round(total / 100)})`;
  }

  private scam(): string {
    const r = this.r;
    const income = this.householdIncome();
    const lo = Math.max(40000, income * 0.1);
    const hi = Math.max(lo * 3, Math.min(2500000, income * 3));
    let total = Math.round(logUniform(r, lo, hi));
    total = chance(r, 0.6) ? Math.round(total / 5000) * 5000 : total;
    const company = chance(r, 0.3);
    const payee = company ? companyName(r).raw.replace(/ (AU)$/, ' PTY LTD') : payeeRaw(personName(r));
    const parts = chance(r, 0.7) ? 1 : intIn(r, 2, 3);
    const d0 = this.first + r.int(this.dim - 3);
    const memo = pick(r, SCAM_MEMOS);
    for (let k = 0; k < parts; k++) {
      const cents = k === parts - 1 ? total - Math.round((total / parts) * (parts - 1)) : Math.round(total / parts);
      const spec: NarrativeSpec = { channel: 'pay-out', raw: payee, n: this.uint() };
      if (memo) spec.memo = memo;
      this.push(d0 + Math.min(k, 2), -cents, 'Personal Payments', titleCase(payee), spec);
    }
    return `transfer of $${Math.round(total / 100)} to new payee ${payee}${parts > 1 ? ` in ${parts} payments` : ''}`;
  }

  private duplicates(): string {
    const r = this.r;
    const L = this.local;
    const x = r.next();
    let inst: Inst;
    let cents: number;
    if (x < 0.35) {
      inst = chance(r, 0.6) ? pick(r, L.shops) : this.inst(pick(r, ONLINE_SHOPS), '');
      cents = this.amountOf(inst, r.uniform(1, 2));
    } else if (x < 0.5) {
      inst = this.inst(pick(r, this.forState(BIG_TICKET)), this.randomSuburb());
      cents = priceCents(r, logUniform(r, 60, 450), 'retail');
    } else if (x < 0.7) {
      inst = pick(r, [...L.restaurants, ...L.takeaway]);
      cents = this.amountOf(inst);
    } else if (x < 0.85) {
      inst = L.mainStore;
      cents = Math.round(this.p.habits.groceryWeeklyCents * r.uniform(0.5, 1.2));
    } else if (x < 0.93 && this.p.car) {
      inst = pick(r, L.fuel);
      cents = Math.round(this.p.car.fillCents * this.fuelIndex * logNormal(r, 1, 0.1));
    } else {
      inst = this.inst(pick(r, TICKETING), '');
      cents = this.amountOf(inst);
    }
    const copies = chance(r, 0.5) ? 2 : chance(r, 0.7) ? 3 : 4;
    const bought = this.first + r.int(this.dim - 1);
    const lag = inst.online ? 0 : Math.min(this.postingLag(), this.last - bought) * (this.p.bank === 'up' ? 0 : 1);
    const n = this.uint();
    const who = r.int(this.p.cards.length);
    const wallet = !inst.online && r.next() < this.p.walletShare;
    for (let k = 0; k < copies; k++) {
      const spec: NarrativeSpec = { channel: 'card', raw: inst.raw, suburb: inst.suburb, state: inst.state, card: this.p.cards[who] ?? '0000', n };
      if (lag > 0) spec.valueDate = this.iso(bought);
      if (inst.online) spec.online = true;
      if (wallet) spec.wallet = true;
      this.push(bought + lag, -cents, inst.cat, inst.name, spec);
    }
    return `${copies} x $${(cents / 100).toFixed(2)} at ${inst.name} on the same day`;
  }
}

/** Row indices in posting-date order, generation order within a day (a stable counting sort). */
function orderByDay(days: readonly number[], from: number, to: number): Int32Array {
  const counts = new Int32Array(to - from + 2);
  for (const d of days) (counts[d - from + 1] as number)++;
  for (let i = 1; i < counts.length; i++) counts[i] = (counts[i] as number) + (counts[i - 1] as number);
  const order = new Int32Array(days.length);
  for (let i = 0; i < days.length; i++) {
    const slot = (days[i] as number) - from;
    order[counts[slot] as number] = i;
    counts[slot] = (counts[slot] as number) + 1;
  }
  return order;
}

/**
 * Generate one household's transactions and month labels.
 *
 * The everyday account is kept plausible on the way out: it is topped up
 * from savings before it would drop below a small floor, and a surplus is
 * usually swept to savings at month end (rows of kind 'transfer', never
 * spend).
 *
 * @throws Error when `startMonth` is not `YYYY-MM`, `months` or `anomalyFromMonth` is not a positive integer, or `anomalyRate` is outside [0, 1]
 */
export function generateHousehold(opts: GenerateOptions): GeneratedHousehold {
  const startMi = monthIndexOf(opts.startMonth);
  if (!Number.isInteger(opts.months) || opts.months < 1) throw new Error(`months must be a positive integer, got ${opts.months}`);
  const rate = opts.anomalyRate ?? 0.12;
  if (!(rate >= 0 && rate <= 1)) throw new Error(`anomalyRate must be in [0, 1], got ${rate}`);
  const anomalyFrom = opts.anomalyFromMonth ?? HISTORY_MONTHS;
  if (!Number.isInteger(anomalyFrom) || anomalyFrom < 1) throw new Error(`anomalyFromMonth must be a positive integer, got ${anomalyFrom}`);
  const profile = opts.profile ?? makeProfile(opts.seed, opts.startMonth, opts.months);
  const life = new Life(profile, opts.seed, startMi, opts.months, rate, anomalyFrom);
  life.run();

  const rng = createRng(deriveSeed(opts.seed, 'balance'));
  const bank = profile.bank;
  const withBalance = bankHasBalance(bank);
  const account = bankHasAccount(bank) ? accountLabel(bank, profile.accounts.bsb, profile.accounts.number) : null;
  const income = life.householdIncome();
  const floor = 15000;
  const sweepAbove = Math.max(400000, income * 1.3);
  const savings = profile.accounts;
  const dr = life.drafts;
  const order = orderByDay(dr.day, life.startDay, life.endDay);
  const width = String(Math.round(dr.day.length * 1.1)).length + 1;
  const transactions: SynthTransaction[] = [];
  let bal = savings.openingBalanceCents;

  const emit = (day: number, cents: number, cat: Category, kind: TransactionKind, merchant: string, spec: NarrativeSpec): void => {
    bal += cents;
    const tx: SynthTransaction = {
      line: 0,
      date: life.isoDate(day),
      amountCents: cents,
      description: '',
      merchant,
      balanceCents: withBalance ? bal : null,
      account,
      kind,
      bankCategory: bankCategoryHint(bank, spec, cat),
      category: cat,
      synthId: `${profile.id}-${String(transactions.length).padStart(width, '0')}`,
      narrative: spec,
    };
    tx.description = renderNarrative(bank, spec, tx);
    transactions.push(tx);
  };
  const transfer = (day: number, cents: number): void => {
    const spec = uniformSpec({ channel: cents > 0 ? 'transfer-in' : 'transfer-out', raw: savings.savingsName, account: savings.savingsNumber, n: Math.floor(rng.next() * 4294967296) });
    emit(day, cents, 'Transfers', 'transfer', savings.savingsName, spec);
  };

  let monthEnd = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const day = dr.day[i] as number;
    const cents = dr.cents[i] as number;
    if (day > monthEnd) {
      // a new month: maybe sweep last month's surplus on its last day
      if (monthEnd >= 0 && bal > sweepAbove && rng.next() < 0.8) {
        const amount = Math.round((bal - income * 0.5) / 10000) * 10000;
        if (amount > 0) transfer(monthEnd, -amount);
      }
      const [y, m] = civil(day);
      monthEnd = dayOf(y, m, 1) + daysInMonth(y, m) - 1;
    }
    if (cents < 0 && bal + cents < floor) {
      const need = floor - (bal + cents) + Math.round(rng.uniform(300, 1500)) * 100;
      transfer(day, Math.ceil(need / 10000) * 10000);
    }
    emit(day, cents, dr.cat[i] as Category, dr.kind[i] as TransactionKind, dr.merchant[i] as string, dr.spec[i] as NarrativeSpec);
  }
  return { transactions, labels: life.labels, profile };
}

/** Start day of the anomaly-free history, exported for tests and evaluation code. */
export { HISTORY_MONTHS };
