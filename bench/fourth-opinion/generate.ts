/**
 * Fourth-opinion test-data generator for Oddmonth.
 *
 * Written independently of the product: synthetic Australian households over several years,
 * exported in the CSV layouts of seven banks, with labelled anomalous months and exact truth.
 *
 * CLI: tsx bench/fourth-opinion/generate.ts --seed 7 --count 20 --months 60 --out DIR [--start-year 2021]
 *
 * No dependencies beyond Node's standard library.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ───────────────────────────── contract ─────────────────────────────

import {
  ANOMALY_KINDS, SPEND_CATEGORIES,
  type AnomalyKind, type Category, type FileTruth, type GenerateOptions, type GeneratedHousehold, type MonthLabel, type SpendCategory,
} from '../opinion-contract';

export { ANOMALY_KINDS, SPEND_CATEGORIES };
export type { AnomalyKind, Category, FileTruth, GenerateOptions, GeneratedHousehold, MonthLabel, SpendCategory };

// ───────────────────────────── PRNG (sfc32 seeded by a 32-bit mixer) ─────────────────────────────

function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16; h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15; h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number, stream: number) {
    this.a = mix32((seed >>> 0) ^ 0x9e3779b9);
    this.b = mix32((stream >>> 0) + 0x85ebca6b + this.a);
    this.c = mix32(this.b ^ 0xc2b2ae35 ^ Math.imul(stream + 1, 0x27d4eb2f));
    this.d = mix32(this.c + seed + 1);
    for (let i = 0; i < 20; i++) this.u32();
  }
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  next(): number { return this.u32() / 4294967296; }
  range(lo: number, hi: number): number { return lo + (hi - lo) * this.next(); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T { return at(xs, Math.floor(this.next() * xs.length)); }
  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** log-normal around a median with log-sd sigma */
  logn(median: number, sigma: number): number { return median * Math.exp(sigma * this.normal()); }
  poisson(lambda: number): number {
    const l = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do { k++; p *= this.next(); } while (p > l && k < 200);
    return k - 1;
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = at(xs, i);
      xs[i] = at(xs, j);
      xs[j] = t;
    }
    return xs;
  }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
}

function at<T>(xs: readonly T[], i: number): T {
  const v = xs[i];
  if (v === undefined) throw new Error(`index ${i} out of range (${xs.length})`);
  return v;
}

// ───────────────────────────── dates ─────────────────────────────

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / 86400000);
function ymd(day: number): [number, number, number] {
  const dt = new Date(day * 86400000);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}
/** 0 = Sunday */
const dow = (day: number): number => (((day + 4) % 7) + 7) % 7;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const p2 = (n: number): string => String(n).padStart(2, '0');
const monthKey = (y: number, m: number): string => `${y}-${p2(m)}`;
/** nearest business day on or before */
function bizBefore(day: number): number { let d = day; while (dow(d) === 0 || dow(d) === 6) d--; return d; }
function bizAfter(day: number): number { let d = day; while (dow(d) === 0 || dow(d) === 6) d++; return d; }

// ───────────────────────────── money formatting ─────────────────────────────

function fix2(cents: number): string {
  const s = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  return `${s}${Math.floor(a / 100)}.${p2(a % 100)}`;
}
function plus2(cents: number): string { return cents >= 0 ? `+${fix2(cents)}` : fix2(cents); }
/** trailing zeros trimmed: 518.20 -> 518.2, 5000.00 -> 5000 */
function trim(cents: number): string {
  const s = fix2(cents);
  return s.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
}
const roundTo = (cents: number, step: number): number => Math.max(step, Math.round(cents / step) * step);
/** retail-looking price: ends in .99/.95/.00/.50 or arbitrary cents */
function retail(rng: Rng, cents: number): number {
  const dollars = Math.max(1, Math.round(cents / 100));
  const r = rng.next();
  if (r < 0.3) return dollars * 100 - 1;
  if (r < 0.4) return dollars * 100 - 5;
  if (r < 0.55) return dollars * 100;
  return Math.max(50, Math.round(cents));
}

// ───────────────────────────── places and merchants ─────────────────────────────

interface City {
  name: string; state: string; cba: string; dst: boolean; std: string; dstOff: string;
  suburbs: readonly string[]; transit: string; toll: string; water: string; rego: string; bond: string;
  power: readonly string[];
}
const CITIES: readonly City[] = [
  { name: 'SYDNEY', state: 'NSW', cba: 'NS', dst: true, std: '+10:00', dstOff: '+11:00',
    suburbs: ['PARRAMATTA', 'CHATSWOOD', 'MARRICKVILLE', 'BLACKTOWN', 'HURSTVILLE', 'NEWTOWN', 'PENRITH', 'RYDE'],
    transit: 'TRANSPORTFORNSW OPAL', toll: 'LINKT SYDNEY', water: 'SYDNEY WATER', rego: 'SERVICE NSW', bond: 'NSW FAIR TRADING BOND',
    power: ['ORIGIN ENERGY', 'AGL SALES PTY LTD', 'ENERGYAUSTRALIA'] },
  { name: 'MELBOURNE', state: 'VIC', cba: 'VI', dst: true, std: '+10:00', dstOff: '+11:00',
    suburbs: ['FOOTSCRAY', 'RICHMOND', 'BRUNSWICK', 'DANDENONG', 'BOX HILL', 'FRANKSTON', 'ST KILDA', 'COBURG'],
    transit: 'PTV MYKI', toll: 'LINKT MELBOURNE', water: 'YARRA VALLEY WATER', rego: 'VICROADS', bond: 'RTBA VIC BOND',
    power: ['ORIGIN ENERGY', 'AGL SALES PTY LTD', 'RED ENERGY', 'ALINTA ENERGY'] },
  { name: 'BRISBANE', state: 'QLD', cba: 'QL', dst: false, std: '+10:00', dstOff: '+10:00',
    suburbs: ['FORTITUDE VALLEY', 'CHERMSIDE', 'INDOOROOPILLY', 'CARINDALE', 'SUNNYBANK', 'TOOWONG', 'LOGAN CENTRAL'],
    transit: 'TRANSLINK GO CARD', toll: 'LINKT BRISBANE', water: 'URBAN UTILITIES', rego: 'QLD TRANSPORT TMR', bond: 'RTA QLD BOND',
    power: ['ORIGIN ENERGY', 'AGL SALES PTY LTD', 'ALINTA ENERGY'] },
  { name: 'PERTH', state: 'WA', cba: 'WA', dst: false, std: '+08:00', dstOff: '+08:00',
    suburbs: ['FREMANTLE', 'JOONDALUP', 'CANNINGTON', 'MORLEY', 'SUBIACO', 'MIDLAND'],
    transit: 'TRANSPERTH SMARTRIDER', toll: '', water: 'WATER CORPORATION', rego: 'DEPT OF TRANSPORT WA', bond: 'WA BOND ADMIN',
    power: ['SYNERGY'] },
  { name: 'ADELAIDE', state: 'SA', cba: 'SA', dst: true, std: '+09:30', dstOff: '+10:30',
    suburbs: ['GLENELG', 'NORWOOD', 'MARION', 'MODBURY', 'PROSPECT', 'ELIZABETH'],
    transit: 'ADELAIDE METRO', toll: '', water: 'SA WATER', rego: 'SERVICE SA', bond: 'CBS SA BOND',
    power: ['AGL SALES PTY LTD', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA'] },
  { name: 'HOBART', state: 'TAS', cba: 'TA', dst: true, std: '+10:00', dstOff: '+11:00',
    suburbs: ['SANDY BAY', 'GLENORCHY', 'KINGSTON', 'MOONAH', 'NEW TOWN'],
    transit: 'METRO TASMANIA', toll: '', water: 'TASWATER', rego: 'SERVICE TASMANIA', bond: 'RENTAL DEPOSIT AUTH TAS',
    power: ['AURORA ENERGY'] },
  { name: 'CANBERRA', state: 'ACT', cba: 'AC', dst: true, std: '+10:00', dstOff: '+11:00',
    suburbs: ['BELCONNEN', 'WODEN', 'GUNGAHLIN', 'BRADDON', 'TUGGERANONG'],
    transit: 'TRANSPORT CANBERRA', toll: '', water: 'ICON WATER', rego: 'ACCESS CANBERRA', bond: 'ACT RENTAL BONDS',
    power: ['ACTEWAGL', 'ORIGIN ENERGY'] },
];

/** raw merchant, clean name, subtype (drives bank categories) */
type M = readonly [string, string, string];
const GROCERY_MAIN: readonly M[] = [['WOOLWORTHS', 'Woolworths', 'supermarket'], ['COLES', 'Coles', 'supermarket'], ['ALDI STORES', 'Aldi', 'supermarket']];
const GROCERY_TOPUP: readonly M[] = [
  ['IGA', 'IGA', 'supermarket'], ['HARRIS FARM MARKETS', 'Harris Farm', 'supermarket'], ['BAKERS DELIGHT', 'Bakers Delight', 'bakery'],
  ['FRESH FRUIT MARKET', 'Fresh Fruit Market', 'supermarket'], ['QUALITY MEATS', 'Quality Meats', 'butcher'], ['FOODWORKS', 'Foodworks', 'supermarket'],
  ['COLES EXPRESS', 'Coles Express', 'supermarket'], ['WOOLWORTHS METRO', 'Woolworths Metro', 'supermarket'],
];
const CAFES: readonly M[] = [
  ['GLORIA JEANS', 'Gloria Jeans', 'cafe'], ['SOUL ORIGIN', 'Soul Origin', 'cafe'], ['MUFFIN BREAK', 'Muffin Break', 'cafe'],
  ['LITTLE BEAN CAFE', 'Little Bean Cafe', 'cafe'], ['SQ *BLACK SHEEP COFFEE', 'Black Sheep Coffee', 'cafe'], ['ZARRAFFAS COFFEE', 'Zarraffas', 'cafe'],
  ['SQ *THE CORNER ESPRESSO', 'The Corner Espresso', 'cafe'],
];
const TAKEAWAY: readonly M[] = [
  ['UBER *EATS', 'Uber Eats', 'takeaway'], ['MENULOG PTY LTD', 'Menulog', 'takeaway'], ['DOORDASH AU', 'DoorDash', 'takeaway'],
  ['DOMINOS PIZZA', 'Dominos', 'takeaway'], ['MCDONALDS', 'McDonalds', 'takeaway'], ['GUZMAN Y GOMEZ', 'Guzman y Gomez', 'takeaway'],
  ['KFC', 'KFC', 'takeaway'], ['SUSHI HUB', 'Sushi Hub', 'takeaway'], ['OPORTO', 'Oporto', 'takeaway'], ['NANDOS', 'Nandos', 'takeaway'],
  ['HUNGRY JACKS', 'Hungry Jacks', 'takeaway'], ['SUBWAY', 'Subway', 'takeaway'],
];
const RESTAURANTS: readonly M[] = [
  ['SAPPHIRE THAI', 'Sapphire Thai', 'restaurant'], ['MAMAK', 'Mamak', 'restaurant'], ['ROSSI TRATTORIA', 'Rossi Trattoria', 'restaurant'],
  ['PHO VIET', 'Pho Viet', 'restaurant'], ['THE ROYAL HOTEL', 'The Royal Hotel', 'pub'], ['GRILLD', 'Grilld', 'restaurant'],
  ['SQ *DUMPLING HOUSE', 'Dumpling House', 'restaurant'], ['HOGS BREATH CAFE', 'Hogs Breath Cafe', 'restaurant'], ['SPICE OF INDIA', 'Spice of India', 'restaurant'],
];
const FUEL: readonly M[] = [
  ['AMPOL', 'Ampol', 'fuel'], ['BP', 'BP', 'fuel'], ['7-ELEVEN', '7-Eleven', 'fuel'], ['SHELL COLES EXPRESS', 'Shell', 'fuel'],
  ['UNITED PETROLEUM', 'United Petroleum', 'fuel'], ['METRO PETROLEUM', 'Metro Petroleum', 'fuel'],
];
const SHOPS: readonly M[] = [
  ['KMART', 'Kmart', 'dept'], ['TARGET', 'Target', 'dept'], ['BIG W', 'Big W', 'dept'], ['BUNNINGS WAREHOUSE', 'Bunnings', 'hardware'],
  ['JB HI-FI', 'JB Hi-Fi', 'electronics'], ['OFFICEWORKS', 'Officeworks', 'office'], ['AMAZON AU', 'Amazon', 'online'],
  ['AMAZON MKTPLC AU', 'Amazon Marketplace', 'online'], ['UNIQLO', 'Uniqlo', 'clothing'], ['COTTON ON', 'Cotton On', 'clothing'],
  ['REBEL SPORT', 'Rebel', 'clothing'], ['IKEA', 'IKEA', 'homeware'], ['SPOTLIGHT', 'Spotlight', 'homeware'], ['EBAY AUSTRALIA', 'eBay', 'online'],
  ['CATCH.COM.AU', 'Catch', 'online'], ['TEMU.COM', 'Temu', 'online'], ['BEST & LESS', 'Best & Less', 'clothing'], ['THE REJECT SHOP', 'The Reject Shop', 'dept'],
];
const PET_SHOPS: readonly M[] = [['PETBARN', 'Petbarn', 'pets'], ['PET CIRCLE', 'Pet Circle', 'pets']];
const BIG_SHOPS: readonly M[] = [
  ['HARVEY NORMAN', 'Harvey Norman', 'electronics'], ['THE GOOD GUYS', 'The Good Guys', 'electronics'], ['JB HI-FI', 'JB Hi-Fi', 'electronics'],
  ['IKEA', 'IKEA', 'homeware'], ['FANTASTIC FURNITURE', 'Fantastic Furniture', 'homeware'], ['APPLE STORE', 'Apple', 'electronics'],
];
const ENTERTAINMENT: readonly M[] = [
  ['HOYTS', 'Hoyts', 'cinema'], ['EVENT CINEMAS', 'Event Cinemas', 'cinema'], ['TICKETEK', 'Ticketek', 'events'], ['TICKETMASTER AU', 'Ticketmaster', 'events'],
  ['STEAMGAMES.COM', 'Steam', 'games'], ['PLAYSTATION NETWORK', 'PlayStation', 'games'], ['BWS', 'BWS', 'liquor'], ['DAN MURPHYS', 'Dan Murphys', 'liquor'],
  ['TIMEZONE', 'Timezone', 'hobbies'], ['STRIKE BOWLING', 'Strike Bowling', 'hobbies'], ['LIQUORLAND', 'Liquorland', 'liquor'],
];
const HEALTH: readonly M[] = [
  ['CHEMIST WAREHOUSE', 'Chemist Warehouse', 'pharmacy'], ['PRICELINE PHARMACY', 'Priceline', 'pharmacy'], ['TERRYWHITE CHEMMART', 'TerryWhite Chemmart', 'pharmacy'],
  ['MEDICAL CENTRE', 'Medical Centre', 'doctor'], ['SPECSAVERS', 'Specsavers', 'optical'], ['CITY PHYSIO', 'City Physio', 'doctor'],
];
const GIFT_SHOPS: readonly M[] = [
  ['MYER', 'Myer', 'gifts'], ['DAVID JONES', 'David Jones', 'gifts'], ['SMIGGLE', 'Smiggle', 'gifts'], ['MR TOYS TOYWORLD', 'Toyworld', 'gifts'],
  ['EB GAMES', 'EB Games', 'gifts'], ['PANDORA', 'Pandora', 'gifts'], ['PETER ALEXANDER', 'Peter Alexander', 'gifts'], ['T2 TEA', 'T2', 'gifts'],
  ['DYMOCKS', 'Dymocks', 'gifts'], ['LEGO CERTIFIED STORE', 'LEGO', 'gifts'], ['INTERFLORA', 'Interflora', 'gifts'], ['SHAVER SHOP', 'Shaver Shop', 'gifts'],
];
const AIRLINES: readonly M[] = [['QANTAS AIRWAYS', 'Qantas', 'airline'], ['VIRGIN AUSTRALIA', 'Virgin Australia', 'airline'], ['JETSTAR', 'Jetstar', 'airline']];
const STAYS: readonly M[] = [['AIRBNB', 'Airbnb', 'accommodation'], ['BOOKING.COM', 'Booking.com', 'accommodation'], ['HOTELS.COM', 'Hotels.com', 'accommodation'], ['EXPEDIA AU', 'Expedia', 'accommodation']];
const DOMESTIC_SPOTS = ['GOLD COAST', 'BYRON BAY', 'CAIRNS', 'HOBART', 'MARGARET RIVER', 'NOOSA', 'PORT DOUGLAS', 'PHILLIP ISLAND', 'BROOME', 'LAUNCESTON'] as const;
interface Abroad { place: string; cc: string; country: string; cur: string; rate: number; merchants: readonly string[] }
const ABROAD: readonly Abroad[] = [
  { place: 'DENPASAR', cc: 'ID', country: 'IDN', cur: 'IDR', rate: 10300, merchants: ['BINTANG SUPERMARKET', 'POTATO HEAD BEACH CLUB', 'WARUNG MADE', 'GRAB *RIDE', 'KUTA SURF SHOP'] },
  { place: 'AUCKLAND', cc: 'NZ', country: 'NZL', cur: 'NZD', rate: 1.09, merchants: ['COUNTDOWN', 'SKY TOWER', 'BURGER FUEL', 'Z ENERGY', 'THE WAREHOUSE'] },
  { place: 'TOKYO', cc: 'JP', country: 'JPN', cur: 'JPY', rate: 96, merchants: ['FAMILYMART', 'LAWSON', 'ICHIRAN', 'DON QUIJOTE', 'JR EAST'] },
  { place: 'HONOLULU', cc: 'HI', country: 'USA', cur: 'USD', rate: 0.66, merchants: ['ABC STORES', 'CHEESECAKE FACTORY', 'ALA MOANA CENTER', 'UBER *TRIP', 'TARGET T-2708'] },
  { place: 'LONDON', cc: 'GB', country: 'GBR', cur: 'GBP', rate: 0.52, merchants: ['TESCO STORES', 'PRET A MANGER', 'TFL TRAVEL CH', 'BOOTS', 'WAGAMAMA'] },
  { place: 'SINGAPORE', cc: 'SG', country: 'SGP', cur: 'SGD', rate: 0.88, merchants: ['FAIRPRICE', 'TOAST BOX', 'GRAB *RIDE', 'JEWEL CHANGI', 'JUMBO SEAFOOD'] },
  { place: 'NADI', cc: 'FJ', country: 'FJI', cur: 'FJD', rate: 1.48, merchants: ['MH SUPERMARKET', 'PORT DENARAU CAFE', 'JACKS OF FIJI', 'BULA BAR', 'TOURIST TRANSPORT'] },
];
const FIRST = ['JAMES', 'OLIVIA', 'LIAM', 'CHARLOTTE', 'NOAH', 'MIA', 'JACK', 'AMELIA', 'WILLIAM', 'ISLA', 'THOMAS', 'GRACE', 'LUCAS', 'CHLOE',
  'HENRY', 'ZOE', 'ETHAN', 'SOPHIE', 'MAX', 'RUBY', 'MINH', 'PRIYA', 'WEI', 'AROHA', 'FATIMA', 'DANIEL', 'HANNAH', 'RAJ', 'LEAH', 'SAM'] as const;
const LAST = ['SMITH', 'NGUYEN', 'WILLIAMS', 'BROWN', 'WILSON', 'TAYLOR', 'JOHNSON', 'WHITE', 'MARTIN', 'ANDERSON', 'THOMPSON', 'TRAN', 'WALKER',
  'HARRIS', 'LEE', 'RYAN', 'ROBINSON', 'KELLY', 'KING', 'PATEL', 'CHEN', 'SINGH', 'OCONNOR', 'MITCHELL', 'CAMPBELL', 'COSTA', 'PAPADOPOULOS'] as const;
const personName = (rng: Rng): string => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
const initialName = (rng: Rng): string => `${rng.pick(FIRST).charAt(0)} ${rng.pick(LAST)}`;

// ───────────────────────────── transactions ─────────────────────────────

type TxKind = 'card' | 'dd' | 'bpay' | 'payto' | 'payfrom' | 'own-out' | 'own-in' | 'salary' | 'gov' | 'atm' | 'fee' | 'refund-card' | 'credit' | 'interest';
interface Fx { cur: string; amount: string; place: string; cc: string; country: string }
interface Tx {
  day: number;
  sec: number;
  cents: number;        // signed: negative is money out of the account
  cat: Category;
  kind: TxKind;
  sub: string;          // merchant subtype, used for the bank's own categories
  name: string;         // raw merchant / payee / payer
  clean: string;        // cleaned display name
  place: string;        // suburb / city
  ref: string;          // biller id, reference, receipt
  memo: string;
  fx?: Fx;
  acct: number;         // 0 = the exported transaction account, 1 = linked savings (only shown by westpac-multi)
  purchase: number;     // purchase day (<= day) for card transactions
  seq: number;
  stream?: string;      // income stream id
  anomaly?: AnomalyKind;
  roundUp: number;      // Up round-up in cents (>= 0)
}

// ───────────────────────────── households ─────────────────────────────

type HType = 'casual' | 'student' | 'retiree' | 'gig' | 'single-parent' | 'couple' | 'family' | 'shift-couple';
const HTYPES: readonly HType[] = ['casual', 'student', 'retiree', 'gig', 'single-parent', 'couple', 'family', 'shift-couple'];
type Freq = 'weekly' | 'fortnightly' | 'monthly';

interface Stream {
  id: string; payer: string; kind: 'salary' | 'gov' | 'payfrom'; freq: Freq;
  anchor: number;        // a pay day (weekly / fortnightly) or day of month (monthly)
  cents: number; vol: number; from: number; to: number; ref: string; main: boolean;
  casual: boolean;       // paid only for weeks worked (holidays unpaid)
  decBoost: number;      // extra hours over Christmas
}
interface Bill {
  name: string; clean: string; sub: string; cat: SpendCategory; kind: 'dd' | 'card' | 'bpay';
  cents: number; every: 1 | 3 | 12; phase: number; dom: number; ref: string; from: number; to: number;
  vol: number; seasonal: boolean; note: string; riseAt: number; riseNote: string;
}
interface Housing { mode: 'rent' | 'share' | 'mortgage' | 'own'; cents: number; freq: Freq; payee: string; anchor: number; kind: 'payto' | 'dd'; ref: string }
interface Holiday { start: number; nights: number; abroad: Abroad | null; spot: string; budget: number; booked: number }

interface Profile {
  type: HType; city: City; suburbs: string[]; card: string; adults: number; kids: number; schoolKids: number;
  car: boolean; pets: boolean; streams: Stream[]; housing: Housing; bills: Bill[];
  grocWeekly: number; grocMain: M; grocDow: number; topups: number;
  cafePerWeek: number; cafeAmt: number; cafes: M[];
  takeawayPerMonth: number; takeawayAmt: number; restoPerMonth: number; restoAmt: number;
  fuelPerMonth: number; fuelAmt: number; transitMonthly: number; ridesharePerMonth: number; tolls: boolean;
  shopPerMonth: number; shopAmt: number; entPerMonth: number; entAmt: number; healthPerMonth: number; healthAmt: number;
  atmPerMonth: number; atmAmt: number; accountFee: number; friends: string[]; friendPayPerMonth: number;
  giftBudget: number; birthdays: number[]; holidays: Map<number, Holiday>; childcare: number; babyFrom: number;
  fxFee: boolean; lagMax: number; savingsStart: number; balStart: number; buffer: number; hiWater: number;
  employerPool: string[]; housemates: string[];
}

const EMPLOYERS = ['ACME LOGISTICS PTY LTD', 'SUNRISE HEALTH CARE', 'MERIDIAN CONSULTING', 'COASTAL COUNCIL', 'NORTHSIDE HOSPITALITY',
  'BLUESTAR FREIGHT', 'ORBIT SOFTWARE PTY LTD', 'GREENFIELD SCHOOLS', 'HARBOUR RETAIL GROUP', 'SOUTHERN CROSS AGED CARE', 'KESTREL ENGINEERING',
  'METRO CLEANING SERVICES', 'ALLIED PHYSIO GROUP', 'TRUEBLUE HARDWARE', 'PINNACLE LEGAL'] as const;
const CASUAL_EMPLOYERS = ['NORTHSIDE HOSPITALITY', 'RSL CLUB', 'HARBOUR RETAIL GROUP', 'BEAN THERE CAFE PTY', 'SECURECO SERVICES', 'CARE AT HOME PTY LTD',
  'WAREHOUSE STAFFING', 'PUB GROUP PAYROLL'] as const;

function mkStream(rng: Rng, id: string, payer: string, kind: Stream['kind'], freq: Freq, cents: number, vol: number, firstDay: number, main: boolean, casual = false): Stream {
  return {
    id, payer, kind, freq, cents, vol, main, casual, from: 0, to: 1e9, decBoost: casual ? rng.range(0.1, 0.35) : 0,
    anchor: freq === 'monthly' ? rng.int(1, 28) : firstDay, ref: kind === 'gov' ? `${rng.digits(9)}${'ABCDEFGHJK'.charAt(rng.int(0, 9))}` : rng.digits(6),
  };
}

function bill(name: string, clean: string, sub: string, cat: SpendCategory, kind: Bill['kind'], cents: number, every: 1 | 3 | 12, phase: number, dom: number, ref: string, note = ''): Bill {
  return { name, clean, sub, cat, kind, cents, every, phase, dom, ref, from: 0, to: 1e9, vol: 0, seasonal: false, note, riseAt: -1, riseNote: '' };
}

function makeProfile(rng: Rng, type: HType, months: number, startYear: number, bank: Bank, lagMax: number): Profile {
  const city = rng.pick(CITIES);
  const suburbs = rng.shuffle([...city.suburbs]).slice(0, 4);
  const home = at(suburbs, 0);
  const d0 = dayOf(startYear, 1, 1);
  const firstDow = (target: number): number => { let d = d0; while (dow(d) !== target) d++; return d; };
  const streams: Stream[] = [];
  const bills: Bill[] = [];
  const emp = rng.shuffle([...EMPLOYERS]);
  const ce = rng.shuffle([...CASUAL_EMPLOYERS]);
  let adults = 1; let kids = 0; let schoolKids = 0; let car = true; let groc = 100; let housing: Housing;
  const agent = `${rng.pick(['RAY WHITE', 'LJ HOOKER', 'MCGRATH', 'BELLE PROPERTY', 'HARCOURTS', 'FIRST NATIONAL'])} ${home}`;
  const rent = (weekly: number, freq: Freq, kind: 'payto' | 'dd'): Housing => {
    const c = freq === 'weekly' ? weekly : freq === 'fortnightly' ? weekly * 2 : Math.round((weekly * 52) / 12);
    return { mode: 'rent', cents: roundTo(c, 100), freq, payee: agent, anchor: firstDow(rng.int(1, 5)) + rng.int(0, 6), kind, ref: `RENT ${rng.int(2, 180)} ${rng.pick(LAST)} ST` };
  };
  const mortgage = (monthly: number): Housing => ({ mode: 'mortgage', cents: roundTo(monthly, 1), freq: 'monthly', payee: rng.pick(['ATHENA HOME LOANS', 'UNLOAN', 'PEPPER MONEY', 'TICTOC HOME LOANS', 'RESIMAC HOME LOANS']), anchor: rng.int(1, 28), kind: 'dd', ref: `LOAN ${rng.digits(8)}` });
  const own = (): Housing => ({ mode: 'own', cents: 0, freq: 'monthly', payee: '', anchor: 1, kind: 'dd', ref: '' });
  const salary = (i: number, cents: number, vol: number, main: boolean, freq: Freq = 'fortnightly'): Stream =>
    mkStream(rng, `sal${i}`, at(emp, i), 'salary', freq, roundTo(cents, 1), vol, firstDow(rng.pick([3, 4])) + (rng.chance(0.5) ? 7 : 0), main);
  const casualJob = (i: number, cents: number, vol: number, main: boolean): Stream =>
    mkStream(rng, `cas${i}`, at(ce, i), 'salary', 'weekly', cents, vol, firstDow(rng.pick([2, 3, 4])), main, true);
  let housemates: string[] = [];
  switch (type) {
    case 'casual':
      streams.push(casualJob(0, rng.logn(90000, 0.12), 0.22, true));
      housing = rent(rng.range(360, 480) * 100, rng.pick(['fortnightly', 'weekly'] as const), 'payto');
      groc = rng.range(80, 115); car = rng.chance(0.6);
      break;
    case 'student': {
      streams.push(mkStream(rng, 'ya', 'CENTRELINK', 'gov', 'fortnightly', roundTo(rng.range(52000, 61000), 1), 0, firstDow(rng.pick([2, 3])), true));
      streams.push(casualJob(0, rng.logn(26000, 0.2), 0.38, false));
      housemates = [personName(rng), personName(rng)];
      housing = { mode: 'share', cents: roundTo(rng.range(200, 290) * 100, 500), freq: 'weekly', payee: at(housemates, 0), anchor: firstDow(rng.int(0, 6)), kind: 'payto', ref: 'rent' };
      groc = rng.range(55, 85); car = rng.chance(0.25);
      break;
    }
    case 'retiree': {
      adults = rng.chance(0.55) ? 2 : 1;
      const pens = adults === 2 ? rng.range(74000, 80000) : rng.range(98000, 106000);
      const pday = firstDow(4) + (rng.chance(0.5) ? 7 : 0);
      for (let a = 0; a < adults; a++) {
        const s = mkStream(rng, `pen${a}`, 'CENTRELINK', 'gov', 'fortnightly', roundTo(pens, 1), 0, pday, a === 0);
        streams.push(s);
      }
      streams.push(mkStream(rng, 'super', rng.pick(['AUSTRALIANSUPER', 'HESTA', 'UNISUPER', 'AWARE SUPER', 'REST SUPER']), 'salary', 'monthly', roundTo(rng.range(1400, 3400) * 100, 100), 0, 0, false));
      housing = own();
      groc = adults === 2 ? rng.range(140, 185) : rng.range(90, 125);
      break;
    }
    case 'gig':
      streams.push(mkStream(rng, 'uber', 'UBER AUSTRALIA PTY', 'payfrom', 'weekly', roundTo(rng.logn(95000, 0.15), 1), 0.3, firstDow(rng.pick([1, 2])), true, true));
      streams.push(mkStream(rng, 'dd', 'DOORDASH PAYMENTS', 'payfrom', 'weekly', roundTo(rng.logn(22000, 0.2), 1), 0.5, firstDow(3), false, true));
      housing = rent(rng.range(400, 520) * 100, 'monthly', 'payto');
      groc = rng.range(95, 140); car = true;
      break;
    case 'single-parent':
      kids = rng.int(1, 3); schoolKids = Math.max(1, kids - (rng.chance(0.4) ? 1 : 0));
      streams.push(salary(0, rng.range(1450, 1950) * 100, 0.02, true));
      streams.push(mkStream(rng, 'ftb', 'CENTRELINK', 'gov', 'fortnightly', roundTo(rng.range(300, 420) * 100 * kids, 1), 0, firstDow(3), false));
      streams.push(mkStream(rng, 'cs', 'CHILD SUPPORT', 'gov', 'monthly', roundTo(rng.range(250, 450) * 100 * kids, 1), 0, 0, false));
      housing = rent(rng.range(450, 600) * 100, 'fortnightly', rng.chance(0.5) ? 'dd' : 'payto');
      groc = rng.range(120, 170) + 35 * kids;
      break;
    case 'couple':
      adults = 2;
      streams.push(salary(0, rng.range(2500, 3400) * 100, 0.015, true));
      streams.push(salary(1, rng.range(2000, 2900) * 100, 0.015, false, rng.chance(0.3) ? 'monthly' : 'fortnightly'));
      housing = rng.chance(0.6) ? mortgage(rng.range(2600, 3800) * 100) : rent(rng.range(550, 750) * 100, 'monthly', 'payto');
      groc = rng.range(150, 210);
      break;
    case 'family':
      adults = 2; kids = rng.int(2, 3); schoolKids = kids - 1;
      streams.push(salary(0, rng.range(2900, 3800) * 100, 0.015, true));
      streams.push(salary(1, rng.range(1100, 1700) * 100, 0.05, false));
      housing = mortgage(rng.range(3000, 4400) * 100);
      groc = rng.range(240, 320);
      break;
    case 'shift-couple':
      adults = 2; kids = rng.chance(0.4) ? 1 : 0; schoolKids = kids;
      streams.push(salary(0, rng.range(2200, 2700) * 100, 0.12, true));
      streams.push(casualJob(1, rng.logn(60000, 0.15), 0.26, false));
      housing = rent(rng.range(500, 650) * 100, 'fortnightly', 'dd');
      groc = rng.range(170, 220) + 40 * kids;
      break;
  }
  // recurring bills
  const st = city.state;
  const mobileCo = rng.pick([['TELSTRA', 'Telstra', 'mobile'], ['OPTUS', 'Optus', 'mobile'], ['VODAFONE', 'Vodafone', 'mobile'], ['AMAYSIM', 'amaysim', 'mobile'], ['BOOST MOBILE', 'Boost', 'mobile']] as const);
  for (let a = 0; a < adults; a++) bills.push(bill(mobileCo[0], mobileCo[1], mobileCo[2], 'Phone & Internet', 'dd', rng.pick([3000, 3500, 4500, 5500, 6500]), 1, 0, rng.int(2, 27), rng.digits(8)));
  if (type !== 'student') {
    const net = rng.pick([['AUSSIE BROADBAND', 'Aussie Broadband'], ['TPG INTERNET', 'TPG'], ['SUPERLOOP', 'Superloop'], ['TELSTRA', 'Telstra']] as const);
    bills.push(bill(net[0], net[1], 'internet', 'Phone & Internet', 'dd', rng.pick([6900, 7500, 8500, 8900, 9900]), 1, 0, rng.int(1, 27), rng.digits(8)));
  }
  const subsPool: [string, string, number][] = [['NETFLIX.COM', 'Netflix', 1699], ['SPOTIFY', 'Spotify', 1199], ['DISNEY PLUS', 'Disney+', 1199], ['STAN.COM.AU', 'Stan', 1000],
    ['APPLE.COM/BILL', 'Apple', 449], ['AMAZON PRIME AU', 'Amazon Prime', 699], ['BINGE', 'Binge', 1000], ['KAYO SPORTS', 'Kayo', 2500], ['GOOGLE *YOUTUBEPREMIUM', 'YouTube Premium', 1499], ['MICROSOFT*365', 'Microsoft 365', 1400]];
  const nSubs = type === 'retiree' ? rng.int(1, 2) : type === 'student' ? rng.int(1, 3) : rng.int(2, 5);
  for (const s of rng.shuffle(subsPool).slice(0, nSubs)) {
    const b = bill(s[0], s[1], 'streaming', 'Subscriptions', 'card', s[2], 1, 0, rng.int(1, 28), '');
    b.riseAt = rng.int(8, 30); b.riseNote = `${s[1]} price rise`;
    bills.push(b);
  }
  if (type !== 'student' || rng.chance(0.3)) {
    const hi = rng.pick([['BUPA HI PTY LTD', 'Bupa'], ['MEDIBANK PRIVATE', 'Medibank'], ['HCF', 'HCF'], ['NIB HEALTH FUNDS', 'nib']] as const);
    const hb = bill(hi[0], hi[1], 'health-ins', 'Insurance', 'dd', roundTo(rng.range(110, 190) * 100 * (adults + kids * 0.3), 1), 1, 0, rng.int(1, 28), rng.digits(9));
    bills.push(hb);
  }
  if (rng.chance(type === 'student' ? 0.2 : 0.45)) bills.push(bill(rng.pick(['ANYTIME FITNESS', 'FITNESS FIRST', 'SNAP FITNESS', 'PLUS FITNESS']), 'Gym', 'gym', 'Health', 'dd', rng.pick([2690, 3490, 3990, 4495]) * 2, 1, 0, rng.int(1, 28), rng.digits(7)));
  // utilities
  const power = rng.pick(city.power);
  if (type !== 'student') {
    const eb = bill(power, power, 'electricity', 'Utilities', rng.chance(0.5) ? 'dd' : 'bpay', roundTo(rng.range(330, 520) * 100 * (0.7 + 0.2 * (adults + kids)), 1), 3, rng.int(0, 2), rng.int(5, 25), rng.digits(10), 'quarterly electricity bill');
    eb.vol = 0.12; eb.seasonal = true; bills.push(eb);
    if (st === 'VIC' || st === 'ACT' || rng.chance(0.3)) {
      const gb = bill(rng.pick(['AGL SALES PTY LTD', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA']), 'Gas', 'gas', 'Utilities', 'bpay', roundTo(rng.range(160, 300) * 100, 1), 3, rng.int(0, 2), rng.int(5, 25), rng.digits(10), 'quarterly gas bill');
      gb.vol = 0.15; gb.seasonal = true; bills.push(gb);
    }
  }
  if (housing.mode === 'own' || housing.mode === 'mortgage') {
    const wb = bill(city.water, city.water, 'water', 'Utilities', 'bpay', roundTo(rng.range(250, 380) * 100, 1), 3, rng.int(0, 2), rng.int(5, 25), rng.digits(10), 'quarterly water bill');
    wb.vol = 0.1; bills.push(wb);
    bills.push(bill(`${home} COUNCIL RATES`, `${home} Council`, 'rates', 'Housing', 'bpay', roundTo(rng.range(420, 720) * 100, 1), 3, 1, rng.int(10, 28), rng.digits(9), 'quarterly council rates'));
    const ins = rng.pick([['ALLIANZ AUSTRALIA', 'Allianz'], ['SUNCORP INSURANCE', 'Suncorp'], ['QBE INSURANCE', 'QBE'], ['BUDGET DIRECT', 'Budget Direct']] as const);
    bills.push(bill(ins[0], ins[1], 'home-ins', 'Insurance', 'bpay', roundTo(rng.range(1500, 2800) * 100, 1), 12, rng.int(0, 11), rng.int(3, 25), rng.digits(10), 'annual home and contents insurance'));
  } else if (rng.chance(0.5)) {
    bills.push(bill('BUDGET DIRECT CONTENTS', 'Budget Direct', 'home-ins', 'Insurance', 'card', roundTo(rng.range(280, 520) * 100, 1), 12, rng.int(0, 11), rng.int(3, 25), '', 'annual contents insurance'));
  }
  if (car) {
    const ci = rng.pick([['NRMA INSURANCE', 'NRMA'], ['AAMI', 'AAMI'], ['BUDGET DIRECT', 'Budget Direct'], ['RACV INSURANCE', 'RACV'], ['YOUI PTY LTD', 'Youi']] as const);
    if (rng.chance(0.6)) bills.push(bill(ci[0], ci[1], 'car-ins', 'Insurance', 'bpay', roundTo(rng.range(850, 1700) * 100, 1), 12, rng.int(0, 11), rng.int(3, 25), rng.digits(10), 'annual car insurance'));
    else bills.push(bill(ci[0], ci[1], 'car-ins', 'Insurance', 'dd', roundTo(rng.range(75, 140) * 100, 1), 1, 0, rng.int(3, 25), rng.digits(10)));
    bills.push(bill(city.rego, city.rego, 'rego', 'Transport', 'bpay', roundTo(rng.range(700, 1050) * 100, 1), 12, rng.int(0, 11), rng.int(3, 25), rng.digits(8), 'annual car registration'));
  }
  const pets = rng.chance(type === 'student' ? 0.1 : 0.4);
  if (pets) bills.push(bill(rng.pick(['PETSURE', 'BOW WOW MEOW INS', 'KNOSE PET INS']), 'Pet insurance', 'pet-ins', 'Insurance', 'dd', roundTo(rng.range(35, 75) * 100, 1), 1, 0, rng.int(1, 28), rng.digits(8)));
  if (kids > 0) {
    bills.push(bill(rng.pick(['JUMP SWIM SCHOOLS', 'SWIMSTART', 'KELLY SPORTS']), 'Swim school', 'lessons', 'Education', 'dd', roundTo(rng.range(80, 150) * 100 * Math.min(kids, 2), 1), 1, 0, rng.int(1, 28), rng.digits(7)));
  }
  // holidays per year
  const holidays = new Map<number, Holiday>();
  const years = Math.ceil(months / 12) + 1;
  const holMonth = rng.pick([1, 4, 7, 9, 10, 12]);
  const abroadP = type === 'couple' ? 0.55 : type === 'retiree' ? 0.45 : type === 'family' ? 0.3 : type === 'student' ? 0.2 : 0.25;
  const incomeScale = { casual: 0.55, student: 0.35, retiree: 0.9, gig: 0.6, 'single-parent': 0.6, couple: 1.4, family: 1.3, 'shift-couple': 1.0 }[type];
  for (let k = 0; k < years; k++) {
    const y = startYear + k;
    if (!rng.chance(type === 'student' || type === 'casual' ? 0.7 : 0.9)) continue;
    let hm = holMonth; if (rng.chance(0.3)) hm = ((hm + rng.int(-1, 1) + 11) % 12) + 1;
    const start = dayOf(y, hm, rng.int(1, 20));
    const abroad = rng.chance(abroadP) ? rng.pick(ABROAD) : null;
    const nights = rng.int(abroad ? 7 : 4, abroad ? 16 : 10);
    const budget = (abroad ? 260000 : 140000) * incomeScale * (adults + kids * 0.5) * rng.range(0.7, 1.3);
    holidays.set(y, { start, nights, abroad, spot: rng.pick(DOMESTIC_SPOTS), budget, booked: start - rng.int(25, 120) });
  }
  const friends = Array.from({ length: 5 }, () => initialName(rng));
  const scale = incomeScale;
  const prof: Profile = {
    type, city, suburbs, card: rng.digits(4), adults, kids, schoolKids, car, pets, streams, housing, bills,
    grocWeekly: groc * 100, grocMain: rng.pick(GROCERY_MAIN), grocDow: rng.int(0, 6), topups: type === 'student' ? 3 : rng.int(2, 5),
    cafePerWeek: rng.pick([0, 1, 2, 3, 5, 7]) * (type === 'retiree' ? 0.5 : 1), cafeAmt: rng.range(450, 650), cafes: rng.shuffle([...CAFES]).slice(0, 3),
    takeawayPerMonth: rng.range(1, 7) * (type === 'retiree' ? 0.4 : 1), takeawayAmt: rng.range(2200, 4500) * (adults + kids * 0.5),
    restoPerMonth: rng.range(0.3, 2.5) * Math.min(1.5, scale + 0.3), restoAmt: rng.range(5500, 9000) * adults,
    fuelPerMonth: car ? (type === 'gig' ? rng.range(7, 10) : rng.range(2, 4.5)) : 0, fuelAmt: rng.range(5500, 9500),
    transitMonthly: car ? rng.range(0, 3000) : rng.range(8000, 16000), ridesharePerMonth: rng.range(0, 2.5), tolls: city.toll !== '' && car && rng.chance(0.6),
    shopPerMonth: rng.range(2, 6), shopAmt: rng.range(3500, 9000) * Math.max(0.6, scale), entPerMonth: rng.range(0.5, 3), entAmt: rng.range(2500, 6500),
    healthPerMonth: rng.range(0.6, 2.2) * (type === 'retiree' ? 1.8 : 1), healthAmt: rng.range(2500, 6000),
    atmPerMonth: type === 'retiree' ? rng.range(1, 3) : rng.range(0, 1.5), atmAmt: rng.pick([5000, 10000, 10000, 20000]),
    accountFee: bank === 'CommBank' || bank === 'Westpac' || bank === 'NAB' || bank === 'ANZ' ? (rng.chance(0.35) ? rng.pick([400, 500, 600]) : 0) : 0,
    friends, friendPayPerMonth: type === 'retiree' ? 0.3 : rng.range(0.5, 2.5),
    giftBudget: rng.range(350, 900) * 100 * (adults + kids * 0.6) * Math.max(0.5, scale), birthdays: rng.shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]).slice(0, rng.int(2, 4)),
    holidays, childcare: 0, babyFrom: -1,
    fxFee: bank === 'CommBank' || bank === 'ANZ' || bank === 'Westpac' || bank === 'NAB', lagMax,
    savingsStart: Math.round(rng.range(3000, 30000) * (type === 'retiree' ? 4 : 1)) * 100, balStart: Math.round(rng.range(600, 3500) * 100),
    buffer: Math.round(rng.range(150, 500)) * 100, hiWater: Math.round(rng.range(2500, 6000) * Math.max(0.6, scale)) * 100,
    employerPool: emp.slice(3), housemates,
  };
  return prof;
}

// ───────────────────────────── simulation of ordinary life ─────────────────────────────

type LifeKind = 'move' | 'new-job' | 'pay-rise' | 'baby' | 'car-loan' | 'graduate' | 'pet';
const LIFE_POOL: Record<HType, readonly LifeKind[]> = {
  casual: ['move', 'new-job', 'car-loan', 'pet', 'pay-rise'],
  student: ['graduate', 'pet'],
  retiree: ['pet', 'car-loan'],
  gig: ['move', 'car-loan', 'pet'],
  'single-parent': ['move', 'pay-rise', 'new-job', 'pet'],
  couple: ['baby', 'new-job', 'pay-rise', 'car-loan', 'pet'],
  family: ['new-job', 'pay-rise', 'car-loan', 'pet', 'baby'],
  'shift-couple': ['move', 'baby', 'pay-rise', 'car-loan'],
};

class Sim {
  readonly txs: Tx[] = [];
  readonly notes: string[][];
  readonly firstDay: number;
  readonly lastDay: number;
  private seq = 0;
  private hol: Holiday | null = null;
  private schoolPrivate: number;
  private schoolName: string;
  private grocFactor = 1;
  private carLoan = 0;
  constructor(readonly rng: Rng, readonly p: Profile, readonly months: number, readonly startYear: number) {
    this.notes = Array.from({ length: months }, () => []);
    this.firstDay = dayOf(startYear, 1, 1);
    const [ly, lm] = this.ym(months - 1);
    this.lastDay = dayOf(ly, lm, daysIn(ly, lm));
    this.schoolPrivate = p.schoolKids > 0 && rng.chance(p.type === 'family' ? 0.4 : 0.15) ? rng.range(1600, 4200) * 100 : 0;
    this.schoolName = `${rng.pick(['ST MARYS', 'ST JOSEPHS', at(p.suburbs, 0), 'HILLCREST', 'RIVERSIDE'])} ${this.schoolPrivate ? 'COLLEGE' : 'PUBLIC SCHOOL'}`;
  }
  ym(mi: number): [number, number] { return [this.startYear + Math.floor(mi / 12), (mi % 12) + 1]; }
  miOf(day: number): number { const [y, m] = ymd(day); return (y - this.startYear) * 12 + (m - 1); }
  note(mi: number, s: string): void { const n = this.notes[mi]; if (n && !n.includes(s)) n.push(s); }
  home(): string { return at(this.p.suburbs, 0); }
  place(): string { return this.rng.chance(0.6) ? this.home() : this.rng.pick(this.p.suburbs); }
  add(t: Partial<Tx> & Pick<Tx, 'day' | 'cents' | 'cat' | 'kind' | 'name'>): Tx | null {
    if (t.day < this.firstDay || t.day > this.lastDay || Math.round(t.cents) === 0) return null;
    const tx: Tx = {
      sec: t.kind === 'dd' || t.kind === 'salary' || t.kind === 'gov' || t.kind === 'fee' || t.kind === 'interest' ? this.rng.int(0, 5 * 3600) : this.rng.int(7 * 3600, 21 * 3600 + 1800),
      sub: '', clean: '', place: '', ref: '', memo: '', acct: 0, purchase: t.day, roundUp: 0, ...t, seq: this.seq++,
    };
    tx.cents = Math.round(tx.cents);
    if (!tx.clean) tx.clean = titleCase(tx.name);
    this.txs.push(tx);
    return tx;
  }
  /** a card purchase on `day` (posted up to lagMax days later) */
  card(day: number, m: M, place: string, cents: number, cat: SpendCategory, extra: Partial<Tx> = {}): Tx | null {
    const lag = this.p.lagMax === 0 ? 0 : this.rng.chance(0.55) ? 0 : this.rng.chance(0.75) ? 1 : this.rng.int(2, this.p.lagMax);
    let post = day + lag;
    if (dow(post) === 6) post += 2; else if (dow(post) === 0) post += 1;
    if (this.p.lagMax === 0) post = day;
    if (post > this.lastDay) post = day;
    const store = !extra.fx && /^(WOOLWORTHS|COLES|7-ELEVEN|KMART|TARGET|BIG W)$/.test(m[0]) ? ` ${String(this.rng.int(1000, 9999))}` : '';
    return this.add({ day: post, purchase: day, cents: -Math.abs(Math.round(cents)), cat, kind: 'card', name: m[0] + store, clean: m[1], sub: m[2], place, ...extra });
  }
  fxCard(day: number, a: Abroad, merchant: string, audCents: number, cat: SpendCategory): void {
    const local = (audCents / 100) * a.rate;
    const amount = a.cur === 'IDR' || a.cur === 'JPY' ? String(Math.round(local / 100) * 100) : local.toFixed(2);
    const t = this.card(day, [merchant, titleCase(merchant), cat === 'Dining' ? 'restaurant' : cat === 'Transport' ? 'rideshare' : 'travel'], a.place, audCents, cat,
      { fx: { cur: a.cur, amount, place: a.place, cc: a.cc, country: a.country } });
    if (t && this.p.fxFee) this.add({ day: t.day, sec: Math.min(86399, t.sec + 1), cents: -Math.max(1, Math.round(audCents * 0.03)), cat: 'Fees', kind: 'fee', name: 'INTERNATIONAL TRANSACTION FEE', sub: 'fee' });
  }
  daysOfMonth(mi: number): number[] { const [y, m] = this.ym(mi); const d0 = dayOf(y, m, 1); return Array.from({ length: daysIn(y, m) }, (_, i) => d0 + i); }
  randDay(mi: number, from = 1, to = 31): number { const [y, m] = this.ym(mi); const dim = daysIn(y, m); return dayOf(y, m, this.rng.int(Math.min(from, dim), Math.min(to, dim))); }
  onHoliday(day: number): boolean {
    const [y] = ymd(day);
    for (const yy of [y - 1, y]) { const h = this.p.holidays.get(yy); if (h && day >= h.start && day < h.start + h.nights) return true; }
    return false;
  }

  // ── life events ──
  planLife(): Map<number, LifeKind> {
    const out = new Map<number, LifeKind>();
    const pool = [...LIFE_POOL[this.p.type]];
    const n = this.p.type === 'student' ? 1 : this.rng.int(1, 3);
    const picks = this.p.type === 'student' ? ['graduate' as const] : this.rng.shuffle(pool).slice(0, n);
    const used: number[] = [];
    for (const k of picks) {
      for (let tries = 0; tries < 30; tries++) {
        const lo = k === 'graduate' ? 16 : 5;
        if (this.months - 4 <= lo) break;
        const mi = this.rng.int(lo, this.months - 4);
        if (used.every((u) => Math.abs(u - mi) >= 8)) { used.push(mi); out.set(mi, k); break; }
      }
    }
    return out;
  }
  mainStream(): Stream | undefined { return this.p.streams.find((s) => s.main && s.to === 1e9); }
  applyLife(mi: number, k: LifeKind): void {
    const p = this.p; const rng = this.rng;
    const [y, m] = this.ym(mi);
    const d1 = dayOf(y, m, 1);
    switch (k) {
      case 'move': {
        if (p.housing.mode !== 'rent' && p.housing.mode !== 'share') return;
        const oldBond = p.housing.freq === 'monthly' ? Math.round(p.housing.cents * 12 / 13) : p.housing.freq === 'fortnightly' ? p.housing.cents * 2 : p.housing.cents * 4;
        const newSub = rng.pick(p.city.suburbs.filter((s) => s !== this.home()));
        p.suburbs[0] = newSub;
        p.housing = { ...p.housing, cents: roundTo(p.housing.cents * rng.range(1.0, 1.25), 500), payee: p.housing.mode === 'share' ? personName(rng) : `${rng.pick(['RAY WHITE', 'LJ HOOKER', 'HARCOURTS', 'PRD REAL ESTATE'])} ${newSub}`, anchor: d1 + rng.int(2, 12), ref: p.housing.mode === 'share' ? 'rent' : `RENT ${rng.int(2, 150)} ${rng.pick(LAST)} RD` };
        const bond = p.housing.freq === 'monthly' ? Math.round(p.housing.cents * 12 / 13) : p.housing.freq === 'fortnightly' ? p.housing.cents * 2 : p.housing.cents * 4;
        this.add({ day: d1 + rng.int(0, 4), cents: -bond, cat: 'Housing', kind: 'payto', name: p.city.bond, sub: 'bond', memo: 'bond' });
        const rem: M = p.type === 'student' ? ['KENNARDS HIRE', 'Kennards Hire', 'removalist'] : ['MOVE IT REMOVALS', 'Move It Removals', 'removalist'];
        this.card(d1 + rng.int(3, 10), rem, newSub, rng.range(p.type === 'student' ? 120 : 600, p.type === 'student' ? 260 : 1800) * 100, 'Housing');
        this.card(d1 + rng.int(8, 20), rng.chance(0.5) ? ['IKEA', 'IKEA', 'homeware'] : ['BUNNINGS WAREHOUSE', 'Bunnings', 'hardware'], newSub, rng.range(150, 700) * 100, 'Shopping');
        this.add({ day: d1 + 31 + rng.int(5, 20), cents: roundTo(oldBond * rng.range(0.8, 1.0), 1), cat: 'Refunds', kind: 'credit', name: p.city.bond, sub: 'bond', memo: 'BOND REFUND' });
        this.note(mi, 'moved house: new rent, bond and removalist');
        this.note(mi + 1, 'old rental bond refunded');
        break;
      }
      case 'new-job': {
        const s = this.mainStream(); if (!s) return;
        s.to = mi; s.main = false;
        const payer = p.employerPool.shift() ?? 'NEWCO PTY LTD';
        const ns: Stream = { ...s, id: `${s.id}n${mi}`, payer, from: mi, to: 1e9, main: true, cents: roundTo(s.cents * rng.range(1.05, 1.25), 1), anchor: d1 + rng.int(5, 12), ref: rng.digits(6) };
        p.streams.push(ns);
        this.note(mi, `new job at ${payer}`);
        break;
      }
      case 'pay-rise': {
        const s = this.mainStream(); if (!s) return;
        s.cents = roundTo(s.cents * rng.range(1.07, 1.15), 1);
        this.note(mi, 'pay rise (promotion)');
        break;
      }
      case 'baby': {
        const second = p.streams.find((s) => !s.main && s.kind === 'salary' && s.to === 1e9 && s.id !== 'super');
        p.kids += 1; p.babyFrom = mi; this.grocFactor *= 1.12;
        this.card(d1 + rng.int(2, 20), ['BABY BUNTING', 'Baby Bunting', 'baby'], this.home(), rng.range(300, 900) * 100, 'Shopping');
        this.card(d1 + rng.int(2, 25), ['PRIVATE HOSPITAL', 'Private Hospital', 'doctor'], this.home(), rng.range(400, 1500) * 100, 'Health');
        this.note(mi, 'new baby');
        if (second) {
          second.to = mi;
          const plp = mkStream(rng, `plp${mi}`, 'CENTRELINK', 'gov', 'fortnightly', roundTo(rng.range(1550, 1750) * 100, 1), 0, d1 + rng.int(7, 14), false);
          plp.from = mi; plp.to = mi + 5; p.streams.push(plp);
          const back = mi + rng.int(9, 12);
          const ret: Stream = { ...second, id: `${second.id}r`, from: back, to: 1e9, cents: roundTo(second.cents * 0.6, 1) };
          p.streams.push(ret);
          this.note(mi, 'parental leave: salary replaced by Centrelink parental leave pay');
          if (back < this.months) { this.note(back, 'returned to work part-time; childcare starts'); this.lifeLater.set(back, 'childcare'); }
          if (mi + 5 < this.months) this.note(mi + 5, 'parental leave pay ended');
        } else {
          this.lifeLater.set(mi + 12, 'childcare');
        }
        break;
      }
      case 'car-loan': {
        this.carLoan = roundTo(rng.range(420, 780) * 100, 1);
        this.p.bills.push({ ...bill(rng.pick(['TOYOTA FINANCE', 'PLENTI FINANCE', 'MONEY3 LOANS', 'MACARTHUR FINANCE']), 'Car loan', 'car-loan', 'Transport', 'dd', this.carLoan, 1, 0, rng.int(1, 28), rng.digits(9)), from: mi });
        if (!p.car) {
          p.car = true; p.fuelPerMonth = rng.range(2, 4); p.transitMonthly *= 0.3;
          this.p.bills.push({ ...bill(p.city.rego, p.city.rego, 'rego', 'Transport', 'bpay', roundTo(rng.range(700, 1000) * 100, 1), 12, m - 1, rng.int(3, 25), rng.digits(8), 'annual car registration'), from: mi + 1 });
        }
        this.note(mi, 'new car: car loan repayments start');
        break;
      }
      case 'graduate': {
        for (const s of p.streams) if (s.to === 1e9) { s.to = mi; s.main = false; }
        const payer = p.employerPool.shift() ?? 'NEWCO PTY LTD';
        const ns = mkStream(rng, `grad${mi}`, payer, 'salary', 'fortnightly', roundTo(rng.range(2150, 2750) * 100, 1), 0.015, d1 + rng.int(6, 13), true);
        ns.from = mi; p.streams.push(ns);
        const weekly = rng.range(430, 560) * 100;
        const bond = roundTo(weekly * 4, 500);
        p.housing = { mode: 'rent', cents: roundTo(weekly * 2, 500), freq: 'fortnightly', payee: `${rng.pick(['RAY WHITE', 'LJ HOOKER', 'MCGRATH'])} ${rng.pick(p.city.suburbs)}`, anchor: d1 + 14 + rng.int(0, 6), kind: 'payto', ref: `RENT UNIT ${rng.int(1, 40)}` };
        this.add({ day: d1 + 14 + rng.int(0, 6), cents: -bond, cat: 'Housing', kind: 'payto', name: p.city.bond, sub: 'bond', memo: 'bond' });
        p.grocWeekly *= 1.35; p.cafePerWeek += 2; p.shopAmt *= 1.4; p.restoPerMonth += 1; p.hiWater *= 2;
        this.p.bills.push({ ...bill('AUSSIE BROADBAND', 'Aussie Broadband', 'internet', 'Phone & Internet', 'dd', 7500, 1, 0, rng.int(1, 27), rng.digits(8)), from: mi + 1 });
        const eb = { ...bill(rng.pick(p.city.power), 'Electricity', 'electricity', 'Utilities', 'dd', roundTo(rng.range(250, 380) * 100, 1), 3, rng.int(0, 2), rng.int(5, 25), rng.digits(10), 'quarterly electricity bill'), from: mi + 2, seasonal: true, vol: 0.12 };
        this.p.bills.push(eb);
        this.note(mi, 'graduated: first full-time job, moved out of share house (bond)');
        break;
      }
      case 'pet': {
        p.pets = true;
        this.card(d1 + rng.int(1, 20), ['RSPCA ADOPTIONS', 'RSPCA', 'pets'], this.home(), rng.range(150, 500) * 100, 'Shopping');
        this.card(d1 + rng.int(1, 25), ['GREENCROSS VETS', 'Greencross Vets', 'vet'], this.home(), rng.range(120, 300) * 100, 'Health');
        this.p.bills.push({ ...bill('PETSURE', 'Pet insurance', 'pet-ins', 'Insurance', 'dd', roundTo(rng.range(35, 70) * 100, 1), 1, 0, rng.int(1, 28), rng.digits(8)), from: mi + 1 });
        this.note(mi, 'new pet (adoption, vet)');
        break;
      }
    }
  }
  readonly lifeLater = new Map<number, 'childcare'>();

  // ── one month of ordinary life ──
  month(mi: number, life: LifeKind | undefined): void {
    const p = this.p; const rng = this.rng;
    const [y, m] = this.ym(mi);
    const days = this.daysOfMonth(mi);
    const d1 = at(days, 0);
    const dLast = at(days, days.length - 1);
    if (life) this.applyLife(mi, life);
    if (this.lifeLater.get(mi) === 'childcare') p.childcare = roundTo(rng.range(110, 200) * 100, 1);

    // yearly adjustments
    if (m === 7 && mi > 0) {
      for (const s of p.streams) {
        if (s.to <= mi) continue;
        if (s.id === 'super') { s.cents = roundTo(s.cents * rng.range(0.97, 1.1), 100); this.note(mi, 'super pension drawdown reset for the new financial year'); }
        else if (s.kind === 'salary') { s.cents = roundTo(s.cents * rng.range(1.02, 1.045), 1); if (s.main) this.note(mi, 'annual pay rise (July)'); }
      }
    }
    if ((m === 3 || m === 9) && mi > 0) {
      for (const s of p.streams) if (s.id.startsWith('pen')) { s.cents = roundTo(s.cents * rng.range(1.01, 1.03), 1); this.note(mi, 'age pension indexation'); }
    }
    if (m === 4 && mi > 0) for (const b of p.bills) if (b.sub === 'health-ins') { b.cents = roundTo(b.cents * rng.range(1.025, 1.04), 1); this.note(mi, 'health insurance premium rise (1 April)'); }
    if (mi > 0 && mi % 12 === 0 && (p.housing.mode === 'rent' || p.housing.mode === 'share')) {
      p.housing.cents = roundTo(p.housing.cents * rng.range(1.02, 1.08), 500); this.note(mi, 'rent increase at lease renewal');
    }

    // holiday this month?
    const h = p.holidays.get(y);
    const hol = h && this.miOf(h.start) === mi ? h : null;

    // income
    for (const s of p.streams) {
      if (mi < s.from || mi >= s.to) continue;
      const pays: number[] = [];
      if (s.freq === 'monthly') pays.push(bizBefore(dayOf(y, m, Math.min(s.anchor, daysIn(y, m)))));
      else { const step = s.freq === 'weekly' ? 7 : 14; let d = s.anchor; while (d < d1) d += step; while (d - step >= d1) d -= step; for (; d <= dLast; d += step) pays.push(d); }
      for (const d of pays) {
        if (d < this.firstDay) continue;
        let c = s.cents * Math.exp(s.vol * rng.normal());
        if (s.casual) {
          let worked = 0; for (let k = 1; k <= 7; k++) if (!this.onHoliday(d - k - 2)) worked++;
          c *= worked / 7;
          if (m === 12 || (m === 1 && ymd(d)[2] < 8)) c *= 1 + s.decBoost;
          if (worked < 7) this.note(mi, s.id === 'uber' || s.id === 'dd' ? 'little or no gig income during holiday' : 'unpaid holiday week (casual)');
        }
        c = Math.round(c);
        if (c < 2000) continue;
        const name = s.payer;
        const memo = s.kind === 'gov' ? (s.id.startsWith('pen') ? 'PENSION' : s.id === 'ya' ? 'YOUTH ALLOWANCE' : s.id === 'ftb' ? 'FAMILY TAX BENEFIT' : s.id === 'cs' ? 'CHILD SUPPORT' : 'PARENTAL LEAVE PAY') : s.id === 'super' ? 'PENSION PAYMENT' : s.kind === 'payfrom' ? 'WEEKLY PAYOUT' : 'SALARY';
        this.add({ day: d, cents: c, cat: 'Income', kind: s.kind === 'payfrom' ? 'credit' : s.kind, name, sub: s.kind === 'gov' ? 'gov' : 'salary', ref: s.ref, memo, stream: s.id });
      }
    }
    if (p.type === 'gig') {
      for (let k = rng.poisson(1.1); k > 0; k--) {
        this.add({ day: bizAfter(this.randDay(mi, 1, 26)), cents: roundTo(rng.logn(60000, 0.6), 1), cat: 'Income', kind: 'payfrom', name: rng.pick(['HARBOURSIDE PLUMBING PTY', 'J NGUYEN', 'OAKTREE PROPERTY MGMT', 'K SINGH', 'BRIGHT SPARK ELECTRICAL', 'A COSTA']), sub: 'client', memo: `INV ${rng.int(1000, 1999)}` });
      }
    }
    if (p.type === 'student' && rng.chance(0.35)) this.add({ day: this.randDay(mi), cents: rng.pick([5000, 10000, 15000, 20000, 30000]), cat: 'Income', kind: 'payfrom', name: `${rng.pick(['M', 'D'])} ${rng.pick(LAST)}`, sub: 'family', memo: rng.pick(['love mum', 'for books', 'xx', 'groceries']) });
    if (rng.chance(0.3)) this.add({ day: this.randDay(mi), cents: roundTo(rng.range(15, 80) * 100, 50), cat: 'Income', kind: 'payfrom', name: rng.pick(p.friends), sub: 'friend', memo: rng.pick(['dinner', 'uber', 'tix', 'thanks', 'petrol']) });
    const taxMonth = 8 + (mi % 3 === 0 ? 1 : 0);
    if (m === taxMonth && p.type !== 'retiree' && p.type !== 'gig' && rng.chance(0.75) && mi >= 6) {
      this.add({ day: bizAfter(this.randDay(mi, 3, 26)), cents: roundTo(rng.range(250, 2400) * 100, 1), cat: 'Income', kind: 'gov', name: 'ATO', sub: 'tax', memo: 'TAX REFUND', ref: rng.digits(12) });
      this.note(mi, 'ATO tax refund');
    }

    // housing
    const hs = p.housing;
    if (hs.mode === 'rent' || hs.mode === 'share') {
      const pays: number[] = [];
      if (hs.freq === 'monthly') pays.push(dayOf(y, m, Math.min(ymd(hs.anchor)[2], daysIn(y, m))));
      else { const step = hs.freq === 'weekly' ? 7 : 14; let d = hs.anchor; while (d < d1) d += step; while (d - step >= d1) d -= step; for (; d <= dLast; d += step) pays.push(d); }
      for (const d of pays) this.add({ day: d, cents: -hs.cents, cat: 'Housing', kind: hs.kind, name: hs.payee, sub: 'rent', memo: hs.mode === 'share' ? 'rent' : hs.ref, ref: hs.ref });
      if (hs.mode === 'share') {
        this.add({ day: this.randDay(mi, 20, 28), cents: -roundTo(rng.range(45, 95) * 100, 1), cat: 'Utilities', kind: 'payto', name: at(p.housemates, 1 % p.housemates.length), sub: 'bills', memo: rng.pick(['power', 'bills', 'elec + gas']) });
        this.add({ day: this.randDay(mi, 1, 6), cents: -2500, cat: 'Phone & Internet', kind: 'payto', name: at(p.housemates, 1 % p.housemates.length), sub: 'bills', memo: 'internet' });
      }
    } else if (hs.mode === 'mortgage') {
      this.add({ day: bizAfter(dayOf(y, m, Math.min(hs.anchor, daysIn(y, m)))), cents: -hs.cents, cat: 'Housing', kind: 'dd', name: hs.payee, sub: 'mortgage', ref: hs.ref });
    }

    // bills
    for (const b of p.bills) {
      if (mi < b.from || mi >= b.to) continue;
      if (b.riseAt === mi) { b.cents = retail(rng, b.cents * rng.range(1.08, 1.2)); b.riseAt = mi + rng.int(12, 24); this.note(mi, b.riseNote); }
      const due = b.every === 1 || (b.every === 3 && (m - 1) % 3 === b.phase % 3) || (b.every === 12 && m - 1 === b.phase);
      if (!due) continue;
      let c = b.cents;
      if (b.seasonal) c *= 1 + 0.28 * Math.cos((2 * Math.PI * (m - 8)) / 12);
      if (b.vol > 0) c *= Math.exp(b.vol * rng.normal());
      const day = b.kind === 'card' ? dayOf(y, m, Math.min(b.dom, daysIn(y, m))) : bizAfter(dayOf(y, m, Math.min(b.dom, daysIn(y, m))));
      if (b.kind === 'card') this.card(day, [b.name, b.clean, b.sub], b.name.includes('.') ? 'SYDNEY' : this.home(), Math.round(c), b.cat);
      else this.add({ day: Math.min(day, dLast), cents: -Math.round(c), cat: b.cat, kind: b.kind, name: b.name, clean: b.clean, sub: b.sub, ref: b.ref });
      if (b.note) this.note(mi, b.note);
    }
    if (p.childcare > 0) {
      for (const d of days) if (dow(d) === 1 && !((m === 12 && ymd(d)[2] > 22) || (m === 1 && ymd(d)[2] < 10))) this.add({ day: d, cents: -roundTo(p.childcare * rng.range(0.9, 1.1), 1), cat: 'Education', kind: 'dd', name: 'GOODSTART EARLY LEARNING', sub: 'childcare', ref: 'CCS GAP FEE' });
    }

    // groceries
    const gf = this.grocFactor * (m === 12 ? 1.15 : 1);
    for (const d of days) {
      if (dow(d) !== p.grocDow || this.onHoliday(d)) continue;
      this.card(d, p.grocMain, this.home(), rng.logn(p.grocWeekly * 0.74 * gf, 0.16), 'Groceries');
    }
    for (let k = rng.poisson(p.topups * days.length / 7); k > 0; k--) {
      const d = this.randDay(mi); if (this.onHoliday(d)) continue;
      this.card(d, rng.chance(0.4) ? p.grocMain : rng.pick(GROCERY_TOPUP), this.place(), rng.logn(p.grocWeekly * 0.1 * gf, 0.55), 'Groceries');
    }
    if (m === 12) { this.card(dayOf(y, 12, rng.int(20, 23)), p.grocMain, this.home(), rng.logn(p.grocWeekly * 0.9, 0.2), 'Groceries'); this.note(mi, 'Christmas food shop'); }
    if (p.type === 'family' && rng.chance(0.5)) this.card(this.randDay(mi), ['COSTCO WHOLESALE', 'Costco', 'supermarket'], this.home(), rng.logn(22000, 0.3), 'Groceries');

    // dining
    for (let k = rng.poisson(p.cafePerWeek * days.length / 7); k > 0; k--) {
      const d = this.randDay(mi); if (this.onHoliday(d)) continue;
      this.card(d, rng.pick(p.cafes), this.place(), rng.chance(0.7) ? p.cafeAmt * rng.range(0.9, 1.1) : p.cafeAmt * rng.range(2, 4), 'Dining', { sec: rng.int(7 * 3600, 11 * 3600) });
    }
    for (let k = rng.poisson(p.takeawayPerMonth); k > 0; k--) this.card(this.randDay(mi), rng.pick(TAKEAWAY), this.place(), rng.logn(p.takeawayAmt, 0.35), 'Dining', { sec: rng.int(17 * 3600, 21 * 3600) });
    for (let k = rng.poisson(p.restoPerMonth); k > 0; k--) this.card(this.randDay(mi), rng.pick(RESTAURANTS), this.place(), rng.logn(p.restoAmt, 0.35), 'Dining', { sec: rng.int(18 * 3600, 22 * 3600) });

    // transport
    const fuelPrice = y === 2022 && m >= 3 && m <= 9 ? 1.2 : 1;
    for (let k = rng.poisson(p.fuelPerMonth); k > 0; k--) this.card(this.randDay(mi), rng.pick(FUEL), this.place(), rng.logn(p.fuelAmt * fuelPrice, 0.15), 'Transport');
    if (p.transitMonthly > 1000) {
      for (let left = p.transitMonthly * rng.range(0.8, 1.2); left > 1500; left -= 5000) this.card(this.randDay(mi), [p.city.transit, 'Public transport', 'transit'], p.city.name, Math.min(5000, roundTo(left, 1000)), 'Transport');
    }
    for (let k = rng.poisson(p.ridesharePerMonth); k > 0; k--) this.card(this.randDay(mi), rng.chance(0.8) ? ['UBER *TRIP', 'Uber', 'rideshare'] : ['DIDI MOBILITY', 'DiDi', 'rideshare'], 'SYDNEY', rng.logn(2600, 0.45), 'Transport', { sec: rng.int(19 * 3600, 23 * 3600) });
    if (p.tolls && rng.chance(0.7)) this.add({ day: this.randDay(mi), cents: -rng.pick([2500, 5000, 5000, 7500]), cat: 'Transport', kind: 'dd', name: p.city.toll, sub: 'toll', ref: '062934' });
    if (p.car && (m === 3 || m === 9) && rng.chance(0.6)) this.card(this.randDay(mi), rng.pick([['ULTRATUNE', 'Ultratune', 'mechanic'], ['MYCAR TYRE & AUTO', 'mycar', 'mechanic'], ['BOB JANE T-MARTS', 'Bob Jane', 'mechanic']] as const), this.home(), rng.logn(38000, 0.3), 'Transport');
    if (p.car && rng.chance(0.25)) this.card(this.randDay(mi), rng.chance(0.5) ? ['WILSON PARKING', 'Wilson Parking', 'parking'] : ['SECURE PARKING', 'Secure Parking', 'parking'], p.city.name, rng.logn(1800, 0.5), 'Transport');

    // shopping, entertainment, health
    for (let k = rng.poisson(p.shopPerMonth); k > 0; k--) this.card(this.randDay(mi), rng.pick(SHOPS), this.place(), retail(rng, rng.logn(p.shopAmt, 0.7)), 'Shopping');
    if (p.pets) this.card(this.randDay(mi), rng.pick(PET_SHOPS), this.home(), rng.logn(7500, 0.35), 'Shopping');
    if (p.babyFrom >= 0 && mi >= p.babyFrom && mi < p.babyFrom + 24) this.card(this.randDay(mi), ['BABY BUNTING', 'Baby Bunting', 'baby'], this.home(), rng.logn(9000, 0.5), 'Shopping');
    for (let k = rng.poisson(p.entPerMonth); k > 0; k--) this.card(this.randDay(mi), rng.pick(ENTERTAINMENT), this.place(), rng.logn(p.entAmt, 0.5), 'Entertainment');
    for (let k = rng.poisson(p.healthPerMonth); k > 0; k--) {
      const hm = rng.pick(HEALTH);
      const doc = hm[2] === 'doctor';
      const t = this.card(this.randDay(mi, 1, 26), hm[1] === 'Medical Centre' ? [`${this.home()} MEDICAL CENTRE`, 'Medical Centre', 'doctor'] : hm, this.home(), doc ? rng.range(7500, 13000) : rng.logn(p.healthAmt, 0.6), 'Health');
      if (t && doc && rng.chance(0.7)) this.add({ day: t.day + rng.int(1, 3), cents: rng.int(3900, 5600), cat: 'Refunds', kind: 'credit', name: 'MEDICARE BENEFIT', sub: 'medicare', ref: rng.digits(10) });
    }
    if (m === ((mi % 2) + 5) && rng.chance(0.7)) this.card(this.randDay(mi), ['SMILE DENTAL', 'Smile Dental', 'dentist'], this.home(), rng.logn(26000 * Math.max(1, p.adults), 0.3), 'Health');
    if (p.pets && (m === 2 || m === 8)) this.card(this.randDay(mi), ['GREENCROSS VETS', 'Greencross Vets', 'vet'], this.home(), rng.logn(16000, 0.4), 'Health');

    // cash, personal payments, fees
    for (let k = rng.poisson(p.atmPerMonth); k > 0; k--) {
      const d = this.randDay(mi); const foreign = rng.chance(0.3);
      const op = foreign ? rng.pick(['CARDTRONICS', 'NEXT PAYMENTS', 'ATMX']) : 'ATM';
      const t = this.add({ day: d, cents: -p.atmAmt * rng.int(1, 2), cat: 'Cash', kind: 'atm', name: op, sub: 'atm', place: this.place(), ref: rng.digits(6) });
      if (t && foreign) this.add({ day: d, sec: t.sec + 1, cents: -rng.pick([250, 300, 350]), cat: 'Fees', kind: 'fee', name: 'ATM OPERATOR FEE', sub: 'fee' });
    }
    for (let k = rng.poisson(p.friendPayPerMonth); k > 0; k--) this.add({ day: this.randDay(mi), cents: -roundTo(rng.logn(4500, 0.6), 50), cat: 'Personal Payments', kind: 'payto', name: rng.pick(p.friends), sub: 'friend', memo: rng.pick(['dinner', 'footy tix', 'bucks', 'petrol', 'splitwise', 'thanks', 'concert']) });
    if (p.kids > 0 && p.schoolKids > 0) for (const d of days) if (dow(d) === 5 && rng.chance(0.5)) this.add({ day: d, cents: -roundTo(1000 * p.schoolKids, 500), cat: 'Personal Payments', kind: 'payto', name: `${rng.pick(FIRST)} ${at(p.friends, 0).split(' ')[1] ?? 'SMITH'}`, sub: 'family', memo: 'pocket money' });
    if (p.accountFee > 0) this.add({ day: bizBefore(dLast), cents: -p.accountFee, cat: 'Fees', kind: 'fee', name: 'MONTHLY ACCOUNT FEE', sub: 'fee' });

    // gifts
    if (m === 12 || m === 11) {
      const share = m === 12 ? 0.75 : 0.25;
      const n = m === 12 ? rng.int(4, 10) : rng.int(1, 4);
      for (let k = 0; k < n; k++) this.card(m === 12 ? dayOf(y, 12, rng.int(1, 23)) : dayOf(y, 11, rng.int(20, 30)), rng.pick(GIFT_SHOPS), this.place(), retail(rng, (p.giftBudget * share / n) * rng.range(0.5, 1.5)), 'Gifts');
      this.note(mi, m === 12 ? 'December gifts' : 'Black Friday gift shopping');
      if (m === 12 && rng.chance(0.5)) this.add({ day: dayOf(y, 12, rng.int(15, 24)), cents: -rng.pick([5000, 10000, 10000, 20000]), cat: 'Gifts', kind: 'payto', name: personName(rng), sub: 'family', memo: 'merry xmas' });
    }
    if (p.birthdays.includes(m)) {
      if (rng.chance(0.5)) this.card(this.randDay(mi), rng.pick(GIFT_SHOPS), this.place(), retail(rng, rng.logn(9000, 0.4)), 'Gifts');
      else this.add({ day: this.randDay(mi), cents: -rng.pick([5000, 5000, 10000, 15000]), cat: 'Gifts', kind: 'payto', name: personName(rng), sub: 'family', memo: 'happy birthday' });
      this.note(mi, 'birthday gift');
    }
    if ((m === 5 || m === 9) && rng.chance(0.6)) { this.card(this.randDay(mi, 1, 12), rng.pick(GIFT_SHOPS), this.place(), retail(rng, rng.logn(7000, 0.3)), 'Gifts'); this.note(mi, m === 5 ? "Mother's Day gift" : "Father's Day gift"); }
    if (m === 6 && rng.chance(0.4)) { this.add({ day: dayOf(y, 6, rng.int(15, 29)), cents: -rng.pick([5000, 10000, 20000]), cat: 'Gifts', kind: 'card', name: rng.pick(['RED CROSS AUSTRALIA', 'SALVATION ARMY', 'BEYOND BLUE']), sub: 'charity', place: 'MELBOURNE' }); this.note(mi, 'end of financial year donation'); }

    // education
    if (p.type === 'student' && p.streams.some((s) => s.id === 'ya' && s.to > mi) && (m === 2 || m === 7)) {
      this.card(this.randDay(mi, 15, 28), ['UNI CO-OP BOOKSHOP', 'Co-op Bookshop', 'books'], p.city.name, rng.range(80, 260) * 100, 'Education');
      this.add({ day: this.randDay(mi, 1, 20), cents: -roundTo(rng.range(150, 175) * 100, 1), cat: 'Education', kind: 'bpay', name: 'UNIVERSITY SSAF', sub: 'uni', ref: rng.digits(10) });
      this.note(mi, 'semester start: textbooks and student services fee');
    }
    if (p.schoolKids > 0) {
      if (m === 1) { this.card(dayOf(y, 1, rng.int(15, 28)), ['SCHOOL UNIFORM SHOP', 'School Uniform Shop', 'school'], this.home(), rng.range(120, 260) * 100 * p.schoolKids, 'Education'); this.card(dayOf(y, 1, rng.int(10, 28)), ['OFFICEWORKS', 'Officeworks', 'office'], this.home(), rng.range(60, 160) * 100 * p.schoolKids, 'Education'); this.note(mi, 'back-to-school uniforms and books'); }
      if ([2, 4, 7, 10].includes(m)) {
        if (this.schoolPrivate) this.add({ day: bizAfter(dayOf(y, m, rng.int(1, 14))), cents: -roundTo(this.schoolPrivate * p.schoolKids, 1), cat: 'Education', kind: 'bpay', name: this.schoolName, sub: 'school', ref: rng.digits(8) });
        else if (m === 2) this.add({ day: bizAfter(dayOf(y, m, rng.int(1, 20))), cents: -roundTo(rng.range(80, 250) * 100 * p.schoolKids, 500), cat: 'Education', kind: 'bpay', name: this.schoolName, sub: 'school', ref: rng.digits(8) });
        this.note(mi, 'school term fees');
      }
      const term = (m >= 2 && m <= 3) || (m >= 5 && m <= 6) || (m >= 8 && m <= 9) || (m >= 10 && m <= 11) || m === 4 || m === 7;
      if (term) for (let k = rng.poisson(1.2); k > 0; k--) this.card(this.randDay(mi), [`QKR *${this.schoolName}`, 'School (Qkr)', 'school'], this.home(), rng.range(15, 65) * 100, 'Education');
      if (p.type === 'single-parent' || (p.type === 'family' && rng.chance(0.8))) {
        for (const d of days) {
          const [, , dd] = ymd(d);
          const inTerm = (m >= 2 && m <= 11 && !(m === 4 && dd < 20) && !(m === 7 && dd < 15) && !(m === 9 && dd > 24) && !(m === 10 && dd < 8)) || (m === 12 && dd < 16);
          if (dow(d) === 2 && inTerm) this.add({ day: d, cents: -roundTo(rng.range(55, 95) * 100 * p.schoolKids, 1), cat: 'Education', kind: 'dd', name: 'CAMP AUSTRALIA', sub: 'oshc', ref: 'OSHC' });
        }
        if (m === 1 || m === 7) { this.add({ day: dayOf(y, m, rng.int(3, 12)), cents: -roundTo(rng.range(180, 320) * 100 * p.schoolKids, 1), cat: 'Education', kind: 'dd', name: 'CAMP AUSTRALIA', sub: 'oshc', ref: 'VAC CARE' }); this.note(mi, 'school holidays: vacation care'); }
      }
    }

    // travel
    for (const hh of p.holidays.values()) if (this.miOf(hh.booked) === mi) {
      const airline = hh.abroad ? rng.pick([...AIRLINES, ['AIRASIA', 'AirAsia', 'airline'] as const]) : rng.pick(AIRLINES);
      this.card(hh.booked, airline, 'SYDNEY', retail(rng, hh.budget * 0.35), 'Travel');
      if (rng.chance(0.6)) this.card(hh.booked + rng.int(0, 10), rng.pick(STAYS), 'SYDNEY', retail(rng, hh.budget * 0.28), 'Travel');
      if (hh.abroad) this.card(hh.booked + rng.int(0, 5), ['COVER-MORE TRAVEL INS', 'Cover-More', 'travel-ins'], 'SYDNEY', rng.range(120, 380) * 100, 'Insurance');
      this.note(mi, 'holiday booked (flights and accommodation)');
    }
    if (hol) this.holiday(mi, hol);
    this.hol = hol ?? this.hol;

    // refunds of earlier purchases
    if (rng.chance(0.22)) {
      const cands = this.txs.filter((t) => t.kind === 'card' && t.cat === 'Shopping' && t.day >= d1 - 40 && t.day < d1 && !t.fx);
      if (cands.length > 0) {
        const o = rng.pick(cands);
        this.add({ day: this.randDay(mi, 1, 20), cents: rng.chance(0.7) ? -o.cents : Math.round(-o.cents * 0.5), cat: 'Refunds', kind: 'refund-card', name: o.name, clean: o.clean, sub: o.sub, place: o.place });
      }
    }
  }

  holiday(mi: number, h: Holiday): void {
    const p = this.p; const rng = this.rng;
    const a = h.abroad;
    this.note(mi, a ? `yearly holiday abroad (${a.place}, ${a.cur})` : `yearly holiday (${h.spot})`);
    const endMi = this.miOf(h.start + h.nights - 1);
    if (endMi !== mi && endMi < this.months) this.note(endMi, a ? `yearly holiday abroad (${a.place}, ${a.cur})` : `yearly holiday (${h.spot})`);
    const daily = (h.budget * 0.4) / h.nights;
    if (!a) {
      this.card(h.start, rng.pick(STAYS), h.spot, retail(rng, h.budget * 0.25), 'Travel');
    }
    for (let k = 0; k < h.nights; k++) {
      const d = h.start + k;
      for (let j = rng.int(1, 3); j > 0; j--) {
        const r = rng.next();
        const cat: SpendCategory = r < 0.5 ? 'Dining' : r < 0.65 ? 'Transport' : r < 0.85 ? 'Entertainment' : 'Shopping';
        const amt = rng.logn(daily / 2, 0.5);
        if (a) this.fxCard(d, a, rng.pick(a.merchants), amt, cat);
        else this.card(d, cat === 'Dining' ? rng.pick(RESTAURANTS) : cat === 'Transport' ? rng.pick(FUEL) : cat === 'Entertainment' ? ['TOURS AND TICKETS', 'Tours', 'tours'] : rng.pick(SHOPS), h.spot, amt, cat);
      }
    }
    if (a && rng.chance(0.5)) {
      this.add({ day: h.start + 1, cents: -p.atmAmt * 2, cat: 'Cash', kind: 'atm', name: `ATM ${a.place}`, sub: 'atm', place: a.place, ref: rng.digits(6), fx: { cur: a.cur, amount: (p.atmAmt * 2 / 100 * a.rate).toFixed(2), place: a.place, cc: a.cc, country: a.country } });
      if (p.fxFee) this.add({ day: h.start + 1, cents: -500, cat: 'Fees', kind: 'fee', name: 'OVERSEAS ATM FEE', sub: 'fee' });
    }
  }
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s*/-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

// ───────────────────────────── anomalies ─────────────────────────────

interface AnomalyLabel { kind: AnomalyKind; category: Category; desc: string }
const money = (cents: number): string => `$${(Math.abs(cents) / 100).toFixed(2)}`;
const FRAUD_BILLERS = ['VITALIFE WELLNESS PTY', 'SLIMTRIM AU', 'PRIMEVAULT MEMBERSHIP', 'GLOBALSTREAM MEDIA', 'KETO PLUS AUSTRALIA', 'SAFEGUARD PROTECT PL',
  'BRIGHTPATH LEARNING', 'FLEXIGYM ONLINE', 'AUSCASH LENDING', 'NOVA HEALTH CLUB'] as const;
const SKIM_ONLINE: readonly M[] = [['EZIGIFTCARD', 'EziGiftCard', 'online'], ['JB HI-FI ONLINE', 'JB Hi-Fi Online', 'electronics'], ['THE ICONIC', 'The Iconic', 'clothing'],
  ['APPLE.COM/AU', 'Apple', 'electronics'], ['MYER ONLINE', 'Myer Online', 'dept'], ['GOOGLE *GOOGLE PLAY', 'Google Play', 'games'], ['ULTIMATE GIFT CARDS', 'Ultimate Gift Cards', 'online']];
const SKIM_FOREIGN = [['WALMART.COM', 'USD', 0.66, 'BENTONVILLE', 'AR', 'USA'], ['BESTBUY.COM', 'USD', 0.66, 'RICHFIELD', 'MN', 'USA'], ['NIKE.COM', 'USD', 0.66, 'BEAVERTON', 'OR', 'USA'],
  ['ZALANDO', 'EUR', 0.61, 'BERLIN', 'DE', 'DEU'], ['ARGOS', 'GBP', 0.52, 'LONDON', 'GB', 'GBR'], ['ALIEXPRESS', 'USD', 0.66, 'HANGZHOU', 'CN', 'CHN']] as const;
const SCAM_MEMOS = ['investment', 'invoice', 'release fee', 'deposit', 'account verification', 'trading account', 'crypto', 'tax clearance', 'loan fee', 'urgent'] as const;

class Injector {
  private base: Map<string, number>[] = [];
  private income: number[] = [];
  constructor(readonly sim: Sim, readonly rng: Rng, readonly lifeMonths: Set<number>) {
    for (let mi = 0; mi < sim.months; mi++) { this.base.push(new Map()); this.income.push(0); }
    for (const t of sim.txs) {
      const mi = sim.miOf(t.day);
      if (mi < 0 || mi >= sim.months) continue;
      if (t.cat === 'Income') this.income[mi] = (this.income[mi] ?? 0) + t.cents;
      else if (t.cents < 0 && t.cat !== 'Transfers' && t.cat !== 'Refunds') { const b = at(this.base, mi); b.set(t.cat, (b.get(t.cat) ?? 0) - t.cents); }
    }
  }
  /** median monthly spend in a category over the previous 12 months */
  usual(cat: string, mi: number): number {
    const xs: number[] = [];
    for (let k = Math.max(0, mi - 12); k < mi; k++) xs.push(at(this.base, k).get(cat) ?? 0);
    xs.sort((a, b) => a - b);
    return xs.length ? at(xs, Math.floor(xs.length / 2)) : 0;
  }
  usualIncome(mi: number): number { let s = 0; let n = 0; for (let k = Math.max(0, mi - 12); k < mi; k++) { s += at(this.income, k); n++; } return n ? s / n : 0; }
  isHolidayMonth(mi: number): boolean { return (this.sim.notes[mi] ?? []).some((n) => n.startsWith('yearly holiday') || n.startsWith('moved house') || n.startsWith('new baby') || n.startsWith('graduated')); }

  private days(mi: number, from: number, to: number): number { return this.sim.randDay(mi, from, to); }

  fraudDD(mi: number): AnomalyLabel | null {
    const s = this.sim; const rng = this.rng;
    const name = rng.pick(FRAUD_BILLERS);
    const ref = rng.digits(6);
    const r = rng.next();
    const first = bizAfter(this.days(mi, 2, 20));
    let amts: number[]; let desc: string;
    if (r < 0.5) { const a = rng.pick([2995, 3999, 4999, 5995, 7900, 9900, 11900]); amts = [a]; desc = `new unauthorised direct debit ${name} ${money(a)}`; }
    else if (r < 0.8) {
      const a = rng.pick([1499, 1999, 2495, 2999]);
      const n = Math.max(2, Math.floor((s.daysOfMonth(mi).length - ymd(first)[2]) / 7) + 1);
      amts = Array.from({ length: n }, () => a); desc = `new unauthorised weekly direct debit ${name} ${n} x ${money(a)}`;
    } else { const a = rng.pick([3999, 4995, 6900, 8900]); amts = [a, a]; desc = `new unauthorised fortnightly direct debit ${name} 2 x ${money(a)}`; }
    let total = 0;
    amts.forEach((a, i) => { const d = bizAfter(first + (amts.length > 2 ? 7 : 14) * i); if (s.miOf(d) === mi) { s.add({ day: d, cents: -a, cat: 'Subscriptions', kind: 'dd', name, sub: 'fraud', ref, anomaly: 'fraud-direct-debit' }); total += a; } });
    if (total === 0) return null;
    if (rng.chance(0.5) && mi + 1 < s.months) { s.add({ day: this.days(mi + 1, 3, 20), cents: total, cat: 'Refunds', kind: 'credit', name: `${name} DD REVERSAL`, sub: 'refund', ref }); s.note(mi + 1, 'disputed direct debit refunded'); }
    return { kind: 'fraud-direct-debit', category: 'Subscriptions', desc: `${desc} (total ${money(total)})` };
  }

  spike(mi: number): AnomalyLabel | null {
    const rng = this.rng; const s = this.sim;
    if (this.isHolidayMonth(mi)) return null;
    const m = (mi % 12) + 1;
    const cands = (['Dining', 'Groceries', 'Shopping', 'Entertainment', 'Health', 'Transport'] as const).filter((c) => (c !== 'Shopping' && c !== 'Groceries') || (m !== 12 && m !== 11));
    const cat = rng.pick(cands);
    const usual = this.usual(cat, mi);
    if (usual < 6000 && (cat === 'Dining' || cat === 'Groceries' || cat === 'Shopping')) return null;
    const k = rng.range(2.2, 3.5);
    const excess = Math.min(400000, Math.max(25000, Math.round((k - 1) * usual)));
    const parts: [M, number][] = [];
    const split = (n: number, pool: readonly M[]): void => { const w = Array.from({ length: n }, () => rng.range(0.5, 1.5)); const sw = w.reduce((a, b) => a + b, 0); w.forEach((x) => parts.push([rng.pick(pool), Math.round(excess * x / sw)])); };
    if (cat === 'Dining') split(rng.int(3, 7), [...RESTAURANTS, ...TAKEAWAY]);
    else if (cat === 'Groceries') split(rng.int(2, 5), [s.p.grocMain, ...GROCERY_TOPUP]);
    else if (cat === 'Shopping') split(rng.int(1, 3), [...BIG_SHOPS, ...SHOPS.slice(0, 6)]);
    else if (cat === 'Entertainment') split(rng.int(1, 3), [['TICKETEK', 'Ticketek', 'events'], ['TICKETMASTER AU', 'Ticketmaster', 'events'], ['DAN MURPHYS', 'Dan Murphys', 'liquor']]);
    else if (cat === 'Health') split(rng.int(1, 2), [['SMILE DENTAL', 'Smile Dental', 'dentist'], ['SPECIALIST ROOMS', 'Specialist Rooms', 'doctor'], ['CITY PHYSIO', 'City Physio', 'doctor']]);
    else split(rng.int(1, 2), [['ULTRATUNE', 'Ultratune', 'mechanic'], ['BOB JANE T-MARTS', 'Bob Jane', 'mechanic'], ['PANEL BEATERS PTY LTD', 'Panel Beaters', 'mechanic']]);
    for (const [mm, c] of parts) s.card(this.days(mi, 1, 25), mm, s.place(), Math.max(500, c), cat, { anomaly: 'category-spike' });
    const total = parts.reduce((a, [, c]) => a + Math.max(500, c), 0);
    return { kind: 'category-spike', category: cat, desc: `one-off ${cat} spike: ${parts.length} extra purchases totalling ${money(total)} (usual month ${money(usual)})` };
  }

  sustained(mi: number): AnomalyLabel[] | null {
    const rng = this.rng; const s = this.sim;
    for (let k = 0; k < 3; k++) if (this.isHolidayMonth(mi + k)) return null;
    const m0 = (mi % 12) + 1;
    const spansDec = [0, 1, 2].some((k) => ((m0 - 1 + k) % 12) + 1 >= 11);
    const cands = (['Dining', 'Groceries', 'Shopping', 'Entertainment', 'Transport'] as const).filter((c) => this.usual(c, mi) >= 10000 && !(spansDec && (c === 'Shopping' || c === 'Groceries')));
    if (cands.length === 0) return null;
    const cat = rng.pick(cands);
    const usual = this.usual(cat, mi);
    const f = rng.range(1.35, 1.7);
    const pool: readonly M[] = cat === 'Dining' ? [...TAKEAWAY.slice(0, 3), ['THE LOCAL TAP HOUSE', 'The Local Tap House', 'pub'], ...RESTAURANTS.slice(0, 3)]
      : cat === 'Groceries' ? [s.p.grocMain, ...GROCERY_TOPUP.slice(0, 4)] : cat === 'Shopping' ? [['AMAZON AU', 'Amazon', 'online'], ['TEMU.COM', 'Temu', 'online'], ['KMART', 'Kmart', 'dept'], ['SHEIN.COM', 'Shein', 'clothing']]
        : cat === 'Entertainment' ? [['BWS', 'BWS', 'liquor'], ['STEAMGAMES.COM', 'Steam', 'games'], ['TICKETEK', 'Ticketek', 'events'], ['DAN MURPHYS', 'Dan Murphys', 'liquor']]
          : [['UBER *TRIP', 'Uber', 'rideshare'], ...FUEL.slice(0, 3)];
    const out: AnomalyLabel[] = [];
    for (let k = 0; k < 3; k++) {
      const excess = Math.max(12000, Math.round((f - 1) * usual * rng.range(0.85, 1.15)));
      const n = Math.max(2, Math.min(14, Math.round(excess / Math.max(2500, usual / 8))));
      let total = 0;
      for (let j = 0; j < n; j++) { const c = Math.max(400, Math.round(excess / n * rng.range(0.6, 1.4))); total += c; s.card(this.days(mi + k, 1, 26), rng.pick(pool), s.place(), c, cat, { anomaly: 'sustained-elevation' }); }
      out.push({ kind: 'sustained-elevation', category: cat, desc: `sustained ${cat} elevation, month ${k + 1} of 3: +${money(total)} over usual ${money(usual)} (about ${f.toFixed(2)}x)` });
    }
    return out;
  }

  skimming(mi: number): AnomalyLabel | null {
    const rng = this.rng; const s = this.sim;
    const d0 = this.days(mi, 2, 22);
    const target = rng.range(500, 2500) * 100;
    const other = rng.pick(CITIES.filter((c) => c !== s.p.city));
    if (rng.chance(0.3)) {
      let total = 0; let n = 0;
      while (total < target && n < 6) {
        const amt = rng.pick([20000, 40000, 50000, 60000, 80000]);
        const d = d0 + (n > 2 ? 1 : 0);
        const t = s.add({ day: d, sec: rng.int(0, 5 * 3600), cents: -amt, cat: 'Cash', kind: 'atm', name: rng.pick(['CARDTRONICS', 'NEXT PAYMENTS', 'ATMX']), sub: 'atm', place: rng.pick(other.suburbs), ref: rng.digits(6), anomaly: 'card-skimming' });
        if (t) s.add({ day: d, sec: t.sec + 1, cents: -rng.pick([250, 300, 350]), cat: 'Fees', kind: 'fee', name: 'ATM OPERATOR FEE', sub: 'fee', anomaly: 'card-skimming' });
        total += amt; n++;
      }
      this.fraudRefund(mi, total);
      return { kind: 'card-skimming', category: 'Cash', desc: `skimmed card: ${n} ATM withdrawals in ${other.name} totalling ${money(total)} over ${n > 3 ? 2 : 1} day(s)` };
    }
    const ctx = { anomaly: 'card-skimming' as const };
    s.card(d0, rng.pick(SKIM_ONLINE), 'SYDNEY', rng.int(100, 499), 'Shopping', { ...ctx, sec: rng.int(1 * 3600, 4 * 3600) });
    let total = 0; let n = 0;
    while (total < target && n < 12) {
      const d = d0 + rng.int(0, 2);
      const amt = Math.min(60000, Math.max(2500, Math.round(rng.logn(18000, 0.6))));
      if (rng.chance(0.4)) {
        const f = rng.pick(SKIM_FOREIGN);
        const t = s.card(d, [f[0], titleCase(f[0]), 'online'], f[3], amt, 'Shopping', { ...ctx, fx: { cur: f[1], amount: (amt / 100 * f[2]).toFixed(2), place: f[3], cc: f[4], country: f[5] } });
        if (t && s.p.fxFee) s.add({ day: t.day, sec: Math.min(86399, t.sec + 1), cents: -Math.round(amt * 0.03), cat: 'Fees', kind: 'fee', name: 'INTERNATIONAL TRANSACTION FEE', sub: 'fee', anomaly: 'card-skimming' });
      } else s.card(d, rng.pick(SKIM_ONLINE), rng.chance(0.5) ? 'SYDNEY' : 'MELBOURNE', amt, 'Shopping', ctx);
      total += amt; n++;
    }
    this.fraudRefund(mi, total);
    return { kind: 'card-skimming', category: 'Shopping', desc: `compromised card: test charge then ${n} card-not-present purchases totalling ${money(total)} within 3 days` };
  }
  private fraudRefund(mi: number, total: number): void {
    const s = this.sim;
    if (this.rng.chance(0.7) && mi + 1 < s.months) { s.add({ day: this.days(mi + 1, 2, 18), cents: total, cat: 'Refunds', kind: 'credit', name: 'FRAUD CLAIM CREDIT', sub: 'refund', ref: this.rng.digits(8) }); s.note(mi + 1, 'card fraud claim refunded'); }
  }

  scam(mi: number): AnomalyLabel | null {
    const rng = this.rng; const s = this.sim;
    const inc = Math.max(150000, this.usualIncome(mi));
    const total = Math.min(1500000, Math.max(80000, roundTo(inc * rng.range(0.4, 2.0), 5000)));
    const payee = rng.chance(0.55) ? personName(rng) : `${rng.pick(['APEX', 'GOLDLINE', 'NOVA', 'ZENITH', 'BLUEWAVE', 'HARBOUR'])} ${rng.pick(['TRADING', 'CAPITAL', 'DIGITAL ASSETS', 'INVESTMENTS', 'LOGISTICS'])} PTY LTD`;
    const n = total > 300000 && rng.chance(0.6) ? rng.int(2, 3) : 1;
    const d0 = this.days(mi, 2, 18);
    let left = total;
    const memo = rng.pick(SCAM_MEMOS);
    for (let i = 0; i < n; i++) {
      const c = i === n - 1 ? left : roundTo(total * (i === 0 ? rng.range(0.4, 0.6) : rng.range(0.2, 0.35)), 5000);
      left -= c;
      s.add({ day: d0 + i * rng.int(1, 4), cents: -c, cat: 'Personal Payments', kind: 'payto', name: payee, sub: 'person', memo: i === 0 ? memo : rng.pick(SCAM_MEMOS), ref: rng.digits(6), anomaly: 'scam-transfer' });
    }
    return { kind: 'scam-transfer', category: 'Personal Payments', desc: `scam: ${n} transfer(s) to new payee ${payee} totalling ${money(total)} (usual monthly income ${money(inc)})` };
  }

  missing(mi: number): AnomalyLabel | null {
    const s = this.sim;
    if (this.lifeMonths.has(mi) || this.lifeMonths.has(mi - 1) || (s.notes[mi] ?? []).some((n) => n.startsWith('yearly holiday') || n.startsWith('unpaid holiday') || n.includes('during holiday') || n.includes('parental'))) return null;
    const streams = s.p.streams.filter((x) => x.from <= mi - 3 && x.to > mi + 1).sort((a, b) => Number(b.main) - Number(a.main));
    for (const st of streams) {
      const pays = s.txs.filter((t) => t.stream === st.id && s.miOf(t.day) === mi).sort((a, b) => a.day - b.day);
      if (pays.length === 0) continue;
      const drop = st.freq === 'weekly' ? Math.min(2, pays.length) : 1;
      const start = this.rng.int(0, pays.length - drop);
      const gone = pays.slice(start, start + drop);
      for (const g of gone) s.txs.splice(s.txs.indexOf(g), 1);
      const first = at(gone, 0);
      const [, gm, gd] = ymd(first.day);
      return { kind: 'missing-salary', category: 'Income', desc: `${drop === 2 ? 'two weekly pays' : 'expected pay'} from ${st.payer} did not arrive (due ${gd} ${at(MON, gm - 1)}, ${money(gone.reduce((a, t) => a + t.cents, 0))})` };
    }
    return null;
  }

  duplicate(mi: number): AnomalyLabel | null {
    const rng = this.rng; const s = this.sim;
    const cat = rng.pick(['Shopping', 'Shopping', 'Groceries', 'Dining', 'Transport', 'Utilities', 'Phone & Internet', 'Insurance'] as const);
    const cands = s.txs.filter((t) => s.miOf(t.day) === mi && t.cat === cat && (t.kind === 'card' || t.kind === 'dd') && !t.fx && !t.anomaly && t.cents <= -4500 && t.cents >= -80000 && ymd(t.day)[2] <= 26);
    let orig: Tx | null = null;
    if (cands.length > 0) { cands.sort((a, b) => a.cents - b.cents); orig = at(cands, rng.int(0, Math.max(0, Math.floor(cands.length / 2) - 1))); }
    else if (cat === 'Shopping') orig = s.card(this.days(mi, 1, 24), rng.pick([...SHOPS.slice(3, 8), ...BIG_SHOPS]), s.place(), retail(rng, rng.logn(15000, 0.6) + 4500), 'Shopping');
    if (!orig) return null;
    const copies = rng.chance(0.3) ? 2 : 1;
    for (let k = 0; k < copies; k++) {
      const nextDay = orig.kind === 'dd' && rng.chance(0.5);
      const t = s.add({ ...orig, day: orig.day + (nextDay ? 1 : 0), sec: Math.min(86399, orig.sec + rng.int(5, 900)), seq: 0, anomaly: 'duplicate-charges', stream: undefined });
      if (t && s.miOf(t.day) !== mi) t.day = orig.day;
    }
    if (rng.chance(0.5) && mi + 1 < s.months) {
      s.add({ day: this.days(mi + 1, 2, 20), cents: -orig.cents * copies, cat: 'Refunds', kind: orig.kind === 'card' ? 'refund-card' : 'credit', name: orig.name, clean: orig.clean, sub: orig.sub, place: orig.place });
      s.note(mi + 1, 'refund of duplicated charge');
    }
    return { kind: 'duplicate-charges', category: cat, desc: `${copies + 1} identical charges of ${money(orig.cents)} at ${orig.clean} on ${ymd(orig.day)[2]} ${at(MON, ymd(orig.day)[1] - 1)}` };
  }
}

/** choose and inject anomalies; returns month index -> label */
function planAnomalies(sim: Sim, rng: Rng, index: number, lifeMonths: Set<number>): Map<number, AnomalyLabel> {
  const out = new Map<number, AnomalyLabel>();
  const E = sim.months - 12;
  if (E <= 0) return out;
  const maxN = Math.max(1, Math.floor(E * 0.15));
  const target = Math.min(maxN, Math.max(Math.max(1, Math.ceil(E * 0.08)), Math.round(E * rng.range(0.09, 0.135))));
  const inj = new Injector(sim, rng, lifeMonths);
  const rot = (index * 3) % ANOMALY_KINDS.length;
  const order = [...ANOMALY_KINDS.slice(rot), ...ANOMALY_KINDS.slice(0, rot)];
  const free = (mi: number, len: number): boolean => {
    if (mi < 12 || mi + len - 1 >= sim.months) return false;
    for (let k = mi - 1; k <= mi + len; k++) if (out.has(k)) return false;
    return true;
  };
  // sustained elevation takes three months, so only some households get one (keeps the kinds balanced by month)
  const allowSustained = rng.chance(0.6);
  let count = 0;
  for (let pass = 0; pass < 4 && count < target; pass++) {
    for (const kind of order) {
      if (count >= target) break;
      const len = kind === 'sustained-elevation' ? 3 : 1;
      if (count + len > maxN) continue;
      if (kind === 'sustained-elevation' && (pass > 0 || !allowSustained)) continue;
      for (let tries = 0; tries < 25; tries++) {
        const mi = rng.int(12, sim.months - len);
        if (!free(mi, len)) continue;
        if (kind === 'sustained-elevation') {
          const ls = inj.sustained(mi);
          if (!ls) continue;
          ls.forEach((l, k) => out.set(mi + k, l)); count += 3; break;
        }
        const l = kind === 'fraud-direct-debit' ? inj.fraudDD(mi) : kind === 'category-spike' ? inj.spike(mi) : kind === 'card-skimming' ? inj.skimming(mi)
          : kind === 'scam-transfer' ? inj.scam(mi) : kind === 'missing-salary' ? inj.missing(mi) : inj.duplicate(mi);
        if (!l) continue;
        out.set(mi, l); count += 1; break;
      }
    }
  }
  return out;
}

// ───────────────────────────── ledger: balances, own transfers, round-ups ─────────────────────────────

type Bank = 'CommBank' | 'ANZ' | 'Westpac' | 'NAB' | 'ING' | 'Macquarie' | 'Up';
const BANKS: readonly Bank[] = ['CommBank', 'ANZ', 'Westpac', 'NAB', 'ING', 'Macquarie', 'Up'];
const LAYOUTS: Record<Bank, readonly string[]> = {
  CommBank: ['commbank-newest', 'commbank-oldest'],
  ANZ: ['anz-quoted', 'anz-trimmed'],
  Westpac: ['westpac', 'westpac-multi'],
  NAB: ['nab-current', 'nab-2022', 'nab-old-dash', 'nab-old-quoted'],
  ING: ['ing', 'ing-quoted'],
  Macquarie: ['macquarie'],
  Up: ['up-current', 'up-2021'],
};
const NO_LAG = new Set(['up-current', 'up-2021', 'nab-current', 'nab-2022', 'macquarie']);
interface Row { t: Tx; bal: number }

function ledger(sim: Sim, rng: Rng, layout: string): Row[] {
  const p = sim.p;
  const sorted = [...sim.txs].sort((a, b) => a.day - b.day || a.sec - b.sec || a.seq - b.seq);
  const rows: Row[] = [];
  const multi = layout === 'westpac-multi';
  const roundUps = layout.startsWith('up') && rng.chance(0.7);
  let bal = p.balStart; let sav = p.savingsStart; let seq = 1e7;
  const rate = (y: number): number => (y <= 2021 ? 0.004 : y === 2022 ? 0.015 : 0.042);
  const own = (day: number, sec: number, cents: number): void => {
    const t: Tx = { day, sec, cents, cat: 'Transfers', kind: cents < 0 ? 'own-out' : 'own-in', sub: 'own', name: 'SAVINGS', clean: 'Savings', place: '', ref: rng.digits(6), memo: '', acct: 0, purchase: day, seq: seq++, roundUp: 0 };
    bal += cents; sav -= cents; rows.push({ t, bal });
    if (multi) rows.push({ t: { ...t, cents: -cents, kind: cents < 0 ? 'own-in' : 'own-out', acct: 1, seq: seq++ }, bal: sav });
  };
  let lastMi = -1;
  for (const t of sorted) {
    const mi = sim.miOf(t.day);
    if (multi && mi !== lastMi && lastMi >= 0) {
      // interest on the linked savings account, paid on the last day of the previous month
      const [y] = ymd(t.day);
      const interest = Math.round(Math.max(0, sav) * rate(y) / 12);
      if (interest > 0) {
        const [py, pm] = sim.ym(lastMi);
        sav += interest;
        rows.push({ t: { day: dayOf(py, pm, daysIn(py, pm)), sec: 86000, cents: interest, cat: 'Income', kind: 'interest', sub: 'interest', name: 'INTEREST PAID', clean: 'Interest', place: '', ref: '', memo: '', acct: 1, purchase: t.day, seq: seq++, roundUp: 0 }, bal: sav });
      }
    }
    lastMi = mi;
    if (t.cents < 0) {
      const need = p.buffer - (bal + t.cents);
      if (need > 0) {
        let amt = roundTo(need + rng.int(0, 8) * 10000, 10000);
        if (sav < amt) amt = Math.max(0, Math.floor(sav / 10000) * 10000);
        if (amt > 0) own(t.day, Math.max(0, t.sec - rng.int(60, 3600)), amt);
      }
    }
    if (roundUps && t.kind === 'card' && !t.fx && t.cents < 0) t.roundUp = (100 - ((-t.cents) % 100)) % 100;
    bal += t.cents - t.roundUp;
    sav += t.roundUp;
    rows.push({ t, bal });
    if (t.cat === 'Income' && bal > p.hiWater && t.cents > 30000) {
      const amt = Math.floor((bal - p.hiWater * 0.5) / 10000) * 10000;
      if (amt > 0) own(t.day, Math.min(86399, t.sec + rng.int(300, 7200)), -amt);
    }
  }
  // the savings-side rows of a multi-account file are interleaved by time
  rows.sort((a, b) => a.t.day - b.t.day || a.t.sec - b.t.sec || a.t.seq - b.t.seq);
  if (multi) {
    // recompute running balances per account in final order
    let b0 = p.balStart; let b1 = p.savingsStart;
    for (const r of rows) {
      if (r.t.acct === 0) { b0 += r.t.cents - r.t.roundUp; r.bal = b0; } else { b1 += r.t.cents; r.bal = b1; }
    }
  } else {
    let b0 = p.balStart;
    for (const r of rows) { b0 += r.t.cents - r.t.roundUp; r.bal = b0; }
  }
  return rows;
}

// ───────────────────────────── rendering ─────────────────────────────

function hash(s: string): number { let h = 2166136261; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); } return h >>> 0; }
const billerId = (name: string): string => String(100000 + (hash(name) % 900000));
const dmy = (day: number): string => { const [y, m, d] = ymd(day); return `${p2(d)}/${p2(m)}/${y}`; };
const dMonYY = (day: number, sep: string): string => { const [y, m, d] = ymd(day); return `${p2(d)}${sep}${at(MON, m - 1)}${sep}${p2(y % 100)}`; };
const dMonYYYY = (day: number): string => { const [y, m, d] = ymd(day); return `${p2(d)} ${at(MON, m - 1)} ${y}`; };
const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** bank-specific categories derived from the merchant subtype */
const SUBCAT: Record<string, readonly [string, string, string, string]> = {
  // nab, macquarie category, macquarie subcategory, up
  supermarket: ['Groceries', 'Food & Drink', 'Groceries', 'groceries'], bakery: ['Groceries', 'Food & Drink', 'Groceries', 'groceries'], butcher: ['Groceries', 'Food & Drink', 'Groceries', 'groceries'],
  cafe: ['Restaurants & cafes', 'Food & Drink', 'Cafes', 'restaurants-and-cafes'], restaurant: ['Restaurants & cafes', 'Food & Drink', 'Restaurants', 'restaurants-and-cafes'],
  pub: ['Entertainment', 'Food & Drink', 'Bars & Pubs', 'pubs-and-bars'], takeaway: ['Takeaway', 'Food & Drink', 'Takeaway', 'takeaway'],
  fuel: ['Fuel', 'Transport', 'Fuel', 'fuel'], transit: ['Public transport', 'Transport', 'Public Transport', 'public-transport'], rideshare: ['Travel & transport', 'Transport', 'Taxis & Rideshare', 'taxis-and-share-cars'],
  toll: ['Tolls', 'Transport', 'Tolls', 'toll-roads'], parking: ['Parking', 'Transport', 'Parking', 'parking'], mechanic: ['Car maintenance', 'Transport', 'Car Maintenance', 'car-insurance-and-maintenance'],
  rego: ['Car registration', 'Transport', 'Registration', 'car-insurance-and-maintenance'], 'car-loan': ['Loans', 'Transport', 'Car Loan', 'car-repayments'],
  electricity: ['Utilities', 'Household', 'Electricity', 'utilities'], gas: ['Utilities', 'Household', 'Gas', 'utilities'], water: ['Utilities', 'Household', 'Water', 'utilities'],
  bills: ['Transfers out', 'Transfers', 'Payments to Others', ''], mobile: ['Phone', 'Household', 'Mobile Phone', 'mobile-phone'], internet: ['Internet', 'Household', 'Internet', 'internet'],
  streaming: ['Entertainment', 'Lifestyle', 'Subscriptions', 'tv-and-music'], gym: ['Health & fitness', 'Health', 'Fitness', 'fitness-and-wellbeing'],
  'health-ins': ['Insurance', 'Health', 'Health Insurance', 'health-and-medical'], 'car-ins': ['Insurance', 'Transport', 'Car Insurance', 'car-insurance-and-maintenance'],
  'home-ins': ['Insurance', 'Household', 'Home Insurance', 'home-insurance-and-rates'], 'pet-ins': ['Insurance', 'Lifestyle', 'Pets', 'pets'], 'travel-ins': ['Insurance', 'Travel', 'Travel Insurance', 'holidays-and-travel'],
  pharmacy: ['Health', 'Health', 'Pharmacy', 'health-and-medical'], doctor: ['Health', 'Health', 'Medical', 'health-and-medical'], dentist: ['Health', 'Health', 'Dental', 'health-and-medical'],
  optical: ['Health', 'Health', 'Optical', 'health-and-medical'], vet: ['Pets', 'Lifestyle', 'Pets', 'pets'], pets: ['Pets', 'Lifestyle', 'Pets', 'pets'],
  dept: ['Shopping', 'Shopping', 'Department Stores', 'homeware-and-appliances'], hardware: ['Home improvement', 'Household', 'Home Improvement', 'home-maintenance-and-improvements'],
  electronics: ['Shopping', 'Shopping', 'Electronics', 'technology'], office: ['Shopping', 'Shopping', 'Office Supplies', 'life-admin'], online: ['Shopping', 'Shopping', 'Online Shopping', 'homeware-and-appliances'],
  clothing: ['Clothing', 'Shopping', 'Clothing', 'clothing-and-accessories'], homeware: ['Home', 'Household', 'Furniture & Homewares', 'homeware-and-appliances'], baby: ['Shopping', 'Family', 'Baby', 'family'],
  cinema: ['Entertainment', 'Entertainment', 'Movies', 'events-and-gigs'], events: ['Entertainment', 'Entertainment', 'Events', 'events-and-gigs'], games: ['Entertainment', 'Entertainment', 'Games', 'hobbies'],
  liquor: ['Alcohol', 'Food & Drink', 'Alcohol', 'booze'], hobbies: ['Entertainment', 'Entertainment', 'Activities', 'hobbies'], tours: ['Travel', 'Travel', 'Activities', 'holidays-and-travel'],
  airline: ['Travel', 'Travel', 'Flights', 'holidays-and-travel'], accommodation: ['Travel', 'Travel', 'Accommodation', 'holidays-and-travel'], travel: ['Travel', 'Travel', 'Overseas', 'holidays-and-travel'],
  gifts: ['Shopping', 'Shopping', 'Gifts', 'gifts-and-charity'], charity: ['Donations', 'Lifestyle', 'Charity', 'gifts-and-charity'],
  school: ['Education', 'Education', 'School Fees', 'education-and-student-loans'], oshc: ['Childcare', 'Family', 'Childcare', 'family'], childcare: ['Childcare', 'Family', 'Childcare', 'family'],
  lessons: ['Education', 'Family', 'Activities', 'education-and-student-loans'], uni: ['Education', 'Education', 'University', 'education-and-student-loans'], books: ['Education', 'Education', 'Books', 'news-magazines-and-books'],
  rent: ['Rent', 'Household', 'Rent', 'rent-and-mortgage'], mortgage: ['Home loan', 'Household', 'Mortgage', 'rent-and-mortgage'], rates: ['Home', 'Household', 'Council Rates', 'home-insurance-and-rates'],
  bond: ['Rent', 'Household', 'Rent', 'rent-and-mortgage'], removalist: ['Home', 'Household', 'Removals', 'home-maintenance-and-improvements'],
  atm: ['Cash', 'Cash', 'ATM', ''], fee: ['Fees & interest', 'Fees', 'Bank Fees', ''], fraud: ['Uncategorised', 'Lifestyle', 'Subscriptions', 'life-admin'],
};
function bankCats(t: Tx): readonly [string, string, string, string] {
  if (t.kind === 'own-in' || t.kind === 'own-out') return ['Internal transfers', 'Transfers', 'Internal Transfer', ''];
  if (t.cat === 'Income') return t.kind === 'gov' ? ['Government payments', 'Income', 'Government', ''] : t.kind === 'salary' ? ['Salary', 'Income', 'Salary', ''] : t.kind === 'interest' ? ['Interest', 'Income', 'Interest', ''] : ['Transfers in', 'Transfers', 'Transfer In', ''];
  if (t.cat === 'Refunds') return t.kind === 'refund-card' ? ['Refunds', 'Shopping', 'Refunds', ''] : ['Transfers in', 'Income', 'Other Income', ''];
  if (t.kind === 'payto') return ['Transfers out', 'Transfers', 'Payments to Others', ''];
  return SUBCAT[t.sub] ?? ['Uncategorised', 'Other', 'Uncategorised', ''];
}

interface Ctx { rng: Rng; p: Profile; layout: string; acct: string; sav: string; lastDay: number }

function cbaNarr(t: Tx, c: Ctx): string {
  const st = c.p.city.cba; const card = c.p.card; const r = hash(`${t.seq}`) % 100;
  switch (t.kind) {
    case 'card':
      if (t.fx) return `${t.name} ${t.fx.place} ${t.fx.cc} ${t.fx.country} Card xx${card} ${t.fx.cur} ${t.fx.amount} Value Date: ${dmy(t.purchase)}`;
      if (c.layout === 'commbank-newest') return `${t.name} ${t.place} ${st} AUS ${r < 30 ? 'Tap and Pay' : 'Card'} xx${card} Value Date: ${dmy(t.purchase)}`;
      return r < 50 ? `${t.name} ${t.place} ${c.p.city.state} AU` : `${t.name} ${t.place} ${st} AUS Card xx${card}`;
    case 'refund-card': return `Return ${t.name} ${t.place} ${st} AUS Card xx${card}`;
    case 'dd': return `Direct Debit ${billerId(t.name)} ${t.name} ${t.ref}`;
    case 'bpay': return `${t.name} NetBank BPAY ${billerId(t.name)} ${t.ref}`;
    case 'payto': return r < 70 ? `Transfer To ${t.name} CommBank App ${t.memo}` : `Fast Transfer To ${t.name} NetBank ${t.memo}`;
    case 'payfrom': return `Fast Transfer From ${t.name} to PayID Phone ${t.memo}`;
    case 'credit': return `Direct Credit ${billerId(t.name)} ${t.name} ${t.memo || t.ref}`.trim();
    case 'salary': return `Salary ${t.name} ${t.ref}`;
    case 'gov': return `Direct Credit ${billerId(t.name)} ${t.name} ${t.memo} ${t.ref}`;
    case 'own-out': return `Transfer to xx${c.sav} CommBank App`;
    case 'own-in': return `Transfer from xx${c.sav} CommBank App`;
    case 'atm': return t.fx ? `Wdl ATM ${t.name} ${t.fx.country}` : `Wdl ATM ${t.name} ${t.place} ${st} AUS`;
    case 'fee': return titleCase(t.name);
    case 'interest': return 'Credit Interest';
  }
}
function anzNarr(t: Tx, c: Ctx): string {
  const card = c.p.card;
  switch (t.kind) {
    case 'card': return t.fx ? `VISA DEBIT PURCHASE CARD ${card} ${t.name} ${t.fx.place} ${t.fx.cur} ${t.fx.amount}` : `VISA DEBIT PURCHASE CARD ${card} ${t.name} ${t.place}`;
    case 'refund-card': return `VISA DEBIT DEPOSIT CARD ${card} ${t.name} ${t.place}`;
    case 'dd': return `${t.name}${' '.repeat(Math.max(2, 24 - t.name.length))}${t.ref}`;
    case 'bpay': return `ANZ INTERNET BANKING BPAY ${t.name}${' '.repeat(Math.max(3, 30 - t.name.length))}{${billerId(t.name)}}`;
    case 'payto': return `ANZ MOBILE BANKING PAYMENT ${String(hash(`${t.seq}p`) % 900000 + 100000)} TO ${t.name}`;
    case 'payfrom': return `TRANSFER FROM ${t.name} ${t.memo}`.trim();
    case 'credit': return `PAYMENT FROM ${t.name} ${t.memo}`.trim();
    case 'salary': return `PAY/SALARY FROM ${t.name} ${t.ref}`;
    case 'gov': return `PAYMENT FROM ${t.name} ${t.memo}`;
    case 'own-out': return `ANZ INTERNET BANKING FUNDS TFER TRANSFER ${t.ref} TO ${c.sav}`;
    case 'own-in': return `ANZ INTERNET BANKING FUNDS TFER TRANSFER ${t.ref} FROM ${c.sav}`;
    case 'atm': return t.fx ? `ATM WITHDRAWAL ${t.name} ${t.fx.country}` : `ANZ ATM ${t.name === 'ATM' ? '' : `${t.name} `}${t.place}`;
    case 'fee': return t.name;
    case 'interest': return 'CREDIT INTEREST';
  }
}
function westpacNarr(t: Tx, c: Ctx): string {
  const card = `~00${c.p.card}`;
  switch (t.kind) {
    case 'card':
      if (t.fx) return `DEBIT CARD PURCHASE ${t.name} ${t.fx.place} ${t.fx.country} Card No. ${card} ${t.fx.cur} ${t.fx.amount}`;
      return hash(`${t.seq}w`) % 100 < 25 ? `EFTPOS DEBIT ${t.name} ${t.place} AU` : `DEBIT CARD PURCHASE ${t.name} ${t.place}${' '.repeat(Math.max(2, 20 - t.place.length))}AUS Card No. ${card}`;
    case 'refund-card': return `DEBIT CARD REFUND ${t.name} ${t.place} AUS Card No. ${card}`;
    case 'dd': return `PAYMENT BY AUTHORITY TO ${t.name} ${t.ref}`;
    case 'bpay': return `BPAY BILL PAYMENT ${billerId(t.name)} ${t.name} ${t.ref}`;
    case 'payto': return `WITHDRAWAL-OSKO PAYMENT ${String(hash(`${t.seq}o`) % 9000000 + 1000000)} ${t.name} ${t.memo}`.trim();
    case 'payfrom': return `DEPOSIT ONLINE ${String(hash(`${t.seq}d`) % 9000000 + 1000000)} TFR ${t.name} ${t.memo}`.trim();
    case 'credit': return `DEPOSIT ${t.name} ${t.memo || t.ref}`.trim();
    case 'salary': return `DEPOSIT ${t.name} PAY ${t.ref}`;
    case 'gov': return `DEPOSIT ${t.name} ${t.memo} ${t.ref}`;
    case 'own-out': return t.acct === 0 ? `WITHDRAWAL ONLINE ${t.ref} TFR TO ${c.sav}` : `WITHDRAWAL ONLINE ${t.ref} TFR TO ${c.acct}`;
    case 'own-in': return t.acct === 0 ? `DEPOSIT ONLINE ${t.ref} TFR FROM ${c.sav}` : `DEPOSIT ONLINE ${t.ref} TFR FROM ${c.acct}`;
    case 'atm': return t.fx ? `ATM WITHDRAWAL ${t.name} ${t.fx.country}` : `ATM WITHDRAWAL ${t.ref} ${t.name} ${t.place}`;
    case 'fee': return t.name;
    case 'interest': return 'INTEREST PAID';
  }
}
function westpacCode(t: Tx): string {
  if (t.kind === 'fee') return 'FEE';
  if (t.kind === 'salary' || t.kind === 'gov' || t.kind === 'interest') return 'DEP';
  if (t.cents > 0) return 'CREDIT';
  if (t.kind === 'own-out' || t.kind === 'atm') return 'OTHER';
  return 'PAYMENT';
}
function nabTypeDetails(t: Tx, c: Ctx): [string, string] {
  const card = `V${c.p.card}`;
  const pd = (() => { const [, m, d] = ymd(t.purchase); return `${p2(d)}/${p2(m)}`; })();
  const ref = String(74940000000 + (hash(`${t.seq}n`) % 9999999));
  switch (t.kind) {
    case 'card': return ['MISCELLANEOUS DEBIT', t.fx ? `${card} ${pd} ${t.name} ${t.fx.place} ${ref} ${t.fx.cur} ${t.fx.amount}` : `${card} ${pd} ${t.name} ${t.place} ${ref}`];
    case 'refund-card': return ['MISCELLANEOUS CREDIT', `${card} ${pd} REFUND ${t.name} ${t.place} ${ref}`];
    case 'dd': return ['AUTOMATIC DRAWING', `${t.name} ${t.ref}`];
    case 'bpay': return ['INTERNET BPAY', `${t.name} ${t.ref}`];
    case 'payto': return ['TRANSFER DEBIT', `ONLINE N${String(hash(`${t.seq}t`) % 9000000 + 1000000)} ${t.memo} ${t.name}`.replace(/ {2,}/g, ' ')];
    case 'payfrom': return ['TRANSFER CREDIT', `${t.name} ${t.memo}`.trim()];
    case 'credit': return ['MISCELLANEOUS CREDIT', `${t.name} ${t.memo || t.ref}`.trim()];
    case 'salary': return ['MISCELLANEOUS CREDIT', `${t.name} SALARY ${t.ref}`];
    case 'gov': return ['MISCELLANEOUS CREDIT', `${t.name} ${t.memo} ${t.ref}`];
    case 'own-out': return ['TRANSFER DEBIT', `ONLINE H${t.ref} Linked Acc Trns SAVINGS ${c.sav}`];
    case 'own-in': return ['TRANSFER CREDIT', `ONLINE H${t.ref} Linked Acc Trns SAVINGS ${c.sav}`];
    case 'atm': return ['ATM WITHDRAWAL', t.fx ? `${t.name} ${t.fx.country}` : `${t.place} ${t.name}`];
    case 'fee': return ['FEES', titleCase(t.name)];
    case 'interest': return ['INTEREST', 'Interest paid'];
  }
}
function ingNarr(t: Tx, c: Ctx): string {
  const receipt = String(100000 + (hash(`${t.seq}r`) % 900000));
  const cardTail = `Date ${dMonYYYY(t.purchase)} Card 462263xxxxxx${c.p.card}`;
  switch (t.kind) {
    case 'card': return t.fx ? `${t.name} ${t.fx.place} - Visa Purchase - Receipt ${receipt}In ${t.fx.place} ${t.fx.country} ${cardTail} Foreign Currency Amount: ${t.fx.cur} ${t.fx.amount}` : `${t.name} ${t.place} - Visa Purchase - Receipt ${receipt}In ${t.place} ${cardTail}`;
    case 'refund-card': return `${t.name} ${t.place} - Visa Refund - Receipt ${receipt}In ${t.place} ${cardTail}`;
    case 'dd': return `${t.name} - Direct Debit - Receipt ${receipt} ${t.ref}`;
    case 'bpay': return `${t.name} - BPAY Bill Payment - Receipt ${receipt} To ${billerId(t.name)} ${t.ref}`;
    case 'payto': return `${t.name} ${t.memo} - Osko Payment - Receipt ${receipt}`.replace(/ {2,}/g, ' ');
    case 'payfrom': return `${t.name} ${t.memo} - Osko Deposit - Receipt ${receipt}`.replace(/ {2,}/g, ' ');
    case 'credit': return `${t.name} - Direct Credit - Receipt ${receipt} ${t.memo || t.ref}`.trim();
    case 'salary': return `Salary - Salary Deposit - Receipt ${receipt} From ${t.name} ${t.ref}`;
    case 'gov': return `${t.name} - Direct Credit - Receipt ${receipt} ${t.memo} ${t.ref}`;
    case 'own-out': return `Internal Transfer - Receipt ${receipt} To Savings Maximiser ${c.sav}`;
    case 'own-in': return `Internal Transfer - Receipt ${receipt} From Savings Maximiser ${c.sav}`;
    case 'atm': return `ATM Withdrawal - Receipt ${receipt}In ${t.fx ? t.fx.place : t.place} ${cardTail}`;
    case 'fee': return `${titleCase(t.name)} - Receipt ${receipt}`;
    case 'interest': return 'Interest Credit';
  }
}
function rawNarr(t: Tx, c: Ctx): string {
  switch (t.kind) {
    case 'card': return t.fx ? `${t.name} ${t.fx.place} ${t.fx.country} ${t.fx.cur} ${t.fx.amount}` : `${t.name} ${t.place} ${c.p.city.state} AU`;
    case 'refund-card': return `REFUND ${t.name} ${t.place} ${c.p.city.state} AU`;
    case 'dd': return `${t.name} DIRECT DEBIT ${t.ref}`;
    case 'bpay': return `BPAY ${billerId(t.name)} ${t.name} ${t.ref}`;
    case 'payto': return `TRANSFER TO ${t.name} ${t.memo}`.trim();
    case 'payfrom': return `TRANSFER FROM ${t.name} ${t.memo}`.trim();
    case 'credit': return `${t.name} ${t.memo || t.ref}`.trim();
    case 'salary': return `${t.name} SALARY ${t.ref}`;
    case 'gov': return `${t.name} ${t.memo} ${t.ref}`;
    case 'own-out': return `TRANSFER TO LINKED ACCOUNT XX${c.sav}`;
    case 'own-in': return `TRANSFER FROM LINKED ACCOUNT XX${c.sav}`;
    case 'atm': return `ATM WITHDRAWAL ${t.name} ${t.fx ? t.fx.place : t.place}`;
    case 'fee': return t.name;
    case 'interest': return 'INTEREST';
  }
}
function mqDetails(t: Tx, c: Ctx): string {
  switch (t.kind) {
    case 'own-out': return hash(`${t.seq}`) % 2 === 0 ? `To linked account xx${c.sav} - Internal transfer` : `To Savings Account - Internal Transfer Receipt number: ${t.ref}`;
    case 'own-in': return `From linked account xx${c.sav} - Internal transfer`;
    case 'payto': return `${titleCase(t.name)}${t.memo ? ` - ${t.memo}` : ''}`;
    case 'payfrom': case 'credit': case 'salary': case 'gov': return titleCase(t.name);
    case 'atm': return 'ATM Withdrawal';
    case 'fee': return titleCase(t.name);
    case 'interest': return 'Interest';
    default: return t.clean;
  }
}

function tzOffset(city: City, day: number): string {
  if (!city.dst) return city.std;
  const [y, m] = ymd(day);
  const firstSun = (mm: number): number => { let d = dayOf(y, mm, 1); while (dow(d) !== 0) d++; return d; };
  const inDst = day < firstSun(4) || day >= firstSun(10);
  return inDst || (m < 4 && m > 10) ? city.dstOff : city.std;
}
const hms = (sec: number): string => `${p2(Math.floor(sec / 3600))}:${p2(Math.floor((sec % 3600) / 60))}:${p2(sec % 60)}`;
const iso = (day: number): string => { const [y, m, d] = ymd(day); return `${y}-${p2(m)}-${p2(d)}`; };

const NEWEST_FIRST = new Set(['commbank-newest', 'anz-quoted', 'westpac-multi', 'nab-current', 'nab-2022', 'ing', 'ing-quoted', 'macquarie', 'up-current', 'up-2021']);
const CRLF = new Set(['commbank-newest', 'commbank-oldest', 'westpac', 'westpac-multi', 'ing-quoted']);
const BOM = new Set(['westpac-multi']);

function render(rowsIn: Row[], c: Ctx): string {
  const rows = NEWEST_FIRST.has(c.layout) ? [...rowsIn].reverse() : rowsIn;
  const L = c.layout;
  const out: string[] = [];
  const settle = (t: Tx): number | null => { const lag = hash(`${t.seq}s`) % 3; return t.day + lag > c.lastDay - 2 ? null : t.day + lag; };
  if (L === 'westpac' || L === 'westpac-multi') out.push('Bank Account,Date,Narrative,Debit Amount,Credit Amount,Balance,Categories,Serial');
  if (L === 'nab-current') out.push('Date,Amount,Account Number,,Transaction Type,Transaction Details,Balance,Category,Merchant Name,Processed On');
  if (L === 'nab-2022') out.push('Date,Amount,Account Number,,Transaction Type,Transaction Details,Balance,Category,Merchant Name');
  if (L.startsWith('ing')) out.push('Date,Description,Credit,Debit,Balance');
  if (L === 'macquarie') out.push('Transaction Date,Details,Account,Category,Subcategory,Tags,Notes,Debit,Credit,Balance,Original Description');
  if (L === 'up-current') out.push(['Time', 'BSB / Account Number', 'Account Name', 'Transaction Type', 'Payee', 'Description', 'Category', 'Tags', 'Subtotal (AUD)', 'Currency', 'Subtotal (Transaction Currency)', 'Round Up (AUD)', 'Total (AUD)', 'Payment Method', 'Settled Date'].join(','));
  if (L === 'up-2021') out.push(['Time', 'BSB / Account Number', 'Transaction Type', 'Payee', 'Description', 'Category', 'Tags', 'Subtotal (AUD)', 'Currency', 'Subtotal (Transaction Currency)', 'Fee (AUD)', 'Round Up (AUD)', 'Total (AUD)', 'Payment Method', 'Settled Date'].join(','));
  for (const { t, bal } of rows) {
    const cents = t.cents;
    if (L.startsWith('commbank')) out.push(`${dmy(t.day)},${q(plus2(cents))},${q(cbaNarr(t, c))},${q(plus2(bal))}`);
    else if (L === 'anz-quoted') out.push(`${dmy(t.day)},${q(fix2(cents))},${q(anzNarr(t, c))}`);
    else if (L === 'anz-trimmed') out.push(`${dmy(t.day)},${trim(cents)},${anzNarr(t, c)}`);
    else if (L.startsWith('westpac')) {
      out.push([t.acct === 0 ? c.acct : c.sav, dmy(t.day), westpacNarr(t, c), cents < 0 ? fix2(-cents) : '', cents > 0 ? fix2(cents) : '', fix2(bal), westpacCode(t), ''].join(','));
    } else if (L === 'nab-current' || L === 'nab-2022') {
      const [ty, det] = nabTypeDetails(t, c);
      const cols = [dMonYY(t.day, ' '), fix2(cents), c.acct, '', ty, det, fix2(bal), bankCats(t)[0], t.kind === 'card' || t.kind === 'refund-card' ? t.clean : ''];
      if (L === 'nab-current') { const s = settle(t); cols.push(s === null ? '' : dMonYY(s, ' ')); }
      out.push(cols.join(','));
    } else if (L === 'nab-old-dash') {
      const [ty, det] = nabTypeDetails(t, c);
      out.push([dMonYY(t.day, '-'), fix2(cents), '', '', ty, det, fix2(bal), ''].join(','));
    } else if (L === 'nab-old-quoted') {
      const [ty, det] = nabTypeDetails(t, c);
      out.push([dMonYY(t.day, ' '), fix2(cents), '', '', ty, det, plus2(bal), ''].map(q).join(','));
    } else if (L.startsWith('ing')) {
      const d = ingNarr(t, c);
      out.push([dmy(t.day), L === 'ing-quoted' ? q(d) : d, cents > 0 ? fix2(cents) : '', cents < 0 ? fix2(cents) : '', fix2(bal)].join(','));
    } else if (L === 'macquarie') {
      const bc = bankCats(t);
      out.push([dMonYYYY(t.day), mqDetails(t, c), `Transaction Account xx${c.acct.slice(-4)}`, bc[1], bc[2], '', '', cents < 0 ? trim(-cents) : '', cents > 0 ? trim(cents) : '', trim(bal), rawNarr(t, c)].map(q).join(','));
    } else if (L.startsWith('up')) {
      const off = tzOffset(c.p.city, t.day);
      const time = L === 'up-current' ? `${iso(t.day)}T${hms(t.sec)}${off}` : `${iso(t.day)} ${hms(t.sec)} ${off}`;
      const own = t.kind === 'own-in' || t.kind === 'own-out';
      const type = { card: 'Purchase', 'refund-card': 'Refund', dd: 'Direct Debit', bpay: 'BPAY Payment', payto: 'Pay Anyone', payfrom: 'Transfer', credit: 'Direct Credit', salary: 'Salary', gov: 'Direct Credit', 'own-out': 'Transfer', 'own-in': 'Transfer', atm: 'ATM Cash Out', fee: 'Fee', interest: 'Interest' }[t.kind];
      const payee = own ? '' : t.kind === 'card' || t.kind === 'refund-card' ? t.clean : titleCase(t.name);
      const desc = own ? (t.kind === 'own-out' ? 'Transfer to Rainy Day' : 'Transfer from Rainy Day') : t.kind === 'payto' ? `${titleCase(t.name)}${t.memo ? ` ${t.memo}` : ''}` : rawNarr(t, c);
      const method = t.kind === 'card' ? (['Apple Pay', 'Card', 'Card', 'Google Pay'][hash(`${t.seq}m`) % 4] ?? 'Card') : t.kind === 'payto' || t.kind === 'payfrom' ? 'Osko' : t.kind === 'bpay' ? 'BPAY' : '';
      const s = settle(t);
      const cols = [time, '633-123 / 1234 5678 9', ...(L === 'up-current' ? ['Spending'] : []), type, payee, desc, bankCats(t)[3], '', fix2(cents), t.fx ? t.fx.cur : 'AUD', t.fx ? `-${t.fx.amount}` : fix2(cents),
        ...(L === 'up-2021' ? [''] : []), t.roundUp > 0 ? fix2(-t.roundUp) : '', fix2(cents - t.roundUp), method, s === null ? '' : iso(s)];
      out.push(cols.map(q).join(','));
    }
  }
  const eol = CRLF.has(L) ? '\r\n' : '\n';
  return (BOM.has(L) ? '\uFEFF' : '') + out.join(eol) + eol;
}

// ───────────────────────────── generate ─────────────────────────────


const DISCRETIONARY = new Set<Category>(['Groceries', 'Dining', 'Shopping', 'Entertainment', 'Gifts', 'Travel', 'Health', 'Personal Payments']);
function scaleProfile(p: Profile, f: number): void {
  if (f === 1) return;
  const r = Math.sqrt(f);
  p.grocWeekly *= r; p.cafeAmt *= r; p.healthAmt *= r;
  p.takeawayAmt *= f; p.restoAmt *= f; p.shopAmt *= f; p.entAmt *= f; p.giftBudget *= f;
  for (const h of p.holidays.values()) h.budget *= f;
}

function one(seed: number, index: number, months: number, startYear: number): GeneratedHousehold {
  const bank = at(BANKS, index % BANKS.length);
  const variants = LAYOUTS[bank];
  const layout = at(variants, Math.floor(index / BANKS.length) % variants.length);
  const type = at(HTYPES, index % HTYPES.length);
  const rrng = new Rng(seed, index * 2 + 2);
  const build = (f: number, withAnomalies: boolean): { sim: Sim; p: Profile; anomalies: Map<number, AnomalyLabel> } => {
    const rng = new Rng(seed, index * 2 + 1);
    const p = makeProfile(rng, type, months, startYear, bank, NO_LAG.has(layout) ? 0 : 3);
    scaleProfile(p, f);
    const sim = new Sim(rng, p, months, startYear);
    const life = sim.planLife();
    for (let mi = 0; mi < months; mi++) sim.month(mi, life.get(mi));
    const anomalies = withAnomalies ? planAnomalies(sim, rng, index, new Set(life.keys())) : new Map<number, AnomalyLabel>();
    return { sim, p, anomalies };
  };
  // calibrate discretionary spending so that the household lives roughly within its means
  const target = new Rng(seed ^ 0x5bd1e995, index).range(0.8, 0.95);
  let f = 1;
  for (let it = 0; it < 2; it++) {
    const { sim: s0 } = build(f, false);
    let inc = 0; let fixed = 0; let disc = 0;
    for (const t of s0.txs) {
      if (t.cat === 'Income') inc += t.cents;
      else if (t.cents < 0 && t.cat !== 'Transfers' && t.cat !== 'Refunds') { if (DISCRETIONARY.has(t.cat)) disc -= t.cents; else fixed -= t.cents; }
    }
    if (disc <= 0) break;
    const ratio = (fixed + disc) / Math.max(1, inc);
    if (Math.abs(ratio - target) < 0.03) break;
    f *= Math.min(1.5, Math.max(0.5, (target * inc - fixed) / disc));
    f = Math.min(1.6, Math.max(0.35, f));
  }
  const { sim, p, anomalies } = build(f, true);
  const rows = ledger(sim, rrng, layout);
  const household = `f4-s${seed}-h${p2(index)}`;
  const file = `${household}.csv`;
  const acct = bank === 'Westpac' ? `0321${rrng.digits(8)}` : bank === 'NAB' ? `${rrng.digits(2)}-${rrng.digits(3)}-${rrng.digits(4)}` : rrng.digits(9);
  const sav = bank === 'Westpac' ? `0321${rrng.digits(8)}` : bank === 'ANZ' ? rrng.digits(9) : rrng.digits(4);
  const csv = render(rows, { rng: rrng, p, layout, acct, sav, lastDay: sim.lastDay });
  const monthKeys = Array.from({ length: months }, (_, mi) => { const [y, m] = sim.ym(mi); return monthKey(y, m); });
  const spendCents: Record<string, Partial<Record<SpendCategory, number>>> = {};
  const incomeCents: Record<string, number> = {};
  for (const k of monthKeys) { spendCents[k] = {}; incomeCents[k] = 0; }
  for (const { t } of rows) {
    const [y, m] = ymd(t.day);
    const k = monthKey(y, m);
    if (t.cat === 'Transfers' || t.cat === 'Refunds') continue;
    if (t.cat === 'Income') { incomeCents[k] = (incomeCents[k] ?? 0) + t.cents; continue; }
    const bucket = spendCents[k];
    if (bucket && t.cents < 0) bucket[t.cat] = (bucket[t.cat] ?? 0) - t.cents;
  }
  const labels: MonthLabel[] = monthKeys.map((month, mi) => {
    const a = anomalies.get(mi);
    const notes = [...(sim.notes[mi] ?? [])];
    if (a) return { household, file, month, kind: a.kind, category: a.category, notes: [a.desc, ...notes] };
    return notes.length ? { household, file, month, kind: 'normal', notes } : { household, file, month, kind: 'normal' };
  });
  const truth: FileTruth = { household, file, layout, firstMonth: at(monthKeys, 0), lastMonth: at(monthKeys, monthKeys.length - 1), spendCents, incomeCents };
  return { household, file, layout, csv, labels, truth };
}

export function generate(opts: GenerateOptions): GeneratedHousehold[] {
  const startYear = opts.startYear ?? 2021;
  if (!Number.isInteger(opts.count) || opts.count < 0) throw new Error('count must be a non-negative integer');
  if (!Number.isInteger(opts.months) || opts.months < 1) throw new Error('months must be a positive integer');
  return Array.from({ length: opts.count }, (_, i) => one(opts.seed, i, opts.months, startYear));
}

/** writes <file> for each household, plus labels.json (all labels, flat) and truth.json (array of FileTruth) */
export function writeGenerated(dir: string, hs: GeneratedHousehold[]): void {
  mkdirSync(dir, { recursive: true });
  for (const h of hs) writeFileSync(join(dir, h.file), h.csv, 'utf8');
  writeFileSync(join(dir, 'labels.json'), `${JSON.stringify(hs.flatMap((h) => h.labels), null, 1)}\n`, 'utf8');
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(hs.map((h) => h.truth), null, 1)}\n`, 'utf8');
}

// ───────────────────────────── CLI ─────────────────────────────

function cli(argv: string[]): void {
  const arg = (name: string): string | undefined => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
  const seed = Number(arg('seed') ?? '7');
  const count = Number(arg('count') ?? '20');
  const months = Number(arg('months') ?? '60');
  const startYear = Number(arg('start-year') ?? '2021');
  const out = arg('out');
  if (!out || !Number.isFinite(seed) || !Number.isFinite(count) || !Number.isFinite(months)) {
    process.stderr.write('usage: tsx bench/fourth-opinion/generate.ts --seed 7 --count 20 --months 60 --out DIR [--start-year 2021]\n');
    process.exit(2);
  }
  const hs = generate({ seed, count, months, startYear });
  writeGenerated(out, hs);
  const anomalous = hs.reduce((a, h) => a + h.labels.filter((l) => l.kind !== 'normal').length, 0);
  process.stdout.write(`wrote ${hs.length} households (${hs.length * months} months, ${anomalous} anomalous) to ${out}\n`);
}

const entry = process.argv[1];
if (entry && /generate\.ts$/.test(entry) && import.meta.url.endsWith('/generate.ts')) cli(process.argv.slice(2));
