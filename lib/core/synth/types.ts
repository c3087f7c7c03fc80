/**
 * Public shapes of the synthetic household generator. Money is integer
 * cents (negative = money out), as everywhere in the core.
 */
import type { BankFormat, CategorizedTransaction, Category } from '../types';

/** Australian state codes used by the five cities the generator knows. */
export type StateCode = 'NSW' | 'VIC' | 'QLD' | 'WA' | 'SA';

export type CityName = 'Sydney' | 'Melbourne' | 'Brisbane' | 'Perth' | 'Adelaide';

/**
 * How a row reached the account: decides the narrative each bank writes and
 * the bank's own transaction type. One value per row.
 */
export type Channel =
  /** card purchase, in store or online (`foreign` set when charged in another currency) */
  | 'card'
  /** card refund */
  | 'refund'
  /** direct debit pulled by a biller (APCA user id in `biller`) */
  | 'direct-debit'
  /** BPAY bill payment (biller code in `biller`, customer reference in `ref`) */
  | 'bpay'
  /** salary / wages credit */
  | 'salary'
  /** other direct credit: government, tax refund, Medicare, health fund claims */
  | 'credit'
  /** to one of the household's own accounts */
  | 'transfer-out'
  /** from one of the household's own accounts */
  | 'transfer-in'
  /** pay anyone / Osko to another person or business by account */
  | 'pay-out'
  /** received from another person */
  | 'pay-in'
  /** ATM cash withdrawal */
  | 'atm'
  /** bank fee (`raw` is a FeeKind) */
  | 'fee';

export type FeeKind = 'foreign' | 'account' | 'atm';

/**
 * Everything a bank needs to write a row's narrative, independent of the
 * bank: `narratives.ts` renders it for any BankFormat, so one household can
 * be exported in every bank's layout.
 */
export interface NarrativeSpec {
  channel: Channel;
  /** upper-case merchant / payer / payee text as banks print it (`WOOLWORTHS 1234`, `D BROWN`); a FeeKind for fees; the own account's name for transfers */
  raw: string;
  /** upper-case suburb or city where the card was used */
  suburb?: string;
  state?: StateCode;
  /** ISO purchase date when it differs from the posting date (CommBank "Value Date", NAB `dd/mm`) */
  valueDate?: string;
  /** last four digits of the card */
  card?: string;
  /** tapped with a phone wallet (CommBank "Tap and Pay") */
  wallet?: boolean;
  online?: boolean;
  /** direct-debit user id / BPAY biller code / direct-credit originator id: constant per biller */
  biller?: string;
  /** customer reference (constant per biller) or payment reference */
  ref?: string;
  /** free-text memo of a person-to-person payment */
  memo?: string;
  /** the household's other account number (transfers) */
  account?: string;
  /** foreign-currency card use */
  foreign?: { currency: string; amount: string; city: string; country: string; region?: string };
  /** per-row random 32-bit number: receipt numbers, times of day */
  n: number;
}

export type SynthTransaction = CategorizedTransaction & {
  /** stable id within one generated household (`<household id>-<row>`) */
  synthId: string;
  /** how the row's narrative was built; writers use it to re-render for other banks */
  narrative?: NarrativeSpec;
};

/** Kinds of labelled anomalies. */
export type AnomalyKind =
  | 'fraud-direct-debit'
  | 'category-spike'
  | 'sustained-elevation'
  | 'card-skimming'
  | 'scam-transfer'
  | 'missing-salary'
  | 'duplicate-charges';

export const ANOMALY_KINDS: readonly AnomalyKind[] = [
  'fraud-direct-debit',
  'category-spike',
  'sustained-elevation',
  'card-skimming',
  'scam-transfer',
  'missing-salary',
  'duplicate-charges',
];

export interface MonthLabel {
  /** `YYYY-MM` */
  month: string;
  anomalous: boolean;
  kind?: AnomalyKind;
  /** categories the anomaly's rows were put in (empty for normal months) */
  categories: Category[];
  /** what happened: the anomaly, or the month's notable normal events */
  note?: string;
}

export type PayFrequency = 'weekly' | 'fortnightly' | 'monthly';

export interface Earner {
  /** `Dana Brown` */
  name: string;
  /** clean employer name (`NSW Health`) */
  employer: string;
  /** employer as the payroll credit prints it (`NSW HEALTH`) */
  employerRaw: string;
  frequency: PayFrequency;
  /** net pay per pay, cents (positive) */
  netPayCents: number;
  /** ISO date of one payday: weekly / fortnightly pays fall 7 / 14 days apart from it */
  payAnchor: string;
  /** monthly pay: day of month (1..28), or 31 for the last business day */
  payDayOfMonth: number;
  /** last four digits of this earner's card */
  card: string;
  workSuburb: string;
  /** how they get to work */
  commute: 'car' | 'transit' | 'wfh';
  /** days a week in the workplace (0..5) */
  officeDays: number;
  /** moved to savings on each payday, cents */
  savePerPayCents: number;
  /** yearly bonus: calendar month 1..12 and net cents */
  bonus?: { month: number; cents: number };
}

export type Housing =
  | {
      kind: 'rent';
      frequency: 'weekly' | 'fortnightly' | 'monthly';
      /** per payment, cents */
      amountCents: number;
      /** agent as printed (`RAY WHITE SURRY HILLS`) */
      agentRaw: string;
      agent: string;
      channel: 'bpay' | 'direct-debit' | 'pay-out';
      /** ISO date of one rent day */
      anchor: string;
      /** calendar month 1..12 of the yearly lease renewal */
      leaseMonth: number;
    }
  | {
      kind: 'mortgage';
      lender: string;
      lenderRaw: string;
      /** monthly repayment, cents */
      amountCents: number;
      dayOfMonth: number;
      /** quarterly council rates, cents */
      councilCents: number;
      council: string;
      /** quarterly strata levy (apartments), cents, 0 for houses */
      strataCents: number;
      /** quarterly water bill base, cents */
      waterCents: number;
    };

export interface Subscription {
  name: string;
  raw: string;
  /** cents per charge */
  cents: number;
  frequency: 'monthly' | 'annual' | 'fortnightly';
  /** day of month for monthly, calendar month for annual (day = `day`) */
  day: number;
  month?: number;
  category: Category;
  channel: 'card' | 'direct-debit';
  /** charged in a foreign currency (e.g. USD) */
  currency?: string;
  foreignAmount?: number;
}

export interface QuarterlyBill {
  name: string;
  raw: string;
  /** typical bill, cents */
  baseCents: number;
  /** 0, 1 or 2: which month of each quarter the bill lands in (0 = Jan/Apr/Jul/Oct) */
  phase: number;
  /** paid monthly (smoothed) instead of quarterly */
  monthly: boolean;
  channel: 'bpay' | 'direct-debit';
  /** how strongly the bill follows the season (0 none .. 1 strong) */
  seasonal: number;
  /** 'summer' | 'winter' peak */
  peak: 'summer' | 'winter' | 'both';
}

export type LifestyleChange =
  | { month: string; kind: 'rent-increase'; pct: number }
  /** moved house: the rent becomes `rentFactor` times what it was, paid to a new agent */
  | { month: string; kind: 'move'; suburb: string; rentFactor: number; agent: string; agentRaw: string }
  | { month: string; kind: 'new-gym'; sub: Subscription }
  | { month: string; kind: 'new-subscription'; sub: Subscription }
  | { month: string; kind: 'cancel-subscription'; name: string }
  | { month: string; kind: 'pay-rise'; earner: number; pct: number }
  | { month: string; kind: 'new-job'; earner: number; employer: string; employerRaw: string; netPayCents: number; workSuburb: string }
  | { month: string; kind: 'mortgage-rate'; pct: number }
  | { month: string; kind: 'grocery-switch'; store: string; factor: number }
  | { month: string; kind: 'coffee-habit'; perWorkday: number };

export interface HouseholdProfile {
  /** `hh-<seed in base 36>` */
  id: string;
  /** seeds every derived choice (local merchants, references) */
  seed: number;
  bank: Exclude<BankFormat, 'generic'>;
  city: CityName;
  state: StateCode;
  /** home suburb at the start */
  suburb: string;
  /** `Dana Brown` and partner */
  adults: string[];
  /** last four digits of each adult's card (same order as `adults`) */
  cards: string[];
  /** share of in-store card payments tapped with a phone wallet */
  walletShare: number;
  earners: Earner[];
  housing: Housing;
  /** ages at the start; school / childcare follow from age */
  kids: number[];
  school: { kind: 'public' | 'catholic' | 'private'; name: string; termFeeCents: number } | null;
  childcare: { name: string; weeklyCents: number } | null;
  car: {
    regoMonth: number;
    regoCents: number;
    insurer: string;
    insurerRaw: string;
    insuranceMonth: number;
    insuranceCents: number;
    /** litres-ish: typical fill, cents */
    fillCents: number;
    /** days between fills */
    fillEvery: number;
    tolls: boolean;
    roadsideMonth: number;
  } | null;
  subscriptions: Subscription[];
  electricity: QuarterlyBill;
  gas: QuarterlyBill | null;
  /** mobiles and internet, monthly */
  telco: Subscription[];
  health: { fund: string; fundRaw: string; monthlyCents: number } | null;
  homeInsurance: { insurer: string; insurerRaw: string; month: number; cents: number };
  /** overall discretionary spending multiplier (~0.6 .. 1.8) */
  spendLevel: number;
  habits: {
    coffeePerWorkday: number;
    coffeePriceCents: number;
    lunchPerWorkday: number;
    takeawayPerMonth: number;
    restaurantsPerMonth: number;
    pubPerMonth: number;
    groceryWeeklyCents: number;
    /** 0 = Sunday … 6 = Saturday */
    groceryDay: number;
    groceryStore: string;
    topupsPerMonth: number;
    shoppingPerMonth: number;
    entertainmentPerMonth: number;
    atmPerMonth: number;
    rideSharePerMonth: number;
    /** 0..1: how much they buy online */
    online: number;
    cleaner: { name: string; cents: number } | null;
    familySupport: { name: string; cents: number; day: number } | null;
    charity: { name: string; raw: string; cents: number } | null;
  };
  holiday: {
    season: 'dec-jan' | 'easter' | 'july' | 'sep-oct' | 'may' | 'nov';
    /** probability a given year's trip is overseas */
    international: number;
    /** typical trip total, cents */
    budgetCents: number;
    nights: number;
  };
  /** calendar months of household birthdays */
  birthdays: number[];
  friends: string[];
  changes: LifestyleChange[];
  accounts: {
    bsb: string;
    number: string;
    /** own savings account */
    savingsName: string;
    savingsNumber: string;
    openingBalanceCents: number;
  };
  /** bank fee on foreign-currency card use, in basis points (0 for Up, ING, Macquarie) */
  foreignFeeBps: number;
  /** monthly account-keeping fee, cents (0 for most) */
  accountFeeCents: number;
}

export interface GenerateOptions {
  seed: number;
  /** `YYYY-MM` */
  startMonth: string;
  months: number;
  profile?: HouseholdProfile;
  /** share of months with a labelled anomaly (default 0.12); none in the first `anomalyFromMonth` months */
  anomalyRate?: number;
  /** months of history before the first labelled anomaly (default 12; at least 1) */
  anomalyFromMonth?: number;
}

export interface GeneratedHousehold {
  transactions: SynthTransaction[];
  labels: MonthLabel[];
  profile: HouseholdProfile;
}
