/**
 * Catalogue of Australian merchants, billers, employers and names, with the
 * amount ranges (dollars) a household typically pays each of them. Big
 * brands are listed by name so the categorizer's default rules can find
 * them; local places are generated (`{SUBURB} DENTAL`, `LITTLE BEAN CAFE`)
 * and generic cafes always carry CAFE / COFFEE / ESPRESSO.
 *
 * Anomaly merchants come from the same generators as ordinary one-off
 * merchants (online stores, small companies): nothing in a name says
 * "anomaly".
 */
import type { Rng } from '../rng';
import type { Category } from '../types';
import { chance, digits, intIn, pick } from './random';
import type { StateCode } from './types';

/** How a merchant's prices end. */
export type PriceStyle =
  /** any cents (groceries, fuel, restaurants splitting bills) */
  | 'any'
  /** shelf prices: .00 .95 .99 .50 */
  | 'retail'
  /** multiples of 10 cents, mostly .00/.50 */
  | 'coffee'
  /** whole dollars */
  | 'whole';

export interface MerchantDef {
  /** clean display name */
  name: string;
  /** upper-case narrative stem */
  raw: string;
  category: Category;
  /** typical amount range, dollars */
  lo: number;
  hi: number;
  price: PriceStyle;
  /** narrative carries a 4-digit store number (`WOOLWORTHS 1234`) */
  store?: boolean;
  /** online merchant billing from a fixed place */
  online?: boolean;
  /** fixed upper-case location for online merchants */
  place?: string;
  /** only in these states */
  states?: readonly StateCode[];
}

function m(
  name: string,
  raw: string,
  category: Category,
  lo: number,
  hi: number,
  price: PriceStyle = 'any',
  extra: Partial<Pick<MerchantDef, 'store' | 'online' | 'place' | 'states'>> = {},
): MerchantDef {
  return { name, raw, category, lo, hi, price, ...extra };
}
const online = (place: string): Partial<MerchantDef> => ({ online: true, place });
const st = (...states: StateCode[]): Partial<MerchantDef> => ({ states });

// ---------------------------------------------------------------- groceries
export const SUPERMARKETS: readonly MerchantDef[] = [
  m('Woolworths', 'WOOLWORTHS', 'Groceries', 60, 260, 'any', { store: true }),
  m('Coles', 'COLES', 'Groceries', 60, 260, 'any', { store: true }),
  m('Aldi', 'ALDI STORES', 'Groceries', 45, 190, 'any', { store: true }),
  m('IGA', 'IGA', 'Groceries', 30, 150, 'any'),
  m('Harris Farm Markets', 'HARRIS FARM MARKETS', 'Groceries', 40, 180, 'any', st('NSW', 'QLD')),
  m('Foodland', 'FOODLAND', 'Groceries', 40, 180, 'any', st('SA')),
  m('Drakes', 'DRAKES SUPERMARKET', 'Groceries', 40, 180, 'any', st('SA', 'QLD')),
  m('Costco', 'COSTCO WHOLESALE', 'Groceries', 120, 420, 'any'),
];

export const GROCERY_TOPUPS: readonly MerchantDef[] = [
  m('Woolworths Metro', 'WOOLWORTHS METRO', 'Groceries', 6, 45, 'any', { store: true }),
  m('Coles Local', 'COLES LOCAL', 'Groceries', 6, 45, 'any', { store: true }),
  m('FoodWorks', 'FOODWORKS', 'Groceries', 5, 40),
  m('IGA Xpress', 'IGA XPRESS', 'Groceries', 5, 35),
  m('Bakers Delight', 'BAKERS DELIGHT', 'Groceries', 5, 25, 'retail'),
  m('Brumbys Bakery', 'BRUMBYS BAKERY', 'Groceries', 5, 22, 'retail'),
  m('Aldi', 'ALDI STORES', 'Groceries', 15, 60, 'any', { store: true }),
  m('7-Eleven', '7-ELEVEN', 'Groceries', 4, 18, 'any', { store: true }),
  m('HelloFresh', 'HELLOFRESH', 'Groceries', 69, 129, 'retail', online('SYDNEY')),
];

export const LIQUOR: readonly MerchantDef[] = [
  m("Dan Murphy's", 'DAN MURPHYS', 'Groceries', 25, 120, 'retail', { store: true }),
  m('BWS', 'BWS LIQUOR', 'Groceries', 18, 70, 'retail', { store: true }),
  m('Liquorland', 'LIQUORLAND', 'Groceries', 18, 70, 'retail', { store: true }),
  m('First Choice Liquor', 'FIRST CHOICE LIQUOR', 'Groceries', 25, 110, 'retail'),
  m('Vintage Cellars', 'VINTAGE CELLARS', 'Groceries', 25, 110, 'retail'),
];

// ------------------------------------------------------------------- dining
export const CAFE_CHAINS: readonly MerchantDef[] = [
  m('Black Star Coffee', 'BLACK STAR COFFEE', 'Dining', 4.5, 16, 'coffee', st('NSW')),
  m('The Grounds', 'THE GROUNDS', 'Dining', 5, 45, 'coffee', st('NSW')),
  m('Campos Coffee', 'CAMPOS COFFEE', 'Dining', 4.5, 18, 'coffee', st('NSW', 'QLD')),
  m('Seven Seeds', 'SEVEN SEEDS COFFEE', 'Dining', 4.5, 20, 'coffee', st('VIC')),
  m('Market Lane Coffee', 'MARKET LANE COFFEE', 'Dining', 4.5, 14, 'coffee', st('VIC')),
  m('Zarraffa\'s Coffee', 'ZARRAFFAS COFFEE', 'Dining', 4.5, 14, 'coffee', st('QLD')),
  m('Merlo Coffee', 'MERLO COFFEE', 'Dining', 4.5, 14, 'coffee', st('QLD')),
  m('Dome Cafe', 'DOME CAFE', 'Dining', 5, 35, 'coffee', st('WA')),
  m('Cibo Espresso', 'CIBO ESPRESSO', 'Dining', 4.5, 16, 'coffee', st('SA')),
  m("Gloria Jean's", 'GLORIA JEANS COFFEES', 'Dining', 5, 16, 'coffee'),
  m('Starbucks', 'STARBUCKS', 'Dining', 5.5, 18, 'coffee', { store: true }),
  m('Hudsons Coffee', 'HUDSONS COFFEE', 'Dining', 4.5, 14, 'coffee'),
  m('The Coffee Club', 'THE COFFEE CLUB', 'Dining', 5, 40, 'coffee'),
  m('Muffin Break', 'MUFFIN BREAK', 'Dining', 5, 18, 'coffee'),
  m("Michel's Patisserie", 'MICHELS PATISSERIE', 'Dining', 5, 18, 'coffee'),
];

export const LUNCH: readonly MerchantDef[] = [
  m('Subway', 'SUBWAY', 'Dining', 9, 18, 'retail', { store: true }),
  m('Guzman y Gomez', 'GUZMAN Y GOMEZ', 'Dining', 12, 28, 'retail'),
  m('Zambrero', 'ZAMBRERO', 'Dining', 12, 24, 'retail'),
  m('Sushi Hub', 'SUSHI HUB', 'Dining', 8, 20, 'retail'),
  m('Sushi Sushi', 'SUSHI SUSHI', 'Dining', 8, 20, 'retail'),
  m("Roll'd", 'ROLLD', 'Dining', 11, 22, 'retail'),
  m('Oporto', 'OPORTO', 'Dining', 10, 24, 'retail'),
  m("Nando's", 'NANDOS', 'Dining', 14, 35, 'retail'),
  m("Grill'd", 'GRILLD', 'Dining', 16, 38, 'retail'),
  m('Schnitz', 'SCHNITZ', 'Dining', 15, 30, 'retail'),
  m('Soul Origin', 'SOUL ORIGIN', 'Dining', 10, 22, 'retail'),
  m('Chatime', 'CHATIME', 'Dining', 6, 14, 'retail'),
  m('Boost Juice', 'BOOST JUICE', 'Dining', 7, 14, 'retail'),
  m('Pie Face', 'PIE FACE', 'Dining', 6, 14, 'retail'),
  m('Mad Mex', 'MAD MEX', 'Dining', 13, 26, 'retail'),
];

export const FAST_FOOD: readonly MerchantDef[] = [
  m("McDonald's", 'MCDONALDS', 'Dining', 8, 45, 'retail'),
  m("Hungry Jack's", 'HUNGRY JACKS', 'Dining', 8, 40, 'retail'),
  m('KFC', 'KFC', 'Dining', 9, 45, 'retail'),
  m('Red Rooster', 'RED ROOSTER', 'Dining', 10, 40, 'retail'),
  m("Domino's", 'DOMINOS PIZZA', 'Dining', 12, 55, 'retail'),
  m('Pizza Hut', 'PIZZA HUT', 'Dining', 12, 50, 'retail'),
  m('Crust Pizza', 'CRUST PIZZA', 'Dining', 20, 60, 'retail'),
];

export const DELIVERY: readonly MerchantDef[] = [
  m('Uber Eats', 'UBER *EATS', 'Dining', 22, 80, 'any', online('SYDNEY')),
  m('Menulog', 'MENULOG', 'Dining', 22, 75, 'any', online('SYDNEY')),
  m('DoorDash', 'DOORDASH', 'Dining', 22, 75, 'any', online('MELBOURNE')),
];

// ---------------------------------------------------------------- transport
export const FUEL: readonly MerchantDef[] = [
  m('Ampol', 'AMPOL', 'Transport', 45, 110, 'any', { store: true }),
  m('BP', 'BP', 'Transport', 45, 110, 'any'),
  m('Shell', 'SHELL', 'Transport', 45, 110, 'any'),
  m('7-Eleven', '7-ELEVEN', 'Transport', 45, 110, 'any', { store: true }),
  m('Reddy Express', 'REDDY EXPRESS', 'Transport', 45, 110, 'any', { store: true }),
  m('United Petroleum', 'UNITED PETROLEUM', 'Transport', 40, 100, 'any'),
  m('Metro Petroleum', 'METRO PETROLEUM', 'Transport', 40, 100, 'any'),
  m('Puma Energy', 'PUMA ENERGY', 'Transport', 40, 100, 'any', st('QLD', 'WA')),
  m('Liberty', 'LIBERTY', 'Transport', 40, 100, 'any', st('VIC', 'SA')),
];

export const PARKING: readonly MerchantDef[] = [
  m('Wilson Parking', 'WILSON PARKING', 'Transport', 8, 45, 'retail'),
  m('Secure Parking', 'SECURE PARKING', 'Transport', 8, 45, 'retail'),
  m('Care Park', 'CARE PARK', 'Transport', 6, 30, 'retail'),
  m('EasyPark', 'EASYPARK', 'Transport', 3, 15, 'any', online('SYDNEY')),
];

export const RIDESHARE: readonly MerchantDef[] = [
  m('Uber', 'UBER *TRIP', 'Transport', 12, 60, 'any', online('SYDNEY')),
  m('DiDi', 'DIDI MOBILITY', 'Transport', 10, 50, 'any', online('SYDNEY')),
  m('13cabs', '13CABS', 'Transport', 15, 70, 'any'),
];

export const MECHANICS: readonly MerchantDef[] = [
  m('Ultra Tune', 'ULTRA TUNE', 'Transport', 180, 650, 'any'),
  m('mycar Tyre & Auto', 'MYCAR TYRE AND AUTO', 'Transport', 180, 700, 'any'),
  m('Bob Jane T-Marts', 'BOB JANE T-MARTS', 'Transport', 200, 900, 'any'),
  m('Repco', 'REPCO', 'Transport', 20, 160, 'retail'),
  m('Supercheap Auto', 'SUPERCHEAP AUTO', 'Transport', 15, 180, 'retail', { store: true }),
];

// ---------------------------------------------------------------- utilities
export const ELECTRICITY: Readonly<Record<StateCode, readonly string[]>> = {
  NSW: ['AGL', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA', 'RED ENERGY', 'ALINTA ENERGY', 'SIMPLY ENERGY'],
  VIC: ['AGL', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA', 'RED ENERGY', 'GLOBIRD ENERGY', 'LUMO ENERGY', 'MOMENTUM ENERGY'],
  QLD: ['ORIGIN ENERGY', 'AGL', 'ALINTA ENERGY', 'RED ENERGY', 'ENERGYAUSTRALIA'],
  WA: ['SYNERGY'],
  SA: ['AGL', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA', 'LUMO ENERGY', 'SIMPLY ENERGY'],
};

export const GAS: Readonly<Record<StateCode, readonly string[]>> = {
  NSW: ['AGL', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA'],
  VIC: ['AGL', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA', 'LUMO ENERGY', 'SIMPLY ENERGY'],
  QLD: ['ORIGIN ENERGY', 'AGL'],
  WA: ['ALINTA GAS', 'KLEENHEAT'],
  SA: ['AGL', 'ORIGIN ENERGY', 'SIMPLY ENERGY'],
};

/** Mobile plans (monthly). */
export const MOBILE: readonly MerchantDef[] = [
  m('Telstra', 'TELSTRA', 'Phone & Internet', 55, 95, 'whole'),
  m('Optus', 'OPTUS', 'Phone & Internet', 45, 85, 'whole'),
  m('Vodafone', 'VODAFONE', 'Phone & Internet', 40, 80, 'whole'),
  m('Amaysim', 'AMAYSIM', 'Phone & Internet', 20, 40, 'retail'),
  m('Boost Mobile', 'BOOST MOBILE', 'Phone & Internet', 25, 45, 'whole'),
  m('Belong', 'BELONG', 'Phone & Internet', 25, 45, 'whole'),
  m('Felix Mobile', 'FELIX MOBILE', 'Phone & Internet', 20, 35, 'whole'),
  m('Aldi Mobile', 'ALDIMOBILE', 'Phone & Internet', 15, 35, 'whole'),
  m('Lebara', 'LEBARA MOBILE', 'Phone & Internet', 20, 35, 'retail'),
];

/** Home internet (monthly). */
export const INTERNET: readonly MerchantDef[] = [
  m('Telstra', 'TELSTRA', 'Phone & Internet', 85, 120, 'whole'),
  m('Optus', 'OPTUS', 'Phone & Internet', 75, 100, 'whole'),
  m('Aussie Broadband', 'AUSSIE BROADBAND', 'Phone & Internet', 69, 109, 'whole'),
  m('TPG', 'TPG INTERNET', 'Phone & Internet', 65, 95, 'retail'),
  m('iiNet', 'IINET LIMITED', 'Phone & Internet', 70, 100, 'retail'),
  m('Superloop', 'SUPERLOOP', 'Phone & Internet', 65, 99, 'whole'),
  m('Belong', 'BELONG', 'Phone & Internet', 60, 90, 'whole'),
  m('Leaptel', 'LEAPTEL', 'Phone & Internet', 65, 95, 'whole'),
];

// ------------------------------------------------------------ subscriptions
export interface SubDef {
  name: string;
  raw: string;
  /** dollars per charge */
  price: number;
  frequency: 'monthly' | 'annual';
  channel: 'card' | 'direct-debit';
  category: Category;
  currency?: string;
  foreign?: number;
}
const sub = (
  name: string,
  raw: string,
  price: number,
  frequency: 'monthly' | 'annual' = 'monthly',
  category: Category = 'Subscriptions',
  channel: 'card' | 'direct-debit' = 'card',
  foreign?: { currency: string; amount: number },
): SubDef => ({
  name,
  raw,
  price,
  frequency,
  channel,
  category,
  ...(foreign ? { currency: foreign.currency, foreign: foreign.amount } : {}),
});

export const SUBSCRIPTIONS: readonly SubDef[] = [
  sub('Netflix', 'NETFLIX.COM', 18.99),
  sub('Netflix', 'NETFLIX.COM', 25.99),
  sub('Spotify', 'SPOTIFY', 13.99),
  sub('Spotify', 'SPOTIFY', 22.99),
  sub('Disney+', 'DISNEY PLUS', 15.99),
  sub('Stan', 'STAN.COM.AU', 12),
  sub('Binge', 'BINGE', 18),
  sub('Kayo Sports', 'KAYO SPORTS', 30),
  sub('Foxtel', 'FOXTEL', 59, 'monthly', 'Subscriptions', 'direct-debit'),
  sub('Paramount+', 'PARAMOUNT PLUS', 9.99),
  sub('Apple iCloud', 'APPLE.COM/BILL', 4.49),
  sub('Apple One', 'APPLE.COM/BILL', 23.95),
  sub('YouTube Premium', 'GOOGLE *YOUTUBEPREMIUM', 16.99),
  sub('Google One', 'GOOGLE *GOOGLE ONE', 4.39),
  sub('Amazon Prime', 'AMAZON PRIME AU', 9.99),
  sub('Amazon Prime', 'AMAZON PRIME AU', 79, 'annual'),
  sub('Audible', 'AUDIBLE AU', 16.45),
  sub('Microsoft 365', 'MICROSOFT*365', 139, 'annual'),
  sub('Microsoft 365', 'MICROSOFT*365', 14),
  sub('Dropbox', 'DROPBOX', 19.99),
  sub('Canva', 'CANVA PTY LTD', 164.99, 'annual'),
  sub('Adobe', 'ADOBE SYSTEMS PTY LTD', 22.99),
  sub('ChatGPT', 'OPENAI *CHATGPT SUBSCR', 32.5, 'monthly', 'Subscriptions', 'card', { currency: 'USD', amount: 20 }),
  sub('Patreon', 'PATREON* MEMBERSHIP', 8.2, 'monthly', 'Subscriptions', 'card', { currency: 'USD', amount: 5 }),
  sub('PlayStation Plus', 'PLAYSTATION NETWORK', 119.95, 'annual'),
  sub('Xbox Game Pass', 'MICROSOFT*XBOX', 19.95),
  sub('Nintendo Switch Online', 'NINTENDO CD', 29.95, 'annual'),
  sub('Duolingo', 'DUOLINGO', 119.99, 'annual'),
  sub('Sydney Morning Herald', 'NINE DIGITAL PTY LTD', 28),
  sub('The Australian', 'NEWS LIFE MEDIA', 28, 'monthly', 'Subscriptions', 'direct-debit'),
  sub('Norton', 'NORTONLIFELOCK', 99.99, 'annual'),
  sub('LinkedIn Premium', 'LINKEDIN PREMIUM', 59.99),
  sub('Headspace', 'HEADSPACE INC', 96.99, 'annual', 'Subscriptions', 'card', { currency: 'USD', amount: 69.99 }),
];

/** Gyms and studios: fortnightly or monthly direct debits, category Health. */
export const GYMS: readonly SubDef[] = [
  sub('Anytime Fitness', 'ANYTIME FITNESS', 32.9, 'monthly', 'Health', 'direct-debit'),
  sub('F45 Training', 'F45 TRAINING', 65, 'monthly', 'Health', 'direct-debit'),
  sub('Fitness First', 'FITNESS FIRST', 37.95, 'monthly', 'Health', 'direct-debit'),
  sub('Plus Fitness', 'PLUS FITNESS', 25.9, 'monthly', 'Health', 'direct-debit'),
  sub('Snap Fitness', 'SNAP FITNESS', 29.95, 'monthly', 'Health', 'direct-debit'),
  sub('Jetts Fitness', 'JETTS FITNESS', 27.9, 'monthly', 'Health', 'direct-debit'),
  sub('Goodlife Health Clubs', 'GOODLIFE HEALTH CLUBS', 39.95, 'monthly', 'Health', 'direct-debit'),
  sub('Virgin Active', 'VIRGIN ACTIVE', 85, 'monthly', 'Health', 'direct-debit'),
  sub('Body Fit Training', 'BFT', 55, 'monthly', 'Health', 'direct-debit'),
  sub('KX Pilates', 'KX PILATES', 70, 'monthly', 'Health', 'direct-debit'),
];

// ---------------------------------------------------------------- insurance
export const HEALTH_FUNDS: readonly { name: string; raw: string; states?: readonly StateCode[] }[] = [
  { name: 'Medibank', raw: 'MEDIBANK PRIVATE' },
  { name: 'Bupa', raw: 'BUPA HI PTY LTD' },
  { name: 'HCF', raw: 'HCF HEALTH' },
  { name: 'nib', raw: 'NIB HEALTH FUNDS' },
  { name: 'ahm', raw: 'AHM HEALTH INSURANCE' },
  { name: 'HBF', raw: 'HBF HEALTH', states: ['WA'] },
  { name: 'Australian Unity', raw: 'AUSTRALIAN UNITY' },
  { name: 'GMHBA', raw: 'GMHBA', states: ['VIC'] },
  { name: 'Teachers Health', raw: 'TEACHERS HEALTH' },
];

export const GENERAL_INSURERS: readonly { name: string; raw: string }[] = [
  { name: 'AAMI', raw: 'AAMI' },
  { name: 'Budget Direct', raw: 'BUDGET DIRECT' },
  { name: 'Youi', raw: 'YOUI PTY LTD' },
  { name: 'Allianz', raw: 'ALLIANZ AUSTRALIA' },
  { name: 'Suncorp', raw: 'SUNCORP INSURANCE' },
  { name: 'GIO', raw: 'GIO GENERAL' },
  { name: 'Bingle', raw: 'BINGLE' },
  { name: 'Coles Insurance', raw: 'COLES INSURANCE' },
  { name: 'Woolworths Insurance', raw: 'WOOLWORTHS INSURANCE' },
];

export const LIFE_INSURERS: readonly { name: string; raw: string }[] = [
  { name: 'TAL', raw: 'TAL LIFE LIMITED' },
  { name: 'AIA', raw: 'AIA AUSTRALIA' },
  { name: 'NobleOak', raw: 'NOBLEOAK LIFE' },
];

// ------------------------------------------------------------------- health
export const PHARMACIES: readonly MerchantDef[] = [
  m('Chemist Warehouse', 'CHEMIST WAREHOUSE', 'Health', 8, 70, 'retail', { store: true }),
  m('Priceline Pharmacy', 'PRICELINE PHARMACY', 'Health', 8, 60, 'retail'),
  m('TerryWhite Chemmart', 'TERRYWHITE CHEMMART', 'Health', 8, 55, 'retail'),
  m('Amcal', 'AMCAL PHARMACY', 'Health', 8, 50, 'retail'),
  m('Blooms The Chemist', 'BLOOMS THE CHEMIST', 'Health', 8, 50, 'retail'),
  m('National Pharmacies', 'NATIONAL PHARMACIES', 'Health', 8, 55, 'retail', st('SA')),
];

export const OPTICAL: readonly MerchantDef[] = [
  m('Specsavers', 'SPECSAVERS', 'Health', 60, 420, 'whole'),
  m('OPSM', 'OPSM', 'Health', 90, 550, 'whole'),
];

// ----------------------------------------------------------------- shopping
export const SHOPS: readonly MerchantDef[] = [
  m('Kmart', 'KMART', 'Shopping', 8, 120, 'retail', { store: true }),
  m('Target', 'TARGET', 'Shopping', 10, 150, 'retail', { store: true }),
  m('Big W', 'BIG W', 'Shopping', 10, 140, 'retail', { store: true }),
  m('Bunnings', 'BUNNINGS', 'Shopping', 8, 260, 'retail', { store: true }),
  m('Officeworks', 'OFFICEWORKS', 'Shopping', 8, 180, 'retail', { store: true }),
  m('Myer', 'MYER', 'Shopping', 25, 260, 'retail'),
  m('David Jones', 'DAVID JONES', 'Shopping', 35, 320, 'retail'),
  m('Uniqlo', 'UNIQLO', 'Shopping', 20, 160, 'retail'),
  m('Cotton On', 'COTTON ON', 'Shopping', 15, 110, 'retail'),
  m('H&M', 'H&M', 'Shopping', 15, 140, 'retail'),
  m('Zara', 'ZARA', 'Shopping', 30, 200, 'retail'),
  m('Country Road', 'COUNTRY ROAD', 'Shopping', 50, 300, 'retail'),
  m('Rebel Sport', 'REBEL SPORT', 'Shopping', 25, 250, 'retail'),
  m('JB Hi-Fi', 'JB HI-FI', 'Shopping', 15, 350, 'retail'),
  m('Spotlight', 'SPOTLIGHT', 'Shopping', 10, 120, 'retail'),
  m('Adairs', 'ADAIRS', 'Shopping', 30, 250, 'retail'),
  m('Bed Bath N Table', 'BED BATH N TABLE', 'Shopping', 25, 200, 'retail'),
  m('Petbarn', 'PETBARN', 'Shopping', 20, 150, 'retail'),
  m('The Reject Shop', 'THE REJECT SHOP', 'Shopping', 5, 50, 'retail'),
  m('Best & Less', 'BEST & LESS', 'Shopping', 10, 90, 'retail'),
  m('Decathlon', 'DECATHLON', 'Shopping', 15, 200, 'retail'),
  m('BCF', 'BCF', 'Shopping', 20, 250, 'retail'),
  m('Mecca', 'MECCA COSMETICA', 'Shopping', 30, 180, 'retail'),
  m('Sephora', 'SEPHORA', 'Shopping', 25, 160, 'retail'),
  m('Daiso', 'DAISO', 'Shopping', 5, 40, 'retail'),
  m('Typo', 'TYPO', 'Shopping', 8, 60, 'retail'),
  m('Lowes', 'LOWES', 'Shopping', 20, 120, 'retail'),
  m('Bing Lee', 'BING LEE', 'Shopping', 40, 600, 'retail', st('NSW')),
];

export const ONLINE_SHOPS: readonly MerchantDef[] = [
  m('Amazon', 'AMAZON MKTPLC AU', 'Shopping', 12, 180, 'retail', online('SYDNEY SOUTH')),
  m('Amazon', 'AMAZON AU', 'Shopping', 10, 150, 'retail', online('SYDNEY SOUTH')),
  m('eBay', 'EBAY O', 'Shopping', 10, 150, 'retail', online('SYDNEY')),
  m('The Iconic', 'THE ICONIC', 'Shopping', 40, 250, 'retail', online('SYDNEY')),
  m('Catch', 'CATCH.COM.AU', 'Shopping', 15, 200, 'retail', online('MELBOURNE')),
  m('Kogan', 'KOGAN.COM', 'Shopping', 25, 300, 'retail', online('MELBOURNE')),
  m('Temu', 'TEMU.COM', 'Shopping', 8, 90, 'any', online('SYDNEY')),
  m('Shein', 'SHEIN.COM', 'Shopping', 15, 120, 'any', online('SYDNEY')),
  m('ASOS', 'ASOS.COM', 'Shopping', 30, 200, 'retail', online('LONDON')),
  m('Etsy', 'ETSY.COM', 'Shopping', 15, 120, 'any', online('SYDNEY')),
  m('Apple', 'APPLE.COM/AU', 'Shopping', 25, 400, 'retail', online('SYDNEY')),
  m('Pet Circle', 'PET CIRCLE', 'Shopping', 40, 160, 'retail', online('SYDNEY')),
  m('Booktopia', 'BOOKTOPIA', 'Shopping', 18, 90, 'retail', online('LIDCOMBE')),
];

/** Where lumpy household purchases happen (appliances, furniture, laptops). */
export const BIG_TICKET: readonly MerchantDef[] = [
  m('Harvey Norman', 'HARVEY NORMAN', 'Shopping', 300, 2400, 'retail'),
  m('The Good Guys', 'THE GOOD GUYS', 'Shopping', 300, 2200, 'retail'),
  m('JB Hi-Fi', 'JB HI-FI', 'Shopping', 200, 2000, 'retail'),
  m('IKEA', 'IKEA', 'Shopping', 150, 1400, 'retail'),
  m('Amart Furniture', 'AMART FURNITURE', 'Shopping', 300, 2200, 'retail'),
  m('Fantastic Furniture', 'FANTASTIC FURNITURE', 'Shopping', 200, 1500, 'retail'),
  m('Apple Store', 'APPLE STORE', 'Shopping', 400, 2800, 'retail'),
  m('Bunnings', 'BUNNINGS', 'Shopping', 200, 1200, 'retail', { store: true }),
];

// ------------------------------------------------------------ entertainment
export const ENTERTAINMENT: readonly MerchantDef[] = [
  m('Hoyts', 'HOYTS', 'Entertainment', 18, 75, 'retail'),
  m('Event Cinemas', 'EVENT CINEMAS', 'Entertainment', 18, 75, 'retail'),
  m('Village Cinemas', 'VILLAGE CINEMAS', 'Entertainment', 18, 75, 'retail', st('VIC')),
  m('Palace Cinemas', 'PALACE CINEMAS', 'Entertainment', 20, 60, 'retail'),
  m('Reading Cinemas', 'READING CINEMAS', 'Entertainment', 16, 60, 'retail'),
  m('Timezone', 'TIMEZONE', 'Entertainment', 20, 80, 'whole'),
  m('Strike Bowling', 'STRIKE BOWLING', 'Entertainment', 25, 120, 'retail'),
  m('Holey Moley', 'HOLEY MOLEY', 'Entertainment', 25, 90, 'retail'),
  m('Steam', 'STEAMGAMES.COM', 'Entertainment', 10, 90, 'retail', online('SEATTLE')),
  m('PlayStation Store', 'PLAYSTATION NETWORK', 'Entertainment', 15, 110, 'retail', online('SYDNEY')),
  m('Nintendo eShop', 'NINTENDO ESHOP', 'Entertainment', 10, 90, 'retail', online('MELBOURNE')),
];

export const TICKETING: readonly MerchantDef[] = [
  m('Ticketek', 'TICKETEK', 'Entertainment', 60, 420, 'any', online('SYDNEY')),
  m('Ticketmaster', 'TICKETMASTER AU', 'Entertainment', 70, 480, 'any', online('SYDNEY')),
  m('Moshtix', 'MOSHTIX', 'Entertainment', 40, 180, 'any', online('SYDNEY')),
  m('Oztix', 'OZTIX', 'Entertainment', 35, 150, 'any', online('BRISBANE')),
  m('Eventbrite', 'EVENTBRITE', 'Entertainment', 20, 120, 'any', online('MELBOURNE')),
];

// ------------------------------------------------------------------- travel
export const AIRLINES: readonly MerchantDef[] = [
  m('Qantas', 'QANTAS AIRWAYS', 'Travel', 180, 2600, 'any', online('MASCOT')),
  m('Virgin Australia', 'VIRGIN AUSTRALIA', 'Travel', 150, 1800, 'any', online('BRISBANE')),
  m('Jetstar', 'JETSTAR', 'Travel', 90, 1400, 'any', online('MELBOURNE')),
  m('Rex Airlines', 'REX AIRLINES', 'Travel', 120, 700, 'any', online('MASCOT')),
];

export const INTL_AIRLINES: readonly MerchantDef[] = [
  m('Qantas', 'QANTAS AIRWAYS', 'Travel', 900, 6500, 'any', online('MASCOT')),
  m('Singapore Airlines', 'SINGAPORE AIRLINES', 'Travel', 900, 5500, 'any', online('SYDNEY')),
  m('Air New Zealand', 'AIR NEW ZEALAND', 'Travel', 400, 2400, 'any', online('AUCKLAND')),
  m('Jetstar', 'JETSTAR', 'Travel', 400, 2400, 'any', online('MELBOURNE')),
  m('Fiji Airways', 'FIJI AIRWAYS', 'Travel', 500, 2600, 'any', online('SYDNEY')),
];

export const ACCOMMODATION: readonly MerchantDef[] = [
  m('Booking.com', 'BOOKING.COM', 'Travel', 180, 2800, 'any', online('SYDNEY')),
  m('Airbnb', 'AIRBNB', 'Travel', 200, 3200, 'any', online('SYDNEY')),
  m('Expedia', 'EXPEDIA', 'Travel', 200, 3000, 'any', online('SYDNEY')),
  m('Wotif', 'WOTIF.COM', 'Travel', 150, 2200, 'any', online('BRISBANE')),
  m('Hotels.com', 'HOTELS.COM', 'Travel', 150, 2200, 'any', online('SYDNEY')),
  m('Stayz', 'STAYZ', 'Travel', 250, 2500, 'any', online('SYDNEY')),
];

export const TRAVEL_EXTRAS: readonly MerchantDef[] = [
  m('Cover-More', 'COVER-MORE TRAVEL INS', 'Travel', 60, 420, 'any', online('CHATSWOOD')),
  m('Fast Cover', 'FAST COVER', 'Travel', 50, 300, 'any', online('SYDNEY')),
  m('Avis', 'AVIS AUSTRALIA', 'Travel', 120, 900, 'any'),
  m('Hertz', 'HERTZ AUSTRALIA', 'Travel', 120, 900, 'any'),
  m('Klook', 'KLOOK TRAVEL', 'Travel', 30, 300, 'any', online('HONG KONG')),
];

// -------------------------------------------------------------------- gifts
/** Merchants whose purchases are gifts whoever categorizes them: florists, gift cards, experiences. */
export const GIFT_SHOPS: readonly MerchantDef[] = [
  m('Interflora', 'INTERFLORA', 'Gifts', 60, 160, 'retail', online('MELBOURNE')),
  m('Flowers Across Australia', 'FLOWERS ACROSS AUSTRALIA', 'Gifts', 55, 140, 'retail', online('SYDNEY')),
  m('Prezzee', 'PREZZEE', 'Gifts', 25, 150, 'whole', online('SYDNEY')),
  m('RedBalloon', 'REDBALLOON', 'Gifts', 80, 350, 'retail', online('SYDNEY')),
  m('Adrenaline', 'ADRENALINE GIFT VOUCHER', 'Gifts', 90, 300, 'retail', online('SYDNEY')),
  m('TCN Gift Cards', 'TCN GIFT CARD', 'Gifts', 30, 200, 'whole', online('SYDNEY')),
];

/** Shops people buy presents at; the rows are Shopping (the merchant alone cannot say "gift"). */
export const PRESENT_SHOPS: readonly MerchantDef[] = [
  m('LEGO Store', 'LEGO CERTIFIED STORE', 'Shopping', 25, 250, 'retail'),
  m('Toyworld', 'TOYWORLD', 'Shopping', 15, 120, 'retail'),
  m('Mr Toys Toyworld', 'MR TOYS TOYWORLD', 'Shopping', 15, 120, 'retail'),
  m('Zing Pop Culture', 'ZING POP CULTURE', 'Shopping', 20, 120, 'retail'),
  m('EB Games', 'EB GAMES', 'Shopping', 25, 120, 'retail'),
  m('Dymocks', 'DYMOCKS', 'Shopping', 18, 90, 'retail'),
  m('Pandora', 'PANDORA', 'Shopping', 60, 250, 'retail'),
  m('Lovisa', 'LOVISA', 'Shopping', 12, 50, 'retail'),
  m('T2 Tea', 'T2 TEA', 'Shopping', 20, 80, 'retail'),
  m('Peter Alexander', 'PETER ALEXANDER', 'Shopping', 40, 150, 'retail'),
  m('Smiggle', 'SMIGGLE', 'Shopping', 15, 60, 'retail'),
];

export const CHARITIES: readonly { name: string; raw: string }[] = [
  { name: 'World Vision', raw: 'WORLD VISION AUSTRALIA' },
  { name: 'Australian Red Cross', raw: 'AUSTRALIAN RED CROSS' },
  { name: 'UNICEF Australia', raw: 'UNICEF AUSTRALIA' },
  { name: 'The Smith Family', raw: 'THE SMITH FAMILY' },
  { name: 'Oxfam', raw: 'OXFAM AUSTRALIA' },
  { name: 'MSF Australia', raw: 'MEDECINS SANS FRONTIERES' },
  { name: 'Salvation Army', raw: 'THE SALVATION ARMY' },
];

// ---------------------------------------------------------------- education
export const CHILDCARE: readonly { name: string; raw: string }[] = [
  { name: 'Goodstart Early Learning', raw: 'GOODSTART EARLY LEARNING' },
  { name: 'G8 Education', raw: 'G8 EDUCATION' },
  { name: 'Guardian Childcare', raw: 'GUARDIAN CHILDCARE' },
  { name: 'Only About Children', raw: 'ONLY ABOUT CHILDREN' },
];

export const TUTORING: readonly MerchantDef[] = [
  m('Kumon', 'KUMON', 'Education', 160, 200, 'whole'),
  m('Cluey Learning', 'CLUEY LEARNING', 'Education', 150, 300, 'whole', online('SYDNEY')),
];

// ---------------------------------------------------------- housing / banks
export const AGENTS: readonly { name: string; raw: string; states?: readonly StateCode[] }[] = [
  { name: 'Ray White', raw: 'RAY WHITE' },
  { name: 'LJ Hooker', raw: 'LJ HOOKER' },
  { name: 'McGrath', raw: 'MCGRATH' },
  { name: 'Belle Property', raw: 'BELLE PROPERTY' },
  { name: 'Harcourts', raw: 'HARCOURTS' },
  { name: 'Raine & Horne', raw: 'RAINE AND HORNE' },
  { name: 'First National', raw: 'FIRST NATIONAL' },
  { name: 'Barry Plant', raw: 'BARRY PLANT', states: ['VIC'] },
  { name: 'Jellis Craig', raw: 'JELLIS CRAIG', states: ['VIC'] },
  { name: 'Place Estate Agents', raw: 'PLACE ESTATE AGENTS', states: ['QLD'] },
  { name: 'Acton', raw: 'ACTON BELLE PROPERTY', states: ['WA'] },
  { name: 'Toop+Toop', raw: 'TOOP AND TOOP', states: ['SA'] },
];

export const LENDERS: readonly { name: string; raw: string }[] = [
  { name: 'CBA Home Loan', raw: 'CBA HOME LOAN' },
  { name: 'Westpac Home Loan', raw: 'WESTPAC HOME LOAN' },
  { name: 'NAB Home Loan', raw: 'NAB HOME LOAN' },
  { name: 'ANZ Home Loan', raw: 'ANZ HOME LOAN' },
  { name: 'ING Home Loan', raw: 'ING HOME LOAN' },
  { name: 'Macquarie Home Loan', raw: 'MACQUARIE BANK LOAN' },
  { name: 'Athena Home Loans', raw: 'ATHENA HOME LOANS' },
  { name: 'Bankwest Home Loan', raw: 'BANKWEST HOME LOAN' },
  { name: 'Great Southern Bank', raw: 'GREAT SOUTHERN BANK' },
  { name: 'Ubank Home Loan', raw: 'UBANK HOME LOAN' },
];

// ---------------------------------------------------------------- employers
export const EMPLOYERS_NATIONAL: readonly string[] = [
  'WOOLWORTHS GROUP', 'COLES SUPERMARKETS', 'TELSTRA CORPORATION', 'COMMONWEALTH BANK', 'WESTPAC BANKING CORP',
  'DELOITTE', 'PWC AUSTRALIA', 'KPMG', 'ACCENTURE AUSTRALIA', 'BUNNINGS GROUP', 'AUSTRALIA POST', 'QANTAS AIRWAYS',
  'JB HI-FI GROUP', 'WESFARMERS', 'ALDI STORES', 'RAMSAY HEALTH CARE', 'SERCO AUSTRALIA', 'DOWNER EDI',
  'LENDLEASE', 'AURIZON', 'TELSTRA HEALTH', 'SUNCORP GROUP', 'IAG', 'MEDIBANK PRIVATE', 'BUPA AGED CARE',
  'CANVA PTY LTD', 'ATLASSIAN PTY LTD', 'XERO AUSTRALIA', 'SEEK LIMITED', 'REA GROUP',
];

export const EMPLOYERS_STATE: Readonly<Record<StateCode, readonly string[]>> = {
  NSW: ['NSW HEALTH', 'NSW DEPT OF EDUCATION', 'TRANSPORT FOR NSW', 'UNIVERSITY OF SYDNEY', 'UNSW SYDNEY', 'CITY OF SYDNEY'],
  VIC: ['DEPT OF EDUCATION VIC', 'MONASH UNIVERSITY', 'UNIVERSITY OF MELBOURNE', 'ALFRED HEALTH', 'METRO TRAINS MELB', 'VICTORIA POLICE'],
  QLD: ['QUEENSLAND HEALTH', 'BRISBANE CITY COUNCIL', 'DEPT OF EDUCATION QLD', 'UNIVERSITY OF QUEENSLAND', 'QUEENSLAND RAIL'],
  WA: ['WA HEALTH', 'BHP', 'RIO TINTO', 'WOODSIDE ENERGY', 'DEPT OF EDUCATION WA', 'CURTIN UNIVERSITY'],
  SA: ['SA HEALTH', 'UNIVERSITY OF ADELAIDE', 'BAE SYSTEMS AUSTRALIA', 'DEPT FOR EDUCATION SA', 'ADELAIDE CITY COUNCIL'],
};

const BUSINESS_WORDS = [
  'NORTHSIDE', 'HARBOUR', 'SOUTHERN CROSS', 'PACIFIC', 'EASTERN', 'SUMMIT', 'RIVERSIDE', 'KOALA', 'BLUEGUM', 'IRONBARK',
  'COASTAL', 'METRO', 'PRECISION', 'ALLIED', 'UNITED', 'HORIZON', 'CORNERSTONE', 'REDGUM', 'WATTLE', 'BANKSIA',
];
const BUSINESS_KINDS = [
  'CONSTRUCTIONS', 'LOGISTICS', 'PLUMBING', 'ELECTRICAL', 'ACCOUNTING', 'DENTAL GROUP', 'ENGINEERING', 'PROPERTY GROUP',
  'CIVIL', 'MEDICAL GROUP', 'LEGAL', 'FREIGHT', 'HOSPITALITY', 'SOLUTIONS', 'CONSULTING',
];

/** A small-business employer name (`HARBOUR LOGISTICS PTY LTD`). */
export function smallBusinessName(rng: Rng): string {
  return `${pick(rng, BUSINESS_WORDS)} ${pick(rng, BUSINESS_KINDS)} PTY LTD`;
}

// -------------------------------------------------------------------- names
export const FIRST_NAMES: readonly string[] = [
  'James', 'Olivia', 'Liam', 'Charlotte', 'Noah', 'Amelia', 'Jack', 'Isla', 'William', 'Mia', 'Oliver', 'Ava', 'Thomas',
  'Grace', 'Lucas', 'Chloe', 'Daniel', 'Sophie', 'Ethan', 'Emily', 'Mohammed', 'Priya', 'Wei', 'Mei', 'Aarav', 'Ananya',
  'Minh', 'Linh', 'Sean', 'Aisha', 'Ben', 'Hannah', 'Sam', 'Jess', 'Matt', 'Kate', 'Tom', 'Laura', 'Josh', 'Zoe', 'Dana',
  'Ravi', 'Nikhil', 'Fatima', 'George', 'Eleni', 'Marco', 'Giulia', 'Connor', 'Tahlia',
];

export const SURNAMES: readonly string[] = [
  'Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Johnson', 'Martin', 'White', 'Anderson', 'Walker',
  'Thompson', 'Thomas', 'Lee', 'Ryan', 'Chen', 'Kelly', 'King', 'Harris', 'Singh', 'Patel', 'Wang', 'Li', 'Murphy',
  'Campbell', 'Clarke', 'Mitchell', 'Young', 'Hall', 'Tran', 'Le', 'Kaur', 'Sharma', 'Papadopoulos', 'Russo', 'Rossi',
  'Baker', 'Wright', 'Robinson', 'Evans', 'Hughes', 'Scott', 'Green', 'Cooper', 'Ward', 'Morris', 'Reid', 'Kennedy', 'Zhang',
];

/** `D BROWN` from `Dana Brown` (how banks print a payee). */
export function initialSurname(name: string): string {
  const parts = name.split(' ');
  const first = parts[0] ?? '';
  const last = parts.slice(1).join(' ');
  return `${first.charAt(0)} ${last}`.toUpperCase();
}

export function personName(rng: Rng): string {
  return `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAMES)}`;
}

// ------------------------------------------------------ generated local names
const CAFE_WORDS = [
  'LITTLE BEAN', 'BROWN SUGAR', 'SUNNY SIDE', 'THE DAILY', 'CORNER', 'OLD TOWN', 'BLUE DOOR', 'GOOD MORNING', 'HARVEST',
  'WATTLE', 'JUNIPER', 'KIND', 'SMALL BATCH', 'TWO BLOOMS', 'ARTISAN', 'NEIGHBOURHOOD', 'LOCAL', 'MORNING GLORY',
  'SAGE', 'FIG TREE', 'PAPER PLANE', 'THE HIDEOUT', 'LANEWAY', 'THIRD WAVE', 'COPPER', 'MILK BAR', 'GRIND', 'HUSK',
  'STATION', 'ORCHARD', 'PORCH', 'NOOK', 'ROOSTER', 'WILDFLOWER', 'EMBER', 'DRIFTWOOD',
];
const CAFE_SUFFIXES = ['CAFE', 'COFFEE', 'ESPRESSO', 'COFFEE CO', 'ESPRESSO BAR', 'CAFE AND BAKERY', 'COFFEE ROASTERS', 'CAFE'];

/** A local cafe: always says CAFE / COFFEE / ESPRESSO; sometimes via Square (`SQ *`). */
export function cafeName(rng: Rng): { name: string; raw: string } {
  const words = pick(rng, CAFE_WORDS);
  const suffix = pick(rng, CAFE_SUFFIXES);
  const raw = `${words} ${suffix}`;
  const name = titleCase(raw);
  return { name, raw: chance(rng, 0.3) ? `SQ *${raw}` : raw };
}

const RESTAURANT_WORDS = [
  'GOLDEN', 'JADE', 'LOTUS', 'BAMBOO', 'SAFFRON', 'OLIVE', 'LEMONGRASS', 'CHILLI', 'SPICE', 'HARBOUR', 'BELLA', 'LUNA',
  'SAKURA', 'SEOUL', 'BANGKOK', 'SAIGON', 'TAJ', 'NAPOLI', 'ATHENA', 'CASA', 'FIRE', 'SMOKE', 'COPPER POT', 'RED LANTERN',
];
const RESTAURANT_KINDS = [
  'THAI', 'SUSHI', 'DUMPLING HOUSE', 'PIZZERIA', 'TRATTORIA', 'RAMEN', 'INDIAN RESTAURANT', 'VIETNAMESE', 'BBQ',
  'STEAKHOUSE', 'YUM CHA', 'CANTINA', 'TAVERNA', 'KOREAN BBQ', 'BISTRO', 'NOODLE BAR', 'KEBABS', 'CHICKEN',
];

export function restaurantName(rng: Rng): { name: string; raw: string } {
  const raw = `${pick(rng, RESTAURANT_WORDS)} ${pick(rng, RESTAURANT_KINDS)}`;
  return { name: titleCase(raw), raw };
}

const PUB_WORDS = ['ROYAL', 'CRICKETERS', 'OXFORD', 'LORD NELSON', 'NATIONAL', 'COMMERCIAL', 'STAR', 'EXCHANGE', 'RAILWAY', 'PRINCE ALBERT', 'BRIGHTON', 'GREEN GATE'];
const PUB_KINDS = ['HOTEL', 'TAVERN', 'ARMS', 'BREWING CO', 'SMALL BAR', 'HOTEL'];

export function pubName(rng: Rng): { name: string; raw: string } {
  const raw = `THE ${pick(rng, PUB_WORDS)} ${pick(rng, PUB_KINDS)}`;
  return { name: titleCase(raw), raw };
}

/** A suburb-named local business (`MARRICKVILLE DENTAL`). */
export function localName(suburb: string, kind: string): { name: string; raw: string } {
  const raw = `${suburb} ${kind}`;
  return { name: titleCase(raw), raw };
}

export const MEDICAL_KINDS = ['MEDICAL CENTRE', 'FAMILY PRACTICE', 'MEDICAL GROUP', 'GP CLINIC'];
export const DENTAL_KINDS = ['DENTAL', 'DENTAL CARE', 'FAMILY DENTAL', 'SMILE DENTAL'];
export const PHYSIO_KINDS = ['PHYSIOTHERAPY', 'PHYSIO AND PILATES', 'SPORTS PHYSIO'];
export const HAIR_KINDS = ['HAIR STUDIO', 'BARBERS', 'HAIR AND BEAUTY'];
export const MECHANIC_KINDS = ['AUTOMOTIVE', 'MOTORS', 'SMASH REPAIRS', 'AUTO SERVICE'];
export const BUTCHER_KINDS = ['QUALITY MEATS', 'FRUIT MARKET', 'CELLARS', 'BUTCHERY', 'FRESH FOOD'];

/** Online stores with no history: the shape of both one-off normal buys and card fraud. */
const STORE_A = [
  'LUNA', 'NOVA', 'BRIGHT', 'URBAN', 'HAPPY', 'COZY', 'PURE', 'VIBE', 'MODA', 'GADGET', 'TREND', 'PIXEL', 'ZEN', 'EPIC',
  'SUNNY', 'BLOOM', 'ECHO', 'ORBIT', 'FOX', 'WILD', 'TINY', 'MAPLE', 'COAST', 'ALPHA', 'ZETA', 'KIWI', 'LUMI', 'NEXA',
];
const STORE_B = [
  'STORE', 'SHOP', 'HOME', 'STYLE', 'GEAR', 'LABS', 'GOODS', 'DEALS', 'MART', 'WEAR', 'TECH', 'CO', 'OUTLET', 'HUB', 'BOUTIQUE',
];

/** `SP * LUNAHOME`, `PAYPAL *VIBEGEAR`, `WWW.COZYDEALS.COM`, `BRIGHT STYLE` */
export function onlineStoreName(rng: Rng): { name: string; raw: string } {
  const a = pick(rng, STORE_A);
  const b = pick(rng, STORE_B);
  const r = rng.next();
  if (r < 0.3) return { name: titleCase(`${a} ${b}`), raw: `SP * ${a}${b}` };
  if (r < 0.5) return { name: titleCase(`${a} ${b}`), raw: `PAYPAL *${a}${b}` };
  if (r < 0.7) return { name: `${a}${b}.com`.toLowerCase(), raw: `WWW.${a}${b}.COM` };
  return { name: titleCase(`${a} ${b}`), raw: `${a} ${b}` };
}

/** Digital services and games sites abroad (Entertainment). */
export function digitalServiceName(rng: Rng): { name: string; raw: string } {
  const a = pick(rng, STORE_A);
  const b = pick(rng, ['GAMES', 'PLAY', 'APPS', 'MEDIA', 'STUDIO', 'CREDITS', 'STREAM']);
  return { name: titleCase(`${a} ${b}`), raw: chance(rng, 0.5) ? `${a}${b}.COM` : `${a} ${b} LTD` };
}

const COMPANY_A = [
  'NIMBUS', 'VERTEX', 'ORBIT', 'LUMEN', 'AXIS', 'CLOUDNINE', 'PRIMELINE', 'NOVA', 'APEX', 'ZENITH', 'BRIGHTPATH', 'SWIFT',
  'QUANTA', 'STELLAR', 'METRO', 'HALCYON', 'SILVERLEAF', 'BLUEWAVE', 'KESTREL', 'ARCLIGHT', 'MOSAIC', 'TANDEM',
];
const COMPANY_B = ['DIGITAL', 'MEDIA', 'ONLINE', 'SERVICES', 'NETWORKS', 'APPS', 'PLUS', 'MEMBERSHIPS', 'WELLNESS', 'LEARNING'];
const COMPANY_C = ['PTY LTD', 'PTY LTD', 'PTY LTD', 'LTD', 'AU', ''];

/**
 * A small company billing by direct debit (`NIMBUS DIGITAL PTY LTD`): used
 * for fraudulent direct debits and, with the same vocabulary, for legitimate
 * new memberships and apps, so the name alone gives nothing away.
 */
export function companyName(rng: Rng): { name: string; raw: string } {
  const raw = `${pick(rng, COMPANY_A)} ${pick(rng, COMPANY_B)} ${pick(rng, COMPANY_C)}`.trim();
  return { name: titleCase(raw.replace(/ (PTY LTD|LTD|AU)$/, '')), raw };
}

const TRADE_KINDS = ['PLUMBING', 'ELECTRICAL', 'CARPENTRY', 'LANDSCAPING', 'PAINTING', 'ROOFING', 'HANDYMAN SERVICES', 'PEST CONTROL'];

/** A tradie paid by bank transfer (`M JONES PLUMBING`). */
export function tradieName(rng: Rng): string {
  return `${pick(rng, FIRST_NAMES).charAt(0)} ${pick(rng, SURNAMES)} ${pick(rng, TRADE_KINDS)}`.toUpperCase();
}

const titleCache = new Map<string, string>();

/** Words that stay upper case in clean names (`NSW Health`, `JB Hi-Fi`, `AGL`). */
const ACRONYMS = new Set([
  'NSW', 'VIC', 'QLD', 'WA', 'SA', 'ACT', 'NT', 'AU', 'USA', 'UK', 'ATO', 'ATM', 'CBA', 'ANZ', 'NAB', 'ING', 'AGL', 'TPG',
  'BP', 'KFC', 'BWS', 'IGA', 'JB', 'EB', 'H&M', 'RACV', 'RACQ', 'RAC', 'RAA', 'NRMA', 'AAMI', 'GIO', 'HCF', 'HBF', 'AHM',
  'TAL', 'AIA', 'QML', 'UNSW', 'OSHC', 'QKR', 'BFT', 'KX', 'F45', 'DOT', 'TMR', 'CTP', 'MSF', 'UNICEF', 'REA', 'EDI',
  'KPMG', 'PWC', 'IAG', 'BHP', 'BCF', 'OPSM', 'PTV', 'BBQ', 'GP', 'SMH', 'T2', 'G8', 'HI', 'CA', 'NY', 'DE',
]);

/** `Little Bean Cafe` from `LITTLE BEAN CAFE` (memoized: the same few hundred names recur). */
export function titleCase(raw: string): string {
  let out = titleCache.get(raw);
  if (out === undefined) {
    out = raw
      .toLowerCase()
      .replace(/(^|[\s\-/(*&])([a-z])/g, (_all, sep: string, ch: string) => sep + ch.toUpperCase())
      .replace(/^Sq \*/, '')
      .replace(/\b[A-Za-z0-9&+]+\b/g, (w) => (ACRONYMS.has(w.toUpperCase()) ? w.toUpperCase() : w))
      .trim();
    if (titleCache.size > 20000) titleCache.clear();
    titleCache.set(raw, out);
  }
  return out;
}

/** A 4-digit store number. */
export function storeNumber(rng: Rng): string {
  return digits(rng, 4);
}

export function randomCard(rng: Rng): string {
  return String(intIn(rng, 1000, 9999));
}
