/**
 * The five cities the generator knows, with suburbs, state codes and the
 * city-specific billers (transport cards, water, motoring clubs, licensing).
 */
import type { CityName, StateCode } from './types';

export interface CityInfo {
  name: CityName;
  state: StateCode;
  /** CommBank's truncated two-letter state in card narratives (`NS`, `VI`, …) */
  cbaState: string;
  /** upper-case suburbs; the first is the CBD */
  suburbs: readonly string[];
  transportCard: { name: string; raw: string; fare: [number, number]; topUp: readonly number[] };
  /** Linkt toll roads in this city */
  tolls: boolean;
  water: { name: string; raw: string };
  /** motoring club: roadside assistance, car and home insurance */
  club: { name: string; raw: string };
  rego: { name: string; raw: string; cents: [number, number] };
  pathology: string;
  /** gas connection is common (Melbourne, Adelaide) */
  gasShare: number;
}

export const CITIES: readonly CityInfo[] = [
  {
    name: 'Sydney',
    state: 'NSW',
    cbaState: 'NS',
    suburbs: [
      'SYDNEY', 'SURRY HILLS', 'NEWTOWN', 'PARRAMATTA', 'CHATSWOOD', 'BONDI JUNCTION', 'MARRICKVILLE', 'RYDE',
      'PENRITH', 'BLACKTOWN', 'LIVERPOOL', 'HORNSBY', 'MANLY', 'CRONULLA', 'STRATHFIELD', 'BURWOOD', 'RANDWICK',
      'CASTLE HILL', 'DEE WHY', 'LEICHHARDT', 'ALEXANDRIA', 'ERSKINEVILLE', 'MIRANDA', 'EPPING', 'KOGARAH',
      'HURSTVILLE', 'ROUSE HILL', 'NORTH SYDNEY', 'CROWS NEST', 'BALMAIN',
    ],
    transportCard: { name: 'Opal', raw: 'TRANSPORTFORNSW OPAL', fare: [320, 521], topUp: [2000, 4000, 5000] },
    tolls: true,
    water: { name: 'Sydney Water', raw: 'SYDNEY WATER' },
    club: { name: 'NRMA', raw: 'NRMA' },
    rego: { name: 'Service NSW', raw: 'SERVICE NSW', cents: [38000, 95000] },
    pathology: 'LAVERTY PATHOLOGY',
    gasShare: 0.45,
  },
  {
    name: 'Melbourne',
    state: 'VIC',
    cbaState: 'VI',
    suburbs: [
      'MELBOURNE', 'FITZROY', 'RICHMOND', 'ST KILDA', 'BRUNSWICK', 'CARLTON', 'FOOTSCRAY', 'BOX HILL', 'DANDENONG',
      'FRANKSTON', 'HAWTHORN', 'PRAHRAN', 'COBURG', 'GLEN WAVERLEY', 'WERRIBEE', 'ESSENDON', 'NORTHCOTE',
      'CAMBERWELL', 'SOUTH YARRA', 'PRESTON', 'DONCASTER', 'CHADSTONE', 'CROYDON', 'RINGWOOD', 'SUNSHINE',
      'BENTLEIGH', 'ELTHAM', 'POINT COOK', 'COLLINGWOOD', 'MOONEE PONDS',
    ],
    transportCard: { name: 'Myki', raw: 'PTV MYKI', fare: [290, 580], topUp: [2000, 3000, 5000] },
    tolls: true,
    water: { name: 'Yarra Valley Water', raw: 'YARRA VALLEY WATER' },
    club: { name: 'RACV', raw: 'RACV' },
    rego: { name: 'VicRoads', raw: 'VICROADS', cents: [85000, 98000] },
    pathology: 'MELBOURNE PATHOLOGY',
    gasShare: 0.85,
  },
  {
    name: 'Brisbane',
    state: 'QLD',
    cbaState: 'QL',
    suburbs: [
      'BRISBANE CITY', 'FORTITUDE VALLEY', 'SOUTH BRISBANE', 'WEST END', 'TOOWONG', 'INDOOROOPILLY', 'CHERMSIDE',
      'CARINDALE', 'SUNNYBANK', 'PADDINGTON', 'NEW FARM', 'BULIMBA', 'SPRINGWOOD', 'LOGAN CENTRAL', 'REDCLIFFE',
      'KEDRON', 'ASPLEY', 'MT GRAVATT', 'NORTH LAKES', 'WYNNUM', 'ALBION', 'WOOLLOONGABBA', 'KANGAROO POINT',
      'STAFFORD', 'KENMORE', 'CAPALABA', 'ASHGROVE', 'NUNDAH',
    ],
    transportCard: { name: 'go card', raw: 'TRANSLINK GO CARD', fare: [50, 50], topUp: [2000, 3000, 5000] },
    tolls: true,
    water: { name: 'Urban Utilities', raw: 'URBAN UTILITIES' },
    club: { name: 'RACQ', raw: 'RACQ' },
    rego: { name: 'TMR Queensland', raw: 'TMR QLD REGISTRATION', cents: [82000, 95000] },
    pathology: 'QML PATHOLOGY',
    gasShare: 0.15,
  },
  {
    name: 'Perth',
    state: 'WA',
    cbaState: 'WA',
    suburbs: [
      'PERTH', 'FREMANTLE', 'SUBIACO', 'JOONDALUP', 'SCARBOROUGH', 'CANNINGTON', 'MORLEY', 'MIDLAND', 'ROCKINGHAM',
      'MANDURAH', 'LEEDERVILLE', 'VICTORIA PARK', 'COTTESLOE', 'CLAREMONT', 'ARMADALE', 'BALDIVIS', 'ELLENBROOK',
      'MOUNT LAWLEY', 'INNALOO', 'BOORAGOON', 'WANNEROO', 'BELMONT', 'NORTHBRIDGE', 'SOUTH PERTH',
    ],
    transportCard: { name: 'SmartRider', raw: 'TRANSPERTH SMARTRIDER', fare: [240, 500], topUp: [1000, 2000, 5000] },
    tolls: false,
    water: { name: 'Water Corporation', raw: 'WATER CORPORATION' },
    club: { name: 'RAC WA', raw: 'RAC WA' },
    rego: { name: 'Department of Transport WA', raw: 'DOT WA LICENSING', cents: [78000, 90000] },
    pathology: 'CLINIPATH PATHOLOGY',
    gasShare: 0.6,
  },
  {
    name: 'Adelaide',
    state: 'SA',
    cbaState: 'SA',
    suburbs: [
      'ADELAIDE', 'GLENELG', 'NORWOOD', 'UNLEY', 'PROSPECT', 'MARION', 'MAWSON LAKES', 'SALISBURY', 'MODBURY',
      'PORT ADELAIDE', 'BURNSIDE', 'HENLEY BEACH', 'ELIZABETH', 'MITCHAM', 'TEA TREE GULLY', 'GOLDEN GROVE',
      'BRIGHTON', 'NORTH ADELAIDE', 'KENT TOWN', 'STIRLING', 'MORPHETT VALE', 'WEST LAKES',
    ],
    transportCard: { name: 'metroCARD', raw: 'ADELAIDE METRO', fare: [215, 430], topUp: [1000, 2000, 3000] },
    tolls: false,
    water: { name: 'SA Water', raw: 'SA WATER' },
    club: { name: 'RAA', raw: 'RAA' },
    rego: { name: 'Service SA', raw: 'SERVICE SA', cents: [72000, 88000] },
    pathology: 'SA PATHOLOGY',
    gasShare: 0.7,
  },
];

export function cityInfo(name: CityName): CityInfo {
  const c = CITIES.find((x) => x.name === name);
  if (!c) throw new Error(`unknown city ${name}`);
  return c;
}

/** CommBank's two-letter state (`NS`) for a state code. */
export function cbaStateOf(state: StateCode): string {
  return state === 'NSW' ? 'NS' : state === 'VIC' ? 'VI' : state === 'QLD' ? 'QL' : state;
}

/** Places the household travels to on holiday. `rate` is foreign units per AUD. */
export interface Destination {
  city: string;
  country: string;
  currency: string;
  rate: number;
  region?: string;
  international: boolean;
  /** state code for domestic trips */
  state?: StateCode;
}

export const DESTINATIONS: readonly Destination[] = [
  { city: 'DENPASAR', country: 'IDN', currency: 'IDR', rate: 10400, international: true },
  { city: 'UBUD', country: 'IDN', currency: 'IDR', rate: 10400, international: true },
  { city: 'NADI', country: 'FJI', currency: 'FJD', rate: 1.48, international: true },
  { city: 'AUCKLAND', country: 'NZL', currency: 'NZD', rate: 1.09, international: true },
  { city: 'QUEENSTOWN', country: 'NZL', currency: 'NZD', rate: 1.09, international: true },
  { city: 'TOKYO', country: 'JPN', currency: 'JPY', rate: 97, international: true },
  { city: 'OSAKA', country: 'JPN', currency: 'JPY', rate: 97, international: true },
  { city: 'BANGKOK', country: 'THA', currency: 'THB', rate: 23.5, international: true },
  { city: 'PHUKET', country: 'THA', currency: 'THB', rate: 23.5, international: true },
  { city: 'SINGAPORE', country: 'SGP', currency: 'SGD', rate: 0.88, international: true },
  { city: 'HONOLULU', country: 'USA', currency: 'USD', rate: 0.65, region: 'HI', international: true },
  { city: 'LOS ANGELES', country: 'USA', currency: 'USD', rate: 0.65, region: 'CA', international: true },
  { city: 'LONDON', country: 'GBR', currency: 'GBP', rate: 0.51, international: true },
  { city: 'PARIS', country: 'FRA', currency: 'EUR', rate: 0.6, international: true },
  { city: 'HANOI', country: 'VNM', currency: 'VND', rate: 16500, international: true },
  { city: 'GOLD COAST', country: 'AUS', currency: 'AUD', rate: 1, international: false, state: 'QLD' },
  { city: 'BYRON BAY', country: 'AUS', currency: 'AUD', rate: 1, international: false, state: 'NSW' },
  { city: 'HOBART', country: 'AUS', currency: 'AUD', rate: 1, international: false, state: 'VIC' },
  { city: 'CAIRNS', country: 'AUS', currency: 'AUD', rate: 1, international: false, state: 'QLD' },
  { city: 'NOOSA HEADS', country: 'AUS', currency: 'AUD', rate: 1, international: false, state: 'QLD' },
  { city: 'MARGARET RIVER', country: 'AUS', currency: 'AUD', rate: 1, international: false, state: 'WA' },
  { city: 'PORT DOUGLAS', country: 'AUS', currency: 'AUD', rate: 1, international: false, state: 'QLD' },
  { city: 'LORNE', country: 'AUS', currency: 'AUD', rate: 1, international: false, state: 'VIC' },
  { city: 'JERVIS BAY', country: 'AUS', currency: 'AUD', rate: 1, international: false, state: 'NSW' },
  { city: 'VICTOR HARBOR', country: 'AUS', currency: 'AUD', rate: 1, international: false, state: 'SA' },
];

/** Cities foreign online merchants bill from. */
export const FOREIGN_ONLINE_PLACES: readonly { city: string; country: string; currency: string; rate: number; region?: string }[] = [
  { city: 'SAN FRANCISCO', country: 'USA', currency: 'USD', rate: 0.65, region: 'CA' },
  { city: 'NEW YORK', country: 'USA', currency: 'USD', rate: 0.65, region: 'NY' },
  { city: 'LOS ANGELES', country: 'USA', currency: 'USD', rate: 0.65, region: 'CA' },
  { city: 'WILMINGTON', country: 'USA', currency: 'USD', rate: 0.65, region: 'DE' },
  { city: 'LONDON', country: 'GBR', currency: 'GBP', rate: 0.51 },
  { city: 'DUBLIN', country: 'IRL', currency: 'EUR', rate: 0.6 },
  { city: 'AMSTERDAM', country: 'NLD', currency: 'EUR', rate: 0.6 },
  { city: 'HONG KONG', country: 'HKG', currency: 'HKD', rate: 5.1 },
  { city: 'SHENZHEN', country: 'CHN', currency: 'USD', rate: 0.65 },
  { city: 'SINGAPORE', country: 'SGP', currency: 'SGD', rate: 0.88 },
  { city: 'TALLINN', country: 'EST', currency: 'EUR', rate: 0.6 },
  { city: 'VILNIUS', country: 'LTU', currency: 'EUR', rate: 0.6 },
];
