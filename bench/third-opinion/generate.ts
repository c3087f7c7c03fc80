/**
 * Third-opinion generator: seeded Australian households written as real bank CSV exports,
 * with labelled anomalous months. Written without knowledge of the engine or the team's
 * generators. Same seed + options => byte-identical output.
 *
 *   tsx bench/third-opinion/generate.ts --seed 7 --count 20 --months 60 --out /tmp/third/7
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------- categories & labels

import {
  ANOMALY_KINDS, SPEND_CATEGORIES,
  type AnomalyKind, type Category, type FileTruth as ContractFileTruth, type GenerateOptions,
  type GeneratedHousehold as ContractHousehold, type MonthLabel, type SpendCategory,
} from '../opinion-contract';

export { ANOMALY_KINDS, SPEND_CATEGORIES };
export type { AnomalyKind, Category, GenerateOptions, MonthLabel, SpendCategory };
/** Per-file truth: money out per spend category per month, in cents (refunds not subtracted). */
export type FileTruth = ContractFileTruth<Layout>;
export type GeneratedHousehold = ContractHousehold<Layout>;

export const LAYOUTS = [
  'commbank', 'anz-recent', 'anz-old', 'westpac', 'westpac-multi', 'nab-current', 'nab-9col',
  'nab-old', 'nab-old-quoted', 'ing', 'ing-plain', 'macquarie', 'up-current', 'up-2021',
] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Columns per data row for each layout (used by tests). */
export const LAYOUT_COLUMNS: Record<Layout, number> = {
  commbank: 4, 'anz-recent': 3, 'anz-old': 3, westpac: 8, 'westpac-multi': 8, 'nab-current': 10,
  'nab-9col': 9, 'nab-old': 8, 'nab-old-quoted': 8, ing: 5, 'ing-plain': 5, macquarie: 11,
  'up-current': 15, 'up-2021': 15,
};
export const LAYOUT_HAS_HEADER: Record<Layout, boolean> = {
  commbank: false, 'anz-recent': false, 'anz-old': false, westpac: true, 'westpac-multi': true,
  'nab-current': true, 'nab-9col': true, 'nab-old': false, 'nab-old-quoted': false, ing: true,
  'ing-plain': true, macquarie: true, 'up-current': true, 'up-2021': true,
};
const BANK_LAYOUTS: Layout[][] = [
  ['commbank'], ['anz-recent', 'anz-old'], ['westpac', 'westpac-multi'],
  ['nab-current', 'nab-9col', 'nab-old', 'nab-old-quoted'], ['ing', 'ing-plain'], ['macquarie'],
  ['up-current', 'up-2021'],
];

// ---------------------------------------------------------------- PRNG (mulberry32)

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  float(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    const x = xs[Math.floor(this.next() * xs.length)];
    if (x === undefined) throw new Error('pick from empty list');
    return x;
  }
  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  /** Positive amount in cents around `dollars` with relative spread (log-normal). */
  cents(dollars: number, spread = 0.25): number {
    return Math.max(100, Math.round(dollars * Math.exp(spread * this.normal() - (spread * spread) / 2) * 100));
  }
  digits(n: number): string {
    let s = String(this.int(1, 9));
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
}

function hashSeed(...xs: number[]): number {
  let h = 2166136261;
  for (const x of xs) {
    h ^= x & 0xffff;
    h = Math.imul(h, 16777619);
    h ^= x >>> 16;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
function ymd(day: number): { y: number; m: number; d: number; dow: number } {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), dow: t.getUTCDay() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');
const monthKey = (y: number, m: number): string => `${y}-${p2(m)}`;
const dmy = (day: number): string => {
  const { y, m, d } = ymd(day);
  return `${p2(d)}/${p2(m)}/${y}`;
};

// ---------------------------------------------------------------- places & merchants

type State = 'NSW' | 'VIC' | 'QLD' | 'WA' | 'SA' | 'ACT' | 'TAS';
const SUBURBS: Record<State, string[]> = {
  NSW: ['BONDI JUNCTION', 'PARRAMATTA', 'CHATSWOOD', 'PENRITH', 'LIVERPOOL', 'HORNSBY', 'MARRICKVILLE', 'BLACKTOWN', 'CASTLE HILL', 'NEWCASTLE WEST'],
  VIC: ['RICHMOND', 'FOOTSCRAY', 'BOX HILL', 'DANDENONG', 'BRUNSWICK', 'FRANKSTON', 'GLEN WAVERLEY', 'GEELONG', 'PRESTON'],
  QLD: ['CHERMSIDE', 'SOUTHPORT', 'TOOWONG', 'INDOOROOPILLY', 'CAPALABA', 'CARINDALE', 'NORTH LAKES'],
  WA: ['JOONDALUP', 'MORLEY', 'FREMANTLE', 'CANNINGTON', 'MIDLAND', 'SUBIACO'],
  SA: ['NORWOOD', 'MARION', 'ELIZABETH', 'GLENELG', 'MODBURY', 'PROSPECT'],
  ACT: ['BELCONNEN', 'WODEN', 'GUNGAHLIN', 'TUGGERANONG', 'BRADDON'],
  TAS: ['HOBART', 'LAUNCESTON', 'GLENORCHY', 'KINGSTON', 'SANDY BAY'],
};
const CITY: Record<State, string> = { NSW: 'SYDNEY', VIC: 'MELBOURNE', QLD: 'BRISBANE', WA: 'PERTH', SA: 'ADELAIDE', ACT: 'CANBERRA', TAS: 'HOBART' };
const CBA_STATE: Record<State, string> = { NSW: 'NS', VIC: 'VI', QLD: 'QL', WA: 'WA', SA: 'SA', ACT: 'AC', TAS: 'TA' };

interface Merchant {
  raw: string; // as printed on statements, without suburb
  clean: string; // cleaned merchant name (Macquarie Details, Up Payee, NAB Merchant Name)
  suburb: string;
  state: State | null; // null = overseas
  country: string; // AUS, USA, NZL, ...
  cat: Category;
}

type Channel = 'card' | 'dd' | 'bpay' | 'salary' | 'own-out' | 'own-in' | 'person-out' | 'person-in' | 'atm' | 'fee' | 'interest' | 'refund' | 'gov';

interface Txn {
  day: number;
  sec: number; // seconds after midnight local
  cents: number; // signed: negative = money out
  cat: Category;
  ch: Channel;
  m?: Merchant;
  name?: string; // employer, biller, payee
  memo?: string;
  billerId?: string; // constant per biller (CommBank DD number, BPAY biller code)
  ref: string; // receipt / reference number
  fx?: { ccy: string; amount: string };
  unknownToBank?: boolean; // the bank's own categorizer has no category for it
}

const FIRST_NAMES = ['JAMES', 'OLIVIA', 'LIAM', 'CHLOE', 'NOAH', 'MIA', 'JACK', 'ISLA', 'WILLIAM', 'GRACE', 'LUCAS', 'RUBY', 'HENRY', 'ZOE', 'ETHAN', 'SOPHIE', 'THOMAS', 'AMELIA', 'ARJUN', 'PRIYA', 'MINH', 'LINH', 'WEI', 'MEI', 'AHMED', 'FATIMA', 'LUCA', 'GIULIA', 'SEAN', 'AROHA'];
const SURNAMES = ['SMITH', 'NGUYEN', 'WILLIAMS', 'BROWN', 'WILSON', 'TAYLOR', 'JOHNSON', 'WHITE', 'MARTIN', 'ANDERSON', 'THOMPSON', 'TRAN', 'WALKER', 'HARRIS', 'LEE', 'RYAN', 'ROBINSON', 'KELLY', 'KING', 'PATEL', 'SINGH', 'CHEN', 'WANG', 'ROSSI', 'MURPHY', "O'BRIEN", 'COSTA', 'NIKOLOPOULOS'];
const EMPLOYERS = ['ACME LOGISTICS PTY LTD', 'NSW HEALTH', 'DEPT OF EDUCATION', 'BUNNINGS GROUP LTD', 'WESTFIELD MGMT', 'TELSTRA LIMITED', 'CITY OF MELBOURNE', 'RAMSAY HEALTH CARE', 'ATLASSIAN PTY LTD', 'BHP BILLITON', 'QLD HEALTH', 'AUSTRALIA POST', 'DOWNER EDI', 'ISS FACILITY SVCS', 'BRIGHT SPARK ELECTRICAL', 'COLES SUPERMARKETS', 'UNIVERSITY OF SYDNEY', 'JOHN HOLLAND', 'KPMG AUSTRALIA', 'SUNCORP GROUP', 'CANBERRA HEALTH SVCS', 'TASNETWORKS'];

// ---------------------------------------------------------------- household

interface Sub { raw: string; clean: string; price: number[]; priceYears: number[]; day: number; from: number; to: number; annual?: boolean }

interface Household {
  id: string;
  file: string;
  layout: Layout;
  state: State;
  suburb: string;
  adults: number;
  kids: number;
  card: string; // last 4 digits
  acct: string; // account number
  savings: string; // savings account number
  bsb: string;
  car: boolean;
  renter: boolean;
  pet: boolean;
  roundUps: boolean;
}

class Sim {
  readonly txns: Txn[] = [];
  readonly notes = new Map<number, Set<string>>();
  readonly start: number;
  readonly end: number; // exclusive
  readonly y0: number;
  constructor(readonly r: Rng, readonly h: Household, readonly months: number, startYear: number) {
    this.y0 = startYear;
    this.start = dayOf(startYear, 1, 1);
    const endY = startYear + Math.floor(months / 12);
    this.end = dayOf(endY, (months % 12) + 1, 1);
  }
  mi(day: number): number {
    const { y, m } = ymd(day);
    return (y - this.y0) * 12 + m - 1;
  }
  monthStart(mi: number): number {
    return dayOf(this.y0 + Math.floor(mi / 12), (mi % 12) + 1, 1);
  }
  note(day: number, text: string): void {
    const k = this.mi(day);
    let s = this.notes.get(k);
    if (!s) this.notes.set(k, (s = new Set()));
    s.add(text);
  }
  add(t: Omit<Txn, 'ref' | 'sec'> & { sec?: number; ref?: string }): Txn {
    const full: Txn = { ...t, sec: t.sec ?? this.r.int(7 * 3600, 21 * 3600), ref: t.ref ?? this.r.digits(6) };
    if (full.day >= this.start && full.day < this.end) this.txns.push(full);
    return full;
  }
  store(brand: string, cat: Category, clean: string, suburb?: string, num = true): Merchant {
    const raw = num ? `${brand} ${this.r.int(1000, 4999)}` : brand;
    return { raw, clean, suburb: suburb ?? this.r.pick(SUBURBS[this.h.state]), state: this.h.state, country: 'AUS', cat };
  }
  online(raw: string, cat: Category, clean: string, suburb = CITY[this.h.state]): Merchant {
    const st = (Object.keys(CITY) as State[]).find((k) => CITY[k] === suburb) ?? this.h.state;
    return { raw, clean, suburb, state: st, country: 'AUS', cat };
  }
  buy(day: number, m: Merchant, cents: number, sec?: number): Txn {
    return this.add({ day, cents: -Math.abs(cents), cat: m.cat, ch: 'card', m, sec });
  }
}

// A household's pools of local merchants; rebuilt when it moves house.
interface Pools {
  superMain: Merchant;
  superOther: Merchant[];
  cafes: Merchant[];
  takeaway: Merchant[];
  restaurants: Merchant[];
  fuel: Merchant[];
  shops: Merchant[];
  chemist: Merchant[];
}

function makePools(s: Sim, suburb: string): Pools {
  const r = s.r;
  const near = (): string => (r.chance(0.6) ? suburb : r.pick(SUBURBS[s.h.state]));
  const mainBrand = r.pick(['WOOLWORTHS', 'COLES', 'COLES', 'WOOLWORTHS', 'ALDI STORES', 'IGA']);
  const clean = (b: string): string => b.split(' ')[0]!.charAt(0) + b.split(' ')[0]!.slice(1).toLowerCase();
  const superMain = mainBrand === 'ALDI STORES'
    ? { raw: 'ALDI STORES', clean: 'Aldi', suburb, state: s.h.state, country: 'AUS', cat: 'Groceries' as const }
    : s.store(mainBrand, 'Groceries', clean(mainBrand), suburb);
  const superOther = [
    s.store(mainBrand === 'COLES' ? 'WOOLWORTHS' : 'COLES', 'Groceries', mainBrand === 'COLES' ? 'Woolworths' : 'Coles', near()),
    { raw: 'ALDI STORES', clean: 'Aldi', suburb: near(), state: s.h.state, country: 'AUS', cat: 'Groceries' as const },
    s.store('BAKERS DELIGHT', 'Groceries', 'Bakers Delight', near(), false),
    s.store(r.pick(['HARRIS FARM MARKETS', 'FOODWORKS', 'IGA X-PRESS', 'FRUIT WORLD']), 'Groceries', 'Local grocer', suburb, false),
  ];
  const cafeNames = ['SQ *THE GRIND CAFE', 'SQ *BEAN THERE ESPRESSO', 'LITTLE MARKET CAFE', 'SQ *MILK & HONEY', 'ZLR*GOOD MORNING CAFE', 'SQ *THE DAILY CUP', 'GLORIA JEANS', 'STARBUCKS'];
  const cafes = [0, 1, 2].map(() => {
    const n = r.pick(cafeNames);
    return s.store(n, 'Dining', n.replace(/^(SQ \*|ZLR\*)/, ''), near(), false);
  });
  const takeaway = [
    s.online('MENULOG PTY LTD', 'Dining', 'Menulog', 'SYDNEY'),
    s.online('UBER *EATS', 'Dining', 'Uber Eats', 'SYDNEY'),
    s.store('DOMINOS PIZZA', 'Dining', "Domino's", near(), false),
    s.store('MCDONALDS', 'Dining', "McDonald's", near(), false),
    s.store('GUZMAN Y GOMEZ', 'Dining', 'Guzman y Gomez', near(), false),
    s.store('NANDOS', 'Dining', "Nando's", near(), false),
    s.online('DOORDASH*' + r.pick(['THAIBASIL', 'SUSHIHUB', 'KEBABCO']), 'Dining', 'DoorDash', 'MELBOURNE'),
  ];
  const restaurants = ['ZM *MARIOS TRATTORIA', 'THAI PARADISE', 'SQ *SAIGON STREET', "GRILL'D", 'THE ROYAL HOTEL', 'SUSHI TRAIN', 'HOGS BREATH CAFE', 'MADRAS CURRY HOUSE', 'SQ *YUM CHA PALACE']
    .filter(() => r.chance(0.6)).slice(0, 4).map((n) => s.store(n, 'Dining', n.replace(/^(SQ \*|ZM \*)/, ''), near(), false));
  if (restaurants.length === 0) restaurants.push(s.store('THE ROYAL HOTEL', 'Dining', 'The Royal Hotel', suburb, false));
  const fuel = [
    s.store(r.pick(['BP', 'AMPOL', 'SHELL COLES EXP', '7-ELEVEN', 'UNITED PETROLEUM']), 'Transport', 'Fuel', near()),
    s.store(r.pick(['BP', 'AMPOL', 'EG FUELCO', 'METRO PETROLEUM']), 'Transport', 'Fuel', near()),
  ];
  fuel.forEach((f) => (f.clean = f.raw.replace(/ \d+$/, '')));
  const shopDefs: [string, string, boolean][] = [
    ['KMART', 'Kmart', true], ['TARGET', 'Target', true], ['BIG W', 'Big W', true], ['BUNNINGS', 'Bunnings Warehouse', true],
    ['JB HI FI', 'JB Hi-Fi', true], ['OFFICEWORKS', 'Officeworks', true], ['MYER', 'Myer', false], ['UNIQLO', 'Uniqlo', false],
    ['REBEL SPORT', 'Rebel', false], ['COTTON ON', 'Cotton On', false], ['THE REJECT SHOP', 'The Reject Shop', false],
    ['SPOTLIGHT', 'Spotlight', false], ['BEST & LESS', 'Best & Less', false],
  ];
  const shops = shopDefs.map(([b, c, n]) => s.store(b, 'Shopping', c, near(), n));
  shops.push(s.online('AMAZON AU', 'Shopping', 'Amazon', 'SYDNEY SOUTH'), s.online('AMAZON MKTPLC AU', 'Shopping', 'Amazon Marketplace', 'SYDNEY SOUTH'), s.online('PAYPAL *EBAY AU', 'Shopping', 'eBay', '4029357733'));
  const chemist = [
    s.store('CHEMIST WAREHOUSE', 'Health', 'Chemist Warehouse', near(), false),
    s.store(r.pick(['PRICELINE PHARMACY', 'TERRYWHITE CHEMMART', 'BLOOMS THE CHEMIST']), 'Health', 'Pharmacy', near(), false),
  ];
  return { superMain, superOther, cafes, takeaway, restaurants, fuel, shops, chemist };
}

const ENERGY: Record<State, string[]> = {
  NSW: ['AGL SALES PTY LTD', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA', 'RED ENERGY'],
  VIC: ['AGL SALES PTY LTD', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA', 'RED ENERGY', 'ALINTA ENERGY'],
  QLD: ['AGL SALES PTY LTD', 'ORIGIN ENERGY', 'ALINTA ENERGY'],
  WA: ['SYNERGY'], SA: ['AGL SALES PTY LTD', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA'], ACT: ['ACTEWAGL RETAIL'], TAS: ['AURORA ENERGY'],
};
const WATER: Record<State, string> = { NSW: 'SYDNEY WATER', VIC: 'YARRA VALLEY WATER', QLD: 'URBAN UTILITIES', WA: 'WATER CORPORATION', SA: 'SA WATER', ACT: 'ICON WATER', TAS: 'TASWATER' };
const REGO: Record<State, string> = { NSW: 'SERVICE NSW', VIC: 'VICROADS', QLD: 'TMR REGO', WA: 'DEPT OF TRANSPORT WA', SA: 'SERVICE SA', ACT: 'ACCESS CANBERRA', TAS: 'SERVICE TASMANIA' };
const TRANSIT: Record<State, string> = { NSW: 'TRANSPORTFORNSW OPAL', VIC: 'MYKI', QLD: 'TRANSLINK GO CARD', WA: 'TRANSPERTH SMARTRIDER', SA: 'ADELAIDE METRO', ACT: 'TRANSPORT CANBERRA', TAS: 'METRO TASMANIA' };

// ---------------------------------------------------------------- the life of one household

interface Built {
  h: Household;
  sim: Sim;
}

function buildHousehold(seed: number, index: number, months: number, startYear: number): Built {
  const r = new Rng(hashSeed(seed, index, 0x3d0));
  const bankIdx = (index + seed) % 7;
  const variants = BANK_LAYOUTS[bankIdx]!;
  const layout = variants[Math.floor(index / 7 + seed) % variants.length]!;
  const state = r.pick<State>(['NSW', 'NSW', 'NSW', 'VIC', 'VIC', 'VIC', 'QLD', 'QLD', 'WA', 'SA', 'ACT', 'TAS']);
  const kind = r.pick(['single', 'couple', 'family', 'family', 'family']);
  const adults = kind === 'single' ? 1 : 2;
  const kids = kind === 'family' ? r.int(1, 3) : 0;
  const id = `s${seed}-h${p2(index)}`;
  const h: Household = {
    id, file: `${id}.csv`, layout, state, suburb: r.pick(SUBURBS[state]), adults, kids,
    card: r.digits(4), acct: r.digits(9), savings: r.digits(9), bsb: `0${r.int(10, 79)}-${r.digits(3)}`,
    car: r.chance(kind === 'single' ? 0.6 : 0.92), renter: r.chance(0.6), pet: r.chance(0.35), roundUps: r.chance(0.7),
  };
  const s = new Sim(r, h, months, startYear);
  let pools = makePools(s, h.suburb);
  const isFamily = kids > 0;

  // ---- life events (persisting lifestyle changes)
  const jobChangeMi = r.chance(0.5) ? r.int(14, months - 6) : -1;
  const babyMi = adults === 2 && r.chance(0.3) ? r.int(10, months - 10) : -1;
  const moveMi = r.chance(0.35) ? r.int(8, months - 4) : -1;
  const petMi = !h.pet && r.chance(0.2) ? r.int(6, months - 6) : -1;
  const holidayMonth = r.pick([1, 4, 7, 9, 12, 12, 10]); // school holidays-ish
  const overseasYears = new Set<number>([0, 1, 2, 3, 4, 5, 6].filter((y) => y >= 1 && r.chance(0.35)));
  const bigBuys = [0, 1, 2].map(() => r.int(3, months - 1)).filter(() => r.chance(0.6));
  const privateSales = Array.from({ length: Math.floor(months / 12) * 2 }, () => r.int(0, months - 1)).filter(() => r.chance(0.6));
  const familyLoanMi = r.chance(0.4) ? r.int(6, months - 1) : -1;
  const trialMi = r.int(4, months - 3);

  // ---- income
  const payCycle = r.pick(['fortnightly', 'fortnightly', 'fortnightly', 'weekly', 'monthly']);
  let employer = r.pick(EMPLOYERS);
  const net = r.float(1900, 3400) * (adults === 1 ? 0.9 : 1); // per fortnight
  const partnerEmployer = adults === 2 && r.chance(0.8) ? r.pick(EMPLOYERS.filter((e) => e !== employer)) : null;
  const partnerNet = r.float(900, 2600);
  const payAnchor = s.start + r.int(0, 13);
  const partnerAnchor = s.start + r.int(0, 13);
  const bonus = r.chance(0.35) ? r.float(0.04, 0.12) : 0;
  const ftb = isFamily && r.chance(0.5) ? r.float(150, 420) : 0;

  // ---- housing
  // housing costs about a quarter to a third of take-home pay
  const takeHomeWeek = (net + (partnerEmployer ? partnerNet : 0)) / 2;
  let rentWeek = Math.max(330, takeHomeWeek * r.float(0.24, 0.34) * (h.renter ? 1 : 0.9));
  const rentCycle = r.pick(['weekly', 'fortnightly', 'fortnightly', 'monthly']);
  const rentAnchor = s.start + r.int(0, 13);
  const rentDay = r.int(1, 15);
  let agent = r.pick(['RAY WHITE TRUST ACC', 'LJ HOOKER RENTAL TR', 'BELLE PROPERTY TRUST', 'MCGRATH ESTATE AGT', 'PRD REAL ESTATE TRUST', 'HARCOURTS RENTALS']);
  const lender = r.pick(['HOME LOAN REPAYMENT', 'LOAN REPAYMENT', 'MORTGAGE PAYMENT']);

  // ---- recurring bills
  const energy = r.pick(ENERGY[state]);
  const energyBase = r.float(240, 520) * (adults + kids * 0.4) / 2;
  const energyPhase = r.int(0, 2);
  const waterBase = r.float(170, 330);
  const waterPhase = r.int(0, 2);
  const gas = state === 'VIC' || state === 'ACT' ? r.chance(0.8) : r.chance(0.3);
  const gasBase = r.float(150, 380);
  const mobile = r.pick(['TELSTRA', 'OPTUS', 'VODAFONE', 'BELONG', 'AMAYSIM']);
  const mobileAmt = r.pick([35, 45, 49, 55, 62, 65, 69, 85]) * adults;
  const nbn = r.pick(['AUSSIE BROADBAND', 'TPG INTERNET', 'TELSTRA', 'SUPERLOOP', 'IINET LIMITED', 'OPTUS']);
  const nbnAmt = r.pick([69, 75, 79, 85, 89, 95, 99]);
  const health = r.chance(adults === 1 ? 0.45 : 0.7) ? r.pick(['BUPA AUSTRALIA', 'MEDIBANK PRIVATE', 'HCF', 'NIB HEALTH FUNDS', 'AHM HEALTH INSURANCE']) : null;
  const healthAmt = r.float(85, 160) * (adults + (kids > 0 ? 1 : 0));
  const carIns = r.pick(['NRMA INSURANCE', 'AAMI', 'BUDGET DIRECT', 'YOUI PTY LTD', 'RACV INSURANCE', 'RACQ INSURANCE', 'ALLIANZ AUSTRALIA']);
  const carInsMonthly = r.chance(0.4);
  const carInsAmt = r.float(650, 1500);
  const carInsMonth = r.int(1, 12);
  const regoMonth = r.int(1, 12);
  const homeInsMonth = r.int(1, 12);
  const homeInsAmt = h.renter ? r.float(280, 550) : r.float(1300, 2600);
  const gym = r.chance(0.4) ? r.pick(['ANYTIME FITNESS', 'FITNESS FIRST', 'JETTS FITNESS', 'F45 TRAINING', 'PLUS FITNESS']) : null;
  const gymAmt = r.float(28, 42);
  const gymAnchor = s.start + r.int(0, 13);
  const tolls = h.car && (state === 'NSW' || state === 'VIC' || state === 'QLD') && r.chance(0.5);
  const privateSchool = isFamily && r.chance(0.3);
  const schoolFee = r.float(600, 2400) * kids; // per term
  const schoolName = r.pick(["ST MARY'S CATHOLIC COLLEGE", 'TRINITY GRAMMAR', 'ST JOSEPHS PRIMARY', 'CHRISTIAN COLLEGE', 'ST PATRICKS COLLEGE']);
  const childcare = isFamily && r.chance(0.3);

  // ---- subscriptions (prices change over the years)
  const subDefs: Omit<Sub, 'day' | 'from' | 'to'>[] = [
    { raw: 'NETFLIX.COM', clean: 'Netflix', price: [15.99, 16.99, 18.99, 18.99, 20.99], priceYears: [0, 1, 2, 3, 4] },
    { raw: 'SPOTIFY P1A2B3C4', clean: 'Spotify', price: [11.99, 11.99, 12.99, 13.99, 15.99], priceYears: [0, 1, 2, 3, 4] },
    { raw: 'DISNEY PLUS', clean: 'Disney+', price: [11.99, 11.99, 13.99, 13.99, 15.99], priceYears: [0, 1, 2, 3, 4] },
    { raw: 'STAN.COM.AU', clean: 'Stan', price: [10, 10, 12, 12, 12], priceYears: [0, 1, 2, 3, 4] },
    { raw: 'BINGE', clean: 'Binge', price: [14, 14, 16, 18, 18], priceYears: [0, 1, 2, 3, 4] },
    { raw: 'APPLE.COM/BILL', clean: 'Apple', price: [4.49, 4.49, 4.49, 4.49, 4.49], priceYears: [0, 1, 2, 3, 4] },
    { raw: 'YOUTUBEPREMIUM', clean: 'YouTube Premium', price: [14.99, 14.99, 16.99, 16.99, 22.99], priceYears: [0, 1, 2, 3, 4] },
    { raw: 'KAYO SPORTS', clean: 'Kayo', price: [25, 25, 27.5, 30, 30], priceYears: [0, 1, 2, 3, 4] },
    { raw: 'AMAZON PRIME AU', clean: 'Amazon Prime', price: [59, 59, 79, 79, 79], priceYears: [0, 1, 2, 3, 4], annual: true },
    { raw: 'MICROSOFT*365 FAMILY', clean: 'Microsoft 365', price: [139, 139, 139, 159, 159], priceYears: [0, 1, 2, 3, 4], annual: true },
  ];
  const subs: Sub[] = [];
  for (const d of subDefs) {
    if (r.chance(0.35)) {
      const from = r.chance(0.75) ? 0 : r.int(1, months - 6);
      const to = r.chance(0.25) ? r.int(from + 6, months + 5) : months + 12;
      subs.push({ ...d, day: r.int(1, 28), from, to });
    }
  }
  const trialSub = subDefs.filter((d) => !subs.some((x) => x.raw === d.raw) && !d.annual);
  if (trialSub.length > 0) subs.push({ ...r.pick(trialSub), day: r.int(1, 28), from: trialMi, to: months + 12, priceYears: [0, 1, 2, 3, 4] });
  const trialRaw = subs[subs.length - 1]?.from === trialMi ? subs[subs.length - 1]!.clean : null;

  const billers = new Map<string, string>();
  const billerId = (name: string): string => {
    let b = billers.get(name);
    if (!b) billers.set(name, (b = r.digits(6)));
    return b;
  };
  const custRef = new Map<string, string>();
  const ref = (name: string): string => {
    let b = custRef.get(name);
    if (!b) custRef.set(name, (b = r.digits(9)));
    return b;
  };
  const dd = (day: number, name: string, cat: Category, cents: number): Txn =>
    s.add({ day, cents: -Math.abs(cents), cat, ch: 'dd', name, billerId: billerId(name), memo: ref(name), sec: r.int(0, 3600) });
  const bpay = (day: number, name: string, cat: Category, cents: number): Txn =>
    s.add({ day, cents: -Math.abs(cents), cat, ch: 'bpay', name, billerId: billerId(name), memo: ref(name) });

  const friends = Array.from({ length: 6 }, () => `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`);
  const newPerson = (): string => `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`;
  const bnpl: { day: number; amt: number; n: number }[] = [];

  // ---- day loop
  let nextFuel = s.start + r.int(0, 7);
  const fuelEvery = r.int(6, 12);
  const mainShopDow = r.pick([0, 4, 6, 6]);
  const shopScale = (adults === 1 ? 90 : 140) + kids * 45;
  const dining = r.float(0.6, 1.6);
  for (let day = s.start; day < s.end; day++) {
    const { y, m, d, dow } = ymd(day);
    const mi = s.mi(day);
    const yi = y - startYear;
    const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const onHoliday = m === holidayMonth && d >= 8 && d <= 21;
    const overseas = onHoliday && overseasYears.has(yi);
    const baby = babyMi >= 0 && mi >= babyMi;
    const infl = Math.pow(1.04, mi / 12); // CPI drift
    const fuelPrice = y === 2022 && m >= 3 && m <= 9 ? 1.28 : y >= 2023 ? 1.12 : 1;

    if (mi === jobChangeMi && d === 1) s.note(day, 'job change');
    if (mi === moveMi && d === 1) {
      s.note(day, 'moved house');
      h.suburb = r.pick(SUBURBS[state].filter((x) => x !== h.suburb));
      pools = makePools(s, h.suburb);
      rentWeek *= r.float(0.9, 1.25);
      if (h.renter) {
        agent = r.pick(['RAY WHITE TRUST ACC', 'LJ HOOKER RENTAL TR', 'BELLE PROPERTY TRUST', 'MCGRATH ESTATE AGT', 'PRD REAL ESTATE TRUST', 'HARCOURTS RENTALS', 'FIRST NATIONAL RE']);
        s.add({ day: day + 3, cents: -Math.round(rentWeek * 4 * 100), cat: 'Housing', ch: 'bpay', name: 'RENTAL BOND BOARD', billerId: billerId('RENTAL BOND BOARD'), memo: r.digits(8) });
      }
      s.buy(day + 5, s.store(r.pick(['KENNARDS HIRE', 'MOVING SOLUTIONS PL', 'BUDGET TRUCK RENTAL']), 'Housing', 'Removalist', h.suburb, false), r.cents(650, 0.3));
      s.buy(day + 9, pools.shops[3]!, r.cents(260, 0.4));
    }
    if (mi === babyMi && d === 12) s.note(day, 'new baby');
    if (babyMi >= 0 && partnerEmployer && mi > babyMi && mi < babyMi + 6 && d === 1) s.note(day, 'partner on reduced pay (parental leave)');
    if (babyMi >= 0 && partnerEmployer && mi === babyMi + 6 && d === 1) s.note(day, 'partner back to full pay');
    if (jobChangeMi >= 0 && mi === jobChangeMi + 1 && d === 1) s.note(day, 'first month at new job (old employer gone)');
    if (mi === petMi && d === 3) {
      h.pet = true;
      s.note(day, 'new pet');
      s.buy(day, s.store('RSPCA ADOPTIONS', 'Shopping', 'RSPCA', h.suburb, false), r.cents(380, 0.2));
    }

    // income
    const payFactor = Math.pow(1.03, Math.floor((mi + 6) / 12)) * (jobChangeMi >= 0 && mi >= jobChangeMi ? 1.12 : 1);
    const emp = employer;
    const isPay = payCycle === 'fortnightly' ? (day - payAnchor) % 14 === 0 : payCycle === 'weekly' ? dow === 4 : d === Math.min(15, dim);
    if (isPay && day >= payAnchor - 14) {
      const amt = net * payFactor * (payCycle === 'weekly' ? 0.5 : payCycle === 'monthly' ? 26 / 12 : 1);
      s.add({ day, cents: Math.round(amt * 100 + r.int(-40, 40)), cat: 'Income', ch: 'salary', name: emp, sec: r.int(0, 7200) });
    }
    if (mi === jobChangeMi && d === 10) {
      employer = r.pick(EMPLOYERS.filter((e) => e !== employer));
      s.add({ day, cents: Math.round(net * r.float(0.5, 1.5) * 100), cat: 'Income', ch: 'salary', name: emp, memo: 'FINAL PAY', sec: 3600 });
    }
    if (partnerEmployer && (day - partnerAnchor) % 14 === 0) {
      s.add({ day, cents: Math.round(partnerNet * Math.pow(1.025, Math.floor(mi / 12)) * (baby && mi < babyMi + 6 ? 0.55 : 1) * 100 + r.int(-30, 30)), cat: 'Income', ch: 'salary', name: partnerEmployer, sec: r.int(0, 7200) });
    }
    if (ftb > 0 && (day - partnerAnchor) % 14 === 7) s.add({ day, cents: Math.round(ftb * 100), cat: 'Income', ch: 'gov', name: 'CENTRELINK', memo: 'FAMILY TAX BENEFIT' });
    if (babyMi >= 0 && mi === babyMi + 1 && d === 9) s.add({ day, cents: Math.round(r.float(4500, 6200) * 100), cat: 'Income', ch: 'gov', name: 'CENTRELINK', memo: 'PARENTAL LEAVE PAY' });
    if (m === 8 + (index % 3) && d === 12 + (index % 9)) {
      s.note(day, 'tax refund');
      s.add({ day, cents: r.cents(r.float(300, 2800), 0.2), cat: 'Income', ch: 'gov', name: 'ATO', memo: 'TAX REFUND' });
    }
    if (bonus > 0 && m === 9 && d === 20) {
      s.note(day, 'annual bonus');
      s.add({ day, cents: Math.round(net * 26 * bonus * r.float(0.7, 1.3) * 100), cat: 'Income', ch: 'salary', name: employer, memo: 'BONUS' });
    }
    if (m === 7 && d === 1 && mi > 0) s.note(day, 'pay rise');

    // housing
    {
      const due = rentCycle === 'weekly' ? (day - rentAnchor) % 7 === 0 : rentCycle === 'fortnightly' ? (day - rentAnchor) % 14 === 0 : d === rentDay;
      if (due && day >= rentAnchor) {
        const n = rentCycle === 'weekly' ? 1 : rentCycle === 'fortnightly' ? 2 : 52 / 12;
        const rent = Math.round(rentWeek * n * Math.pow(h.renter ? 1.05 : 1.0, Math.floor(mi / 12)) * 100);
        if (h.renter) {
          if (rentCycle === 'monthly') dd(day, agent, 'Housing', rent);
          else s.add({ day, cents: -rent, cat: 'Housing', ch: 'person-out', name: agent, memo: `RENT ${h.suburb.split(' ')[0]}` });
        } else {
          // mortgage: rate rises in 2022-23 lift the repayment
          const rate = y === 2021 ? 1 : y === 2022 ? (m < 6 ? 1 : 1.12) : y === 2023 ? 1.3 : 1.36;
          dd(day, lender, 'Housing', Math.round(rent * rate));
        }
      }
      if (!h.renter && [2, 5, 8, 11].includes(m) && d === 20) bpay(day, `${h.suburb.split(' ')[0]} COUNCIL`, 'Housing', r.cents(480, 0.05));
    }

    // utilities (quarterly)
    if ((m + energyPhase) % 3 === 0 && d === 18) {
      const season = m >= 6 && m <= 9 ? 1.35 : m === 1 || m === 2 || m === 12 ? 1.15 : 0.9;
      (r.chance(0.5) ? dd : bpay)(day, energy, 'Utilities', r.cents(energyBase * season * infl, 0.12));
      s.note(day, 'quarterly electricity bill');
    }
    if (gas && (m + energyPhase + 1) % 3 === 0 && d === 22) {
      const season = m >= 6 && m <= 9 ? 1.8 : 0.7;
      bpay(day, energy.startsWith('AGL') ? 'AGL SALES PTY LTD' : 'ORIGIN ENERGY GAS', 'Utilities', r.cents(gasBase * season * infl, 0.12));
      s.note(day, 'quarterly gas bill');
    }
    if (!h.renter && (m + waterPhase) % 3 === 1 && d === 25) {
      bpay(day, WATER[state], 'Utilities', r.cents(waterBase * infl, 0.1));
      s.note(day, 'quarterly water bill');
    }

    // phone & internet
    if (d === 3) dd(day, mobile, 'Phone & Internet', Math.round(mobileAmt * 100));
    if (d === 11) dd(day, nbn, 'Phone & Internet', Math.round((nbnAmt + (y >= 2023 ? 5 : 0)) * 100));

    // subscriptions
    for (const sub of subs) {
      if (mi < sub.from || mi >= sub.to || d !== Math.min(sub.day, dim)) continue;
      if (sub.annual && m !== ((sub.day % 12) + 1)) continue;
      if (sub === subs[subs.length - 1] && trialRaw && mi === trialMi) continue; // free trial month
      if (trialRaw && sub.clean === trialRaw && mi === trialMi + 1) s.note(day, `free trial became subscription: ${trialRaw}`);
      if (sub.annual) s.note(day, `annual subscription ${sub.clean}`);
      const price = sub.price[Math.min(yi, sub.price.length - 1)]!;
      s.buy(day, s.online(sub.raw, 'Subscriptions', sub.clean, sub.raw.includes('APPLE') ? 'SYDNEY' : 'MELBOURNE'), Math.round(price * 100), r.int(0, 3600));
    }

    // insurance
    if (health && d === 1) dd(day, health, 'Insurance', Math.round(healthAmt * Math.pow(1.03, Math.floor((mi + 8) / 12)) * 100));
    if (h.car) {
      if (carInsMonthly && d === 7) dd(day, carIns, 'Insurance', Math.round((carInsAmt / 11) * 100));
      if (!carInsMonthly && m === carInsMonth && d === 7) {
        bpay(day, carIns, 'Insurance', r.cents(carInsAmt * infl, 0.06));
        s.note(day, 'annual car insurance');
      }
      if (m === regoMonth && d === 14) {
        s.buy(day, s.online(REGO[state], 'Transport', 'Registration', CITY[state]), r.cents(state === 'NSW' ? 420 : 820, 0.1));
        s.note(day, 'annual car registration');
      }
      if ((m === regoMonth + 1 || m === ((regoMonth + 6) % 12) + 1) && d === 16 && r.chance(0.8)) {
        s.buy(day, s.store(r.pick(['ULTRA TUNE', 'MYCAR TYRE & AUTO', 'MIDAS', 'BOB JANE T-MARTS']), 'Transport', 'Car service', h.suburb, false), r.cents(340, 0.35));
        s.note(day, 'car service');
      }
    }
    if (m === homeInsMonth && d === 9) {
      bpay(day, r.chance(0.5) ? carIns : 'QBE INSURANCE', 'Insurance', r.cents(homeInsAmt * infl, 0.06));
      s.note(day, h.renter ? 'annual contents insurance' : 'annual home insurance');
    }
    if (h.pet && d === 19) dd(day, 'PETSURE AUSTRALIA', 'Insurance', 4290);
    if (gym && (day - gymAnchor) % 14 === 0 && day >= gymAnchor) dd(day, gym, 'Health', Math.round(gymAmt * 100));

    // groceries
    const gScale = infl * (baby ? 1.15 : 1);
    if (!onHoliday) {
      if (dow === mainShopDow) s.buy(day, pools.superMain, r.cents(shopScale * gScale, 0.22));
      else if (r.chance(0.3)) s.buy(day, r.pick(pools.superOther), r.cents((14 + kids * 6) * gScale, 0.6));
      if (r.chance(0.04)) s.buy(day, pools.superOther[1]!, r.cents(70 * gScale, 0.4));
    } else if (r.chance(0.4)) {
      const away = s.store(r.pick(['WOOLWORTHS', 'COLES', 'IGA']), 'Groceries', 'Supermarket', 'BYRON BAY');
      if (!overseas) s.buy(day, away, r.cents(45, 0.5));
    }

    // dining
    const workday = dow >= 1 && dow <= 5 && !onHoliday;
    if (workday && r.chance(0.35 * dining)) {
      const c = r.pick(pools.cafes);
      const amt = r.pick([450, 480, 500, 520, 550, 600, 650]);
      const t = r.int(7 * 3600, 10 * 3600);
      s.buy(day, c, amt, t);
      if (r.chance(0.12)) s.buy(day, c, amt, t + r.int(600, 8000)); // a second identical coffee
    }
    if (workday && r.chance(0.12 * dining)) s.buy(day, r.pick(pools.takeaway.slice(2)), r.cents(17, 0.3));
    if ((dow === 5 || dow === 6 || dow === 0) && r.chance(0.22 * dining)) s.buy(day, r.pick(pools.takeaway), r.cents(30 + 9 * (adults + kids), 0.3), r.int(17 * 3600, 21 * 3600));
    if ((dow === 5 || dow === 6) && r.chance(0.16 * dining)) s.buy(day, r.pick(pools.restaurants), r.cents(45 * adults + 20 * kids, 0.35), r.int(18 * 3600, 22 * 3600));

    // transport
    if (h.car && day >= nextFuel && !overseas) {
      s.buy(day, onHoliday ? s.store('BP', 'Transport', 'BP', 'COFFS HARBOUR') : r.pick(pools.fuel), r.cents(72 * fuelPrice, 0.18));
      nextFuel = day + fuelEvery + r.int(-2, 3);
    }
    if (!h.car && workday && r.chance(0.7)) {
      const tap = s.online(TRANSIT[state], 'Transport', 'Public transport', CITY[state]);
      if (state === 'NSW' || state === 'QLD') {
        const fare = r.pick([380, 420, 473, 521]);
        s.buy(day, tap, fare, 8 * 3600);
        if (r.chance(0.7)) s.buy(day, tap, fare, 18 * 3600);
      } else if (r.chance(0.12)) s.buy(day, tap, r.pick([2000, 3000, 5000]));
    }
    if (r.chance(h.car ? 0.03 : 0.08)) s.buy(day, s.online('UBER *TRIP', 'Transport', 'Uber', 'SYDNEY'), r.cents(26, 0.5));
    if (tolls && d === 26) dd(day, 'LINKT', 'Transport', r.pick([2500, 5000, 5000, 7500]));
    if (h.car && r.chance(0.025)) s.buy(day, s.online(r.pick(['SECURE PARKING', 'WILSON PARKING', 'CELLOPARK']), 'Transport', 'Parking'), r.cents(18, 0.5));

    // health
    if (r.chance(0.05 + 0.02 * kids + (baby ? 0.04 : 0))) s.buy(day, r.pick(pools.chemist), r.cents(32, 0.6));
    if (r.chance(0.015 * (adults + kids))) s.buy(day, s.store(r.pick(['SMARTCLINICS', 'MEDICAL CENTRE', 'FAMILY DOCTORS']), 'Health', 'GP', h.suburb, false), r.cents(45, 0.3));
    if (r.chance(0.004 * (adults + kids))) {
      s.buy(day, s.store(r.pick(['PACIFIC SMILES DENTAL', 'NATIONAL DENTAL CARE', 'SPECSAVERS']), 'Health', 'Dental/optical', h.suburb, false), r.cents(260, 0.5));
      if (r.chance(0.6)) s.add({ day: day + 1, cents: r.cents(90, 0.4), cat: 'Refunds', ch: 'refund', name: health ?? 'MEDICARE BENEFIT', memo: 'CLAIM' });
    }
    if (h.pet && r.chance(0.06)) s.buy(day, s.store('PETBARN', 'Shopping', 'Petbarn', h.suburb, false), r.cents(55, 0.4));
    if (h.pet && r.chance(0.006)) {
      s.buy(day, s.store('GREENCROSS VETS', 'Health', 'Greencross Vets', h.suburb, false), r.cents(190, 0.6));
      s.note(day, 'vet visit');
    }

    // shopping (with Christmas, Black Friday, Boxing Day, EOFY)
    const season = m === 12 && d < 24 ? 2.2 : m === 12 && d >= 26 ? 1.8 : m === 11 && d >= 20 ? 1.7 : m === 6 && d >= 20 ? 1.3 : 1;
    if (m === 12 && d === 1) s.note(day, 'December gifts / Christmas shopping');
    if (m === 12 && d === 26) s.note(day, 'Boxing Day sales');
    if (m === 11 && d === 24) s.note(day, 'Black Friday sales');
    if (r.chance(0.11 * season * (1 + kids * 0.15))) {
      const shop = r.pick(pools.shops);
      const amt = r.cents(shop.clean === 'JB Hi-Fi' || shop.clean === 'Bunnings Warehouse' ? 75 : 42, 0.7);
      if (amt > 15000 && r.chance(0.35)) {
        bnpl.push({ day, amt, n: 4 });
      } else s.buy(day, shop, amt);
      if (r.chance(0.06)) s.add({ day: day + r.int(3, 20), cents: Math.round(amt * r.float(0.3, 1)), cat: 'Refunds', ch: 'refund', m: shop });
    }
    if (m === 12 && d >= 5 && d <= 22 && r.chance(0.25)) {
      s.buy(day, r.pick([s.online('PREZZEE', 'Gifts', 'Prezzee', 'MELBOURNE'), s.store('TOYWORLD', 'Gifts', 'Toyworld', h.suburb, false), s.store('SMIGGLE', 'Gifts', 'Smiggle', h.suburb, false), s.store('DAVID JONES', 'Gifts', 'David Jones', CITY[state], false)]), r.cents(60, 0.6));
    }
    if (r.chance(0.006)) s.buy(day, s.online(r.pick(['INTERFLORA', 'PREZZEE', 'LITTLE BIRDIE GIFTS']), 'Gifts', 'Gift', 'SYDNEY'), r.cents(85, 0.4));
    // Afterpay instalments
    for (const b of bnpl) {
      const k = (day - b.day) / 14;
      if (Number.isInteger(k) && k >= 0 && k < b.n) s.add({ day, cents: -Math.round(b.amt / b.n), cat: 'Shopping', ch: 'card', m: s.online('AFTERPAY', 'Shopping', 'Afterpay', 'MELBOURNE') });
    }
    if (bigBuys.includes(mi) && d === 13) {
      const [what, where, amt] = r.pick<[string, string, number]>([['fridge', 'HARVEY NORMAN', 1690], ['laptop', 'JB HI FI', 1850], ['washing machine', 'THE GOOD GUYS', 1150], ['sofa', 'FANTASTIC FURNITURE', 1450], ['TV', 'JB HI FI', 1290], ['bike', '99 BIKES', 980]]);
      s.buy(day, s.store(where, 'Shopping', where, h.suburb, where === 'JB HI FI'), r.cents(amt, 0.15));
      s.note(day, `big purchase: ${what}`);
    }
    if (baby && r.chance(0.05)) s.buy(day, s.store('BABY BUNTING', 'Shopping', 'Baby Bunting', h.suburb, false), r.cents(65, 0.6));

    // entertainment
    if ((dow === 6 || dow === 0) && r.chance(0.05)) s.buy(day, s.store(r.pick(['EVENT CINEMAS', 'HOYTS', 'TIMEZONE', 'STRIKE BOWLING', 'LASER TAG']), 'Entertainment', 'Entertainment', r.pick(SUBURBS[state]), false), r.cents(22 * (adults + kids), 0.3));
    if (r.chance(0.008)) s.buy(day, s.online(r.pick(['TICKETEK', 'TICKETMASTER AU', 'MOSHTIX']), 'Entertainment', 'Tickets', 'SYDNEY'), r.cents(95 * adults, 0.4));
    if (r.chance(0.01)) s.buy(day, s.online(r.pick(['STEAMGAMES.COM 4259522985', 'PLAYSTATION NETWORK', 'NINTENDO AU']), 'Entertainment', 'Games', 'SYDNEY'), r.cents(35, 0.5));
    if (kids > 0 && (m === 2 || m === 7) && d === 6) {
      s.buy(day, s.online(r.pick(['PLAYHQ*NETBALL NSW', 'PLAYHQ*JUNIOR AFL', 'PLAYHQ*FOOTBALL CLUB', 'SWIMMART LEARN TO SWIM']), 'Entertainment', 'Kids sport', 'MELBOURNE'), r.cents(190 * kids, 0.2));
      s.note(day, 'kids sport registration');
    }

    // education
    if (isFamily && [1, 4, 7, 10].includes(m) && d === 28) {
      if (privateSchool) bpay(day, schoolName, 'Education', Math.round(schoolFee * infl * 100));
      else s.buy(day, s.online(r.pick(['QKR*PUBLIC SCHOOL', 'FLEXISCHOOLS']), 'Education', 'School payments', 'SYDNEY'), r.cents(60 * kids, 0.4));
      s.note(day, 'school term');
    }
    if (isFamily && m === 1 && d === 20) s.buy(day, s.store(r.pick(['THE SCHOOL LOCKER', 'LOWES SCHOOLWEAR', 'OFFICEWORKS']), 'Education', 'Back to school', h.suburb, false), r.cents(140 * kids, 0.3));
    const childcareOn = (childcare && mi < 36) || (babyMi >= 0 && mi >= babyMi + 12);
    if (childcareOn && (day - gymAnchor) % 14 === 3 && !onHoliday) dd(day, 'GOODSTART EARLY LEARN', 'Education', r.cents(390, 0.05));
    if (babyMi >= 0 && mi === babyMi + 12 && d === 1) s.note(day, 'childcare starts');
    if (adults === 1 && r.chance(0.002)) s.buy(day, s.online(r.pick(['UDEMY', 'COURSERA', 'TAFE NSW']), 'Education', 'Course', 'SYDNEY'), r.cents(160, 0.7));

    // travel: yearly holiday booked ahead, spent away
    const bookMonth = ((holidayMonth + 12 - 3) % 12) + 1;
    if (m === bookMonth && d === 10) {
      const ppl = adults + kids;
      const airline = r.pick(['QANTAS AIRWAYS', 'VIRGIN AUSTRALIA', 'JETSTAR']);
      const o = overseasYears.has(m > holidayMonth ? yi + 1 : yi);
      s.buy(day, s.online(airline, 'Travel', airline, 'MASCOT'), r.cents((o ? 780 : 310) * ppl, 0.2));
      s.note(day, o ? 'holiday flights (overseas)' : 'holiday flights');
    }
    if (m === holidayMonth && d === 8) {
      s.note(day, overseas ? 'yearly holiday overseas' : 'yearly holiday');
      s.buy(day, s.online(r.pick(['BOOKING.COM', 'AIRBNB * HMZ', 'STAYZ', 'EXPEDIA AU']), 'Travel', 'Accommodation', 'SYDNEY'), r.cents((overseas ? 1500 : 900) * (1 + kids * 0.2), 0.3));
    }
    if (overseas && r.chance(0.85)) {
      const [ccy, rate, city, country] = r.pick<[string, number, string, string]>([['USD', 0.66, 'HONOLULU HI', 'USA'], ['NZD', 1.08, 'QUEENSTOWN', 'NZL'], ['JPY', 97, 'TOKYO', 'JPN'], ['IDR', 10400, 'KUTA', 'IDN'], ['THB', 23.5, 'PHUKET', 'THA'], ['FJD', 1.48, 'NADI', 'FJI']]);
      const n = r.int(1, 3);
      for (let k = 0; k < n; k++) {
        const aud = r.cents(r.pick([35, 60, 120]), 0.5);
        const name = r.pick(['RESTAURANT', 'MARKET', 'SURF SHOP', 'TOURS', 'CAFE', 'CONVENIENCE', 'TAXI']);
        const fm: Merchant = { raw: `${name} ${r.pick(['SUNSET', 'BLUE', 'ISLAND', 'CENTRAL', 'OCEAN'])}`, clean: name, suburb: city, state: null, country, cat: 'Travel' };
        const foreign = (aud / 100) * rate;
        s.add({ day, cents: -aud, cat: 'Travel', ch: 'card', m: fm, fx: { ccy, amount: rate > 50 ? String(Math.round(foreign)) : foreign.toFixed(2) } });
        s.add({ day, cents: -Math.round(aud * 0.03), cat: 'Fees', ch: 'fee', name: 'INTERNATIONAL TRANSACTION FEE' });
      }
    } else if (onHoliday && r.chance(0.7)) {
      s.buy(day, s.store(r.pick(['BEACH HOUSE CAFE', 'FISH & CHIPS', 'SURF CLUB', 'PUB BISTRO']), 'Dining', 'Holiday dining', 'BYRON BAY', false), r.cents(70, 0.5));
    }

    // gifts & personal payments
    if (r.chance(0.05)) s.add({ day, cents: -r.cents(r.pick([20, 30, 45, 60]), 0.4), cat: 'Personal Payments', ch: 'person-out', name: r.pick(friends), memo: r.pick(['dinner', 'drinks', 'footy tix', 'rent share', 'bbq', 'petrol', 'uber']) });
    if (r.chance(0.03)) s.add({ day, cents: r.cents(40, 0.5), cat: 'Income', ch: 'person-in', name: r.pick(friends), memo: r.pick(['dinner', 'thanks', 'tix', 'split']) });
    if (privateSales.includes(mi) && d === 17) {
      const what = r.pick(['bike', 'pram', 'couch', 'ps5', 'table', 'kayak', 'desk']);
      s.add({ day, cents: -r.cents(r.pick([120, 250, 450, 700]), 0.3), cat: 'Personal Payments', ch: 'person-out', name: newPerson(), memo: `marketplace ${what}` });
      s.note(day, `private sale (${what}) paid to a new person`);
    }
    if (mi === familyLoanMi && d === 21) {
      s.add({ day, cents: -Math.round(r.pick([500, 1000, 1500, 2000, 3000]) * 100), cat: 'Personal Payments', ch: 'person-out', name: `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`, memo: 'loan' });
      s.note(day, 'family loan to a new payee');
    }
    if (r.chance(0.01)) s.add({ day, cents: -Math.round(r.pick([50, 50, 100, 150]) * 100), cat: 'Gifts', ch: 'person-out', name: r.pick(friends), memo: r.pick(['happy bday', 'xmas', 'wedding gift']) });

    // cash & fees
    if (r.chance(0.035)) {
      const foreignAtm = r.chance(0.2);
      s.add({ day, cents: -Math.round(r.pick([50, 100, 100, 200, 300]) * 100), cat: 'Cash', ch: 'atm', m: s.store(foreignAtm ? 'CARDTRONICS ATM' : 'ATM', 'Cash', 'ATM', r.pick(SUBURBS[state]), false) });
      if (foreignAtm) s.add({ day, cents: -r.pick([250, 300, 350]), cat: 'Fees', ch: 'fee', name: 'ATM OPERATOR FEE' });
    }
    if (d === dim && (h.layout.startsWith('commbank') || h.layout.startsWith('westpac') || h.layout.startsWith('nab'))) s.add({ day, cents: -500, cat: 'Fees', ch: 'fee', name: 'MONTHLY ACCOUNT FEE', sec: 86000 });
    if (r.chance(0.0015)) s.add({ day, cents: -r.pick([1000, 1500, 2000]), cat: 'Fees', ch: 'fee', name: 'LATE PAYMENT FEE' });
  }

  return { h, sim: s };
}

// ---------------------------------------------------------------- anomalies

function monthTotals(s: Sim, txns: Txn[]): Map<number, Map<Category, number>> {
  const out = new Map<number, Map<Category, number>>();
  for (const t of txns) {
    if (t.cents >= 0 || t.cat === 'Transfers') continue;
    const k = s.mi(t.day);
    let mm = out.get(k);
    if (!mm) out.set(k, (mm = new Map()));
    mm.set(t.cat, (mm.get(t.cat) ?? 0) - t.cents);
  }
  return out;
}

function median(xs: number[]): number {
  const a = [...xs].sort((x, y) => x - y);
  if (a.length === 0) return 0;
  const mid = Math.floor(a.length / 2);
  return a.length % 2 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
}

function plantAnomalies(s: Sim, index: number, seed: number, months: number): Map<number, { kind: AnomalyKind; category: Category }> {
  const r = new Rng(hashSeed(seed, index, 0xa70));
  const eligible = months - 12;
  const target = Math.round(eligible * r.float(0.1, 0.15));
  const planted = new Map<number, { kind: AnomalyKind; category: Category }>();
  const used = new Set<number>();
  let k = (index * 3 + seed) % ANOMALY_KINDS.length;
  let guard = 0;
  while (planted.size < target && guard++ < 200) {
    const kind = ANOMALY_KINDS[k % ANOMALY_KINDS.length]!;
    const span = kind === 'sustained-elevation' ? 3 : 1;
    if (planted.size + span > target + 1) {
      k++;
      continue;
    }
    const at = r.int(12, months - span);
    let free = true;
    for (let j = at - 1; j <= at + span; j++) if (used.has(j)) free = false;
    if (!free) continue;
    const cat = applyAnomaly(s, r, kind, at);
    if (!cat) {
      k++;
      continue;
    }
    for (let j = 0; j < span; j++) {
      planted.set(at + j, { kind, category: cat });
      used.add(at + j);
    }
    k++;
  }
  return planted;
}

function monthTxns(s: Sim, mi: number): Txn[] {
  return s.txns.filter((t) => s.mi(t.day) === mi);
}

function applyAnomaly(s: Sim, r: Rng, kind: AnomalyKind, at: number): Category | null {
  const ms = s.monthStart(at);
  const dim = s.monthStart(at + 1) - ms;
  const totals = monthTotals(s, s.txns);
  const usual = (cat: Category): number => median(Array.from({ length: 12 }, (_, j) => totals.get(at - 12 + j)?.get(cat) ?? 0));
  switch (kind) {
    case 'fraud-direct-debit': {
      const name = r.pick(['GLOBAL MEMBERSHIP SVCS', 'VIVA REWARDS CLUB', 'PRIMEWAVE DIGITAL', 'SAFEGUARD PROTECT PL', 'OPTIMA LIFESTYLE PTY', 'CLICKSAVER AU', 'NOVA STREAMING HUB', 'SECURENET MEMBERSHIP']);
      const cents = Math.round(r.pick([29.95, 39.99, 49.95, 59.0, 79.99, 99.0, 129.0, 149.95]) * 100);
      const id = r.digits(6);
      const n = r.chance(0.3) ? 2 : 1;
      const d0 = r.int(2, dim - 10);
      const memo = r.digits(10);
      for (let j = 0; j < n; j++) s.add({ day: ms + d0 + j * 7, cents: -cents, cat: 'Subscriptions', ch: 'dd', name, billerId: id, memo, sec: r.int(0, 3600), unknownToBank: true });
      return 'Subscriptions';
    }
    case 'category-spike':
    case 'sustained-elevation': {
      const cands = (['Groceries', 'Dining', 'Transport', 'Shopping'] as Category[]).filter((c) => {
        const xs = Array.from({ length: 12 }, (_, j) => totals.get(at - 12 + j)?.get(c) ?? 0);
        return xs.filter((x) => x > 0).length >= 10 && median(xs) >= 12000;
      });
      if (cands.length === 0) return null;
      const cat = r.pick(cands);
      const span = kind === 'sustained-elevation' ? 3 : 1;
      for (let j = 0; j < span; j++) {
        const mStart = s.monthStart(at + j);
        const mDays = s.monthStart(at + j + 1) - mStart;
        const base = usual(cat);
        const now = totals.get(at + j)?.get(cat) ?? 0;
        const factor = kind === 'category-spike' ? r.float(2, 4) : r.float(1.3, 1.6);
        let extra = Math.max(base * factor - now, base * (factor - 1) * 0.8);
        const pool = s.txns.filter((t) => t.cat === cat && t.ch === 'card' && t.m && t.m.state !== null && t.day < mStart && t.day >= mStart - 120);
        if (pool.length === 0) return null;
        const bigger = kind === 'category-spike' && r.chance(0.5);
        while (extra > 500) {
          const like = r.pick(pool);
          const amt = Math.round(Math.min(extra, -like.cents * (bigger ? r.float(1.5, 3) : r.float(0.8, 1.4))));
          s.buy(mStart + r.int(0, mDays - 1), like.m!, Math.max(amt, 300));
          extra -= Math.max(amt, 300);
        }
      }
      return cat;
    }
    case 'card-skimming': {
      const d0 = ms + r.int(1, dim - 4);
      const n = r.int(5, 14);
      const names: [string, string, string | null, string][] = [
        ['ALIEXPRESS', 'HANGZHOU', 'USD', 'CHN'], ['PAYPAL *DIGITALGOODS', '4029357733', null, 'AUS'], ['SHEIN.COM', 'SINGAPORE', 'USD', 'SGP'],
        ['G2A.COM', 'HONG KONG', 'EUR', 'HKG'], ['WALMART.COM', 'BENTONVILLE AR', 'USD', 'USA'], ['GOOGLE *GAMEHUB', 'G.CO/HELPPAY#', null, 'AUS'],
        ['TOPUP*MOBILE CREDIT', 'LONDON', 'GBP', 'GBR'], ['NIKE.COM US', 'BEAVERTON OR', 'USD', 'USA'], ['CASHAPP*VOUCHERS', 'SAN FRANCISCO CA', 'USD', 'USA'],
      ];
      const rates: Record<string, number> = { USD: 0.66, EUR: 0.61, GBP: 0.52 };
      for (let j = 0; j < n; j++) {
        const [raw, city, ccy, country] = r.pick(names);
        const aud = j === 0 ? r.pick([100, 150, 200]) : r.cents(r.pick([25, 45, 70, 95]), 0.5);
        const m: Merchant = { raw, clean: raw, suburb: city, state: ccy ? null : s.h.state, country, cat: 'Shopping' };
        const day = d0 + r.int(0, 2);
        s.add({ day, cents: -aud, cat: 'Shopping', ch: 'card', m, fx: ccy ? { ccy, amount: ((aud / 100) * rates[ccy]!).toFixed(2) } : undefined, sec: r.int(0, 86000) });
        if (ccy) s.add({ day, cents: -Math.max(1, Math.round(aud * 0.03)), cat: 'Fees', ch: 'fee', name: 'INTERNATIONAL TRANSACTION FEE' });
      }
      return 'Shopping';
    }
    case 'scam-transfer': {
      const name = r.pick(['COINFLOW TRADING PTY', 'A K MEHTA', 'ASX GROWTH PARTNERS', 'R J NGUYEN', 'M SIMPSON', 'SECURE ACCT HOLDING', 'T WALKER BUILDING SVC']);
      const memo = r.pick(['invoice 4471', 'deposit', 'investment', 'account verification', 'INV-20931', 'release fee']);
      const total = r.float(1800, 8500);
      const parts = r.chance(0.35) ? 2 : 1;
      const d0 = ms + r.int(1, dim - 4);
      for (let j = 0; j < parts; j++) s.add({ day: d0 + j, cents: -Math.round((total / parts) * 100), cat: 'Personal Payments', ch: 'person-out', name, memo });
      return 'Personal Payments';
    }
    case 'missing-salary': {
      const main = s.txns.filter((t) => t.ch === 'salary' && !t.memo && s.mi(t.day) === at);
      if (main.length === 0) return null;
      const counts = new Map<string, number>();
      for (const t of main) counts.set(t.name!, (counts.get(t.name!) ?? 0) + Math.abs(t.cents));
      const emp = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const missed = main.filter((t) => t.name === emp);
      // employer must also have paid in the previous month (otherwise it is a job change)
      if (!s.txns.some((t) => t.ch === 'salary' && t.name === emp && s.mi(t.day) === at - 1)) return null;
      const sum = missed.reduce((a, t) => a + t.cents, 0);
      for (const t of missed) s.txns.splice(s.txns.indexOf(t), 1);
      if (r.chance(0.5)) {
        const next = s.txns.find((t) => t.ch === 'salary' && t.name === emp && s.mi(t.day) === at + 1);
        if (next) {
          s.add({ day: next.day, cents: sum, cat: 'Income', ch: 'salary', name: emp, memo: 'BACK PAY' });
          s.note(next.day, 'back pay of missed salary');
        }
      }
      return 'Income';
    }
    case 'duplicate-charges': {
      const cands = monthTxns(s, at).filter((t) => (t.ch === 'card' || t.ch === 'dd') && t.cents <= -3000 && t.cat !== 'Transfers' && t.cat !== 'Housing' && !t.fx);
      if (cands.length === 0) return null;
      const orig = r.pick(cands);
      const n = r.chance(0.7) ? 1 : 2;
      for (let j = 0; j < n; j++) s.txns.push({ ...orig, sec: orig.sec + r.int(1, 90), ref: r.digits(6) });
      return orig.cat;
    }
  }
}

// ---------------------------------------------------------------- balance: own-account transfers

function addTransfers(s: Sim, r: Rng): void {
  const order = (t: Txn): number => (t.cents > 0 ? 0 : 1);
  s.txns.sort((a, b) => a.day - b.day || order(a) - order(b) || a.sec - b.sec);
  const out: Txn[] = [];
  let bal = r.int(1500, 6000) * 100;
  const floor = 40000;
  const keep = r.int(2500, 5000) * 100;
  let i = 0;
  for (let day = s.start; day < s.end; day++) {
    const todays: Txn[] = [];
    while (i < s.txns.length && s.txns[i]!.day === day) todays.push(s.txns[i++]!);
    const outflow = todays.reduce((a, t) => a + Math.min(0, t.cents), 0);
    const inflow = todays.reduce((a, t) => a + Math.max(0, t.cents), 0);
    if (bal + inflow + outflow < floor) {
      const need = Math.ceil((floor + keep / 2 - bal - inflow - outflow) / 50000) * 50000;
      out.push({ day, sec: r.int(6 * 3600, 9 * 3600), cents: need, cat: 'Transfers', ch: 'own-in', ref: r.digits(6) });
      bal += need;
    }
    for (const t of todays) {
      out.push(t);
      bal += t.cents;
    }
    if (todays.some((t) => t.ch === 'salary') && bal > keep * 2) {
      const amt = Math.floor((bal - keep) / 10000) * 10000;
      out.push({ day, sec: 23 * 3600, cents: -amt, cat: 'Transfers', ch: 'own-out', ref: r.digits(6) });
      bal -= amt;
    }
    if (ymd(day + 1).d === 1 && r.chance(0.9)) {
      const cents = Math.max(1, Math.round(bal * 0.0002));
      out.push({ day, sec: 86300, cents, cat: 'Income', ch: 'interest', ref: r.digits(6) });
      bal += cents;
    }
  }
  s.txns.length = 0;
  s.txns.push(...out);
}

// ---------------------------------------------------------------- rendering

const money = (c: number): string => (Math.abs(c) / 100).toFixed(2);
const trimmed = (c: number): string => String(Math.abs(c) / 100); // "518.2", "5000"
const signed = (c: number, plus: boolean): string => `${c < 0 ? '-' : plus ? '+' : ''}${money(c)}`;
function q(v: string): string {
  return `"${v.replace(/"/g, '""')}"`;
}
function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? q(v) : v;
}
const monDate = (day: number, longYear: boolean, sep = ' '): string => {
  const { y, m, d } = ymd(day);
  return `${p2(d)}${sep}${MON[m - 1]}${sep}${longYear ? y : p2(y % 100)}`;
};
function tzOffset(state: State, day: number): string {
  if (state === 'QLD') return '+10:00';
  if (state === 'WA') return '+08:00';
  const { y, m, d } = ymd(day);
  const firstSun = (mm: number): number => {
    const dow = ymd(dayOf(y, mm, 1)).dow;
    return 1 + ((7 - dow) % 7);
  };
  const dst = m > 10 || m < 4 || (m === 10 && d >= firstSun(10)) || (m === 4 && d < firstSun(4));
  if (state === 'SA') return dst ? '+10:30' : '+09:30';
  return dst ? '+11:00' : '+10:00';
}
const hms = (sec: number): string => `${p2(Math.floor(sec / 3600) % 24)}:${p2(Math.floor(sec / 60) % 60)}:${p2(sec % 60)}`;
const person = (name: string): string => {
  const [f, ...rest] = name.split(' ');
  return `${(f ?? '').charAt(0)} ${rest.join(' ')}`;
};

function place(m: Merchant, style: 'cba' | 'plain'): string {
  if (m.state === null) return `${m.raw} ${m.suburb} ${m.country}`;
  return style === 'cba' ? `${m.raw} ${m.suburb} ${CBA_STATE[m.state]} AUS` : `${m.raw} ${m.suburb}`;
}

function cbaNarr(h: Household, t: Txn): string {
  const m = t.m;
  switch (t.ch) {
    case 'card': {
      const how = t.sec % 3 === 0 ? 'Tap and Pay' : 'Card';
      const fx = t.fx ? ` ${t.fx.ccy} ${t.fx.amount}` : '';
      const vd = t.sec % 2 === 0 ? ` Value Date: ${dmy(t.day)}` : '';
      return `${place(m!, 'cba')} ${how} xx${h.card}${fx}${vd}`;
    }
    case 'refund': return m ? `Return ${place(m, 'cba')} Card xx${h.card}` : `Direct Credit ${t.billerId ?? '401234'} ${t.name} ${t.memo ?? ''}`.trim();
    case 'dd': return `Direct Debit ${t.billerId} ${t.name} ${t.memo}`;
    case 'bpay': return `BPAY ${t.name} ${t.billerId} CommBank App BPAY ${t.memo}`;
    case 'salary': return `Salary ${t.name} ${t.memo ?? 'PAY'} ${t.ref}`;
    case 'gov': return `Direct Credit ${t.ref} ${t.name} ${t.memo}`;
    case 'own-out': return `Transfer to xx${h.savings.slice(-4)} CommBank App`;
    case 'own-in': return `Transfer from xx${h.savings.slice(-4)} CommBank App`;
    case 'person-out': return `Transfer To ${person(t.name!)} CommBank App ${t.memo ?? ''}`.trim();
    case 'person-in': return `Fast Transfer From ${t.name} to PayID Phone ${t.memo ?? ''}`.trim();
    case 'atm': return `Wdl ATM ${m!.raw === 'ATM' ? 'CBA ATM' : m!.raw} ${m!.suburb} ${CBA_STATE[m!.state ?? 'NSW']} ${t.ref} AUS`;
    case 'fee': return t.name === 'MONTHLY ACCOUNT FEE' ? 'Account Fee' : t.name === 'INTERNATIONAL TRANSACTION FEE' ? 'International Transaction Fee' : t.name === 'ATM OPERATOR FEE' ? 'ATM Operator Fee' : 'Late Payment Fee';
    case 'interest': return 'Credit Interest';
  }
}

function anzNarr(h: Household, t: Txn): string {
  const m = t.m;
  switch (t.ch) {
    case 'card': return `VISA DEBIT PURCHASE CARD ${h.card} ${place(m!, 'plain')}${t.fx ? ` ${t.fx.ccy} ${t.fx.amount}` : ''}`;
    case 'refund': return m ? `VISA DEBIT DEPOSIT CARD ${h.card} ${place(m, 'plain')}` : `${t.name} ${t.memo ?? ''}`.trim();
    case 'dd': return `${(t.name ?? '').padEnd(22)} ${t.memo}`;
    case 'bpay': return `ANZ INTERNET BANKING BPAY ${t.name}${' '.repeat(6)}{${t.memo}}`;
    case 'salary': return `PAY/SALARY FROM ${t.name} ${t.memo ?? 'SALARY'}`;
    case 'gov': return `${t.name} ${t.memo} ${t.ref}`;
    case 'own-out': return `ANZ INTERNET BANKING FUNDS TFER TRANSFER ${t.ref} TO ${h.savings}`;
    case 'own-in': return `ANZ INTERNET BANKING FUNDS TFER TRANSFER ${t.ref} FROM ${h.savings}`;
    case 'person-out': return `ANZ MOBILE BANKING PAYMENT ${t.ref} TO ${t.name}`;
    case 'person-in': return `PAYMENT FROM ${t.name} ${t.memo ?? ''}`.trim();
    case 'atm': return m!.raw === 'ATM' ? `ANZ ATM ${m!.suburb} ${m!.state}` : `EFTPOS WDL ${m!.raw} ${m!.suburb}`;
    case 'fee': return t.name === 'MONTHLY ACCOUNT FEE' ? 'ACCOUNT SERVICING FEE' : t.name === 'INTERNATIONAL TRANSACTION FEE' ? 'OVERSEAS TXN FEE' : t.name!;
    case 'interest': return 'CREDIT INTEREST PAID';
  }
}

function westpacNarr(h: Household, t: Txn): [string, string] {
  const m = t.m;
  switch (t.ch) {
    case 'card': return [`${t.sec % 4 === 0 ? 'EFTPOS DEBIT' : 'DEBIT CARD PURCHASE'} ${m!.raw} ${m!.suburb.padEnd(14)}${m!.state === null ? m!.country : 'AUS'} Card No. ~${h.card.padStart(6, '0')}${t.fx ? ` ${t.fx.ccy} ${t.fx.amount}` : ''}`, 'OTHER'];
    case 'refund': return [m ? `DEBIT CARD REFUND ${m.raw} ${m.suburb}` : `DEPOSIT ${t.name} ${t.memo ?? ''}`.trim(), 'CREDIT'];
    case 'dd': return [`PAYMENT BY AUTHORITY TO ${t.name} ${t.memo}`, 'PAYMENT'];
    case 'bpay': return [`WITHDRAWAL ONLINE ${t.ref} BPAY ${t.name} ${t.memo}`, 'PAYMENT'];
    case 'salary': return [`DEPOSIT ${t.name} ${t.memo ?? 'PAYROLL'} ${t.ref}`, 'DEP'];
    case 'gov': return [`DEPOSIT ${t.name} ${t.memo}`, 'DEP'];
    case 'own-out': return [`WITHDRAWAL ONLINE ${t.ref} TFR Westpac Life ${h.savings.slice(-6)}`, 'PAYMENT'];
    case 'own-in': return [`DEPOSIT ONLINE ${t.ref} TFR Westpac Life ${h.savings.slice(-6)}`, 'CREDIT'];
    case 'person-out': return [`WITHDRAWAL MOBILE ${t.ref} PYMT ${t.name} ${t.memo ?? ''}`.trim(), 'PAYMENT'];
    case 'person-in': return [`DEPOSIT ONLINE ${t.ref} ${t.name} ${t.memo ?? ''}`.trim(), 'CREDIT'];
    case 'atm': return [`WITHDRAWAL ATM ${t.ref} ${m!.raw === 'ATM' ? 'WESTPAC' : m!.raw} ${m!.suburb}`, 'OTHER'];
    case 'fee': return [t.name === 'MONTHLY ACCOUNT FEE' ? 'MONTHLY PLAN FEE' : t.name!, 'FEE'];
    case 'interest': return ['INTEREST PAID', 'CREDIT'];
  }
}

const NAB_CAT: Record<Category, string> = {
  Housing: 'Home', Groceries: 'Groceries', Dining: 'Eating out', Transport: 'Transport', Utilities: 'Utilities',
  'Phone & Internet': 'Utilities', Subscriptions: 'Entertainment', Insurance: 'Insurance', Health: 'Health', Shopping: 'Shopping',
  Entertainment: 'Entertainment', Travel: 'Travel', Gifts: 'Shopping', Education: 'Education', 'Personal Payments': 'Transfers out',
  Cash: 'Cash', Fees: 'Fees & interest', Income: 'Income', Refunds: 'Refunds', Transfers: 'Internal transfers',
};
function nabRow(h: Household, t: Txn): { type: string; details: string; cat: string; merchant: string } {
  const m = t.m;
  const pd = ymd(t.day);
  const cat = t.unknownToBank ? 'Uncategorised' : t.ch === 'gov' ? 'Government payments' : t.ch === 'person-in' ? 'Transfers in' : NAB_CAT[t.cat];
  switch (t.ch) {
    case 'card': return { type: 'MISCELLANEOUS DEBIT', details: `V${h.card} ${p2(pd.d)}/${p2(pd.m)} ${place(m!, 'plain')} ${t.ref}${t.fx ? ` ${t.fx.ccy} ${t.fx.amount}` : ''}`, cat, merchant: m!.clean };
    case 'refund': return m ? { type: 'MISCELLANEOUS CREDIT', details: `V${h.card} ${p2(pd.d)}/${p2(pd.m)} ${place(m, 'plain')} ${t.ref}`, cat, merchant: m.clean } : { type: 'INTER-BANK CREDIT', details: `${t.name} ${t.memo ?? ''}`.trim(), cat, merchant: '' };
    case 'dd': return { type: 'AUTOMATIC DRAWING', details: `${t.name} ${t.memo}`, cat, merchant: '' };
    case 'bpay': return { type: 'INTERNET BPAY', details: `INTERNET BPAY ${t.name} ${t.memo}`, cat, merchant: '' };
    case 'salary': return { type: 'INTER-BANK CREDIT', details: `${t.name} ${t.memo ?? 'SALARY'}`, cat: 'Income', merchant: '' };
    case 'gov': return { type: 'INTER-BANK CREDIT', details: `${t.name} ${t.memo}`, cat, merchant: '' };
    case 'own-out': return { type: 'TRANSFER DEBIT', details: `ONLINE  A${t.ref} Linked Acc Trns ${h.savings.slice(-4)}`, cat, merchant: '' };
    case 'own-in': return { type: 'TRANSFER CREDIT', details: `ONLINE  A${t.ref} Linked Acc Trns ${h.savings.slice(-4)}`, cat, merchant: '' };
    case 'person-out': return { type: 'TRANSFER DEBIT', details: `ONLINE  N${t.ref} ${t.memo ?? ''} ${t.name}`.replace(/  +/g, ' '), cat, merchant: '' };
    case 'person-in': return { type: 'TRANSFER CREDIT', details: `${t.name} ${t.memo ?? ''}`.trim(), cat, merchant: '' };
    case 'atm': return { type: 'CASH WITHDRAWAL', details: `${m!.raw === 'ATM' ? 'NAB ATM' : m!.raw} ${m!.suburb}`, cat, merchant: '' };
    case 'fee': return { type: 'FEES', details: t.name!, cat, merchant: '' };
    case 'interest': return { type: 'INTEREST PAID', details: 'INTEREST', cat: 'Fees & interest', merchant: '' };
  }
}

function ingNarr(h: Household, t: Txn): string {
  const m = t.m;
  const { y, m: mo, d } = ymd(t.day);
  const when = `Date ${p2(d)} ${MON[mo - 1]} ${y} Card 462263xxxxxx${h.card}`;
  switch (t.ch) {
    case 'card': return `${place(m!, 'plain')} - Visa Purchase - Receipt ${t.ref}In ${m!.suburb} ${when}${t.fx ? ` Foreign Currency Amount: ${t.fx.ccy} ${t.fx.amount}` : ''}`;
    case 'refund': return m ? `${place(m, 'plain')} - Visa Refund - Receipt ${t.ref}In ${m.suburb} ${when}` : `${t.name} - Direct Credit - Receipt ${t.ref} ${t.memo ?? ''}`.trim();
    case 'dd': return `${t.name} - Direct Debit - Receipt ${t.ref} ${t.memo}`;
    case 'bpay': return `${t.name} - BPAY Bill Payment - Receipt ${t.ref} To ${t.name} ${t.memo}`;
    case 'salary': return `${t.name} ${t.memo ?? 'Salary'} - Salary Deposit - Receipt ${t.ref}`;
    case 'gov': return `${t.name} ${t.memo} - Direct Credit - Receipt ${t.ref}`;
    case 'own-out': return `Internal Transfer - Receipt ${t.ref} To Savings Maximiser ${h.savings.slice(-4)}`;
    case 'own-in': return `Internal Transfer - Receipt ${t.ref} From Savings Maximiser ${h.savings.slice(-4)}`;
    case 'person-out': return `${t.name} ${t.memo ?? ''} - Osko Payment - Receipt ${t.ref}`.replace('  ', ' ');
    case 'person-in': return `${t.name} ${t.memo ?? ''} - Osko Deposit - Receipt ${t.ref}`.replace('  ', ' ');
    case 'atm': return `${m!.raw} ${m!.suburb} - ATM Withdrawal - Receipt ${t.ref}In ${m!.suburb} ${when}`;
    case 'fee': return t.name === 'INTERNATIONAL TRANSACTION FEE' ? `International Transaction Fee - Receipt ${t.ref}` : `${t.name!.charAt(0)}${t.name!.slice(1).toLowerCase()} - Receipt ${t.ref}`;
    case 'interest': return `Interest Credit - Receipt ${t.ref}`;
  }
}

const MQ_CAT: Record<Category, [string, string]> = {
  Housing: ['Home', 'Rent & Mortgage'], Groceries: ['Food & Drink', 'Groceries'], Dining: ['Food & Drink', 'Restaurants & Takeaway'],
  Transport: ['Transport', 'Fuel & Transport'], Utilities: ['Home', 'Utilities'], 'Phone & Internet': ['Home', 'Phone & Internet'],
  Subscriptions: ['Entertainment', 'Subscriptions'], Insurance: ['Financial', 'Insurance'], Health: ['Health & Wellbeing', 'Medical'],
  Shopping: ['Shopping', 'General Shopping'], Entertainment: ['Entertainment', 'Events & Activities'], Travel: ['Travel', 'Holidays'],
  Gifts: ['Shopping', 'Gifts'], Education: ['Education', 'School Fees'], 'Personal Payments': ['Transfers', 'Payments To Others'],
  Cash: ['Cash', 'Cash Withdrawal'], Fees: ['Financial', 'Fees'], Income: ['Income', 'Salary'], Refunds: ['Income', 'Refunds'],
  Transfers: ['Transfers', 'Internal Transfer'],
};

function upRow(h: Household, t: Txn): { type: string; payee: string; desc: string; cat: string; method: string } {
  const m = t.m;
  const UP_CAT: Partial<Record<Category, string>> = {
    Groceries: 'Groceries', Dining: 'Restaurants & Cafes', Transport: 'Fuel', Utilities: 'Utilities', 'Phone & Internet': 'Internet',
    Subscriptions: 'TV & Music', Health: 'Health & Medical', Shopping: 'Clothing & Accessories', Entertainment: 'Events & Gigs',
    Travel: 'Holidays & Travel', Housing: 'Rent & Mortgage', Insurance: 'Life Admin', Education: 'Education & Student Loans',
    Gifts: 'Gifts & Charity', Fees: 'Life Admin', Cash: '',
  };
  const cat = t.unknownToBank ? '' : UP_CAT[t.cat] ?? '';
  switch (t.ch) {
    case 'card': return { type: 'Purchase', payee: m!.clean, desc: place(m!, 'plain'), cat, method: t.sec % 3 === 0 ? 'Apple Pay' : 'Card Purchase' };
    case 'refund': return { type: 'Refund', payee: m ? m.clean : t.name!, desc: m ? place(m, 'plain') : `${t.name} ${t.memo ?? ''}`.trim(), cat: '', method: m ? 'Card Purchase' : '' };
    case 'dd': return { type: 'Direct Debit', payee: t.name!, desc: `${t.name} ${t.memo}`, cat, method: '' };
    case 'bpay': return { type: 'BPAY', payee: t.name!, desc: `BPAY ${t.billerId} ${t.memo}`, cat, method: '' };
    case 'salary': return { type: 'Salary', payee: t.name!, desc: `${t.name} ${t.memo ?? 'SALARY'}`, cat: '', method: '' };
    case 'gov': return { type: 'Deposit', payee: t.name!, desc: `${t.name} ${t.memo}`, cat: '', method: '' };
    case 'own-out': return { type: 'Transfer', payee: '', desc: 'Transfer to Savings', cat: '', method: '' };
    case 'own-in': return { type: 'Transfer', payee: '', desc: 'Transfer from Savings', cat: '', method: '' };
    case 'person-out': return { type: 'Payment', payee: t.name!, desc: `${t.name} ${t.memo ?? ''}`.trim(), cat: t.cat === 'Housing' ? 'Rent & Mortgage' : '', method: 'Osko' };
    case 'person-in': return { type: 'Transfer', payee: t.name!, desc: `${t.name} ${t.memo ?? ''}`.trim(), cat: '', method: 'Osko' };
    case 'atm': return { type: 'ATM Withdrawal', payee: m!.raw, desc: `${m!.raw} ${m!.suburb}`, cat: '', method: 'Card Purchase' };
    case 'fee': return { type: 'Fee', payee: 'Up', desc: t.name!, cat: 'Life Admin', method: '' };
    case 'interest': return { type: 'Interest', payee: 'Up', desc: 'Interest', cat: '', method: '' };
  }
}

function render(h: Household, txns: Txn[], end: number): string {
  const L = h.layout;
  const lines: string[] = [];
  let bal = 0;
  const balances: number[] = [];
  let save = 0; // Westpac multi: savings account balance
  for (const t of txns) {
    bal += t.cents;
    balances.push(bal);
  }
  // Opening balance: the running balance above starts at 0; shift so it matches the simulated start
  const open = txns.length ? 250000 + Math.max(0, -Math.min(...balances)) : 0;
  const fmtBal = (i: number): number => balances[i]! + open;
  if (L === 'commbank') {
    txns.forEach((t, i) => lines.push(`${dmy(t.day)},${q(signed(t.cents, true))},${q(cbaNarr(h, t))},${q(signed(fmtBal(i), true))}`));
    return lines.join('\r\n') + '\r\n';
  }
  if (L === 'anz-recent' || L === 'anz-old') {
    txns.forEach((t) => {
      const n = anzNarr(h, t);
      lines.push(L === 'anz-recent' ? `${dmy(t.day)},${q(signed(t.cents, false))},${q(n)}` : `${dmy(t.day)},${(t.cents < 0 ? '-' : '') + trimmed(t.cents)},${csvField(n)}`);
    });
    return lines.join('\n') + '\n';
  }
  if (L === 'westpac' || L === 'westpac-multi') {
    lines.push('Bank Account,Date,Narrative,Debit Amount,Credit Amount,Balance,Categories,Serial');
    const acct = `${h.bsb} ${h.acct.slice(0, 6)}`;
    const sav = `${h.bsb} ${h.savings.slice(0, 6)}`;
    txns.forEach((t, i) => {
      const [n, c] = westpacNarr(h, t);
      const deb = t.cents < 0 ? money(t.cents) : '';
      const cre = t.cents > 0 ? money(t.cents) : '';
      lines.push(`${acct},${dmy(t.day)},${csvField(n)},${deb},${cre},${money(fmtBal(i))},${c},`);
      if (L === 'westpac-multi' && (t.ch === 'own-out' || t.ch === 'own-in')) {
        // the savings side of the same transfer
        save += -t.cents;
        const sn = t.ch === 'own-out' ? `DEPOSIT ONLINE ${t.ref} TFR Westpac Choice ${h.acct.slice(-6)}` : `WITHDRAWAL ONLINE ${t.ref} TFR Westpac Choice ${h.acct.slice(-6)}`;
        lines.push(`${sav},${dmy(t.day)},${sn},${t.cents > 0 ? money(t.cents) : ''},${t.cents < 0 ? money(t.cents) : ''},${money(save + 1500000)},${t.ch === 'own-out' ? 'CREDIT' : 'PAYMENT'},`);
      }
      if (L === 'westpac-multi' && t.ch === 'interest') {
        const si = Math.max(1, Math.round((save + 1500000) * 0.003));
        save += si;
        lines.push(`${sav},${dmy(t.day)},INTEREST PAID,,${money(si)},${money(save + 1500000)},CREDIT,`);
      }
    });
    return lines.join('\r\n') + '\r\n';
  }
  if (L === 'nab-current' || L === 'nab-9col') {
    lines.push(L === 'nab-current'
      ? 'Date,Amount,Account Number,,Transaction Type,Transaction Details,Balance,Category,Merchant Name,Processed On'
      : 'Date,Amount,Account Number,,Transaction Type,Transaction Details,Balance,Category,Merchant Name');
    txns.forEach((t, i) => {
      const r = nabRow(h, t);
      const row = [monDate(t.day, false), signed(t.cents, false), h.acct, '', r.type, csvField(r.details), signed(fmtBal(i), false), csvField(r.cat), csvField(r.merchant)];
      if (L === 'nab-current') row.push(t.day >= end - 3 ? '' : monDate(t.day + (t.ch === 'card' ? 1 : 0), false));
      lines.push(row.join(','));
    });
    return lines.join('\n') + '\n';
  }
  if (L === 'nab-old' || L === 'nab-old-quoted') {
    txns.forEach((t, i) => {
      const r = nabRow(h, t);
      if (L === 'nab-old') lines.push([monDate(t.day, false, '-'), (t.cents < 0 ? '-' : '') + trimmed(t.cents), '', '', r.type, csvField(r.details), trimmed(fmtBal(i)), ''].join(','));
      else lines.push([monDate(t.day, false), signed(t.cents, false), '', '', r.type, r.details, signed(fmtBal(i), true), ''].map(q).join(','));
    });
    return lines.join('\r\n') + '\r\n';
  }
  if (L === 'ing' || L === 'ing-plain') {
    lines.push('Date,Description,Credit,Debit,Balance');
    txns.forEach((t, i) => {
      const n = ingNarr(h, t);
      lines.push(`${dmy(t.day)},${L === 'ing' ? q(n) : csvField(n)},${t.cents > 0 ? money(t.cents) : ''},${t.cents < 0 ? '-' + money(t.cents) : ''},${money(fmtBal(i))}`);
    });
    return lines.join('\n') + '\n';
  }
  if (L === 'macquarie') {
    lines.push('Transaction Date,Details,Account,Category,Subcategory,Tags,Notes,Debit,Credit,Balance,Original Description');
    txns.forEach((t, i) => {
      const raw = t.m ? `${place(t.m, 'plain')}${t.m.state ? ` ${t.m.state} AU` : ''}${t.fx ? ` ${t.fx.ccy} ${t.fx.amount}` : ''}` : ingNarr(h, t).split(' - Receipt')[0]!;
      const details = t.ch === 'own-out' ? `To linked account xx${h.savings.slice(-4)} - Internal transfer`
        : t.ch === 'own-in' ? `From linked account xx${h.savings.slice(-4)} - Internal transfer`
        : t.m ? t.m.clean : t.ch === 'interest' ? 'Interest' : t.ch === 'person-out' ? `${t.name} - ${t.memo ?? ''}` : t.name ?? '';
      const [c, sc] = t.unknownToBank ? ['Other', 'Uncategorised'] : t.ch === 'gov' ? ['Income', 'Government'] : MQ_CAT[t.cat];
      lines.push([monDate(t.day, true), details, `Transaction xx${h.acct.slice(-4)}`, c, sc, '', '', t.cents < 0 ? trimmed(t.cents) : '', t.cents > 0 ? trimmed(t.cents) : '', trimmed(fmtBal(i)), raw].map(q).join(','));
    });
    return lines.join('\n') + '\n';
  }
  // Up: newest first, round-ups on purchase rows
  const current = L === 'up-current';
  lines.push(current
    ? 'Time,BSB / Account Number,Account Name,Transaction Type,Payee,Description,Category,Tags,Subtotal (AUD),Currency,Subtotal (Transaction Currency),Round Up (AUD),Total (AUD),Payment Method,Settled Date'
    : 'Time,BSB / Account Number,Transaction Type,Payee,Description,Category,Tags,Subtotal (AUD),Currency,Subtotal (Transaction Currency),Fee (AUD),Round Up (AUD),Total (AUD),Payment Method,Settled Date');
  const e = (v: string): string => (v === '' ? '""' : csvField(v));
  const rows: string[] = [];
  for (const t of txns) {
    const u = upRow(h, t);
    const { y, m, d } = ymd(t.day);
    const off = tzOffset(h.state, t.day);
    const time = current ? `${y}-${p2(m)}-${p2(d)}T${hms(t.sec)}${off}` : `${y}-${p2(m)}-${p2(d)} ${hms(t.sec)} ${off}`;
    const round = h.roundUps && t.ch === 'card' && t.cents < 0 && t.cents % 100 !== 0 ? -(100 + (t.cents % 100)) : 0;
    const total = t.cents + round;
    const settled = t.day >= end - 2 ? '' : `${y}-${p2(m)}-${p2(d)}`;
    const sub = signed(t.cents, false);
    const cur = t.fx ? t.fx.ccy : 'AUD';
    const subTx = t.fx ? `${t.cents < 0 ? '-' : ''}${t.fx.amount}` : sub;
    const cols = current
      ? [time, `633-123 ${h.acct}`, 'Spending', u.type, u.payee, u.desc, u.cat, '', sub, cur, subTx, round ? signed(round, false) : '', signed(total, false), u.method, settled]
      : [time, `633-123 ${h.acct}`, u.type, u.payee, u.desc, u.cat, '', sub, cur, subTx, '', round ? signed(round, false) : '', signed(total, false), u.method, settled];
    rows.push(cols.map(e).join(','));
  }
  rows.reverse();
  return [...lines, ...rows].join('\n') + '\n';
}

// ---------------------------------------------------------------- assemble

export function generate(opts: GenerateOptions): GeneratedHousehold[] {
  const startYear = opts.startYear ?? 2021;
  const out: GeneratedHousehold[] = [];
  for (let i = 0; i < opts.count; i++) {
    const built = buildHousehold(opts.seed, i, opts.months, startYear);
    const s = built.sim;
    const planted = plantAnomalies(s, i, opts.seed, opts.months);
    addTransfers(s, new Rng(hashSeed(opts.seed, i, 0xba1)));
    const h = built.h;
    const labels: MonthLabel[] = [];
    const truth: FileTruth = { household: h.id, file: h.file, layout: h.layout, firstMonth: '', lastMonth: '', spendCents: {}, incomeCents: {} };
    for (let mi = 0; mi < opts.months; mi++) {
      const key = monthKey(startYear + Math.floor(mi / 12), (mi % 12) + 1);
      const a = planted.get(mi);
      const notes = [...(s.notes.get(mi) ?? [])];
      const label: MonthLabel = { household: h.id, file: h.file, month: key, kind: a ? a.kind : 'normal' };
      if (a) label.category = a.category;
      if (notes.length) label.notes = notes;
      labels.push(label);
      truth.spendCents[key] = {};
      truth.incomeCents[key] = 0;
    }
    truth.firstMonth = labels[0]?.month ?? '';
    truth.lastMonth = labels[labels.length - 1]?.month ?? '';
    for (const t of s.txns) {
      const { y, m } = ymd(t.day);
      const key = monthKey(y, m);
      if (t.cents < 0 && t.cat !== 'Transfers' && t.cat !== 'Income' && t.cat !== 'Refunds') {
        const c = t.cat as SpendCategory;
        const row = truth.spendCents[key]!;
        row[c] = (row[c] ?? 0) - t.cents;
      } else if (t.cents > 0 && t.cat === 'Income') truth.incomeCents[key] = (truth.incomeCents[key] ?? 0) + t.cents;
    }
    out.push({ household: h.id, file: h.file, layout: h.layout, csv: render(h, s.txns, s.end), labels, truth });
  }
  return out;
}

export function writeGenerated(dir: string, hs: GeneratedHousehold[]): void {
  mkdirSync(dir, { recursive: true });
  for (const g of hs) writeFileSync(join(dir, g.file), g.csv);
  writeFileSync(join(dir, 'labels.json'), JSON.stringify(hs.flatMap((g) => g.labels), null, 1) + '\n');
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(hs.map((g) => g.truth)) + '\n');
}

function arg(argv: string[], name: string, dflt: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : dflt;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const seed = Number(arg(argv, 'seed', '7'));
  const count = Number(arg(argv, 'count', '20'));
  const months = Number(arg(argv, 'months', '60'));
  const dir = arg(argv, 'out', `/tmp/third/${seed}`);
  const hs = generate({ seed, count, months });
  writeGenerated(dir, hs);
  const anomalous = hs.flatMap((g) => g.labels).filter((l) => l.kind !== 'normal').length;
  process.stdout.write(`wrote ${hs.length} files, ${anomalous} anomalous months to ${dir}\n`);
}
