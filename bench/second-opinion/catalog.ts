/**
 * Australian places, merchants, billers and people for the second-opinion
 * generator. Written from general knowledge of Australian retail and bank
 * statements, not from the app's own generator or rules.
 *
 * Amounts are medians in dollars with a log-sd (`sigma`); the generator
 * draws log-normal amounts and clamps them to [min, max].
 */
import type { TruthCategory } from './types';

export type StateCode = 'NSW' | 'VIC' | 'QLD' | 'WA' | 'SA';

export interface StateInfo {
  code: StateCode;
  /** two-letter truncation CommBank prints after the suburb ("NS", "VI") */
  abbr2: string;
  cbd: string;
  suburbs: string[];
  /** transit: per-trip charges (Opal) or top-ups (Myki, go card, SmartRider, metroCARD) */
  transit: { raw: string; clean: string; perTrip: boolean; topUp: number };
  rego: { raw: string; clean: string; dollars: number };
  water: string;
  electricity: string[];
  /** does the state's car commute usually involve a Linkt toll account */
  tolls: boolean;
  motoring: string;
  /** UTC offset (standard, daylight) in minutes; daylight null = no DST */
  utcOffset: [number, number | null];
}

export const STATES: Record<StateCode, StateInfo> = {
  NSW: {
    code: 'NSW',
    abbr2: 'NS',
    cbd: 'SYDNEY',
    suburbs: ['MARRICKVILLE', 'PARRAMATTA', 'CHATSWOOD', 'BONDI JUNCTION', 'PENRITH', 'HORNSBY', 'CASTLE HILL', 'NEWTOWN', 'RYDE', 'LIVERPOOL', 'BLACKTOWN', 'DEE WHY', 'CRONULLA', 'BURWOOD', 'ROUSE HILL'],
    transit: { raw: 'TRANSPORTFORNSW OPAL', clean: 'Opal', perTrip: true, topUp: 0 },
    rego: { raw: 'SERVICE NSW', clean: 'Service NSW', dollars: 930 },
    water: 'SYDNEY WATER',
    electricity: ['AGL SALES PTY LTD', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA', 'RED ENERGY'],
    tolls: true,
    motoring: 'NRMA INSURANCE',
    utcOffset: [600, 660],
  },
  VIC: {
    code: 'VIC',
    abbr2: 'VI',
    cbd: 'MELBOURNE',
    suburbs: ['RICHMOND', 'BRUNSWICK', 'FOOTSCRAY', 'BOX HILL', 'GLEN WAVERLEY', 'DOCKLANDS', 'FRANKSTON', 'WERRIBEE', 'CHADSTONE', 'NORTHCOTE', 'ESSENDON', 'DANDENONG', 'PRESTON'],
    transit: { raw: 'MYKI TOP UP', clean: 'Myki', perTrip: false, topUp: 40 },
    rego: { raw: 'VICROADS', clean: 'VicRoads', dollars: 890 },
    water: 'YARRA VALLEY WATER',
    electricity: ['AGL SALES PTY LTD', 'ORIGIN ENERGY', 'RED ENERGY', 'SIMPLY ENERGY'],
    tolls: true,
    motoring: 'RACV INSURANCE',
    utcOffset: [600, 660],
  },
  QLD: {
    code: 'QLD',
    abbr2: 'QL',
    cbd: 'BRISBANE',
    suburbs: ['CHERMSIDE', 'INDOOROOPILLY', 'CARINDALE', 'FORTITUDE VALLEY', 'SOUTHPORT', 'NORTH LAKES', 'SPRINGWOOD', 'TOOWONG', 'MORNINGSIDE', 'ASPLEY'],
    transit: { raw: 'TRANSLINK GO CARD', clean: 'Translink', perTrip: false, topUp: 30 },
    rego: { raw: 'QLD DEPT TRANSPORT MAIN ROADS', clean: 'TMR Queensland', dollars: 820 },
    water: 'URBAN UTILITIES',
    electricity: ['ORIGIN ENERGY', 'AGL SALES PTY LTD', 'ALINTA ENERGY'],
    tolls: true,
    motoring: 'RACQ INSURANCE',
    utcOffset: [600, null],
  },
  WA: {
    code: 'WA',
    abbr2: 'WA',
    cbd: 'PERTH',
    suburbs: ['JOONDALUP', 'MORLEY', 'CANNINGTON', 'FREMANTLE', 'SUBIACO', 'MIDLAND', 'ROCKINGHAM', 'SCARBOROUGH'],
    transit: { raw: 'TRANSPERTH SMARTRIDER', clean: 'Transperth', perTrip: false, topUp: 50 },
    rego: { raw: 'DEPT OF TRANSPORT WA', clean: 'Department of Transport WA', dollars: 860 },
    water: 'WATER CORPORATION',
    electricity: ['SYNERGY'],
    tolls: false,
    motoring: 'RAC INSURANCE',
    utcOffset: [480, null],
  },
  SA: {
    code: 'SA',
    abbr2: 'SA',
    cbd: 'ADELAIDE',
    suburbs: ['MARION', 'NORWOOD', 'GLENELG', 'TEA TREE GULLY', 'PROSPECT', 'MODBURY', 'UNLEY', 'SALISBURY'],
    transit: { raw: 'ADELAIDE METRO METROCARD', clean: 'Adelaide Metro', perTrip: false, topUp: 30 },
    rego: { raw: 'SERVICE SA', clean: 'Service SA', dollars: 900 },
    water: 'SA WATER',
    electricity: ['AGL SALES PTY LTD', 'ORIGIN ENERGY', 'ENERGYAUSTRALIA'],
    tolls: false,
    motoring: 'RAA INSURANCE',
    utcOffset: [570, 630],
  },
};

/** A merchant template: `{n}` in raw is replaced with a 4-digit store number per household. */
export interface MerchantTemplate {
  raw: string;
  clean: string;
  cat: TruthCategory;
  median: number;
  sigma: number;
  min: number;
  max: number;
  /** a chain a bank's categorizer would likely know */
  known: boolean;
  /** online: no suburb, a fixed "city" instead */
  onlineCity?: string;
}

const m = (raw: string, clean: string, cat: TruthCategory, median: number, sigma: number, min: number, max: number, known = true, onlineCity?: string): MerchantTemplate => ({
  raw,
  clean,
  cat,
  median,
  sigma,
  min,
  max,
  known,
  onlineCity,
});

export const SUPERMARKETS = [
  m('WOOLWORTHS {n}', 'Woolworths', 'Groceries', 120, 0.45, 8, 420),
  m('COLES {n}', 'Coles', 'Groceries', 115, 0.45, 8, 420),
  m('ALDI STORES', 'Aldi', 'Groceries', 85, 0.4, 6, 300),
  m('IGA', 'IGA', 'Groceries', 45, 0.5, 5, 200),
  m('HARRIS FARM MARKETS', 'Harris Farm Markets', 'Groceries', 60, 0.45, 6, 220),
];

export const TOPUP_GROCERS = [
  m('WOOLWORTHS METRO {n}', 'Woolworths Metro', 'Groceries', 22, 0.5, 3, 80),
  m('COLES LOCAL {n}', 'Coles Local', 'Groceries', 18, 0.5, 3, 60),
  m('IGA XPRESS', 'IGA', 'Groceries', 20, 0.5, 3, 70),
  m('FOODWORKS', 'Foodworks', 'Groceries', 24, 0.5, 3, 80),
];

/** local independents a bank categorizer is unlikely to know */
export const LOCAL_FOOD = [
  m("MARIO'S FRUIT MARKET", "Mario's Fruit Market", 'Groceries', 32, 0.45, 6, 120, false),
  m('SQ *THE LITTLE LOAF', 'The Little Loaf', 'Groceries', 14, 0.4, 4, 45, false),
  m('KIMS QUALITY MEATS', 'Kims Quality Meats', 'Groceries', 48, 0.4, 10, 160, false),
  m('GOLDEN HARVEST ASIAN GROCER', 'Golden Harvest Asian Grocer', 'Groceries', 35, 0.5, 5, 130, false),
  m('ZLR*DELI ON MAIN', 'Deli On Main', 'Groceries', 26, 0.45, 5, 90, false),
];

export const BOTTLE_SHOPS = [m("DAN MURPHY'S {n}", "Dan Murphy's", 'Groceries', 55, 0.5, 12, 220), m('BWS {n}', 'BWS', 'Groceries', 30, 0.45, 8, 120), m('LIQUORLAND {n}', 'Liquorland', 'Groceries', 32, 0.45, 8, 120)];

export const CAFES = [
  m('SQ *HARBOUR ESPRESSO', 'Harbour Espresso', 'Dining', 5.5, 0.25, 4, 28, false),
  m('ZLR*BEAN THERE CAFE', 'Bean There Cafe', 'Dining', 5.5, 0.3, 4, 30, false),
  m('THE GRIND ESPRESSO BAR', 'The Grind Espresso Bar', 'Dining', 5, 0.25, 4, 26, false),
  m('GLORIA JEANS {n}', "Gloria Jean's", 'Dining', 6, 0.25, 4, 20),
  m('SQ *LITTLE BIRD CAFE', 'Little Bird Cafe', 'Dining', 6, 0.3, 4, 35, false),
  m('MUFFIN BREAK {n}', 'Muffin Break', 'Dining', 7, 0.35, 4, 25),
  m('CAFE LUCÉ', 'Cafe Lucé', 'Dining', 5.5, 0.3, 4, 30, false),
];

export const LUNCH = [
  m('SUSHI HUB {n}', 'Sushi Hub', 'Dining', 14, 0.3, 6, 35),
  m('GUZMAN Y GOMEZ {n}', 'Guzman y Gomez', 'Dining', 17, 0.25, 8, 40),
  m('SUBWAY {n}', 'Subway', 'Dining', 13, 0.25, 6, 30),
  m('ZAMBRERO {n}', 'Zambrero', 'Dining', 16, 0.25, 8, 35),
  m('GRILLD {n}', "Grill'd", 'Dining', 22, 0.25, 12, 55),
  m('NANDOS {n}', "Nando's", 'Dining', 20, 0.3, 10, 60),
  m('SQ *PHO 888', 'Pho 888', 'Dining', 17, 0.25, 10, 40, false),
  m('THAI EXPRESS {n}', 'Thai Express', 'Dining', 16, 0.25, 8, 35, false),
];

export const TAKEAWAY = [
  m('UBER *EATS', 'Uber Eats', 'Dining', 42, 0.4, 12, 140, true, 'SYDNEY'),
  m('MENULOG PTY LTD', 'Menulog', 'Dining', 40, 0.4, 12, 130, true, 'SYDNEY'),
  m('DOORDASH*', 'DoorDash', 'Dining', 38, 0.4, 12, 120, true, 'MELBOURNE'),
  m("DOMINO'S PIZZA {n}", "Domino's", 'Dining', 32, 0.35, 10, 90),
  m('MCDONALDS {n}', "McDonald's", 'Dining', 22, 0.45, 5, 70),
  m('KFC {n}', 'KFC', 'Dining', 28, 0.4, 6, 70),
  m('HUNGRY JACKS {n}', "Hungry Jack's", 'Dining', 24, 0.4, 6, 70),
  m('GOLDEN DRAGON TAKEAWAY', 'Golden Dragon Takeaway', 'Dining', 36, 0.35, 12, 90, false),
];

export const RESTAURANTS = [
  m('SQ *LITTLE SAIGON KITCHEN', 'Little Saigon Kitchen', 'Dining', 85, 0.45, 30, 320, false),
  m('ZLR*TRATTORIA BELLA', 'Trattoria Bella', 'Dining', 120, 0.45, 40, 420, false),
  m('THE ROYAL HOTEL', 'The Royal Hotel', 'Dining', 75, 0.5, 20, 300, false),
  m('LS SPICE ROUTE INDIAN', 'Spice Route Indian', 'Dining', 80, 0.4, 30, 260, false),
  m('BAVARIAN BIER CAFE', 'Bavarian', 'Dining', 110, 0.4, 40, 380),
  m('MALAYA NOODLE HOUSE', 'Malaya Noodle House', 'Dining', 70, 0.4, 25, 220, false),
  m('HOTEL STEYNE', 'Hotel Steyne', 'Dining', 65, 0.5, 20, 260, false),
];

export const FUEL = [
  m('BP {suburb}', 'BP', 'Transport', 78, 0.25, 25, 160),
  m('SHELL COLES EXPRESS {n}', 'Shell Coles Express', 'Transport', 80, 0.25, 25, 160),
  m('AMPOL {n}', 'Ampol', 'Transport', 76, 0.25, 25, 160),
  m('7-ELEVEN {n}', '7-Eleven', 'Transport', 70, 0.3, 20, 150),
  m('UNITED PETROLEUM', 'United Petroleum', 'Transport', 72, 0.25, 20, 150),
];

export const RIDES = [m('UBER *TRIP', 'Uber', 'Transport', 24, 0.45, 8, 90, true, 'SYDNEY'), m('DIDI MOBILITY', 'DiDi', 'Transport', 21, 0.45, 8, 80, true, 'SYDNEY'), m('13CABS', '13cabs', 'Transport', 35, 0.4, 12, 110, true, 'MELBOURNE')];

export const PARKING = [m('WILSON PARKING {n}', 'Wilson Parking', 'Transport', 18, 0.6, 4, 80), m('SECURE PARKING {n}', 'Secure Parking', 'Transport', 22, 0.6, 4, 80), m('CARE PARK', 'Care Park', 'Transport', 12, 0.5, 3, 50)];

export const MECHANICS = [m('ULTRA TUNE', 'Ultra Tune', 'Transport', 420, 0.4, 150, 1400), m('MYCAR TYRE & AUTO', 'mycar Tyre & Auto', 'Transport', 380, 0.4, 150, 1400), m('SMITHFIELD AUTO REPAIRS', 'Smithfield Auto Repairs', 'Transport', 450, 0.45, 150, 1600, false)];

export const SHOPS = [
  m('KMART {n}', 'Kmart', 'Shopping', 45, 0.6, 4, 300),
  m('TARGET {n}', 'Target', 'Shopping', 55, 0.6, 5, 300),
  m('BIG W {n}', 'Big W', 'Shopping', 50, 0.6, 5, 300),
  m('BUNNINGS {n}', 'Bunnings', 'Shopping', 55, 0.7, 4, 450),
  m('JB HI FI {n}', 'JB Hi-Fi', 'Shopping', 75, 0.75, 10, 600),
  m('OFFICEWORKS {n}', 'Officeworks', 'Shopping', 35, 0.6, 4, 250),
  m('AMAZON AU', 'Amazon', 'Shopping', 42, 0.7, 6, 350, true, 'SYDNEY SOUTH'),
  m('AMAZON MKTPLC AU', 'Amazon Marketplace', 'Shopping', 35, 0.7, 6, 250, true, 'SYDNEY'),
  m('MYER {n}', 'Myer', 'Shopping', 85, 0.6, 15, 450),
  m('UNIQLO {n}', 'Uniqlo', 'Shopping', 60, 0.5, 15, 250),
  m('REBEL SPORT {n}', 'Rebel', 'Shopping', 80, 0.55, 15, 350),
  m('SQ *HUNTER & CO HOMEWARES', 'Hunter & Co Homewares', 'Shopping', 48, 0.5, 10, 200, false),
];

export const GIFT_SHOPS = [
  m('MYER {n}', 'Myer', 'Shopping', 95, 0.6, 15, 450),
  m('DAVID JONES {n}', 'David Jones', 'Shopping', 110, 0.6, 15, 500),
  m('KMART {n}', 'Kmart', 'Shopping', 60, 0.6, 5, 300),
  m('JB HI FI {n}', 'JB Hi-Fi', 'Shopping', 110, 0.7, 10, 600),
  m('AMAZON AU', 'Amazon', 'Shopping', 55, 0.7, 6, 350, true, 'SYDNEY SOUTH'),
  m('DYMOCKS {n}', 'Dymocks', 'Shopping', 40, 0.5, 10, 150),
  m('SMIGGLE {n}', 'Smiggle', 'Shopping', 35, 0.5, 8, 120),
  m('TOYWORLD', 'Toyworld', 'Shopping', 60, 0.5, 10, 250, false),
];

export const BIG_TICKET = [
  m('HARVEY NORMAN {n}', 'Harvey Norman', 'Shopping', 1300, 0.5, 450, 4500),
  m('THE GOOD GUYS {n}', 'The Good Guys', 'Shopping', 1100, 0.5, 400, 4000),
  m('JB HI FI {n}', 'JB Hi-Fi', 'Shopping', 1200, 0.45, 400, 3500),
  m('IKEA {suburb}', 'IKEA', 'Shopping', 900, 0.5, 300, 3000),
  m('APPLE STORE R{n}', 'Apple', 'Shopping', 1600, 0.4, 500, 4000),
];

export const ENTERTAINMENT = [
  m('HOYTS {n}', 'Hoyts', 'Entertainment', 38, 0.4, 12, 110),
  m('EVENT CINEMAS {n}', 'Event Cinemas', 'Entertainment', 40, 0.4, 12, 110),
  m('VILLAGE CINEMAS', 'Village Cinemas', 'Entertainment', 36, 0.4, 12, 110),
  m('PALACE CINEMAS', 'Palace Cinemas', 'Entertainment', 42, 0.35, 15, 110),
  m('STEAMGAMES.COM 4259522985', 'Steam', 'Entertainment', 30, 0.6, 5, 120, true, 'BELLEVUE'),
  m('PLAYSTATION NETWORK', 'PlayStation Store', 'Entertainment', 35, 0.6, 5, 120, true, 'MELBOURNE'),
  m('TIMEZONE {n}', 'Timezone', 'Entertainment', 40, 0.45, 10, 120),
  m('STRIKE BOWLING', 'Strike Bowling', 'Entertainment', 60, 0.4, 20, 180),
];

export const TICKETS = [m('TICKETEK', 'Ticketek', 'Entertainment', 180, 0.5, 50, 700, true, 'SYDNEY'), m('TICKETMASTER AU', 'Ticketmaster', 'Entertainment', 200, 0.5, 50, 800, true, 'SYDNEY')];

export const CHEMISTS = [
  m('CHEMIST WAREHOUSE {n}', 'Chemist Warehouse', 'Health', 28, 0.55, 4, 140),
  m('PRICELINE PHARMACY {n}', 'Priceline', 'Health', 26, 0.55, 4, 120),
  m('TERRYWHITE CHEMMART', 'TerryWhite Chemmart', 'Health', 24, 0.55, 4, 120),
  m('BLOOMS THE CHEMIST', 'Blooms The Chemist', 'Health', 22, 0.55, 4, 120, false),
];

export const DOCTORS = [
  m('SQ *CITY MEDICAL CENTRE', 'City Medical Centre', 'Health', 85, 0.2, 40, 140, false),
  m('HEALTHSHARE FAMILY PRACTICE', 'Family Practice', 'Health', 80, 0.2, 40, 140, false),
  m('TYRO*PARKSIDE GP', 'Parkside GP', 'Health', 90, 0.2, 40, 140, false),
];

export const DENTISTS = [m('PACIFIC SMILES DENTAL', 'Pacific Smiles', 'Health', 260, 0.4, 90, 900), m('BUPA DENTAL {n}', 'Bupa Dental', 'Health', 240, 0.4, 90, 900), m('SMILE SPACE DENTAL', 'Smile Space Dental', 'Health', 280, 0.4, 90, 900, false)];

export const PHYSIO = [m('ACTIVE BODY PHYSIO', 'Active Body Physio', 'Health', 95, 0.2, 60, 160, false)];

/** recurring card subscriptions: [raw, clean, monthly dollars, city] */
export const STREAMING: ReadonlyArray<readonly [string, string, number, string]> = [
  ['NETFLIX.COM', 'Netflix', 18.99, 'MELBOURNE'],
  ['SPOTIFY P2A91F3', 'Spotify', 13.99, 'SYDNEY'],
  ['STAN.COM.AU', 'Stan', 17, 'SYDNEY'],
  ['DISNEY PLUS', 'Disney+', 13.99, 'NORTH SYDNEY'],
  ['BINGE', 'Binge', 18, 'SYDNEY'],
  ['KAYO SPORTS', 'Kayo', 25, 'SYDNEY'],
  ['APPLE.COM/BILL', 'Apple', 4.49, 'SYDNEY'],
  ['GOOGLE YOUTUBEPREMIUM', 'YouTube Premium', 16.99, 'SYDNEY'],
  ['AMAZON PRIME AU', 'Amazon Prime', 9.99, 'SYDNEY'],
];

export const GYMS: ReadonlyArray<readonly [string, string, number]> = [
  ['ANYTIME FITNESS', 'Anytime Fitness', 31.95],
  ['FITNESS FIRST', 'Fitness First', 34.95],
  ['SNAP FITNESS', 'Snap Fitness', 27.95],
  ['PLUS FITNESS', 'Plus Fitness', 25.9],
  ['F45 TRAINING', 'F45', 65],
];

export const PHONE: ReadonlyArray<readonly [string, string, number]> = [
  ['TELSTRA CORP LTD', 'Telstra', 75],
  ['OPTUS BILLING SERVICES', 'Optus', 62],
  ['VODAFONE AUSTRALIA', 'Vodafone', 55],
  ['BELONG MOBILE', 'Belong', 35],
  ['AMAYSIM MOBILE', 'amaysim', 30],
];

export const INTERNET: ReadonlyArray<readonly [string, string, number]> = [
  ['AUSSIE BROADBAND', 'Aussie Broadband', 89],
  ['TPG INTERNET PTY LTD', 'TPG', 79.99],
  ['IINET LIMITED', 'iiNet', 84.99],
  ['SUPERLOOP', 'Superloop', 85],
  ['TELSTRA BROADBAND', 'Telstra', 95],
];

export const HEALTH_FUNDS: ReadonlyArray<readonly [string, string]> = [
  ['MEDIBANK PRIVATE', 'Medibank'],
  ['BUPA AUSTRALIA', 'Bupa'],
  ['HCF HEALTH FUND', 'HCF'],
  ['NIB HEALTH FUNDS', 'nib'],
];

export const CAR_INSURERS = ['AAMI', 'BUDGET DIRECT', 'YOUI PTY LTD', 'ALLIANZ AUSTRALIA', 'GIO INSURANCE'];

export const RENT_BILLERS = ['DEFT PAYMENTS RAY WHITE', 'RENTAL REWARDS LJ HOOKER', 'AILO PTY LTD', 'DEFT PAYMENTS BELLE PROPERTY', 'RENTPAY MCGRATH'];
export const LENDERS = ['ING HOME LOAN', 'ATHENA HOME LOANS', 'UBANK HOME LOAN', 'MACQUARIE BANK LOAN', 'WESTPAC HOME LOAN', 'ANZ HOME LOAN'];

export const EMPLOYERS = [
  'ACME PTY LTD',
  'NORTHWIND LOGISTICS PTY LTD',
  'BLUEGUM HEALTH SERVICES',
  'NSW HEALTH',
  'DEPT OF EDUCATION',
  'TELSTRA LIMITED',
  'WOOLWORTHS GROUP LTD',
  'SOUTHERN CROSS CARE',
  'KPMG AUSTRALIA',
  'ATLASSIAN PTY LTD',
  'CITY OF PARRAMATTA COUNCIL',
  'RAMSAY HEALTH CARE',
  'LENDLEASE SERVICES',
  'CSL BEHRING',
  'SUNRISE ELECTRICAL PTY LTD',
  'KANGAROO CONSTRUCTIONS',
  'UNIVERSITY OF QUEENSLAND',
  'BRIGHTSTAR CHILDCARE',
];
/** what the employer writes in the pay reference */
export const PAY_REFS = ['SALARY', 'PAYROLL', 'WAGES', 'PAY', 'SAL'];

export const FIRST_INITIALS = 'ABCDEGHJKLMNPRST'.split('');
export const SURNAMES = ['SMITH', 'NGUYEN', 'PATEL', 'WILLIAMS', 'CHEN', 'JONES', 'BROWN', 'WILSON', 'TAYLOR', 'MARTIN', 'ZHANG', 'SINGH', 'ANDERSON', 'THOMAS', 'KELLY', 'WHITE', 'HARRIS', 'LEE', 'KING', 'MURPHY', 'ROSSI', 'PAPADOPOULOS', "O'BRIEN", 'TRAN', 'WANG', 'KOWALSKI'];
export const FRIEND_MEMOS = ['dinner', 'drinks', 'bills', 'uber', 'gift', 'tickets', 'footy', 'rent share', 'bbq', 'brunch', 'coffee', 'thanks', ''];

export const HOLIDAY_DOMESTIC = [
  { city: 'SURFERS PARADISE', state: 'QLD' },
  { city: 'NOOSA HEADS', state: 'QLD' },
  { city: 'BYRON BAY', state: 'NSW' },
  { city: 'HOBART', state: 'TAS' },
  { city: 'CAIRNS', state: 'QLD' },
  { city: 'MARGARET RIVER', state: 'WA' },
  { city: 'PORT DOUGLAS', state: 'QLD' },
  { city: 'LAUNCESTON', state: 'TAS' },
] as const;

export const HOLIDAY_OVERSEAS = [
  { city: 'DENPASAR', country: 'IDN', currency: 'IDR', perAud: 10400 },
  { city: 'NADI', country: 'FJI', currency: 'FJD', perAud: 1.48 },
  { city: 'QUEENSTOWN', country: 'NZL', currency: 'NZD', perAud: 1.09 },
  { city: 'HONOLULU', country: 'USA', currency: 'USD', perAud: 0.66 },
  { city: 'TOKYO', country: 'JPN', currency: 'JPY', perAud: 98 },
] as const;

export const AIRLINES = [m('QANTAS AIRWAYS', 'Qantas', 'Travel', 900, 0.5, 150, 6000, true, 'MASCOT'), m('VIRGIN AUSTRALIA', 'Virgin Australia', 'Travel', 750, 0.5, 150, 5000, true, 'BOWEN HILLS'), m('JETSTAR', 'Jetstar', 'Travel', 550, 0.5, 100, 4000, true, 'MELBOURNE')];
export const LODGING = [m('BOOKING.COM HOTEL', 'Booking.com', 'Travel', 900, 0.5, 150, 5000, true, 'AMSTERDAM'), m('AIRBNB * HMQ8XZ', 'Airbnb', 'Travel', 1100, 0.5, 150, 5000, true, 'SYDNEY'), m('NOVOTEL', 'Novotel', 'Travel', 850, 0.5, 150, 4000)];
export const HOLIDAY_DINING = [
  m('BEACHSIDE FISH & CHIPS', 'Beachside Fish & Chips', 'Dining', 45, 0.4, 15, 150, false),
  m('SQ *SUNSET BAR & GRILL', 'Sunset Bar & Grill', 'Dining', 110, 0.45, 30, 350, false),
  m('THE SURF CLUB BISTRO', 'Surf Club Bistro', 'Dining', 80, 0.4, 25, 250, false),
  m('ZLR*HARBOURSIDE CAFE', 'Harbourside Cafe', 'Dining', 35, 0.4, 10, 120, false),
];

/** unknown companies for fraudulent direct debits */
export const FRAUD_BILLERS = ['ZENTRIX MEDIA', 'HELIOS MEMBERSHIP SVCS', 'NOVAPAY SUBS', 'CLICKVAULT LTD', 'QUANTA DIGITAL PTY', 'VIDSTREAM PRO', 'OPTIMA REWARDS CLUB', 'PRIMELIFE SAVINGS CLUB'];

/**
 * Parts for unfamiliar card merchants in a skimming burst: each burst makes
 * up new names (real skimmers do not reuse the merchants of an attack two
 * years earlier). Some are foreign.
 */
export const SKIM_PREFIXES = ['SP * ', 'ZLR*', 'PAYPAL *', 'WWW.', 'TOPUP*', 'SQ *', 'ONLINEPAY*', ''];
export const SKIM_WORDS = ['KITCHENLUX', 'QUICKMART', 'DIGIVAULT', 'GADGETHAUS', 'MOBICREDIT', 'NIGHTOWL', 'LUXDEALS', 'TRENDHUB', 'GIFTZONE', 'VAPEKING', 'PHONEFIX', 'BEAUTYBOX', 'GAMECOINS', 'SHOPNOVA', 'FASTTOPUP', 'MEGADEAL'];
export const SKIM_CITIES: ReadonlyArray<{ city: string; state: string; foreign?: { country: string; currency: string; perAud: number } }> = [
  { city: 'SYDNEY', state: 'NSW' },
  { city: 'MELBOURNE', state: 'VIC' },
  { city: 'BRISBANE', state: 'QLD' },
  { city: 'PERTH', state: 'WA' },
  { city: 'LONDON', state: 'GBR', foreign: { country: 'GBR', currency: 'GBP', perAud: 0.52 } },
  { city: 'NEW YORK', state: 'USA', foreign: { country: 'USA', currency: 'USD', perAud: 0.66 } },
  { city: 'SINGAPORE', state: 'SGP', foreign: { country: 'SGP', currency: 'SGD', perAud: 0.88 } },
];

export const SCAM_PAYEES = ['GLOBAL TRADE SETTLEMENTS', 'M A KOVAC', 'PRIME ASSET PARTNERS', 'R OKAFOR', 'COINVEST AU', 'J WESTBROOK HOLDINGS', 'T NAKAMURA'];
export const SCAM_MEMOS = ['invoice 4471', 'investment', 'deposit', 'release fee', 'urgent', 'settlement', 'ATO debt'];

export const CHARITIES = ['WORLD VISION AUST', 'UNICEF AUSTRALIA', 'RSPCA NSW', 'MSF AUSTRALIA', 'OXFAM AUSTRALIA'];
export const CHILDCARE = ['GOODSTART EARLY LEARNING', 'G8 EDUCATION', 'CARE FOR KIDS ELC'];
export const SCHOOLS = ['ST MARYS COLLEGE', 'TRINITY GRAMMAR', 'MT CARMEL CATHOLIC COLLEGE', 'KINGS CHRISTIAN COLLEGE'];
export const TRADIES = ['ACE PLUMBING', 'M ROSSI ELECTRICAL', 'HANDY ANDY SERVICES', 'GREENCUT LAWNS'];
