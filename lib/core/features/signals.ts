/**
 * Per-month feature vectors for anomaly scoring, from one user's
 * categorized history.
 *
 * **Only the past.** Month t's features are computed from rows dated in
 * months ≤ t and from state (first-seen payees, income cadence, history of
 * each signal) accumulated over months < t. Nothing from a later month can
 * change them: appending or editing later months leaves earlier vectors
 * bit-identical (pinned by a test).
 *
 * **Oriented evidence.** Every feature is >= 0, 0 meaning "nothing unusual
 * in this respect", and grows with how far the month is from the user's own
 * normal. Spending less than usual is not evidence (except income, where
 * *less* is the unusual direction). Scales are per user: each signal is
 * compared with the user's own history of that signal, so the values are
 * unit-free and comparable across users and categories.
 *
 * The feature list is {@link FEATURE_NAMES}; what each one means is in
 * {@link FEATURE_DOCS}.
 */
import type { CategorizedTransaction, Category } from '../types';
import { emptyMonths, SPEND_CATEGORIES, spendIndex, type Aggregation, type MonthAggregate } from './aggregate';
import { dayNumber, daysInMonth, isoOfDay, monthNumber, monthStartDay } from './calendar';
import { channelOf, foreignCurrency, payeeKey, type Channel } from './channel';
import { MAD_TO_SIGMA, Z90, quantileSorted, sorted } from './stats';
import { FIRST_YEAR_MIN_RATIO, SEASON_MONTHS } from '../history';

/*
 * Imported bindings read in the hot paths are copied once into module
 * constants (or into locals of readRows): under tsx's CommonJS output (the
 * bench, the CLI) every read of an imported binding is a call to a getter of
 * the exporting module, which the profile showed in readRows, catOf and
 * robustRefSorted (~0.15 ms per computeFeatures call).
 */
const SPEND_CATS: readonly Category[] = SPEND_CATEGORIES;
const MAD_SIGMA = MAD_TO_SIGMA;
const Z_90 = Z90;

export const FEATURE_NAMES = [
  'steadyCategorySpike',
  'lumpyCategorySpike',
  'totalSpend',
  'sustainedElevation',
  'vsPrev3Months',
  'monthOverMonth',
  'vsYearToDate',
  'newMerchantSpend',
  'newDirectDebit',
  'duplicateCharges',
  'cardBurst',
  'newPayeeTransfer',
  'missingIncome',
  'incomeDrop',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export const FEATURE_DOCS: Record<FeatureName, string> = {
  steadyCategorySpike:
    'Largest robust z-score over the user\'s STEADY spending categories, Housing, Health, Education and Insurance excepted (their big months are one-off life events — a move, a bond, dental work — or bills on the payee\'s calendar: school terms, premiums) (spent in at least 75 % of history months with a spread of at most 0.5 in log units, e.g. groceries, dining): (log(spend + $K) − (median of the last 24 complete months + seasonal allowance)) / the category\'s own spread, minus a floor, when the month is at least twice that usual level. The spread is the larger of 1.4826·MAD and (q90 − median)/1.2816 (so categories that are often lumpy — gifts, travel — get a wide spread and steady ones — groceries, dining — a narrow one), never below a floor. The seasonal allowance is how far above its own median the category was in the same month ±1 one year earlier (annual insurance, December gifts, yearly holidays); for Dining it is at most half a spread unless the month has Travel spend (≥ $50): last year\'s holiday does not excuse this year\'s meals out at home. Also, for EVERYDAY categories (bought from at least 3 payees in a median month, spent in at least 75 % of months): the same z of the month\'s spend without its 2 largest charges in the category, against that series\' own median, spread and season, floor 2.5, when that spread is at most 0.5 and that spend is at least twice its usual level — a broad rise (more fuel, more meals) is judged against the category\'s everyday volatility, not against the lumpiness a car service or a new appliance gives the month totals. Also, for shopping categories (groceries, dining, transport, shopping, entertainment), the capped rise: the same z of the month\'s spend with each charge capped at the category\'s p75 charge of the last 24 months, against that series\' median, spread (at most 0.5) and same month last year, when the month total is at least twice its usual level and that capped spend at least twice its own: many more ordinary purchases, in a category that appliances, concerts or Christmas make lumpy. A month total under twice its usual level but at least twice its median (last year\'s allowance may be a one-off charge) is judged against the median plus the capped series\' season instead, and then needs a capped z of at least 3 (the masked rise). Before a year of history (when the other spending levels wait for a season), it still counts for Groceries and Dining bought from at least 3 payees in a median month, at least 3 times their usual level, in a month with under $50 of Travel spend: an everyday habit does not triple by season. And, in groceries and transport spent in at least 75 % of months, the sustained rise (engine 14): three months running whose spend with each charge capped at the p75 charge of the months before the run is each at least 1.5 spreads above that series\' median and same month last year, the run\'s mean at least 1.25 times the usual level and every month above it, and the month before the run not so: the sum of the three z\'s less 3 (the sustained floor), at the run\'s third month only. Dining in a month with Travel spend (≥ $50) is not judged at all when the month\'s meals at places new to the household (or not paid in 12 months) account for its whole rise above the usual level: the trip\'s meals (engine 15). In Groceries and Dining, a month whose largest charge is at least twice the largest of the history months is judged on its whole spend, not also without that charge (engine 18): a $763 shop where $307 was the most is itself what is unusual, where in shopping such a charge is an appliance; its reason names the charge and the most paid before.',
  lumpyCategorySpike:
    'The same z-score, largest over the other (lumpy or sporadic) categories: kept apart so that a jump in a steady category is not hidden behind categories that are always lumpy (travel, gifts, insurance).',
  totalSpend: 'The same robust seasonal z-score for total spend.',
  sustainedElevation:
    'Windowed CUSUM over steady categories: the sum of (z − 0.5) over the run of consecutive elevated months (z > 0.5) ending this month, at most 3 months and at least 2, minus a floor: a modest rise that persists. Computed, not in the model (it separated sustained rises from normal months barely better than chance); the sustained rise in steadyCategorySpike is what the model sees (engine 14).',
  vsPrev3Months:
    'The naive "this month against the previous 3 months\' average" (log ratio of total spend), corrected for season by subtracting the same ratio one year earlier when there is one; positive part.',
  monthOverMonth: 'Log ratio of total spend to the previous month, minus the same ratio one year earlier; positive part.',
  vsYearToDate:
    'Log ratio of total spend to the average of earlier months of the same calendar year (the trailing 12 months when fewer than 3), minus the same ratio one year earlier; positive part.',
  newMerchantSpend:
    'Robust seasonal z-score of the money spent at payees never seen before this month, against the history of that amount.',
  newDirectDebit:
    'Number of payees never seen before that pulled a subscription-sized ($300 or less) direct debit this month (or an unmarked non-card debit, in files whose card purchases are marked), plus 0.5 per repeat charge from them: recurring charges appearing from nowhere. Debits the categorizer places with a provider a household signs up to by name (school or childcare, gym or health, insurance, utilities, phone and internet, housing), debits to a subscription brand a default rule knows by name (a Foxtel or newspaper trial), and personal payments or cash are not counted. Its reason names Subscriptions when the categorizer left the debit Uncategorized.',
  duplicateCharges:
    'log1p(dollars / 10) of the extra copies of identical charges (same payee, same amount, same day, $15 or more, not cash withdrawals) at payees where same-day repeats are not a habit (seen in fewer than 2 earlier months); not Health or Education, whose practices and schools charge each person the same fee, nor round top-ups of a public transport card (a family tops up two cards the same day; engine 17). A direct debit of one payee and amount taken again within 3 days (the biller presents it again the next business day) counts as the same debit twice, except payments into a toll or transport card account, which top themselves up (engine 19, decision 023).',
  cardBurst:
    'Small card payments (≤ $300, not dining, groceries or fuel — a trip\'s new cafes are not card testing) at payees never seen before (at least two of them), counted in the busiest 4-day window of the month, by how much (at least 2) it exceeds the larger of 2 and the user\'s usual busiest window (q90 of the last 24 months, and the same month ±1 last year). Not a burst when the same days (±1) also hold at least 3 card payments at dining, grocery or transport places that are new or not paid in the last 12 months, and at least half as many as the burst: that is a trip. A window holding a test charge ($3 or less at a payee never seen before: a stolen card is tried for a dollar or two) needs only 1 payment above the usual, may be at one merchant, and is not excused as a trip; when the test charge\'s merchant charges again in the window, at least twice as much, it is a burst whatever the usual (value at least 1). Its reason names what was bought (the most money among rows of a specific category), not Uncategorized, Travel or Fees, the rules\' guesses for unknown or foreign merchants, unless no row says more. Also a skimmed card emptied at ATMs (engine 17): 2 or more cash withdrawals within 2 days totalling at least $1,000 and at least twice the most the user withdrew within 2 days in any of the last 24 months and the same month ±1 last year; its value is the number of withdrawals, when more than the card payments\' value, and its reason is about Cash. A few dollars paid during a stay abroad is no test charge when every payment of the window is in that one currency (a coffee in London, engine 17).',
  newPayeeTransfer:
    'log of the largest amount paid this month to one payee never seen before (payments of $100 or more by bank transfer, person-to-person, or an unclassified debit that is not a card, direct debit or BPAY payment, summed per payee: a transfer split into parts over a few days is one payment; not payees the categorizer places in Housing — an agency\'s rent, a bond, strata, a tradesman) over the larger of $250, a quarter of median monthly spend and the median of earlier months\' amounts to new payees (when there are 3 or more), that reference halved (never below $250) when the money went in 2 or more payments within 3 days — a stranger paid in instalments is how scams ask for money; positive part.',
  missingIncome:
    'Regular income (a payer with 3+ payments at a steady weekly, fortnightly or monthly cadence) that was due this month and did not arrive, net of new income from payers that started after it last paid (a new job, not a partner\'s job that was already paying), as a share of usual monthly income; under 7 % is not evidence (a pay a little short, a small payer). A new job whose pay made up a missed one is due on that pay\'s cycle until it has 3 payments of its own, and the job it replaced is no longer due, unless it pays again (not for a bonus). The same payer paying less than the missed pay (parental leave, part-time), or again the amount of an earlier regular pay (back to full pay), is the pay arriving, not missing; the new amount takes over the cycle (engine 13; not a bonus or back pay). One payment takes over a missed pay\'s cycle: the same payer at an earlier regular amount, else a payer paying twice or more this month, else the new payer nearest in amount, else the same payer at a lower amount (a final pay next to a new job\'s first is no job of its own). A weekly or fortnightly payer paying more often than its cycle (a partner\'s new job at the same employer): the payments off the cycle are new income too. Engine 17: the same payer paying up to 35 % more than a missed pay (more shifts, overtime) is that pay arriving; parental leave pay (Services Australia\'s, Dad and Partner Pay) is paid for a fixed term, so it is never due, and each of its payments makes up a missed pay whole (the parent is on leave). A monthly pay usually paid in the first 5 days of a month, last paid in the closing 5 days of the month before, was this month\'s paid early (a weekend payday). A payer judged as one stream (a casual\'s shifts, a driver\'s payouts) that stops while the household pays in a foreign currency or on Travel on 3 or more days is a holiday without pay. A payer that pays two alike payments on at least 6 of its last 8 paydays (a couple\'s pensions) is due both: one of them missing is a missed pay (engine 19).',
  incomeDrop: 'Robust z-score of how far income fell below its median (spread from the lower tail), minus a floor; complete months only.',
};

/** What kind of evidence a feature found; used to write the reason. */
export type Evidence =
  | {
      kind: 'category-spike';
      category: Category;
      spendCents: number;
      usualCents: number;
      mn: number;
      z: number;
      steady: boolean;
      /**
       * when the broad rise made the spike: the month's spend without its
       * `without` largest charges in the category, and that series' usual
       * (seasonal) level. The whole month may be under twice its usual while
       * the everyday purchases are far above theirs.
       */
      broad?: { without: number; spendCents: number; usualCents: number };
      /**
       * when the capped rise made the spike (many more ordinary purchases,
       * not bigger ones): the month's number of charges in the category and
       * the median of the history months'
       */
      purchases?: { count: number; usualCount: number };
      /**
       * when the masked rise made the spike: the month's usual level with
       * last year's one-off charges around it (the usual level the month
       * page shows), which `usualCents` leaves out
       */
      withOneOffsCents?: number;
      /**
       * when the month was judged with its outsized charge (engine 18): that
       * charge, and the largest in the category over the `months` history
       * months before
       */
      outsized?: { amountCents: number; merchant: string; date: string; usualMaxCents: number; months: number };
    }
  | { kind: 'total-spend'; category: Category; spendCents: number; usualCents: number; mn: number; z: number; topExcessCents: number }
  | { kind: 'sustained'; category: Category; avgCents: number; usualCents: number; months: number }
  | { kind: 'naive'; feature: 'vsPrev3Months' | 'monthOverMonth' | 'vsYearToDate'; category: Category; spendCents: number; refCents: number }
  | { kind: 'new-merchants'; category: Category; count: number; totalCents: number }
  | { kind: 'new-direct-debit'; category: Category; merchant: string; amountCents: number; count: number }
  | {
      kind: 'duplicate-charges';
      category: Category;
      merchant: string;
      amountCents: number;
      count: number;
      date: string;
      /** a direct debit taken again a day or a few later: the last of its dates (absent when all fell on `date`) */
      lastDate?: string;
    }
  | {
      kind: 'card-burst';
      category: Category;
      count: number;
      merchants: number;
      totalCents: number;
      from: string;
      to: string;
      /** the smallest payment when it is a test charge (≤ BURST_TEST_CENTS) */
      test?: { amountCents: number; merchant: string; date: string };
    }
  | {
      kind: 'cash-drain';
      category: Category;
      count: number;
      totalCents: number;
      from: string;
      to: string;
      /** the most withdrawn within as many days in the months it is judged against */
      usualMaxCents: number;
    }
  | { kind: 'new-payee-transfer'; category: Category; payee: string; amountCents: number; date: string; count: number }
  | { kind: 'missing-income'; category: 'Income'; payer: string; lastDate: string; salary: boolean; missingCents: number }
  | { kind: 'income-drop'; category: 'Income'; incomeCents: number; usualCents: number };

export interface FeatureEvidence {
  evidence: Evidence;
  /** the rows behind it (empty when the evidence is something missing) */
  transactions: CategorizedTransaction[];
}

export interface MonthFeatures {
  /** `YYYY-MM` */
  month: string;
  /** month number (year·12 + month − 1) */
  mn: number;
  /** complete months of data before this one */
  history: number;
  /** FEATURE_NAMES order, all >= 0 */
  values: number[];
  /** per feature: what it found (null when its value is 0) */
  evidence: (FeatureEvidence | null)[];
  /**
   * per spending category (SPEND_CATEGORIES order): the usual level the
   * category spike judges the month against, in cents (median of the last 24
   * complete months on the log scale, plus the seasonal allowance); null
   * before MIN_Z_HISTORY complete months
   */
  usualCents: number[] | null;
  /** the same without the seasonal allowance: the median of the last 24 complete months (log scale), cents */
  typicalCents: number[] | null;
}

export interface FeatureSet {
  featureNames: string[];
  aggregation: Aggregation;
  months: MonthFeatures[];
}

export interface FeatureOptions {
  /** raise a category's spike floor by how far above 2 its own past z-scores reach (q90); default true */
  adaptiveFloor?: boolean;
  /** category z = min(z of spend, z of spend without the month's largest charge); default true */
  trimLargest?: boolean;
  /** also take the min with the z of the number of charges (a broad rise, not bigger tickets); default false: measured worse on the tuning seeds */
  countZ?: boolean;
  /** weight of the same month ±1 (vs exactly) one year earlier in the seasonal allowance; default 1 */
  seasonalNeighbourWeight?: number;
  /**
   * steadyCategorySpike also takes the broad-rise z of everyday categories
   * (bought from 3+ payees in a median month): spend without the month's two
   * largest charges in the category, against that series' own median and
   * spread; default true
   */
  broadRise?: boolean;
  /**
   * steadyCategorySpike also takes the capped rise of shopping categories
   * ({@link CAPPED_CATEGORIES}): the month's spend with each charge capped at
   * the category's usual large charge, judged like a steady category (engine
   * 10); default true
   */
  cappedRise?: boolean;
  /**
   * the capped rise also speaks for a month whose total is under twice its
   * usual level only because one-off charges last year raised that level
   * (engine 11: {@link MASKED_RISE_MIN_Z}); default true
   */
  maskedRise?: boolean;
  /**
   * Dining's seasonal allowance is capped at HOLIDAY_CAP_WITHOUT_TRAVEL of its
   * spread in a month without Travel spend: last year's holiday does not
   * excuse this year's meals out at home; default true
   */
  holidayNeedsTravel?: boolean;
  /**
   * steadyCategorySpike also takes the sustained rise ({@link SUSTAINED_RISE_MIN_Z}):
   * three months running in a shopping category, each with its ordinary
   * purchases well above their usual level (engine 14); default true
   */
  sustainedRise?: boolean;
  /**
   * in a month with Travel spend, a rise in eating out that the places new
   * to the household (or not paid in a year) account for is the trip's
   * meals, not a spike (engine 15: {@link tripExplains}); default true
   */
  tripMeals?: boolean;
  /** a burst of card payments during a stay abroad is the trip ({@link FeatureRun.abroad}); default true */
  tripAbroad?: boolean;
  /** a new payer on its own pay cycle paying more than a missed pay makes it up (engine 16); default true */
  biggerJob?: boolean;
  /** the same payer paying up to REPLACE_WITHIN more than a missed pay (more shifts, overtime) is the pay arriving (engine 17); default true */
  sameLarger?: boolean;
  /** parental leave pay is paid for a fixed term: its end is no missing income, and starting in place of a salary it makes up the missed pay (engine 17, PARENTAL_LEAVE_RE); default true */
  parentalLeave?: boolean;
  /** a monthly pay due early in a month, paid in the closing days of the month before, is this month's paid early ({@link FeatureRun.paidEarly}, engine 17); default true */
  earlyPay?: boolean;
  /** round top-ups of a public transport card on one day are no duplicate ({@link isTopUp}, engine 17); default true */
  topUps?: boolean;
  /** a casual's pay (one stream) that stops while the household pays away from home is a holiday without pay (UNPAID_HOLIDAY_DAYS, engine 17); default true */
  unpaidHoliday?: boolean;
  /**
   * a direct debit taken twice a day or a few apart (DD_TWICE_DAYS: the
   * biller presents it again the next business day) is a duplicate too, not
   * only one taken twice on one day (engine 19); default true
   */
  debitedTwice?: boolean;
  /** a payer that pays two alike payments every payday (a couple's pensions) is due both; one missing is a missed pay ({@link paymentsPerPayday}, engine 19); default true */
  payCouples?: boolean;
  /**
   * in Groceries and Dining, a month whose largest charge is at least
   * OUTSIZED_RATIO times the largest of the history months is judged on its
   * whole spend, not without that charge: a $763 shop where $307 was the
   * most is no broad rise, but it is no appliance either (engine 18,
   * {@link OUTSIZED_CATEGORIES}); default true
   */
  outsizedCharge?: boolean;
  /** cash drained in a few withdrawals within two days, far above the user's own most, counts as a card burst (engine 17, {@link FeatureRun.cashDrain}); default true */
  cashDrain?: boolean;
  /** a payer with several amount bands is judged as one stream ({@link FeatureRun.payerStreamMisses}); default true */
  payerStream?: boolean;
  /** complete months before spending-level features count as evidence; default {@link SEASON_MONTHS} (0: from the first month with enough history) */
  seasonMonths?: number;
  /**
   * before {@link SEASON_MONTHS}, a steady category spike in an everyday
   * habit (groceries, dining out) at {@link FIRST_YEAR_MIN_RATIO} times its
   * usual level, in a month without travel, still counts (engine 12:
   * {@link FeatureRun.firstYearHabit}); default true
   */
  firstYearHabits?: boolean;
  /** floors subtracted from the z-type features (tuning knobs, documented defaults) */
  floors?: Partial<Record<'steadyCategorySpike' | 'broadRise' | 'lumpyCategorySpike' | 'totalSpend' | 'sustainedElevation' | 'newMerchantSpend' | 'incomeDrop', number>>;
}

/** $K added before the log, in dollars: damps changes in tiny categories. */
export const LOG_OFFSET = 50;
/** smallest spread of a log-spend series (about ±10 %) */
export const SIGMA_FLOOR = 0.1;
/** smallest spread of a log-count series */
const COUNT_SPREAD_FLOOR = 0.15;
/** months of history behind a median */
export const WINDOW = 24;
/** fewer complete history months than this: a category z is not computed */
const MIN_Z_HISTORY = 4;
/** the features that wait for {@link SEASON_MONTHS} of history (a season seen once; the steady spike of an everyday habit does not: FeatureRun.firstYearHabit) */
const SEASONAL_FEATURES = ['steadyCategorySpike', 'lumpyCategorySpike', 'totalSpend', 'sustainedElevation'] as const;
/**
 * Dining in a month with less than this in Travel spend (fares, stays, tours,
 * foreign merchants) is eating out at home: last year's holiday month gives
 * it at most HOLIDAY_CAP_WITHOUT_TRAVEL spreads of seasonal allowance. Normal
 * Dining months far above their median were nearly all travel months; most
 * labelled Dining spikes the allowance hid were not (docs in detect/README).
 */
const HOLIDAY_TRAVEL_MIN_CENTS = 5000;
const HOLIDAY_CAP_WITHOUT_TRAVEL = 0.5;
const DINING_K = SPEND_CATEGORIES.indexOf('Dining');
const TRAVEL_K = SPEND_CATEGORIES.indexOf('Travel');
/**
 * Engine 12: the categories whose steady spike counts before a year of
 * history (see {@link FeatureRun.firstYearHabit}). Their seasons are mild
 * (a December +20–25 %), and what triples them otherwise is a trip, which the
 * month's Travel spend shows. Transport was measured and left out: a car
 * service or a registration month triples it too (+1 spike for +10 normal
 * months flagged over our eval and seeds + 100, + 580 and + 140).
 */
const FIRST_YEAR_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['Groceries', 'Dining']);

/** a month counts as history when at least this share of its days is in the file */
const COMPLETE = 0.9;
const DUP_MIN_CENTS = 1500;
/**
 * A direct debit of one amount taken again within this many days is a
 * duplicate, like two identical charges on one day: a biller that presents
 * a debit twice does it the next business day (a Friday and the Monday
 * after). Weekly debits are 7 days apart.
 */
const DD_TWICE_DAYS = 3;
/**
 * identical same-day charges here are not duplicates: cash withdrawals, and
 * fees a practice or a school charges per person (two children at the GP,
 * two excursion payments). Over the eval households and six 40-household
 * sets: 9 of 89 normal months with a duplicate were these, no labelled one.
 */
const DUP_EXCLUDED: ReadonlySet<Category> = new Set<Category>(['Cash', 'Health', 'Education']);
/** months a sustained run is summed over, and the z a month must pass to count as elevated */
const SUSTAIN_MONTHS = 3;
const SUSTAIN_SLACK = 0.5;
const BURST_MAX_CENTS = 30000;
const BURST_WINDOW_DAYS = 4;
/**
 * a burst counts only when it is at least this many payments above the usual
 * busiest window: one more new shop than usual is a busy weekend (a third of
 * the normal months where the column fired on the tuning seeds), skimming is
 * 4–16 charges
 */
const BURST_MIN_EXCESS = 2;
/**
 * A card payment of at most this much at a payee never seen before is a test
 * charge: a stolen card is tried for a dollar or two before it is spent. A
 * burst window holding one needs to be only 1 payment above the usual, may be
 * at one merchant, and is not excused as a trip (a skim during a holiday, or
 * one whose made-up merchants the rules file as groceries). Engine 9: on the
 * second-opinion households (development seeds) card-skimming recall rose
 * from 69 to 92 %; on the eval splits and seeds + 100 and + 580, skimming
 * recall +0 to +6 points, normal months flagged +0 to +0.07 points. At $5,
 * tour and dive bookings on two trips of our generator's stress split counted
 * as tests.
 */
const BURST_TEST_CENTS = 300;
/**
 * Test, then spend: a test charge's merchant charging again, at least this
 * many times as much, within the window is card testing whatever the
 * household's usual busiest window (one that often shops at several new shops
 * in a few days). Over the eval splits and seeds + 100 and + 580: skimming
 * recall +0 to +7 points, normal months flagged unchanged; the same at 1.5 or
 * 3, fewer skims at 5, none at 10.
 */
const BURST_SPEND_RATIO = 2;
/**
 * missing income counts only when it is at least this share of usual monthly
 * income: below it are pays that arrived a few dollars short or a small
 * irregular payer (normal months: median 0.02; our missing salaries: ≥ 0.2).
 * One weekly pay is 7 % of the income of a household whose other income is
 * up to 2.3 times that earner's. Engine 9 (was 10 %): the second opinion
 * missed three single weekly pays of a second earner at 8.8–9.5 %. On
 * seeds + 100 and + 580, F1 +0 to +0.7 points and normal months flagged
 * −0.06 to 0; at 5 %, normal months flagged rose by up to 0.13 points.
 */
const MISSING_MIN_SHARE = 0.07;
/** a category is steady when spent in this share of history months … */
export const STEADY_SHARE = 0.75;
/** … and its spread (log units) is at most this */
export const STEADY_SPREAD = 0.5;
const NEW_PAYEE_MIN_CENTS = 10000;
/**
 * money sent to a new payee in parts (2 or more payments within this many
 * days) is judged against this share of the usual reference: a stranger
 * paid in instalments over a few days is how scams ask for money (and how a
 * bank's daily limit makes a victim pay), while the legitimate first
 * payment to someone new (a loan to family, a private sale, a tradesman's
 * invoice) is one payment. Measured over 8 forest seeds on the eval splits
 * and five 40-household sets: scam recall +0 to +25 points (the `short`
 * splits hold 4–15 scams each; +0 to +8 elsewhere), F1 −0.2 to +1.2,
 * normal months flagged −0.13 to +0.06 points (decision 011).
 */
const SPLIT_PAYMENT_DAYS = 3;
const SPLIT_PAYMENT_REF_SHARE = 0.5;
/** an everyday category is bought from at least this many payees in a median history month … */
const EVERYDAY_PAYEES = 3;
/** … and its broad rise is measured without this many of the month's largest charges in it */
const BROAD_TRIM = 2;
/**
 * The capped rise (engine 10). Shopping, entertainment and the like are
 * lumpy because of single big charges (a television, a concert, a set of
 * tyres) and Christmas: their month totals swing 2–3× in normal months, so a
 * month of three times the usual purchases hides among them. With each charge
 * capped at the category's p75 charge of the last 24 months, a big purchase
 * counts as one ordinary one, and the series is steady enough in most
 * households (spread ≤ STEADY_SPREAD) to show a month of many more ordinary
 * purchases. Its season is the same month last year only: Christmas shopping
 * is in December, and ±1 month raised the usual level of November and January
 * spikes (measured: holdout spikes 65.6 vs 68.8 %, second opinion 65 vs
 * 72.5 %). Only categories bought from many shops: bills (utilities, phone,
 * subscriptions, insurance) are one payee's price, and cash, personal
 * payments, fees and Uncategorized are not purchases of a kind (measured with
 * every category: Cash, Personal Payments and Uncategorized gave 9 of the 20
 * new false alarms). Travel and gifts are occasions, not habits. A p50 cap
 * caught more spikes and flagged more normal months, a p90 cap fewer spikes
 * (detect/README.md, "Engine 10").
 */
export const CAPPED_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['Groceries', 'Dining', 'Transport', 'Shopping', 'Entertainment']);
/** {@link CAPPED_CATEGORIES} by SPEND_CATEGORIES index (asked for every category of every month) */
const IS_CAPPED_K: readonly boolean[] = SPEND_CATEGORIES.map((c) => CAPPED_CATEGORIES.has(c));
/** the capped rise caps each charge at this quantile of the category's charges over the history window */
export const CAPPED_QUANTILE = 0.75;
/**
 * The masked rise (engine 11). A month's usual level includes a seasonal
 * allowance: how far the category was above its median in the same month ±1
 * last year. In a lumpy category that allowance is often one big charge — a
 * car bought last July, a television last April — and a month of twice the
 * ordinary purchases then sits under twice that usual level, so the capped
 * rise never ran. For such a month (total material and at least twice the
 * median), the allowance is taken from the capped series instead, as the
 * capped rise takes its own season: how far last year's same month was
 * above the median in ordinary purchases. The total must be at least twice
 * that usual level, which the reason then quotes with the one it set aside
 * ("Transport $2,706, 4.0× your usual $678 for June (leaving out last
 * year's one-off charges around June, which made it $3,192), …"), and,
 * since the plain usual level disagrees, the capped z must reach this value,
 * one above the steady floor. Measured with 0, 3 and 4: 0 flagged 0.2–0.5
 * points more normal months on our eval, 4 lost about half the spikes 3
 * gained (detect/README.md, "Engine 11").
 */
export const MASKED_RISE_MIN_Z = 3;
/** the transactions a capped rise's reason lists: every purchase in the category that month, largest first, up to this many */
const CAPPED_ROWS = 60;
/** a category rise counts only above this many cents … */
export const MATERIAL_MIN_CENTS = 15000;
/** … and this share of the median monthly total spend */
const MATERIAL_SHARE = 0.03;
/**
 * a category spike is a month at least this many times the category's usual
 * (seasonal) level. Below it, a narrow spread can still give a high z, but a
 * person does not read "1.4× your usual" as unusual, and the generator's
 * normal rises (visitors, holidays, a busy social month, a car service) are
 * 1.4–1.9× while its labelled spikes are 2.5–4× the mean. Measured on all
 * four splits and on the 40 more households per split (1.5, 1.75, 2, 2.5):
 * 2 lowered normal months flagged on every split of both, 2.5 lost spikes.
 * The broad rise (the month without its largest charges) needs the same
 * ratio against its own usual level (engine 5): without it, "Dining 1.4×
 * your usual" was flagged when the everyday purchases' narrow spread made
 * 1.4× many spreads. Over the eval splits and five 40-household sets: normal
 * months flagged −0.36 to 0 points on every split, F1 −0.5 to +1.1.
 */
const SPIKE_MIN_RATIO = 2;
/**
 * Engine 18: everyday categories whose charges keep to a size (a weekly shop,
 * a meal out), so that one charge far above any before is itself the news,
 * not an appliance or a concert the trimmed z should set aside
 */
export const OUTSIZED_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['Groceries', 'Dining']);
/** … and how many times the category's largest charge of the history months such a charge must be */
export const OUTSIZED_RATIO = 2;
const IS_OUTSIZED_K: readonly boolean[] = SPEND_CATEGORIES.map((c) => OUTSIZED_CATEGORIES.has(c));
/**
 * The sustained rise (engine 14): in groceries or transport
 * ({@link SUSTAINED_RISE_CATEGORIES}) spent in most months, SUSTAIN_MONTHS
 * months running whose capped spend (each charge capped at the p75 charge of
 * the months before the run) is each at least this many spreads above that
 * series' median and same month last year, judged against the months before
 * the run, not the run itself. A rise of 1.3–1.8× for three months is a few
 * spreads in all; one month of it is not evidence, three running are. Chosen
 * offline on three sets of our generator and two of the third opinion's:
 * 1.5 added 3–19 sustained months for 2–4 normal months per 2,600–4,800; 2
 * about half the sustained months and a quarter of the normal ones, which
 * lowers F1 (a catch is worth more than a false alarm costs until precision
 * falls to half of F1) (detect/README.md, "Engine 14").
 */
export const SUSTAINED_RISE_MIN_Z = 1.5;
/**
 * The categories a sustained rise is looked for in: the necessities bought
 * every week. In dining out, entertainment and shopping, three dearer months
 * are social life (visitors, a busy season, a new hobby): on six pooled sets
 * of ours and two of the third opinion's those gave 9 sustained months for
 * 24 normal months flagged, groceries and transport 90 for 10.
 */
export const SUSTAINED_RISE_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['Groceries', 'Transport']);
const IS_SUSTAINED_K: readonly boolean[] = SPEND_CATEGORIES.map((c) => SUSTAINED_RISE_CATEGORIES.has(c));
/** … and the run's mean spend at least this many times the category's usual (median) level: "1.1× your usual" convinces no one */
const SUSTAINED_RISE_MIN_RATIO = 1.25;
/** months of history before the run that a sustained rise is judged against */
const SUSTAINED_RISE_MIN_HISTORY = 12;
/** a direct debit above this is a bill or a bond, not a subscription-like charge */
const NEW_DD_MAX_CENTS = 30000;
/**
 * a new direct debit to a payee the rules place with a provider a household
 * signs up to by name (a school or childcare, a gym or health fund, an
 * insurer, a utility or telco, rent) is a service joined, not a charge from
 * nowhere; with personal payments and cash it is not counted
 */
const NEW_DD_SIGNED_UP: ReadonlySet<Category> = new Set<Category>(['Personal Payments', 'Cash', 'Education', 'Health', 'Insurance', 'Utilities', 'Phone & Internet', 'Housing']);
/**
 * categories whose big months are one-off life events with a bill set by
 * someone else, and not on a calendar the seasonal allowance could learn:
 * moving house, a bond, a special levy or a tradie (Housing); dental work or
 * surgery (Health). They are not category spikes. Over the eval households
 * (all four splits) they were the top reason of 22 false alarms and of 7
 * anomalous months. Also bills on the payee's own calendar (engine 5):
 * school fees each term, a new or moved annual premium (Education,
 * Insurance) read "Education $2,944, 6.5× your usual" three terms running in
 * a family's first year of school fees. Over the eval splits and five
 * 40-household sets: normal months flagged −0.13 to +0.04 points (mean
 * −0.035), F1 −0.3 to +0.6 (mean +0.12), ROC-AUC within ±0.003.
 */
export const SPIKE_EXCLUDED: ReadonlySet<Category> = new Set<Category>(['Housing', 'Health', 'Education', 'Insurance']);
/** new places where a burst is everyday life (eating and shopping for food on a trip, fuel), not card testing */
const BURST_EXCLUDED: ReadonlySet<Category> = new Set<Category>(['Dining', 'Groceries', 'Transport']);
/**
 * a burst is a trip when the same days hold at least this many card payments
 * at new places of those kinds (and at least half as many as the burst).
 * Over the eval households, 108 of 117 normal bursts came with 3 or more,
 * 91 of 96 skimming bursts with 1 or none.
 */
const TRIP_MIN_COMPANIONS = 3;
/**
 * … at places the household has not paid in this many months (or never): a
 * restaurant abroad with the name of one visited once at home years ago (the
 * payee key has no place in it) is new to this trip. Over the eval splits and
 * six 40-household sets (engine 5): normal months flagged −0.12 to 0 points,
 * F1 −0.4 to +0.6 (mean +0.09), card-skimming recall unchanged on every split.
 */
const TRIP_UNFAMILIAR_MONTHS = 12;
/**
 * A burst abroad (engine 16, {@link FeatureRun.abroad}): payments in a
 * foreign currency at places first paid within TRIP_ABROAD_REACH days of the
 * burst, on at least this many days…
 */
const TRIP_ABROAD_MIN_DAYS = 4;
/** … this many of them more than a day before or after the burst */
const TRIP_ABROAD_BEYOND_DAYS = 3;
const TRIP_ABROAD_REACH = 14;
/**
 * A cash drain (engine 17, {@link FeatureRun.cashDrain}): cash withdrawn
 * within this many days…
 */
const DRAIN_WINDOW_DAYS = 2;
/** … in at least this many withdrawals… */
const DRAIN_MIN_COUNT = 2;
/** … totalling at least this much… */
const DRAIN_MIN_CENTS = 100000;
/** … and at least this many times the most the user withdrew in any such window of the last 24 months and the same season last year */
const DRAIN_RATIO = 2;
const CASH_K = SPEND_CATEGORIES.indexOf('Cash');

const DEFAULT_FLOORS = {
  steadyCategorySpike: 2,
  broadRise: 2.5,
  lumpyCategorySpike: 2,
  totalSpend: 1.5,
  sustainedElevation: 3,
  newMerchantSpend: 1.5,
  incomeDrop: 2,
};

const F = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Record<FeatureName, number>;

/**
 * The rows that count (spend or income), in {@link compareRows} order, as
 * parallel arrays indexed by row number. No object per row on purpose
 * (measured): with one object per row, every young-generation collection
 * during a call copied all 7,500 of them, which cost about as much as the
 * feature arithmetic. A row is money out that counts as spend (`k >= 0`)
 * or money in (`amt > 0`), never both.
 */
interface Rows {
  n: number;
  /** the input; row i is `txs[src[i]]` (no array of row objects either: it would be copied by every collection) */
  txs: readonly CategorizedTransaction[];
  src: Int32Array;
  day: Int32Array;
  /** month index from the file's first month */
  t: Int32Array;
  /** SPEND_CATEGORIES index, -1 when not spend */
  k: Int32Array;
  amt: Float64Array;
  /** payee key, interned: `keyOf[kid[i]]` */
  kid: Int32Array;
  keyOf: string[];
  /** CHANNELS index, -1 until first used (regexes are the costly part) */
  ch: Int8Array;
  /** month t's rows are [monthStart[t], monthStart[t + 1]) */
  monthStart: Int32Array;
}

const CHANNELS: readonly Channel[] = ['card', 'direct-debit', 'bpay', 'transfer', 'atm', 'fee', 'other'];
const CHANNEL_INDEX: ReadonlyMap<Channel, number> = new Map(CHANNELS.map((c, i) => [c, i]));
const OTHER = CHANNEL_INDEX.get('other')!;

/** The transaction of row i. */
function txOf(R: Rows, i: number): CategorizedTransaction {
  return R.txs[R.src[i]!]!;
}

/**
 * A payee the default rules know by its brand as a subscription service
 * (Foxtel, Netflix, News Life Media, Microsoft…): a new direct debit to it is
 * a trial or a sign-up, not a charge from nowhere. A fraudulent debit comes
 * from a name no rule knows. (Eval households: 7 of the 39 normal months
 * flagged with a new direct debit as top reason were a known brand's trial;
 * no fraudulent debit matched a brand rule.)
 */
function isNamedService(tx: CategorizedTransaction): boolean {
  return typeof tx.ruleId === 'string' && tx.ruleId.startsWith('d:subscriptions:');
}

/** The category of spend row i (k >= 0). */
function catOf(R: Rows, i: number): Category {
  return SPEND_CATS[R.k[i]!]!;
}

/** Channel of row i (money in is `other`), computed on first use. */
function chan(R: Rows, i: number): Channel {
  let c = R.ch[i]!;
  if (c < 0) {
    c = R.amt[i]! < 0 ? CHANNEL_INDEX.get(channelOf(txOf(R, i)))! : OTHER;
    R.ch[i] = c;
  }
  return CHANNELS[c]!;
}

/** Row i was paid by card, or by an unmarked debit that may be one (bursts and trips are counted over these). */
function byCard(R: Rows, i: number): boolean {
  const c = chan(R, i);
  return c === 'card' || c === 'other';
}

interface RobustRef {
  med: number;
  spread: number;
}

/** Sort `a[0, n)` ascending in place (insertion sort: n <= 24 here, no allocation). */
function sortPrefix(a: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

/** Insert x into the ascending run a[from, from + n) (a must have room for one more). */
function sortedInsert(a: Float64Array, from: number, n: number, x: number): void {
  let j = from + n - 1;
  while (j >= from && a[j]! > x) {
    a[j + 1] = a[j]!;
    j--;
  }
  a[j + 1] = x;
}

/**
 * Replace one value equal to `out` (it must be there) by x in the ascending
 * run a[from, from + n), keeping it sorted: one shift between the two
 * positions instead of a remove and an insert that each shift half the run.
 */
function sortedReplace(a: Float64Array, from: number, n: number, out: number, x: number): void {
  // a category without spend in either month (most columns): nothing moves
  if (out === x) return;
  const end = from + n;
  // binary search for a value equal to out (the first one not below it)
  let i = from;
  let hiI = end - 1;
  while (i < hiI) {
    const mid = (i + hiI) >> 1;
    if (a[mid]! < out) i = mid + 1;
    else hiI = mid;
  }
  if (x > out) {
    while (i + 1 < end && a[i + 1]! < x) {
      a[i] = a[i + 1]!;
      i++;
    }
  } else {
    while (i > from && a[i - 1]! > x) {
      a[i] = a[i - 1]!;
      i--;
    }
  }
  a[i] = x;
}

/** Remove one value equal to x from the ascending run a[from, from + n) (x must be there). */
function sortedRemove(a: Float64Array, from: number, n: number, x: number): void {
  let i = from;
  while (i < from + n - 1 && a[i]! !== x) i++;
  for (; i < from + n - 1; i++) a[i] = a[i + 1]!;
}

/** Type 7 quantile of the ascending prefix `a[0, n)`. */
function quantilePrefix(a: Float64Array, n: number, p: number): number {
  return quantileAt(a, 0, n, p);
}

/**
 * Type 7 quantile of a[0, n) (unsorted: {@link quantileSorted} of its sorted
 * copy, exactly), by selection rather than a sort; reorders a[0, n).
 */
export function quantileSelect(a: Float64Array, n: number, p: number): number {
  if (n === 1) return a[0]!;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  // Hoare's selection: afterwards a[lo] is the lo-th smallest, everything after it is at least as large
  let left = 0;
  let right = n - 1;
  while (left < right) {
    const pivot = a[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const tmp = a[i]!;
        a[i] = a[j]!;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (lo <= j) right = j;
    else if (lo >= i) left = i;
    else break;
  }
  const x = a[lo]!;
  if (h === lo) return x;
  let next = Infinity;
  for (let i = lo + 1; i < n; i++) if (a[i]! < next) next = a[i]!;
  return x + (h - lo) * (next - x);
}

/** Type 7 quantile of the ascending run `a[from, from + n)`. */
function quantileAt(a: Float64Array, from: number, n: number, p: number): number {
  if (n === 1) return a[from]!;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return a[from + lo]! + (h - lo) * (a[from + hi]! - a[from + lo]!);
}

/**
 * Median and spread of a log series' history (upper tail by default: lumpy
 * series get a wide spread). Sorts `buf[0, n)` in place; `scratch` must
 * hold n values. Allocation-free but for the result: this runs thousands
 * of times per user.
 */
function robustRef(buf: Float64Array, n: number, scratch: Float64Array, lowerTail = false): RobustRef {
  sortPrefix(buf, n);
  return robustRefSorted(buf, 0, n, scratch, lowerTail);
}

/** {@link robustRef} of the ascending run `a[from, from + n)`, which it leaves as is. */
function robustRefSorted(a: Float64Array, from: number, n: number, scratch: Float64Array, lowerTail = false): RobustRef {
  const med = quantileAt(a, from, n, 0.5);
  // |x − med| of a sorted sample: merge the two monotone halves instead of
  // sorting again, and only as far as the median of the deviations reads
  // (indices floor((n − 1) / 2) and the one after): half the merge
  const end = from + n;
  // the first value not below med, found from the middle (where it is)
  let lo = from + Math.max(0, (n - 1) >> 1);
  while (lo > from && a[lo - 1]! >= med) lo--;
  while (lo < end && a[lo]! < med) lo++;
  let i = lo - 1;
  let j = lo;
  const need = Math.min(n, Math.floor((n - 1) / 2) + 2);
  for (let o = 0; o < need; o++) {
    const dl = i >= from ? med - a[i]! : Infinity;
    const dr = j < end ? a[j]! - med : Infinity;
    if (dl <= dr) {
      scratch[o] = dl;
      i--;
    } else {
      scratch[o] = dr;
      j++;
    }
  }
  const m = quantilePrefix(scratch, n, 0.5) * MAD_SIGMA;
  const tail = lowerTail ? (med - quantileAt(a, from, n, 0.1)) / Z_90 : (quantileAt(a, from, n, 0.9) - med) / Z_90;
  return { med, spread: Math.max(SIGMA_FLOOR, m, tail) };
}

/** logDollars(0): the value of a month with no spend */
const LOG_ZERO = Math.log(LOG_OFFSET);

function logDollars(cents: number): number {
  // most category-months have no spend (and the series are logged by the
  // thousand per call): the same value without the Math.log call
  if (cents === 0) return LOG_ZERO;
  return Math.log(cents / 100 + LOG_OFFSET);
}

function centsOfLog(v: number): number {
  return Math.max(0, Math.round((Math.exp(v) - LOG_OFFSET) * 100));
}

/**
 * Compute features for every month of a user's history.
 * Rows may come in any order; the result is deterministic.
 *
 * The work is split into small functions on purpose (measured): V8
 * optimizes a 700-line function only through on-stack replacement, and
 * its optimized code kept deoptimizing on every few calls, so most of the
 * time went to unoptimized code. Each piece here is optimized on its own.
 */
export function computeFeatures(txs: readonly CategorizedTransaction[], opts: FeatureOptions = {}): FeatureSet {
  const featureNames = [...FEATURE_NAMES];
  if (txs.length === 0) return { featureNames, aggregation: { months: [], firstDay: NaN, lastDay: NaN }, months: [] };
  const input = readRows(txs);
  const { firstDay, lastDay, firstMn, lastMn } = input;
  // monthly sums in input order, as aggregateMonths adds them
  const months = emptyMonths(firstDay, lastDay, firstMn, lastMn);
  for (let i = 0; i < input.n; i++) {
    const m = months[input.mn[i]! - firstMn]!;
    const k = input.k[i]!;
    const amt = input.amt[i]!;
    if (k >= 0) {
      m.spend[k] = m.spend[k]! - amt;
      m.totalSpendCents -= amt;
    } else if (txs[input.src[i]!]!.category !== 'Refunds') m.incomeCents += amt;
  }
  const R = sortRows(input);
  const aggregation: Aggregation = { months, firstDay, lastDay };
  const run = new FeatureRun(opts, aggregation, R);
  const out: MonthFeatures[] = [];
  for (let t = 0; t < months.length; t++) out.push(run.month(t));
  return { featureNames, aggregation, months: out };
}

/** The rows that count, in input order (`t` is still the month number), and the file's span. */
interface InputRows {
  n: number;
  txs: readonly CategorizedTransaction[];
  /** input index of each row */
  src: Int32Array;
  day: Int32Array;
  mn: Int32Array;
  k: Int32Array;
  amt: Float64Array;
  kid: Int32Array;
  keyOf: string[];
  /** over all rows, own transfers included */
  firstDay: number;
  lastDay: number;
  firstMn: number;
  lastMn: number;
}

type Int32Columns5 = [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];

/**
 * Five Int32 columns of length n as views of one buffer (readRows and
 * sortRows each need five): a typed array with its own backing store costs
 * microseconds to allocate (see Float64Arena).
 */
function int32Columns(n: number): Int32Columns5 {
  const buf = new Int32Array(5 * n);
  const col = (c: number) => buf.subarray(c * n, (c + 1) * n);
  return [col(0), col(1), col(2), col(3), col(4)];
}

/** One pass over the input: every field read once (see aggregate.ts `FlatRow`); payee keys interned. */
function readRows(txs: readonly CategorizedTransaction[]): InputRows {
  const N = txs.length;
  const [srcOf, dayOf, mnOf, kOf, kidOf] = int32Columns(N);
  const amtOf = new Float64Array(N);
  // imported functions read once per call, not per row (see the note on SPEND_CATS)
  const toDay = dayNumber;
  const toMonth = monthNumber;
  const toKey = payeeKey;
  const toK = spendIndex;
  // payeeKey is computed once per distinct merchant (or description when no merchant)
  const keyCache = new Map<string, number>();
  const keyOf: string[] = [];
  const keyIds = new Map<string, number>();
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let firstMn = Infinity;
  let lastMn = -Infinity;
  // files list rows by date: most rows repeat the previous row's date
  let prevDate = '';
  let day = 0;
  let mn = 0;
  let n = 0;
  for (let i = 0; i < N; i++) {
    const tx = txs[i]!;
    const date = tx.date;
    if (date !== prevDate) {
      day = toDay(date);
      mn = toMonth(date);
      prevDate = date;
    }
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
    if (mn < firstMn) firstMn = mn;
    if (mn > lastMn) lastMn = mn;
    const cat = tx.category;
    if (tx.kind === 'transfer' || cat === 'Transfers') continue;
    const amt = tx.amountCents;
    const k = amt < 0 ? toK(cat) : -1;
    // money in other than own-account transfers, whatever its category: a
    // salary the categorizer took for a refund is still a salary
    if (k < 0 && !(amt > 0)) continue;
    const merchant = tx.merchant;
    const cacheKey = !isBlank(merchant) ? merchant : `\u0001${tx.description}`;
    let kid = keyCache.get(cacheKey);
    if (kid === undefined) {
      const key = toKey(tx);
      kid = keyIds.get(key);
      if (kid === undefined) {
        kid = keyOf.length;
        keyOf.push(key);
        keyIds.set(key, kid);
      }
      keyCache.set(cacheKey, kid);
    }
    srcOf[n] = i;
    dayOf[n] = day;
    mnOf[n] = mn;
    kOf[n] = k;
    amtOf[n] = amt;
    kidOf[n] = kid;
    n++;
  }
  return { n, txs, src: srcOf, day: dayOf, mn: mnOf, k: kOf, amt: amtOf, kid: kidOf, keyOf, firstDay, lastDay, firstMn, lastMn };
}

/** `s.trim() === ''`, without trimming when the first character is printable ASCII (a merchant name nearly always). */
function isBlank(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return s.trim() === '';
}

/** A total order on rows (indices into `I`), so the input order never matters (identical rows are interchangeable). */
function compareRows(I: InputRows, a: number, b: number): number {
  const byNumbers = I.day[a]! - I.day[b]! || I.amt[a]! - I.amt[b]!;
  if (byNumbers) return byNumbers;
  return compareTies(I, a, b);
}

/** {@link compareRows} of two rows with the same day and amount (rare): the transactions' own fields decide. */
function compareTies(I: InputRows, a: number, b: number): number {
  const ta = I.txs[I.src[a]!]!;
  const tb = I.txs[I.src[b]!]!;
  return (
    cmp(ta.description, tb.description) ||
    cmp(ta.merchant, tb.merchant) ||
    cmp(ta.category, tb.category) ||
    cmp(ta.account ?? '', tb.account ?? '') ||
    ta.line - tb.line
  );
}

/** Days a day-bucketed sort may span per row before it falls back to a comparison sort (a file with a stray far-off date). */
const MAX_DAYS_PER_ROW = 8;
/** A day with more rows than this is sorted with Array.prototype.sort instead of insertion sort. */
const INSERTION_MAX = 32;

/**
 * The order of the rows under {@link compareRows}: the same permutation a
 * stable sort with compareRows gives. Counting sort by day (input order
 * kept within a day), then each day — a handful of rows — by insertion
 * sort, which is stable: most comparisons of a plain sort were between
 * rows of different days.
 */
function sortOrder(I: InputRows): Int32Array {
  const n = I.n;
  const firstDay = I.firstDay;
  const span = I.lastDay - firstDay + 1;
  if (!(span > 0) || span > MAX_DAYS_PER_ROW * n + 1024) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => compareRows(I, a, b));
    return Int32Array.from(order);
  }
  const start = new Int32Array(span + 1);
  for (let i = 0; i < n; i++) {
    const d = I.day[i]! - firstDay + 1;
    start[d] = start[d]! + 1;
  }
  for (let d = 0; d < span; d++) start[d + 1] = start[d + 1]! + start[d]!;
  const out = new Int32Array(n);
  const at = start.slice(0, span);
  for (let i = 0; i < n; i++) {
    const d = I.day[i]! - firstDay;
    out[at[d]!] = i;
    at[d] = at[d]! + 1;
  }
  for (let d = 0; d < span; d++) {
    const lo = start[d]!;
    const hi = start[d + 1]!;
    if (hi - lo < 2) continue;
    if (hi - lo > INSERTION_MAX) {
      const day = Array.from(out.subarray(lo, hi)).sort((a, b) => compareRows(I, a, b));
      for (let i = lo; i < hi; i++) out[i] = day[i - lo]!;
      continue;
    }
    // compareRows within one day: amount, then the ties
    const amt = I.amt;
    for (let i = lo + 1; i < hi; i++) {
      const x = out[i]!;
      const ax = amt[x]!;
      let j = i - 1;
      while (j >= lo) {
        const y = out[j]!;
        const ay = amt[y]!;
        // (a NaN amount compares as a tie, as `a − b || …` does in compareRows)
        if (ay < ax || (!(ay > ax) && compareTies(I, y, x) <= 0)) break;
        out[j + 1] = y;
        j--;
      }
      out[j + 1] = x;
    }
  }
  return out;
}

/** The input rows in sorted order, months counted from the file's first month. */
function sortRows(I: InputRows): Rows {
  const n = I.n;
  const order = sortOrder(I);
  const [src, day, t, k, kid] = int32Columns(n);
  const amt = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = order[i]!;
    src[i] = I.src[o]!;
    day[i] = I.day[o]!;
    t[i] = I.mn[o]! - I.firstMn;
    k[i] = I.k[o]!;
    amt[i] = I.amt[o]!;
    kid[i] = I.kid[o]!;
  }
  // rows are in day order, so each month's rows are one run
  const T = I.lastMn - I.firstMn + 1;
  const monthStart = new Int32Array(T + 1);
  for (let mt = 0, i = 0; mt < T; mt++) {
    monthStart[mt] = i;
    while (i < n && t[i] === mt) i++;
    monthStart[mt + 1] = i;
  }
  return { n, txs: I.txs, src, day, t, k, amt, kid, keyOf: I.keyOf, ch: new Int8Array(n).fill(-1), monthStart };
}

/** a regular payer: one payee key and one amount level (two employers printed alike stay apart) */
interface Source {
  id: string;
  /** the payer's key (`Rows.kid`): two sources of one payer share it */
  kid: number;
  /** median of the last 6 amounts (kept up to date on every payment) */
  pay: number;
  /** regularity of `days`, cached while `days.length` is `regN` */
  reg: ReturnType<typeof regularity>;
  regN: number;
  days: number[];
  amounts: number[];
  name: string;
  lastTx: CategorizedTransaction;
  salary: boolean;
  /**
   * a new job's cadence before it has its own: the pay it replaced (a
   * regular payer that stopped, whose missed pay this payer's first pay made
   * up), while that payer has not paid again
   */
  inherited: { gap: number; from: Source; day: number } | null;
  /** the day a new job's pay replaced this payer's (it is no longer due unless it pays again) */
  replacedOn: number;
}

/**
 * How many payments a source makes on each payday: 2 when at least 6 of its
 * last 8 paydays had two payments of its amount band on the same day (a
 * couple's Centrelink pensions, paid to each of them by one payer), else 1.
 * A payday with one of the two missing is then a pay that did not come
 * (engine 19).
 */
function paymentsPerPayday(days: readonly number[]): number {
  let paydays = 0;
  let doubled = 0;
  for (let i = days.length - 1; i >= 0 && paydays < 8; ) {
    let j = i;
    while (j > 0 && days[j - 1] === days[i]) j--;
    paydays++;
    if (i - j + 1 === 2) doubled++;
    i = j - 1;
  }
  return paydays >= 8 && doubled >= 6 ? 2 : 1;
}

/**
 * A payment within this share of a missed pay replaces it whole: a new
 * payer's (a new job paying a fifth less is a pay cut, not income that did
 * not arrive), or the same payer's paying more (more shifts, overtime: a
 * bonus or back pay twice the pay is no pay in its place).
 */
const REPLACE_WITHIN = 0.35;
/**
 * A payer whose pay varies (a casual's shifts) is missing income once its
 * missed paydays in a row cover this many days: two weeks of a weekly pay,
 * one fortnightly pay. A single week without pay is a week without shifts
 * (a holiday, no roster), which a casual worker knows and expects.
 */
const STREAM_MIN_GAP_DAYS = 13;
/**
 * … and a payer is judged as one stream only when its pay varies: the
 * median deviation of its last 12 payments at least this share of their
 * median. A salary's is a few per cent (our generator's weekly pays vary
 * by 6 %, a median deviation of 4 %); a casual's shifts, 15–30 %. On the
 * fourth opinion's seeds 7–9, 0.05 / 0.06 / 0.07 / 0.1 / 0.14 left 107 /
 * 115 / 123 / 141 / 181 normal months flagged, with 43 of 45 missing pays
 * caught at 0.05–0.1; ours were the same at 0.06.
 */
const STREAM_MIN_VARIATION = 0.06;
/**
 * A casual's or a driver's pay (a payer judged as one stream) that stops
 * while the household pays away from home on at least this many days is a
 * holiday without pay, not pay that did not come: shifts and trips stop
 * when the worker is away. A salary is paid through annual leave, and is
 * still judged (engine 17).
 */
const UNPAID_HOLIDAY_DAYS = 3;
/** payments a payer is judged on as one stream: its cadence reads the last 9, its variation the last 12 */
const STREAM_TAIL = 13;

/** What {@link FeatureRun.payerStreamMisses} finds of a payer taken as one stream. */
interface PayerStreamMiss {
  /** paydays missed this month */
  missed: number;
  gap: number;
  /** the usual pay: median of the payer's last 8 payments */
  pay: number;
  lastTx: CategorizedTransaction;
  lastDay: number;
  /** the source that paid last (its name and the kind of pay it is) */
  src: Source;
}

/** See FeatureRun.chargeIndex. */
interface ChargeIndex {
  at: Int32Array;
  cents: Float64Array;
  /** months in the file + 1 */
  T1: number;
}

/** A month total that is under twice its usual level but at least twice its median (log scale), for the masked rise. */
interface MaskedTotal {
  medLog: number;
  cents: number;
}

/** A capped rise: its z, the month's purchases and the usual count; for a masked rise, the usual level the total was judged against. */
interface CappedRise {
  z: number;
  charges: number;
  usualCharges: number;
  usualCents: number | null;
}

/** The month being computed: its rows, its history window and the vector being filled. */
interface MonthCtx {
  t: number;
  m: MonthAggregate;
  /** the month's rows: [from, to) in `Rows` */
  from: number;
  to: number;
  /** complete months among the last WINDOW, oldest first */
  hist: number[];
  enough: boolean;
  values: number[];
  evidence: (FeatureEvidence | null)[];
  /** first day of the month, last day covered by the file */
  ms: number;
  we: number;
  /** per category and total: the usual level (log), filled by the category z */
  usual: Float64Array;
  /** the least rise that matters to the household's budget, cents (set by the category z) */
  materialCents: number;
  /** memo of FeatureRun.topExcess / topExcessRows */
  topExcess: { k: number; excess: number } | null;
  topExcessRows: CategorizedTransaction[] | null;
}

/**
 * Float64Array views carved one after another out of one buffer. A typed
 * array with its own backing store costs microseconds to allocate (measured
 * ~4 µs at 12 kB, ~1.5 µs at 160 B: see emptyMonths), and FeatureRun needs
 * ~30 of them per call. Zero-filled, like `new Float64Array(n)`.
 */
class Float64Arena {
  private readonly buf: Float64Array;
  private at = 0;

  constructor(total: number) {
    this.buf = new Float64Array(total);
  }

  /** the next n values */
  take(n: number): Float64Array {
    if (this.at + n > this.buf.length) throw new RangeError('Float64Arena: sized too small');
    const a = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return a;
  }
}

/**
 * State of one computeFeatures call: the per-month series and everything
 * carried forward from earlier months (first-seen payees, income sources,
 * the history of each signal). `month(t)` must be called for t = 0, 1, …
 */
class FeatureRun {
  private readonly floors: typeof DEFAULT_FLOORS;
  private readonly adaptive: boolean;
  private readonly seasonMonths: number;
  private readonly neighbourWeight: number;
  private readonly holidayNeedsTravel: boolean;
  private readonly trim: boolean;
  private readonly outsized: boolean;
  /** each (month, category)'s largest charge, cents */
  private readonly maxTx: Float64Array;
  private readonly useCount: boolean;
  private readonly broadRise: boolean;
  private readonly cappedRise: boolean;
  private readonly maskedRise: boolean;
  private readonly firstYearHabits: boolean;
  private readonly sustainedRiseOn: boolean;
  private readonly tripMeals: boolean;
  private readonly payerStream: boolean;
  private readonly biggerJob: boolean;
  private readonly tripAbroad: boolean;
  private readonly cashDrainOn: boolean;
  private readonly sameLarger: boolean;
  private readonly parentalLeave: boolean;
  private readonly earlyPay: boolean;
  private readonly topUps: boolean;
  private readonly debitedTwice: boolean;
  private readonly payCouples: boolean;
  private readonly unpaidHoliday: boolean;
  /** see {@link firstPaidDays} */
  private firstPaid: Float64Array | null = null;
  private readonly months: MonthAggregate[];
  private readonly lastDay: number;
  private readonly K = SPEND_CATEGORIES.length;
  private readonly R: Rows;
  /** see {@link unmarkedIsBill}; null until first needed */
  private unmarkedBill: boolean | null = null;
  private readonly complete: boolean[];
  /**
   * Per month × column series, flat: month t's column k at [t·S + k], S =
   * K + 2 (categories, total at K, new-payee spend at K + 1 where a series
   * has it). One typed array per series rather than one per month: a small
   * typed array costs about a microsecond to allocate (its own backing
   * store), and there were ten per month (measured).
   */
  private readonly S: number;
  /** log spend per month × category, and total (column K) */
  private readonly v: Float64Array;
  /** the same without each month's single largest charge: a broad rise, not one big purchase */
  private readonly vTrim: Float64Array;
  /** number of charges per category (log), for the count z */
  private readonly cnt: Float64Array;
  /** charges per (month, category): `chargeCount[t·S + k]` ({@link chargeIndex}) */
  private readonly chargeCount: Float64Array;
  /** medians of the history windows (NaN = not computed); medAt's column K + 1 is new-payee spend */
  private readonly medAt: Float64Array;
  private readonly medTrimAt: Float64Array;
  /**
   * a broad rise: log spend per month × category without the month's
   * BROAD_TRIM largest charges in it (a car service and a new set of tyres in
   * one month are not more driving); its medians and z's (NaN = not computed)
   */
  private readonly vBroad: Float64Array;
  private readonly medBroadAt: Float64Array;
  private readonly zBroadAt: Float64Array;
  /** the broad series' usual level (median + seasonal allowance), log units, where broadZ ran */
  private readonly usualBroadAt: Float64Array;
  /** distinct payees per month × category (an everyday category is bought from several) */
  private readonly payeesAt: Float64Array;
  private readonly medCntAt: Float64Array;
  private readonly zAt: Float64Array;
  private readonly steadyAt: Uint8Array;
  private readonly newSpendLog: Float64Array;
  private readonly burstMax: Float64Array;
  /** per month: the most cash withdrawn within DRAIN_WINDOW_DAYS, cents */
  private readonly drainMax: Float64Array;
  /** the naive three per month, flat: month t's at [3t, 3t + 3) */
  private readonly naive: Float64Array;
  private readonly inflowCents: Float64Array;
  private readonly incomeLog: Float64Array;
  /** per interned payee: month first seen (-1 = not yet) */
  private readonly firstSeen: Int32Array;
  /** per interned payee: the last month before the current one with money out to it (-1 = none) */
  private readonly lastSeen: Int32Array;
  /** per interned payee: months with same-day repeats */
  private readonly dupMonths: Int32Array;
  /** {@link twinTable}'s slots, and the month stamp its entries carry */
  private twins: { table: Int32Array; stamp: Int32Array } | null = null;
  private twinEpoch = 0;
  private readonly newPayeeAmounts: number[] = [];
  private readonly sourcesByKey = new Map<number, Source[]>();
  private readonly sources: Source[] = [];
  private historyCount = 0;
  /**
   * The history window of every column of `v` and `vTrim`, kept sorted as
   * months slide in and out (column k in [k·WINDOW, k·WINDOW + winN)):
   * robustRef then sorts an already sorted copy, instead of sorting 24
   * values from scratch per column and month (measured: most of its time).
   */
  private readonly winV: Float64Array;
  private readonly winTrim: Float64Array;
  /** sorted windows of vBroad and payeesAt, like winV (broadZ reads them in place) */
  private readonly winBroad: Float64Array;
  private readonly winPay: Float64Array;
  private winN = 0;
  /** the month's usual level (log) per category and total, filled by the category z (zeros when there is too little history) */
  private readonly usual: Float64Array;
  private readonly newByCat: Float64Array;
  private readonly bufA: Float64Array;
  private readonly bufB: Float64Array;
  private readonly scratch: Float64Array;
  /** gathers a history window's charges in one category for the capped rise's cap (grown on demand) */
  private capBuf = new Float64Array(0);
  /** the charges of each category by month, built on the first capped rise ({@link chargeIndex}) */
  private charges: ChargeIndex | null = null;

  constructor(opts: FeatureOptions, aggregation: Aggregation, R: Rows) {
    this.floors = { ...DEFAULT_FLOORS, ...opts.floors };
    this.adaptive = opts.adaptiveFloor ?? true;
    this.seasonMonths = opts.seasonMonths ?? SEASON_MONTHS;
    this.neighbourWeight = opts.seasonalNeighbourWeight ?? 1;
    this.holidayNeedsTravel = opts.holidayNeedsTravel ?? true;
    this.trim = opts.trimLargest ?? true;
    this.outsized = opts.outsizedCharge ?? true;
    this.broadRise = opts.broadRise ?? true;
    this.cappedRise = opts.cappedRise ?? true;
    this.maskedRise = opts.maskedRise ?? true;
    this.firstYearHabits = opts.firstYearHabits ?? true;
    this.sustainedRiseOn = opts.sustainedRise ?? true;
    this.tripMeals = opts.tripMeals ?? true;
    this.payerStream = opts.payerStream ?? true;
    this.biggerJob = opts.biggerJob ?? true;
    this.tripAbroad = opts.tripAbroad ?? true;
    this.cashDrainOn = opts.cashDrain ?? true;
    this.sameLarger = opts.sameLarger ?? true;
    this.parentalLeave = opts.parentalLeave ?? true;
    this.earlyPay = opts.earlyPay ?? true;
    this.topUps = opts.topUps ?? true;
    this.debitedTwice = opts.debitedTwice ?? true;
    this.payCouples = opts.payCouples ?? true;
    this.unpaidHoliday = opts.unpaidHoliday ?? true;
    this.useCount = opts.countZ ?? false;
    const months = aggregation.months;
    this.months = months;
    this.lastDay = aggregation.lastDay;
    const T = months.length;
    const K = this.K;

    this.R = R;

    this.complete = months.map((m) => m.coverage >= COMPLETE);
    const S = K + 2;
    this.S = S;
    // every Float64Array of the run, from one buffer (the take calls below add up to this)
    const TS = T * S;
    const arena = new Float64Arena(13 * TS + T * K * BROAD_TRIM + 8 * T + S + K + 4 * (K + 1) * WINDOW + 3 * WINDOW);
    const v = arena.take(TS);
    for (let t = 0; t < T; t++) {
      const m = months[t]!;
      for (let k = 0; k < K; k++) v[t * S + k] = logDollars(m.spend[k]!);
      v[t * S + K] = logDollars(m.totalSpendCents);
    }
    this.v = v;
    const maxTx = arena.take(TS);
    const cnt = arena.take(TS);
    const inflowCents = arena.take(T);
    for (let i = 0; i < R.n; i++) {
      const amt = R.amt[i]!;
      const rt = R.t[i]!;
      if (amt > 0) inflowCents[rt] = inflowCents[rt]! + amt;
      if (R.k[i]! < 0) continue;
      const at = rt * S;
      const k = at + R.k[i]!;
      if (-amt > maxTx[k]!) maxTx[k] = -amt;
      if (-amt > maxTx[at + K]!) maxTx[at + K] = -amt;
      cnt[k] = cnt[k]! + 1;
      cnt[at + K] = cnt[at + K]! + 1;
    }
    const vTrim = arena.take(TS);
    for (let t = 0; t < T; t++) {
      const m = months[t]!;
      for (let k = 0; k < K; k++) vTrim[t * S + k] = logDollars(m.spend[k]! - maxTx[t * S + k]!);
      vTrim[t * S + K] = logDollars(m.totalSpendCents - maxTx[t * S + K]!);
    }
    this.vTrim = vTrim;
    this.maxTx = maxTx;
    // the count series is read only with countZ (off by default): ~1,500 logs skipped otherwise
    this.chargeCount = cnt;
    if (this.useCount) {
      const logged = new Float64Array(TS);
      for (let x = 0; x < TS; x++) logged[x] = Math.log(cnt[x]! + 2);
      this.cnt = logged;
    } else this.cnt = cnt;
    this.medTrimAt = arena.take(TS).fill(NaN);
    {
      // the BROAD_TRIM largest charges of each (month, category), descending; distinct payees
      const top = arena.take(T * K * BROAD_TRIM);
      const payeesAt = arena.take(TS);
      // per (category, payee): 1 + the last month it was counted in. Rows come
      // month by month, so this marks "already counted this month" without a
      // Set of (month, category, payee) ids (measured: the Set was most of
      // this constructor's time)
      const nKeys = R.keyOf.length;
      const countedIn = new Int32Array(K * nKeys);
      for (let i = 0; i < R.n; i++) {
        const k = R.k[i]!;
        if (k < 0) continue;
        const rt = R.t[i]!;
        let x = -R.amt[i]!;
        const a = (rt * K + k) * BROAD_TRIM;
        for (let j = a; j < a + BROAD_TRIM; j++) {
          if (x > top[j]!) {
            const y = top[j]!;
            top[j] = x;
            x = y;
          }
        }
        const id = k * nKeys + R.kid[i]!;
        if (countedIn[id] !== rt + 1) {
          countedIn[id] = rt + 1;
          payeesAt[rt * S + k] = payeesAt[rt * S + k]! + 1;
        }
      }
      const vBroad = arena.take(TS);
      for (let t = 0; t < T; t++) {
        for (let k = 0; k < K; k++) {
          let rest = months[t]!.spend[k]!;
          const a = (t * K + k) * BROAD_TRIM;
          for (let j = a; j < a + BROAD_TRIM; j++) rest -= top[j]!;
          vBroad[t * S + k] = logDollars(rest);
        }
      }
      this.vBroad = vBroad;
      this.payeesAt = payeesAt;
    }
    this.medBroadAt = arena.take(TS).fill(NaN);
    this.zBroadAt = arena.take(TS).fill(NaN);
    this.usualBroadAt = arena.take(TS).fill(NaN);
    this.medCntAt = arena.take(TS).fill(NaN);
    this.medAt = arena.take(TS).fill(NaN);
    this.zAt = arena.take(TS).fill(NaN);
    this.steadyAt = new Uint8Array(T * S);
    this.usual = arena.take(S);
    this.newByCat = arena.take(K);
    this.newSpendLog = arena.take(T);
    this.burstMax = arena.take(T);
    this.drainMax = arena.take(T);
    this.naive = arena.take(T * 3).fill(NaN);
    this.inflowCents = inflowCents;
    const incomeLog = arena.take(T);
    for (let t = 0; t < T; t++) incomeLog[t] = logDollars(inflowCents[t]!);
    this.incomeLog = incomeLog;
    this.winV = arena.take((K + 1) * WINDOW);
    this.winTrim = arena.take((K + 1) * WINDOW);
    this.winBroad = arena.take((K + 1) * WINDOW);
    this.winPay = arena.take((K + 1) * WINDOW);
    this.bufA = arena.take(WINDOW);
    this.bufB = arena.take(WINDOW);
    this.scratch = arena.take(WINDOW);
    this.firstSeen = new Int32Array(R.keyOf.length).fill(-1);
    this.lastSeen = new Int32Array(R.keyOf.length).fill(-1);
    this.dupMonths = new Int32Array(R.keyOf.length);
  }

  /**
   * In a file where card purchases carry a card marker, an unmarked debit is
   * a bill / direct debit (judged on up to 400 money-out rows spread over
   * the file). Computed on first use: it takes 400 channel guesses (regexes
   * over rows scattered through memory, measured ~0.3 ms), and a file may
   * never have a new unmarked debit to judge.
   */
  private unmarkedIsBill(): boolean {
    if (this.unmarkedBill !== null) return this.unmarkedBill;
    const R = this.R;
    let cardMarked = 0;
    let outCount = 0;
    let nOut = 0;
    for (let i = 0; i < R.n; i++) if (R.amt[i]! < 0) nOut++;
    const step = Math.max(1, Math.floor(nOut / 400));
    // every step-th money-out row, counting from the first
    let o = 0;
    for (let i = 0; i < R.n; i++) {
      if (R.amt[i]! >= 0) continue;
      if (o % step === 0) {
        outCount++;
        if (chan(R, i) === 'card') cardMarked++;
      }
      o++;
    }
    this.unmarkedBill = outCount > 0 && cardMarked / outCount >= 0.3;
    return this.unmarkedBill;
  }

  /** Features of month t (months in order: state carries forward). */
  month(t: number): MonthFeatures {
    const m = this.months[t]!;
    const nF = FEATURE_NAMES.length;
    const ms = monthStartDay(m.mn);
    const me = ms + daysInMonth(m.mn) - 1;
    const hist: number[] = [];
    for (let j = Math.max(0, t - WINDOW); j < t; j++) if (this.complete[j]) hist.push(j);
    this.slideWindows(t);
    const c: MonthCtx = {
      t,
      m,
      from: this.R.monthStart[t]!,
      to: this.R.monthStart[t + 1]!,
      hist,
      enough: hist.length >= MIN_Z_HISTORY,
      values: new Array<number>(nF).fill(0),
      evidence: new Array<FeatureEvidence | null>(nF).fill(null),
      ms,
      we: Math.min(me, this.lastDay),
      usual: this.usual.fill(0),
      materialCents: MATERIAL_MIN_CENTS,
      topExcess: null,
      topExcessRows: null,
    };
    this.categoryZ(c);
    this.sustainedRise(c);
    this.sustained(c);
    this.naiveThree(c);
    const newRows = this.newPayees(c);
    this.newDirectDebits(c, newRows);
    this.duplicates(c);
    this.cardBurst(c, newRows);
    this.newPayeeTransfer(c);
    this.missingIncome(c);
    this.markPaid(c);
    if (this.historyCount < this.seasonMonths) {
      const habit = this.firstYearHabit(c);
      // the windows and z's above still advance: later months judge against these months
      for (const f of SEASONAL_FEATURES) {
        if (habit && f === 'steadyCategorySpike') continue;
        c.values[F[f]] = 0;
        c.evidence[F[f]] = null;
      }
    }
    let usualCents: number[] | null = null;
    let typicalCents: number[] | null = null;
    if (c.enough) {
      usualCents = new Array<number>(this.K);
      typicalCents = new Array<number>(this.K);
      for (let k = 0; k < this.K; k++) {
        usualCents[k] = centsOfLog(c.usual[k]!);
        typicalCents[k] = centsOfLog(this.medAt[t * this.S + k]!);
      }
    }
    const out: MonthFeatures = { month: m.month, mn: m.mn, history: this.historyCount, values: c.values, evidence: c.evidence, usualCents, typicalCents };
    if (this.complete[t]) this.historyCount++;
    return out;
  }

  /**
   * Before a year of history, spending levels wait for a season seen once
   * (history.ts SEASON_MONTHS), except an everyday habit that tripled: the
   * month's steady category spike still counts when its category is one of
   * {@link FIRST_YEAR_CATEGORIES}, bought from {@link EVERYDAY_PAYEES}+
   * payees in a median history month (a habit, not a handful of purchases
   * whose total swings), at {@link FIRST_YEAR_MIN_RATIO} times its usual
   * level (2.5: +1 spike for +2 normal months flagged, one of them a
   * December), in a month with less than HOLIDAY_TRAVEL_MIN_CENTS of Travel
   * spend. On four development seed sets of our generator and the second
   * opinion's it caught 10 more spikes in two-year files and flagged no
   * normal month more; on two fresh sets it changed nothing (detect
   * README, "Engine 12").
   */
  private firstYearHabit(c: MonthCtx): boolean {
    if (!this.firstYearHabits || !(c.values[F.steadyCategorySpike]! > 0)) return false;
    const ev = c.evidence[F.steadyCategorySpike]?.evidence;
    if (ev?.kind !== 'category-spike' || !FIRST_YEAR_CATEGORIES.has(ev.category)) return false;
    if (ev.spendCents < FIRST_YEAR_MIN_RATIO * ev.usualCents || c.m.spend[TRAVEL_K]! >= HOLIDAY_TRAVEL_MIN_CENTS) return false;
    return this.boughtEveryday(SPEND_CATS.indexOf(ev.category), c.hist.length);
  }

  /** Whether category k was bought from EVERYDAY_PAYEES+ payees in a median month of the n history months (winPay holds them, sorted). */
  private boughtEveryday(k: number, n: number): boolean {
    return quantileAt(this.winPay, k * WINDOW, n, 0.5) >= EVERYDAY_PAYEES;
  }

  /** Record month t as the last month with money out to each of its payees (read by {@link onTrip} from the next month on). */
  private markPaid(c: MonthCtx): void {
    const { R, lastSeen } = this;
    for (let i = c.from; i < c.to; i++) if (R.amt[i]! < 0) lastSeen[R.kid[i]!] = c.t;
  }

  /** Move the sorted windows from month t − 1's history to month t's: `hist` of month t is the complete months in [t − WINDOW, t). */
  private slideWindows(t: number): void {
    const K = this.K;
    const drop = t - 1 - WINDOW;
    const add = t - 1;
    if (drop >= 0 && this.complete[drop] && this.complete[add]) {
      // one month out, one in (most months): replace in place
      const atD = drop * this.S;
      const atA = add * this.S;
      for (let k = 0; k <= K; k++) {
        sortedReplace(this.winV, k * WINDOW, this.winN, this.v[atD + k]!, this.v[atA + k]!);
        sortedReplace(this.winTrim, k * WINDOW, this.winN, this.vTrim[atD + k]!, this.vTrim[atA + k]!);
        sortedReplace(this.winBroad, k * WINDOW, this.winN, this.vBroad[atD + k]!, this.vBroad[atA + k]!);
        sortedReplace(this.winPay, k * WINDOW, this.winN, this.payeesAt[atD + k]!, this.payeesAt[atA + k]!);
      }
      return;
    }
    if (drop >= 0 && this.complete[drop]) {
      const at = drop * this.S;
      for (let k = 0; k <= K; k++) {
        sortedRemove(this.winV, k * WINDOW, this.winN, this.v[at + k]!);
        sortedRemove(this.winTrim, k * WINDOW, this.winN, this.vTrim[at + k]!);
        sortedRemove(this.winBroad, k * WINDOW, this.winN, this.vBroad[at + k]!);
        sortedRemove(this.winPay, k * WINDOW, this.winN, this.payeesAt[at + k]!);
      }
      this.winN--;
    }
    if (add >= 0 && this.complete[add]) {
      const at = add * this.S;
      for (let k = 0; k <= K; k++) {
        sortedInsert(this.winV, k * WINDOW, this.winN, this.v[at + k]!);
        sortedInsert(this.winTrim, k * WINDOW, this.winN, this.vTrim[at + k]!);
        sortedInsert(this.winBroad, k * WINDOW, this.winN, this.vBroad[at + k]!);
        sortedInsert(this.winPay, k * WINDOW, this.winN, this.payeesAt[at + k]!);
      }
      this.winN++;
    }
  }

  /**
   * seasonal allowance: how far above its own median a series was in the
   * same month ±1 last year. For Dining, without Travel spend this month, at
   * most HOLIDAY_CAP_WITHOUT_TRAVEL spreads (`spread`: the series' own).
   */
  private seasonal(t: number, series: Float64Array, col: number, meds: Float64Array, medNow: number, spread: number): number {
    const S = this.S;
    let boost = 0;
    for (let j = t - 13; j <= t - 11; j++) {
      if (j < 0 || !this.complete[j]) continue;
      // the level as it was then; for the first months of a file, today's level
      let med = meds[j * S + col]!;
      if (Number.isNaN(med)) med = medNow;
      const x = series[j * S + col]!;
      boost = Math.max(boost, (j === t - 12 ? 1 : this.neighbourWeight) * (x - med));
    }
    // a holiday last year explains this year's eating out only if this month has a trip too
    if (this.holidayNeedsTravel && col === DINING_K && this.months[t]!.spend[TRAVEL_K]! < HOLIDAY_TRAVEL_MIN_CENTS) {
      return Math.min(boost, HOLIDAY_CAP_WITHOUT_TRAVEL * spread);
    }
    return boost;
  }

  /** {@link seasonal} of a one-column series (`meds[j·S + col]` is its median at month j) */
  private seasonal1(t: number, series: Float64Array, col: number, meds: Float64Array, medNow: number): number {
    let boost = 0;
    for (let j = t - 13; j <= t - 11; j++) {
      if (j < 0 || !this.complete[j]) continue;
      let med = meds[j * this.S + col]!;
      if (Number.isNaN(med)) med = medNow;
      const x = series[j]!;
      boost = Math.max(boost, (j === t - 12 ? 1 : this.neighbourWeight) * (x - med));
    }
    return boost;
  }

  private catCents(m: MonthAggregate, k: number): number {
    return k < this.K ? m.spend[k]! : m.totalSpendCents;
  }

  /** how unusual a category usually gets: how far the q90 of its own past z-scores (`zs`) reaches above 2; 0 without adaptiveFloor */
  private pastFloor(zs: Float64Array, hist: readonly number[], k: number): number {
    if (!this.adaptive) return 0;
    const { S, bufB } = this;
    let np = 0;
    for (let i = 0; i < hist.length; i++) {
      const pz = zs[hist[i]! * S + k]!;
      if (!Number.isNaN(pz)) bufB[np++] = pz;
    }
    if (np < MIN_Z_HISTORY) return 0;
    sortPrefix(bufB, np);
    return Math.max(0, quantilePrefix(bufB, np, 0.9) - 2);
  }

  /** Month j's spend in category k with each charge capped at `cap` cents, as log dollars. */
  private cappedLog(j: number, k: number, cap: number): number {
    const { at, cents, T1 } = this.chargeIndex();
    const slot = k * T1 + j;
    let sum = 0;
    for (let x = at[slot]!; x < at[slot + 1]!; x++) sum += Math.min(cents[x]!, cap);
    return logDollars(sum);
  }

  /**
   * Every charge (money out) of each category, grouped by category and then
   * by month, in row order: month j's charges in category k are
   * `cents[at[k·(T+1) + j] … at[k·(T+1) + j + 1])`. Built once, on the
   * first capped rise: the masked rise asks for a category's 24 months of
   * charges about 15 times a user, and reading them from all rows each time
   * cost ~0.7 ms a user (measured), the index about 0.1. The counts are the
   * constructor's; one pass over the rows places the amounts.
   */
  private chargeIndex(): ChargeIndex {
    if (this.charges !== null) return this.charges;
    const { R, K, S, chargeCount } = this;
    const T1 = R.monthStart.length;
    const T = T1 - 1;
    const at = new Int32Array(K * T1 + 1);
    // at[x + 1] = at[x] + the charges in slot x = k·T1 + t; each category's slot T is empty
    for (let k = 0, x = 0; k < K; k++) {
      for (let t = 0; t < T; t++, x++) at[x + 1] = at[x]! + chargeCount[t * S + k]!;
      at[x + 1] = at[x]!;
      x++;
    }
    const next = at.slice(0, K * T1);
    const cents = new Float64Array(at[K * T1]!);
    for (let i = 0; i < R.n; i++) {
      // a row has a category exactly when it is money out (readRows): the rows the constructor counted
      const k = R.k[i]!;
      if (k < 0) continue;
      const slot = k * T1 + R.t[i]!;
      cents[next[slot]!] = -R.amt[i]!;
      next[slot] = next[slot]! + 1;
    }
    this.charges = { at, cents, T1 };
    return this.charges;
  }

  /**
   * The capped rise of category k ({@link CAPPED_CATEGORIES}): the z of the
   * month's spend with every charge capped at the category's
   * CAPPED_QUANTILE charge over the history, against that series' median,
   * spread and same month last year, on the steady column's scale; null when
   * it does not apply. The caller has checked that the month total is
   * material and at least SPIKE_MIN_RATIO times its usual level, so the
   * reason's "2.3× your usual" holds too. The charges come from
   * {@link chargeIndex}, built on the first call.
   *
   * `masked`: the month total is material and at least SPIKE_MIN_RATIO times
   * the category's median, but not its usual level — the masked rise
   * ({@link MASKED_RISE_MIN_Z}). The total is then judged against the median
   * plus the capped series' season, which `usualCents` returns for the reason.
   */
  private cappedZ(c: MonthCtx, k: number, nonzero: number, masked: MaskedTotal | null): CappedRise | null {
    const { t, hist } = c;
    if (!this.cappedRise || !IS_CAPPED_K[k] || nonzero < STEADY_SHARE * hist.length) return null;
    const capped = this.cappedRef(k, hist, hist.length);
    if (capped === null) return null;
    const { cap, ref } = capped;
    if (ref.spread > STEADY_SPREAD) return null;
    const lastYear = t - 12;
    const season = lastYear >= 0 && this.complete[lastYear] ? Math.max(0, this.cappedLog(lastYear, k, cap) - ref.med) : 0;
    const usualLog = ref.med + season;
    const now = this.cappedLog(t, k, cap);
    if (centsOfLog(now) < SPIKE_MIN_RATIO * centsOfLog(usualLog)) return null;
    const z = (now - usualLog) / ref.spread;
    let usualCents: number | null = null;
    if (masked !== null) {
      // the total against the median plus last year's ordinary purchases, not last year's one-offs
      usualCents = centsOfLog(masked.medLog + season);
      if (masked.cents - usualCents < c.materialCents || masked.cents < SPIKE_MIN_RATIO * usualCents || z < MASKED_RISE_MIN_Z) return null;
    }
    const { at, T1 } = this.chargeIndex();
    const charges = at[k * T1 + t + 1]! - at[k * T1 + t]!;
    // cappedRef left each history month's number of charges in bufB
    sortPrefix(this.bufB, hist.length);
    return { z, charges, usualCharges: quantilePrefix(this.bufB, hist.length, 0.5), usualCents };
  }

  /**
   * Category k's charges in the months hist[0 … n) capped at their
   * CAPPED_QUANTILE charge: the cap, and the capped monthly series' median
   * and spread; null when those months hold no charge. Leaves each month's
   * number of charges in bufB[0 … n).
   */
  private cappedRef(k: number, hist: readonly number[], n: number): { cap: number; ref: RobustRef } | null {
    const { bufA, bufB, scratch } = this;
    const { at, cents, T1 } = this.chargeIndex();
    const base = k * T1;
    const from = at[base + hist[0]!]!;
    const to = at[base + hist[n - 1]! + 1]!;
    if (this.capBuf.length < to - from) this.capBuf = new Float64Array(to - from);
    const all = this.capBuf;
    let m = 0;
    for (let h = 0; h < n; h++) {
      const a = at[base + hist[h]!]!;
      const b = at[base + hist[h]! + 1]!;
      for (let x = a; x < b; x++) all[m++] = cents[x]!;
      bufB[h] = b - a;
    }
    if (m === 0) return null;
    const cap = quantileSelect(all, m, CAPPED_QUANTILE);
    for (let h = 0; h < n; h++) bufA[h] = this.cappedLog(hist[h]!, k, cap);
    return { cap, ref: robustRef(bufA, n, scratch) };
  }

  /**
   * The sustained rise ({@link SUSTAINED_RISE_MIN_Z}, {@link SUSTAINED_RISE_CATEGORIES}), into the steady
   * column when it beats what is there: on that column's scale, the sum of
   * the run's capped z's less the sustained floor (3), at least 1.5 when
   * every month passes. Its reason is the run: "Groceries $1,120 a month for
   * 3 months running, 1.4× your usual $800", with the run's purchases
   * behind it.
   */
  private sustainedRise(c: MonthCtx): void {
    const { t, hist, values, evidence } = c;
    const first = t - (SUSTAIN_MONTHS - 1);
    if (!this.sustainedRiseOn || !c.enough || first < 0) return;
    for (let j = first; j < t; j++) if (!this.complete[j]) return;
    // the history before the run (hist is oldest first)
    let n = 0;
    while (n < hist.length && hist[n]! < first) n++;
    if (n < SUSTAINED_RISE_MIN_HISTORY) return;
    const { S, v, K } = this;
    let bestVal = values[F.steadyCategorySpike]!;
    let bestK = -1;
    let bestUsual = 0;
    let bestMean = 0;
    for (let k = 0; k < K; k++) {
      if (!IS_SUSTAINED_K[k]) continue;
      // spent in most months before the run, and every month of the run above the median before it, well above on average: cheap tests first
      let nonzero = 0;
      for (let h = 0; h < n; h++) if (v[hist[h]! * S + k]! > LOG_ZERO) nonzero++;
      if (nonzero < STEADY_SHARE * n) continue;
      const usualCents = centsOfLog(this.medAt[first * S + k]!);
      let total = 0;
      let above = true;
      for (let j = first; j <= t && above; j++) {
        const x = this.months[j]!.spend[k]!;
        above = x > usualCents;
        total += x;
      }
      if (!above) continue;
      const mean = total / SUSTAIN_MONTHS;
      if (mean < SUSTAINED_RISE_MIN_RATIO * usualCents || total - SUSTAIN_MONTHS * usualCents < c.materialCents) continue;
      const capped = this.cappedRef(k, hist, n);
      if (capped === null) continue;
      const { cap, ref } = capped;
      const zOf = (j: number): number => {
        const lastYear = j - 12;
        const season = lastYear >= 0 && this.complete[lastYear] ? Math.max(0, this.cappedLog(lastYear, k, cap) - ref.med) : 0;
        return (this.cappedLog(j, k, cap) - ref.med - season) / ref.spread;
      };
      let sum = 0;
      let every = true;
      for (let j = first; j <= t && every; j++) {
        const z = zOf(j);
        every = z >= SUSTAINED_RISE_MIN_Z;
        sum += z;
      }
      // the run starts here: a level that has been up longer (a new habit, a bigger household) was said once, at its third month
      if (every && first > 0 && zOf(first - 1) >= SUSTAINED_RISE_MIN_Z) continue;
      const val = sum - this.floors.sustainedElevation;
      if (every && val > bestVal) {
        bestVal = val;
        bestK = k;
        bestUsual = usualCents;
        bestMean = mean;
      }
    }
    if (bestK < 0) return;
    values[F.steadyCategorySpike] = bestVal;
    evidence[F.steadyCategorySpike] = {
      evidence: { kind: 'sustained', category: SPEND_CATEGORIES[bestK]!, avgCents: Math.round(bestMean), usualCents: bestUsual, months: SUSTAIN_MONTHS },
      // the run's purchases, all three months of them (up to CAPPED_ROWS), largest first: a rise of ordinary purchases has no few charges to blame
      transactions: topSpendRows(this.R, this.R.monthStart[first]!, c.to, bestK, CAPPED_ROWS),
    };
  }

  /**
   * The broad rise of category k in an everyday category (spent in most
   * months, from EVERYDAY_PAYEES+ payees in a median month, broad spread at
   * most STEADY_SPREAD), on the steady column's scale (its own floor
   * `floors.broadRise`, the steady floor added back by the caller); −Infinity
   * when it does not apply.
   */
  private broadZ(c: MonthCtx, k: number, nonzero: number, material: boolean): number {
    const { t, hist } = c;
    const { S, vBroad, medBroadAt, zBroadAt, usualBroadAt, scratch, winBroad } = this;
    if (!this.broadRise || nonzero < STEADY_SHARE * hist.length) return -Infinity;
    // the windows hold this column's history sorted (the same multisets as payeesAt / vBroad over hist)
    const w = k * WINDOW;
    if (!this.boughtEveryday(k, hist.length)) return -Infinity;
    const ref = robustRefSorted(winBroad, w, hist.length, scratch);
    const at = t * S + k;
    medBroadAt[at] = ref.med;
    const usualLog = ref.med + this.seasonal(t, vBroad, k, medBroadAt, ref.med, ref.spread);
    usualBroadAt[at] = usualLog;
    const z = (vBroad[at]! - usualLog) / ref.spread;
    zBroadAt[at] = z;
    if (ref.spread > STEADY_SPREAD || !material) return -Infinity;
    // like the month totals, the everyday purchases must be at least SPIKE_MIN_RATIO times their usual level
    if (centsOfLog(vBroad[at]!) < SPIKE_MIN_RATIO * centsOfLog(usualLog)) return -Infinity;
    return z - this.pastFloor(zBroadAt, hist, k) - (this.floors.broadRise - this.floors.steadyCategorySpike);
  }

  /** Month t's spend in category k without its BROAD_TRIM largest charges, and that series' usual level ({@link broadZ} ran for (t, k)). */
  private broadLevels(t: number, k: number): { without: number; spendCents: number; usualCents: number } {
    const at = t * this.S + k;
    return {
      without: BROAD_TRIM,
      spendCents: centsOfLog(this.vBroad[at]!),
      usualCents: centsOfLog(this.usualBroadAt[at]!),
    };
  }

  // ---- category and total robust z
  /**
   * The largest charge of the history months in category k when month t's
   * largest is at least OUTSIZED_RATIO times it (an outsized charge), else
   * null; only in {@link OUTSIZED_CATEGORIES}.
   */
  private outsizedOver(t: number, hist: readonly number[], k: number): number | null {
    if (!this.outsized || !IS_OUTSIZED_K[k]) return null;
    const { S, maxTx } = this;
    let most = 0;
    for (let i = 0; i < hist.length; i++) most = Math.max(most, maxTx[hist[i]! * S + k]!);
    return most > 0 && maxTx[t * S + k]! >= OUTSIZED_RATIO * most ? most : null;
  }

  private categoryZ(c: MonthCtx): void {
    const { t, m, hist, enough, values, evidence, usual } = c;
    const K = this.K;
    const { S, v, vTrim, cnt, medAt, medTrimAt, medCntAt, zAt, steadyAt, bufA, bufB, scratch, winV, winTrim } = this;
    const at = t * S;
    // [steady, lumpy]
    let bestSteadyK = -1;
    // the steady winner came from the broad rise (its evidence then says so)
    let bestSteadyBroad = false;
    // … or from the capped rise (its evidence then counts the purchases)
    let bestSteadyCapped: CappedRise | null = null;
    // … or from a month total judged with its outsized charge (the history's largest charge, cents)
    let bestSteadyOutsized: number | null = null;
    let bestLumpyOutsized: number | null = null;
    let bestSteadyZ = -Infinity;
    let bestLumpyK = -1;
    let bestLumpyZ = -Infinity;
    if (enough) {
      for (let i = 0; i < hist.length; i++) bufB[i] = this.months[hist[i]!]!.totalSpendCents;
      sortPrefix(bufB, hist.length);
      c.materialCents = Math.max(MATERIAL_MIN_CENTS, MATERIAL_SHARE * quantilePrefix(bufB, hist.length, 0.5));
      const { materialCents } = c;
      const buf = bufA;
      const n = hist.length;
      for (let k = 0; k <= K; k++) {
        // this column's history, sorted (the same multiset as v[hist[i]][k]);
        // months without spend (LOG_ZERO) come first, so the months with spend are the tail
        const w = k * WINDOW;
        let zeros = 0;
        while (zeros < n && !(winV[w + zeros]! > LOG_ZERO)) zeros++;
        const nonzero = n - zeros;
        const now = k < K ? m.spend[k]! : m.totalSpendCents;
        if (nonzero === 0 && now === 0) {
          // never spent on: nothing to compare, nothing unusual
          medAt[at + k] = v[at + k]!;
          usual[k] = v[at + k]!;
          zAt[at + k] = 0;
          continue;
        }
        const ref = robustRefSorted(winV, w, n, scratch);
        medAt[at + k] = ref.med;
        const base = ref.med + this.seasonal(t, v, k, medAt, ref.med, ref.spread);
        usual[k] = base;
        let z = (v[at + k]! - base) / ref.spread;
        // the trimmed z can only lower z; it matters only when z is high enough to count
        // an outsized charge (engine 18): the most the history paid, and the month's z without the charge
        let outsizedMost: number | null = null;
        let zWithout = 0;
        if (this.trim && z > SUSTAIN_SLACK) {
          const refT = robustRefSorted(winTrim, w, n, scratch);
          medTrimAt[at + k] = refT.med;
          const zT = (vTrim[at + k]! - refT.med - this.seasonal(t, vTrim, k, medTrimAt, refT.med, refT.spread)) / refT.spread;
          // an outsized charge is not trimmed away: it is what is unusual
          outsizedMost = k < K ? this.outsizedOver(t, hist, k) : null;
          if (outsizedMost !== null) zWithout = zT;
          else {
            z = Math.min(z, zT);
            if (this.useCount && z > SUSTAIN_SLACK) {
              for (let i = 0; i < hist.length; i++) buf[i] = cnt[hist[i]! * S + k]!;
              const refC = robustRef(buf, hist.length, scratch);
              medCntAt[at + k] = refC.med;
              const spreadC = Math.max(refC.spread, COUNT_SPREAD_FLOOR);
              const zC = (cnt[at + k]! - refC.med - this.seasonal(t, cnt, k, medCntAt, refC.med, spreadC)) / spreadC;
              z = Math.min(z, zC);
            }
          }
        }
        zAt[at + k] = z;
        const isSteady = nonzero >= STEADY_SHARE * hist.length && ref.spread <= STEADY_SPREAD;
        steadyAt[at + k] = isSteady ? 1 : 0;
        if (k === K) continue;
        if (SPIKE_EXCLUDED.has(SPEND_CATEGORIES[k]!)) continue;
        // a holiday's meals out at new places (engine 15)
        if (this.tripMeals && this.tripExplains(c, k, now - centsOfLog(base))) continue;
        // material: the rise must matter to the household's budget
        const usualCents = centsOfLog(base);
        const excess = now - usualCents;
        const zb = this.broadZ(c, k, nonzero, excess >= materialCents);
        if (zb > bestSteadyZ) {
          bestSteadyZ = zb;
          bestSteadyK = k;
          bestSteadyBroad = true;
          bestSteadyCapped = null;
          bestSteadyOutsized = null;
        }
        // material, and at least SPIKE_MIN_RATIO times the usual level (the broad rise has its own test: its usual is the trimmed series')
        const risen = excess >= materialCents && now >= SPIKE_MIN_RATIO * usualCents;
        // under twice its usual level, but twice its median: last year's allowance may be one-off charges
        let masked = false;
        if (!risen && this.maskedRise && IS_CAPPED_K[k]) {
          const medCents = centsOfLog(ref.med);
          masked = now - medCents >= materialCents && now >= SPIKE_MIN_RATIO * medCents;
        }
        if (risen || masked) {
          const capped = this.cappedZ(c, k, nonzero, masked ? { medLog: ref.med, cents: now } : null);
          if (capped !== null && capped.z > bestSteadyZ) {
            bestSteadyZ = capped.z;
            bestSteadyK = k;
            bestSteadyBroad = false;
            bestSteadyCapped = capped;
            bestSteadyOutsized = null;
          }
        }
        const bz = isSteady ? bestSteadyZ : bestLumpyZ;
        if (!risen || z <= bz) continue;
        const zFloor = this.pastFloor(zAt, hist, k);
        if (z - zFloor > bz) {
          // the reason names an outsized charge when the month would not count without it
          const named = outsizedMost !== null && zWithout - zFloor <= this.floors[isSteady ? 'steadyCategorySpike' : 'lumpyCategorySpike'] ? outsizedMost : null;
          if (isSteady) {
            bestSteadyZ = z - zFloor;
            bestSteadyK = k;
            bestSteadyBroad = false;
            bestSteadyCapped = null;
            bestSteadyOutsized = named;
          } else {
            bestLumpyZ = z - zFloor;
            bestLumpyK = k;
            bestLumpyOutsized = named;
          }
        }
      }
    }
    if (!enough) return;
    // a masked rise quotes the usual level it was judged against, and the one it set aside
    const maskedUsualCents = bestSteadyCapped?.usualCents ?? null;
    for (let g = 0; g < 2; g++) {
      const bk = g === 0 ? bestSteadyK : bestLumpyK;
      const bz = g === 0 ? bestSteadyZ : bestLumpyZ;
      if (bk < 0) continue;
      const name = g === 0 ? 'steadyCategorySpike' : 'lumpyCategorySpike';
      const val = Math.max(0, bz - this.floors[name]);
      values[F[name]] = val;
      if (val > 0) {
        const category = SPEND_CATEGORIES[bk]!;
        // a capped rise is many purchases: all of them are behind it (up to CAPPED_ROWS), not just the largest
        const transactions = topSpendRows(this.R, c.from, c.to, bk, g === 0 && bestSteadyCapped !== null ? CAPPED_ROWS : 5);
        const outsizedMost = g === 0 ? bestSteadyOutsized : bestLumpyOutsized;
        const top = transactions[0];
        evidence[F[name]] = {
          evidence: {
            kind: 'category-spike',
            category,
            spendCents: this.catCents(m, bk),
            usualCents: g === 0 && maskedUsualCents !== null ? maskedUsualCents : centsOfLog(usual[bk]!),
            ...(g === 0 && maskedUsualCents !== null ? { withOneOffsCents: centsOfLog(usual[bk]!) } : {}),
            mn: m.mn,
            z: bz,
            steady: g === 0,
            ...(g === 0 && bestSteadyBroad ? { broad: this.broadLevels(t, bk) } : {}),
            ...(g === 0 && bestSteadyCapped !== null ? { purchases: { count: bestSteadyCapped.charges, usualCount: bestSteadyCapped.usualCharges } } : {}),
            ...(outsizedMost !== null && top
              ? { outsized: { amountCents: -top.amountCents, merchant: top.merchant || top.description, date: top.date, usualMaxCents: outsizedMost, months: hist.length } }
              : {}),
          },
          transactions,
        };
      }
    }
    const zt = zAt[at + K]!;
    const valT = Math.max(0, zt - this.floors.totalSpend);
    values[F.totalSpend] = valT;
    if (valT > 0) {
      const { k: topK, excess } = this.topExcess(c);
      const category = SPEND_CATEGORIES[topK]!;
      evidence[F.totalSpend] = {
        evidence: { kind: 'total-spend', category, spendCents: m.totalSpendCents, usualCents: centsOfLog(usual[K]!), mn: m.mn, z: zt, topExcessCents: excess },
        transactions: this.topExcessRows(c),
      };
    }
  }

  /**
   * Engine 15: eating out that rose in a month with Travel spend (at least
   * HOLIDAY_TRAVEL_MIN_CENTS), and whose rise (`excess`, cents above the
   * usual level) the month's meals at places new to the household, or not
   * paid in TRIP_UNFAMILIAR_MONTHS, account for in full: the trip's meals.
   * Without them the month is at its usual level. A holiday in the same
   * month as last year was already forgiven by the seasonal allowance; this
   * is the holiday taken in another month. On six pooled sets of ours,
   * normal months flagged −0.1 point on every split for −0.3 to −0.8 points
   * of spikes; on the second opinion's development seeds −0.4 points, no
   * spike lost. Half the rise (not all of it) lost 2–3 points of spikes;
   * groceries and transport too: 0–0.1 point fewer normal months flagged
   * for 0–0.6 points of spikes (detect/README.md, "Engine 15").
   */
  private tripExplains(c: MonthCtx, k: number, excess: number): boolean {
    if (k !== DINING_K || excess <= 0 || c.m.spend[TRAVEL_K]! < HOLIDAY_TRAVEL_MIN_CENTS) return false;
    const R = this.R;
    let unfamiliar = 0;
    for (let i = c.from; i < c.to; i++) {
      if (R.k[i] !== k) continue;
      const last = this.lastSeen[R.kid[i]!]!;
      if (this.isNew(i, c.t) || (last >= 0 && last < c.t - TRIP_UNFAMILIAR_MONTHS)) unfamiliar -= R.amt[i]!;
    }
    return unfamiliar >= excess;
  }

  /** The month's category furthest above its usual level (the same for total spend and the naive three: computed once). */
  private topExcess(c: MonthCtx): { k: number; excess: number } {
    if (c.topExcess === null) c.topExcess = topExcessCategory(c.m.spend, c.usual, this.K);
    return c.topExcess;
  }

  /** The largest rows of {@link topExcess}'s category (a fresh array per call). */
  private topExcessRows(c: MonthCtx): CategorizedTransaction[] {
    if (c.topExcessRows === null) c.topExcessRows = topSpendRows(this.R, c.from, c.to, this.topExcess(c).k, 5);
    return c.topExcessRows.slice();
  }

  // ---- sustained elevation: evidence accumulated over a run of elevated months (windowed CUSUM)
  private sustained(c: MonthCtx): void {
    const { t } = c;
    const { K, S, zAt } = this;
    let sBest = 0;
    let sK = -1;
    let sRun = 0;
    for (let k = 0; k < K; k++) {
      if (this.steadyAt[t * S + k] !== 1) continue;
      let sum = 0;
      let run = 0;
      for (let i = 0; i < SUSTAIN_MONTHS && t - i >= 0; i++) {
        const z = zAt[(t - i) * S + k]!;
        if (Number.isNaN(z) || z <= SUSTAIN_SLACK) break;
        sum += z - SUSTAIN_SLACK;
        run++;
      }
      if (run >= 2 && sum > sBest) {
        sBest = sum;
        sK = k;
        sRun = run;
      }
    }
    if (sK < 0) return;
    const val = Math.max(0, sBest - this.floors.sustainedElevation);
    c.values[F.sustainedElevation] = val;
    if (val > 0) {
      const category = SPEND_CATEGORIES[sK]!;
      let total = 0;
      for (let i = 0; i < sRun; i++) total += this.months[t - i]!.spend[sK]!;
      const before = this.medAt[(t - sRun + 1) * S + sK]!;
      c.evidence[F.sustainedElevation] = {
        evidence: { kind: 'sustained', category, avgCents: Math.round(total / sRun), usualCents: centsOfLog(before), months: sRun },
        transactions: topSpendRows(this.R, c.from, c.to, sK, 5),
      };
    }
  }

  // ---- the naive three, corrected for season (total spend)
  private naiveThree(c: MonthCtx): void {
    const { t, m } = c;
    const { months, complete } = this;
    const Tt = (j: number): number => months[j]!.totalSpendCents;
    const L = logDollars;
    const naive = this.naive;
    const n = 3 * t;
    if (t >= 3 && complete[t - 1] && complete[t - 2] && complete[t - 3]) naive[n] = L(Tt(t)) - L((Tt(t - 1) + Tt(t - 2) + Tt(t - 3)) / 3);
    if (t >= 1 && complete[t - 1]) naive[n + 1] = L(Tt(t)) - L(Tt(t - 1));
    const ytd: number[] = [];
    for (let j = t - 1; j >= 0 && months[j]!.mn >= m.mn - (m.mn % 12); j--) if (complete[j]) ytd.push(Tt(j));
    if (ytd.length < 3) {
      ytd.length = 0;
      for (let j = t - 1; j >= Math.max(0, t - 12); j--) if (complete[j]) ytd.push(Tt(j));
    }
    if (ytd.length >= 3) naive[n + 2] = L(Tt(t)) - L(ytd.reduce((a, b) => a + b, 0) / ytd.length);
    if (!complete[t]) return;
    for (let i = 0; i < 3; i++) {
      let x = naive[n + i]!;
      if (Number.isNaN(x)) continue;
      const ly = t >= 12 ? naive[n - 36 + i]! : NaN;
      if (!Number.isNaN(ly)) x -= ly;
      const val = Math.max(0, x);
      const name = NAIVE_NAMES[i]!;
      c.values[F[name]] = val;
      if (val > 0 && c.enough) {
        const { k: topK } = this.topExcess(c);
        const category = SPEND_CATEGORIES[topK]!;
        c.evidence[F[name]] = {
          evidence: { kind: 'naive', feature: name, category, spendCents: m.totalSpendCents, refCents: centsOfLog(L(Tt(t)) - naive[n + i]!) },
          transactions: this.topExcessRows(c),
        };
      }
    }
  }

  /** a payee first seen this month (or never before) */
  private isNew(i: number, t: number): boolean {
    const f = this.firstSeen[this.R.kid[i]!]!;
    return f === -1 || f === t;
  }

  // ---- payees first seen this month; returns their spend rows (day order)
  private newPayees(c: MonthCtx): number[] {
    const { t, hist, values, evidence } = c;
    const K = this.K;
    const R = this.R;
    const firstSeen = this.firstSeen;
    let newSpend = 0;
    const newByCat = this.newByCat.fill(0);
    const newRows: number[] = [];
    for (let i = c.from; i < c.to; i++) {
      const amt = R.amt[i]!;
      if (amt >= 0) continue;
      const kid = R.kid[i]!;
      if (firstSeen[kid] === -1) firstSeen[kid] = t;
      const k = R.k[i]!;
      if (k >= 0 && this.isNew(i, t)) {
        newSpend -= amt;
        newByCat[k] = newByCat[k]! - amt;
        newRows.push(i);
      }
    }
    const newSpendLog = this.newSpendLog;
    newSpendLog[t] = logDollars(newSpend);
    if (c.enough) {
      const bufA = this.bufA;
      for (let i = 0; i < hist.length; i++) bufA[i] = newSpendLog[hist[i]!]!;
      const ref = robustRef(bufA, hist.length, this.scratch);
      this.medAt[t * this.S + K + 1] = ref.med;
      const base = ref.med + this.seasonal1(t, newSpendLog, K + 1, this.medAt, ref.med);
      const z = (newSpendLog[t]! - base) / ref.spread;
      const val = Math.max(0, z - this.floors.newMerchantSpend);
      values[F.newMerchantSpend] = val;
      if (val > 0) {
        let topK = 0;
        for (let k = 1; k < K; k++) if (newByCat[k]! > newByCat[topK]!) topK = k;
        const category = SPEND_CATEGORIES[topK]!;
        evidence[F.newMerchantSpend] = {
          evidence: { kind: 'new-merchants', category, count: new Set(newRows.map((i) => R.kid[i]!)).size, totalCents: newSpend },
          transactions: [...newRows].sort((a, b) => R.amt[a]! - R.amt[b]!).slice(0, 5).map((i) => txOf(R, i)),
        };
      }
    }
    return newRows;
  }

  // ---- new direct debits (recurring charges from nowhere)
  private newDirectDebits(c: MonthCtx, newRows: readonly number[]): void {
    const R = this.R;
    // the channel last: its regexes are the costly test
    const dd = newRows.filter(
      (i) =>
        -R.amt[i]! <= NEW_DD_MAX_CENTS &&
        !NEW_DD_SIGNED_UP.has(catOf(R, i)) &&
        !isNamedService(txOf(R, i)) &&
        (chan(R, i) === 'direct-debit' || (chan(R, i) === 'other' && this.unmarkedIsBill())),
    );
    if (dd.length === 0) return;
    const payees = new Set(dd.map((i) => R.kid[i]!));
    c.values[F.newDirectDebit] = payees.size + 0.5 * (dd.length - payees.size);
    const top = dd.reduce((a, i) => (R.amt[i]! < R.amt[a]! ? i : a));
    const topKid = R.kid[top]!;
    const topCat = catOf(R, top);
    const same = dd.filter((i) => R.kid[i] === topKid);
    c.evidence[F.newDirectDebit] = {
      evidence: {
        kind: 'new-direct-debit',
        // a subscription-sized direct debit the rules could not place is a recurring charge
        category: topCat === 'Uncategorized' ? 'Subscriptions' : topCat,
        merchant: txOf(R, top).merchant || R.keyOf[topKid]!,
        amountCents: -R.amt[top]!,
        count: same.length,
      },
      transactions: same.map((i) => txOf(R, i)),
    };
  }

  // ---- duplicated charges: same payee, amount and day (or a direct debit taken again within days)
  /** A table of at least twice `rows` slots (a power of two) for {@link debitsTakenTwice}, reused across months; `stamp` marks the slots in use this month. */
  private twinTable(rows: number): { table: Int32Array; stamp: Int32Array } {
    let cap = 64;
    while (cap < 2 * rows) cap <<= 1;
    if (this.twins === null || this.twins.table.length < cap) this.twins = { table: new Int32Array(cap), stamp: new Int32Array(cap) };
    return this.twins;
  }

  /**
   * Direct debits of one payee and amount taken on different days no more
   * than DD_TWICE_DAYS apart this month (rows in day order): each such run is
   * a group, as identical charges on one day are. Same-day copies are left to
   * the day runs.
   */
  private debitsTakenTwice(c: MonthCtx): number[][] {
    const R = this.R;
    const { day, amt, k: kOf, kid } = R;
    // the last row of each payee and amount this month, in an open-addressing table of row indexes
    // (a Map keyed by numbers cost more than the whole rest of the duplicates); rows are in day order
    const { table, stamp } = this.twinTable(c.to - c.from);
    const mask = table.length - 1;
    const epoch = ++this.twinEpoch;
    // the run each row belongs to, for the few rows with a twin (made on the first)
    let runOf: Map<number, number[]> | null = null;
    const runs: number[][] = [];
    for (let i = c.from; i < c.to; i++) {
      if (kOf[i]! < 0 || -amt[i]! < DUP_MIN_CENTS) continue;
      let h = (Math.imul(kid[i]!, 0x9e3779b1) ^ Math.imul(-amt[i]! | 0, 0x85ebca6b)) & mask;
      let p = -1;
      while (stamp[h] === epoch) {
        const r = table[h]!;
        if (kid[r] === kid[i] && amt[r] === amt[i]) {
          p = r;
          break;
        }
        h = (h + 1) & mask;
      }
      stamp[h] = epoch;
      table[h] = i;
      if (p < 0 || day[i]! - day[p]! > DD_TWICE_DAYS) continue;
      runOf ??= new Map<number, number[]>();
      let run = runOf.get(p);
      if (run === undefined) {
        run = [p];
        runs.push(run);
      }
      run.push(i);
      runOf.set(i, run);
    }
    const out: number[][] = [];
    for (const twins of runs) {
      if (day[twins.at(-1)!] === day[twins[0]!]) continue; // one day: the day runs have it
      // the channel, whose regexes are the costly test, only for rows with a twin
      const list = twins.filter((i) => this.isDebit(i));
      // the debits among them, split where more than DD_TWICE_DAYS apart; a run on one day is left to the day runs
      let run: number[] = [];
      const close = (): void => {
        if (run.length >= 2 && day[run.at(-1)!]! !== day[run[0]!]!) out.push(run);
      };
      for (const x of list) {
        if (run.length > 0 && day[x]! - day[run.at(-1)!]! > DD_TWICE_DAYS) {
          close();
          run = [];
        }
        run.push(x);
      }
      close();
    }
    return out;
  }

  /** Row i is a direct debit (or an unmarked debit in a file whose card rows are marked), not a top-up of a toll or transport card account. */
  private isDebit(i: number): boolean {
    const R = this.R;
    // a toll or transport card account topped up again after a few days of driving is its balance running low
    if (isAccountTopUp(txOf(R, i))) return false;
    const ch = chan(R, i);
    return ch === 'direct-debit' || (ch === 'other' && this.unmarkedIsBill());
  }

  private duplicates(c: MonthCtx): void {
    const R = this.R;
    const { day, amt, k: kOf, kid } = R;
    const dupMonths = this.dupMonths;
    // a direct debit taken again within a few days: one group with any same-day copies of it
    const twice = this.debitedTwice ? this.debitsTakenTwice(c) : [];
    const inTwice = new Set<number>(twice.flat());
    // rows are sorted by day then amount: identical charges sit in one run
    const groups: number[][] = [...twice];
    for (let i = c.from; i < c.to; ) {
      let j = i + 1;
      while (j < c.to && day[j] === day[i] && amt[j] === amt[i]) j++;
      if (j - i >= 2 && kOf[i]! >= 0) {
        const byKey = new Map<number, number[]>();
        for (let x = i; x < j; x++) {
          if (kOf[x]! < 0) continue;
          const list = byKey.get(kid[x]!);
          if (list) list.push(x);
          else byKey.set(kid[x]!, [x]);
        }
        for (const list of byKey.values()) if (!inTwice.has(list[0]!)) groups.push(list);
      }
      i = j;
    }
    let extra = 0;
    let best: number[] | null = null;
    const dupKeysThisMonth = new Set<number>();
    for (const list of groups) {
      if (list.length < 2) continue;
      const r0 = list[0]!;
      dupKeysThisMonth.add(kid[r0]!);
      if (-amt[r0]! < DUP_MIN_CENTS || DUP_EXCLUDED.has(catOf(R, r0))) continue;
      if (this.topUps && isTopUp(txOf(R, r0))) continue;
      if (dupMonths[kid[r0]!]! >= 2) continue;
      const e = (list.length - 1) * -amt[r0]!;
      extra += e;
      if (best === null || e > (best.length - 1) * -amt[best[0]!]!) best = list;
    }
    for (const k of dupKeysThisMonth) dupMonths[k] = dupMonths[k]! + 1;
    if (best !== null && extra > 0) {
      c.values[F.duplicateCharges] = Math.log1p(extra / 1000);
      const r0 = best[0]!;
      const tx0 = txOf(R, r0);
      c.evidence[F.duplicateCharges] = {
        evidence: {
          kind: 'duplicate-charges',
          category: catOf(R, r0),
          merchant: tx0.merchant || R.keyOf[kid[r0]!]!,
          amountCents: -amt[r0]!,
          count: best.length,
          date: tx0.date,
          ...(day[best.at(-1)!]! !== day[r0]! ? { lastDate: txOf(R, best.at(-1)!).date } : {}),
        },
        transactions: best.map((i) => txOf(R, i)),
      };
    }
  }

  // ---- bursts of small card payments at new payees
  private cardBurst(c: MonthCtx, newRows: readonly number[]): void {
    const { t } = c;
    const burstMax = this.burstMax;
    const R = this.R;
    const cand = newRows.filter(
      (i) => -R.amt[i]! <= BURST_MAX_CENTS && !BURST_EXCLUDED.has(catOf(R, i)) && byCard(R, i),
    );
    const busiest = busiestWindow(R, cand);
    const maxCount = busiest.to - busiest.from;
    burstMax[t] = maxCount;
    const usualBurst = this.usualBurst(c);
    const burst = cand.slice(busiest.from, busiest.to);
    const merchants = new Set(burst.map((i) => R.kid[i]!)).size;
    const excess = maxCount - usualBurst;
    let smallest = -1;
    for (const i of burst) if (smallest < 0 || R.amt[i]! > R.amt[smallest]!) smallest = i;
    // whether the burst is a stay abroad, judged once and only when asked
    let away: boolean | null = null;
    const isAbroad = (): boolean => (away ??= this.tripAbroad && this.abroad(burst));
    // a few dollars in the currency of a stay abroad is a coffee or a bus fare there, not a stolen card tried
    const tested = smallest >= 0 && -R.amt[smallest]! <= BURST_TEST_CENTS && !(oneForeignCurrency(R, burst) && isAbroad());
    const spent = tested && burst.some((i) => i !== smallest && R.kid[i] === R.kid[smallest] && -R.amt[i]! >= BURST_SPEND_RATIO * -R.amt[smallest]!);
    const burstLike = tested ? excess >= 1 || spent : merchants >= 2 && excess >= BURST_MIN_EXCESS && !this.onTrip(c, burst) && !isAbroad();
    const val = burstLike ? Math.max(1, excess) : 0;
    const drain = this.cashDrain(c);
    if (drain !== null && drain.rows.length > val) {
      c.values[F.cardBurst] = drain.rows.length;
      c.evidence[F.cardBurst] = {
        evidence: {
          kind: 'cash-drain',
          category: 'Cash',
          count: drain.rows.length,
          totalCents: drain.totalCents,
          from: txOf(R, drain.rows[0]!).date,
          to: txOf(R, drain.rows[drain.rows.length - 1]!).date,
          usualMaxCents: drain.usualCents,
        },
        transactions: drain.rows.map((i) => txOf(R, i)),
      };
      return;
    }
    c.values[F.cardBurst] = val;
    if (val > 0) {
      c.evidence[F.cardBurst] = {
        evidence: {
          kind: 'card-burst',
          category: burstCategory(R, burst),
          count: burst.length,
          merchants,
          totalCents: burst.reduce((a, i) => a - R.amt[i]!, 0),
          from: txOf(R, burst[0]!).date,
          to: txOf(R, burst[burst.length - 1]!).date,
          ...(tested ? { test: testOf(R, smallest) } : {}),
        },
        transactions: burst.map((i) => txOf(R, i)),
      };
    }
  }

  /**
   * The usual busiest window of new small card payments: the larger of 2,
   * q90 of the history months' and the same month ±1 last year's.
   */
  private usualBurst(c: MonthCtx): number {
    const { t, hist } = c;
    const { bufB, burstMax } = this;
    let usual = 2;
    if (hist.length > 0) {
      for (let i = 0; i < hist.length; i++) bufB[i] = burstMax[hist[i]!]!;
      sortPrefix(bufB, hist.length);
      usual = Math.max(usual, quantilePrefix(bufB, hist.length, 0.9));
    }
    return Math.max(usual, lastSeasonMax(burstMax, t));
  }

  /**
   * Cash drained from the account: at least DRAIN_MIN_COUNT withdrawals
   * within DRAIN_WINDOW_DAYS, totalling at least DRAIN_MIN_CENTS and
   * DRAIN_RATIO times the most the user withdrew within that many days in any
   * month of the last 24 (complete) and the same month ±1 last year. A
   * skimmed card is emptied at ATMs, withdrawal after withdrawal up to the
   * daily limit, as well as spent online; the user's own cash comes out a
   * few hundred dollars at a time, and a user who does draw large sums sets
   * their own bar. Months are judged in order: drainMax[t] is kept for later
   * months whatever this month is.
   */
  private cashDrain(c: MonthCtx): { rows: number[]; totalCents: number; usualCents: number } | null {
    const R = this.R;
    const { t, hist } = c;
    const cash: number[] = [];
    for (let i = c.from; i < c.to; i++) if (R.k[i] === CASH_K && R.amt[i]! < 0) cash.push(i);
    let most = 0;
    let bi = 0;
    let bj = -1;
    let total = 0;
    for (let i = 0, j = 0; j < cash.length; j++) {
      total -= R.amt[cash[j]!]!;
      while (R.day[cash[j]!]! - R.day[cash[i]!]! >= DRAIN_WINDOW_DAYS) total += R.amt[cash[i++]!]!;
      if (total > most) {
        most = total;
        bi = i;
        bj = j;
      }
    }
    this.drainMax[t] = most;
    if (!this.cashDrainOn || bj - bi + 1 < DRAIN_MIN_COUNT || most < DRAIN_MIN_CENTS || hist.length === 0) return null;
    let usual = lastSeasonMax(this.drainMax, t);
    for (const j of hist) usual = Math.max(usual, this.drainMax[j]!);
    if (most < DRAIN_RATIO * usual) return null;
    return { rows: cash.slice(bi, bj + 1), totalCents: most, usualCents: usual };
  }

  /**
   * A burst on a trip: the same days (±1) also hold at least
   * TRIP_MIN_COMPANIONS card payments at dining, grocery or transport places
   * that are new or unpaid for TRIP_UNFAMILIAR_MONTHS, and at least half as
   * many as the burst. Eating, buying food and
   * getting around somewhere new is travel; card testing does not come with it.
   */
  private onTrip(c: MonthCtx, burst: readonly number[]): boolean {
    if (burst.length === 0) return false;
    const R = this.R;
    const from = R.day[burst[0]!]! - 1;
    const to = R.day[burst[burst.length - 1]!]! + 1;
    let companions = 0;
    for (let i = c.from; i < c.to; i++) {
      const d = R.day[i]!;
      if (d < from || d > to || !(R.amt[i]! < 0)) continue;
      const last = this.lastSeen[R.kid[i]!]!;
      const unfamiliar = this.isNew(i, c.t) || (last >= 0 && last < c.t - TRIP_UNFAMILIAR_MONTHS);
      if (unfamiliar && BURST_EXCLUDED.has(catOf(R, i)) && byCard(R, i)) companions++;
    }
    return companions >= TRIP_MIN_COMPANIONS && 2 * companions >= burst.length;
  }

  /**
   * A burst during a stay abroad: payments in a currency the burst was paid
   * in, at places first paid within TRIP_ABROAD_REACH days of the burst, on
   * at least TRIP_ABROAD_MIN_DAYS days, TRIP_ABROAD_BEYOND_DAYS of them more
   * than a day from the burst. A holiday abroad is a week or more of paying
   * in another currency, at shops and cafés whose names the rules do not
   * know (so they are guessed to be Travel, not the dining that
   * {@link onTrip} counts); a skimmed card is drained in one to three days,
   * abroad or online. A subscription paid in dollars every month is no new
   * place, and a holiday in another currency is another trip.
   */
  private abroad(burst: readonly number[]): boolean {
    if (burst.length === 0) return false;
    const R = this.R;
    const from = R.day[burst[0]!]! - TRIP_ABROAD_REACH;
    const to = R.day[burst[burst.length - 1]!]! + TRIP_ABROAD_REACH;
    const lo = firstRowOn(R, from);
    const firstPaid = this.firstPaidDays();
    // the currencies the burst was paid in
    const burstCurrencies = new Set<string>();
    for (const i of burst) {
      const cur = foreignCurrency(txOf(R, i).description);
      if (cur !== null) burstCurrencies.add(cur);
    }
    if (burstCurrencies.size === 0) return false;
    const burstFrom = R.day[burst[0]!]! - 1;
    const burstTo = R.day[burst[burst.length - 1]!]! + 1;
    // days paying in one of those currencies at places first paid in these weeks (not a subscription paid in dollars every month)
    const days = new Set<number>();
    let beyond = 0;
    for (let i = lo; i < R.n && R.day[i]! <= to; i++) {
      if (!(R.amt[i]! < 0) || firstPaid[R.kid[i]!]! < from) continue;
      const cur = foreignCurrency(txOf(R, i).description);
      const d = R.day[i]!;
      if (cur === null || !burstCurrencies.has(cur) || days.has(d)) continue;
      days.add(d);
      // beyond the burst's own days: a skim's charges abroad or online come in one to three days
      if (d < burstFrom || d > burstTo) beyond++;
    }
    return days.size >= TRIP_ABROAD_MIN_DAYS && beyond >= TRIP_ABROAD_BEYOND_DAYS;
  }

  /**
   * Days from `from` to `to` with a payment away from home: in a foreign
   * currency, or that the rules place in Travel (engine 17, for
   * UNPAID_HOLIDAY_DAYS).
   */
  private awayDays(from: number, to: number): number {
    const R = this.R;
    const days = new Set<number>();
    for (let i = firstRowOn(R, from); i < R.n && R.day[i]! <= to; i++) {
      if (!(R.amt[i]! < 0) || days.has(R.day[i]!)) continue;
      if (R.k[i] === TRAVEL_K || foreignCurrency(txOf(R, i).description) !== null) days.add(R.day[i]!);
    }
    return days.size;
  }

  /** The day each payee was first paid (by payee key), built on the first call. */
  private firstPaidDays(): Float64Array {
    if (this.firstPaid !== null) return this.firstPaid;
    const R = this.R;
    const first = new Float64Array(R.keyOf.length).fill(Infinity);
    // rows are in day order: a payee's first row is its first payment
    for (let i = 0; i < R.n; i++) if (R.amt[i]! < 0 && first[R.kid[i]!] === Infinity) first[R.kid[i]!] = R.day[i]!;
    this.firstPaid = first;
    return first;
  }

  // ---- large payments to new payees
  private newPayeeTransfer(c: MonthCtx): void {
    const { t, hist } = c;
    const R = this.R;
    const cand: number[] = [];
    for (let i = c.from; i < c.to; i++) {
      if (!(R.amt[i]! <= -NEW_PAYEE_MIN_CENTS) || !this.isNew(i, t)) continue;
      // money out in R is spend, so it has a spend category
      const cat = catOf(R, i);
      // a payee the rules place in Housing (an agency's rent, a bond, strata, a tradesman) is a housing cost, not money sent to a stranger
      if (cat === 'Housing') continue;
      if (cat === 'Personal Payments' || chan(R, i) === 'transfer' || (cat === 'Uncategorized' && chan(R, i) === 'other')) cand.push(i);
    }
    if (cand.length === 0) return;
    // money to one new payee this month, summed: a transfer split into parts
    // over a few days is one payment
    const byPayee = new Map<number, number[]>();
    for (const i of cand) {
      const rows = byPayee.get(R.kid[i]!);
      if (rows) rows.push(i);
      else byPayee.set(R.kid[i]!, [i]);
    }
    let topRows: number[] = [];
    let amount = 0;
    for (const rows of byPayee.values()) {
      const sum = rows.reduce((a, i) => a - R.amt[i]!, 0);
      if (sum > amount) {
        amount = sum;
        topRows = rows;
      }
    }
    const top = topRows[0]!;
    const spendHist = hist.map((j) => this.months[j]!.totalSpendCents);
    const medSpend = spendHist.length > 0 ? quantileSorted(sorted(spendHist), 0.5) : 0;
    // the median, not a high quantile: one earlier scam must not hide the next
    const newPayeeAmounts = this.newPayeeAmounts;
    const past = newPayeeAmounts.length >= 3 ? quantileSorted(sorted(newPayeeAmounts.slice(-24)), 0.5) : 0;
    const ref = Math.max(25000, 0.25 * medSpend, past);
    const inParts = topRows.length >= 2 && R.day[topRows[topRows.length - 1]!]! - R.day[top]! <= SPLIT_PAYMENT_DAYS;
    const val = Math.max(0, Math.log(amount / (inParts ? Math.max(25000, SPLIT_PAYMENT_REF_SHARE * ref) : ref)));
    if (t > 0 && hist.length > 0) c.values[F.newPayeeTransfer] = val;
    if (val > 0 && hist.length > 0) {
      const tx = txOf(R, top);
      c.evidence[F.newPayeeTransfer] = {
        evidence: {
          kind: 'new-payee-transfer',
          category: catOf(R, top),
          payee: tx.merchant || R.keyOf[R.kid[top]!]!,
          amountCents: amount,
          date: tx.date,
          count: topRows.length,
        },
        transactions: topRows.map((i) => txOf(R, i)),
      };
    }
    for (const rows of byPayee.values()) newPayeeAmounts.push(rows.reduce((a, i) => a - R.amt[i]!, 0));
  }

  /**
   * the source a payment belongs to: same key, amount within ±25 % of the
   * source's recent median; when two accept it, the one it was due from
   */
  private sourceOf(i: number): Source | null {
    const amt = this.R.amt[i]!;
    const accepting = (this.sourcesByKey.get(this.R.kid[i]!) ?? []).filter((src) => Math.abs(amt - src.pay) <= 0.25 * src.pay);
    if (accepting.length <= 1) return accepting[0] ?? null;
    // two sources of one payer accept the amount (two people at one employer, paid on
    // different days): the payment belongs to the one it was due from (the older on a tie)
    let best = accepting[0]!;
    let bestOff = this.dueOffset(best, i);
    for (let x = 1; x < accepting.length; x++) {
      const off = this.dueOffset(accepting[x]!, i);
      if (off < bestOff) {
        best = accepting[x]!;
        bestOff = off;
      }
    }
    return best;
  }

  /**
   * Payer `kid` taken as one stream of pay whatever the amounts: the paydays
   * it missed from the start of this month to `we` (none unless they run to
   * STREAM_MIN_GAP_DAYS), with its cadence, its usual pay (median of its
   * last 8 payments) and its last payment before the first missed payday.
   * A casual's pay varies week to week ($600 one week, $1,800 the next), so
   * its payments fall into several amount bands, each a source (sourceOf)
   * that "misses" the weeks paid at another amount and none of which is
   * regular enough to be missed when the pay stops. Null unless the payer
   * has two or more sources, its pay varies (the median deviation of its
   * last 12 payments at least STREAM_MIN_VARIATION of their median: not a
   * steady salary beside a bonus or a final pay), it pays weekly or
   * fortnightly as one stream, has paid within 2.5 cycles, and is not one
   * that pays two amounts on one day as a habit (two people at one
   * employer: each is its own stream, judged by its sources).
   */
  private payerStreamMisses(kid: number, incomeRows: readonly number[], ms: number, we: number): PayerStreamMiss | null {
    const R = this.R;
    const list = this.sourcesByKey.get(kid);
    if (!list || list.length < 2) return null;
    // cheap tests first (most payers with two amounts are friends and shops paying back now and then): a history, paid lately
    let total = 0;
    let lastPaid = -Infinity;
    for (const src of list) {
      total += src.days.length;
      if (src.days.length > 0) lastPaid = Math.max(lastPaid, src.days[src.days.length - 1]!);
    }
    if (total < 6 || lastPaid < ms - 2.5 * 35) return null;
    // the payer's last STREAM_TAIL payments, whichever source took them (each source's days are in order)
    const tail: Array<{ day: number; amt: number; src: Source }> = [];
    for (const src of list) for (let k = Math.max(0, src.days.length - STREAM_TAIL); k < src.days.length; k++) tail.push({ day: src.days[k]!, amt: src.amounts[k]!, src });
    tail.sort((a, b) => a.day - b.day || a.amt - b.amt);
    const all = tail.length > STREAM_TAIL ? tail.slice(-STREAM_TAIL) : tail;
    const days: number[] = [];
    let doubled = 0;
    for (let x = 0; x < all.length; x++) {
      if (x > 0 && all[x]!.day === all[x - 1]!.day) {
        if (x >= all.length - 12) doubled++;
      } else days.push(all[x]!.day);
    }
    if (doubled >= 3) return null;
    // a pay that varies from payment to payment: the median deviation of its last 12 payments from their median, as a share of it
    // (a steady salary's is a few per cent, whatever bonus or final pay it has beside it)
    const recent = all.slice(-12).map((p) => p.amt);
    const mid = medianOfLast(recent, 12, this.bufB);
    if (medianOfLast(recent.map((a) => Math.abs(a - mid)), 12, this.bufB) < STREAM_MIN_VARIATION * mid) return null;
    const reg = regularity(days);
    if (reg === null || reg.gap >= 25) return null;
    const last = days[days.length - 1]!;
    if (last < ms - 2.5 * reg.gap) return null;
    if (list.every((src) => src.days.length === 0 || src.days[src.days.length - 1]! <= src.replacedOn)) return null;
    const tol = paydayTolerance(reg.gap);
    const got: number[] = [];
    for (const i of incomeRows) if (R.kid[i] === kid && !BONUS_RE.test(txOf(R, i).description)) got.push(R.day[i]!);
    let anchor = last;
    let missed = 0;
    let firstMiss = Infinity;
    // consecutive missed paydays (from before this month too), and the longest run reaching into it
    let run = 0;
    let longest = 0;
    for (let e = anchor + reg.gap; e <= we; e = anchor + reg.gap) {
      const d = got.find((g) => g > anchor && Math.abs(g - e) <= tol);
      if (d !== undefined) {
        anchor = d;
        run = 0;
      } else {
        run++;
        if (e >= ms) {
          missed++;
          firstMiss = Math.min(firstMiss, e);
          longest = Math.max(longest, run);
        }
        anchor = Math.round(e);
      }
    }
    // a week without shifts is a casual's week off; a fortnight without pay is pay that did not come
    if (longest * reg.gap < STREAM_MIN_GAP_DAYS) missed = 0;
    const pay = medianOfLast(all.slice(-8).map((p) => p.amt), 8, this.bufB);
    // the payer's last payment before the first missed payday: this month's when it paid earlier in it
    let lastTx = all[all.length - 1]!.src.lastTx;
    let lastDay = last;
    for (const i of incomeRows) {
      const d = R.day[i]!;
      if (R.kid[i] === kid && d < firstMiss && d > lastDay) {
        lastDay = d;
        lastTx = txOf(R, i);
      }
    }
    const latest = all[all.length - 1]!.src;
    return { missed, gap: reg.gap, pay, lastTx, lastDay, src: latest };
  }

  /** The day payer `kid` first paid (any of its sources), or `today` for a payer not seen before. */
  private payerSince(kid: number, today: number): number {
    let first = today;
    for (const src of this.sourcesByKey.get(kid) ?? []) if (src.days.length > 0) first = Math.min(first, src.days[0]!);
    return first;
  }

  /** The source's cadence, recomputed only when it has new payments. */
  private cadence(src: Source, paidNow?: ReadonlySet<Source>): { gap: number } | null {
    if (src.regN !== src.days.length) {
      src.reg = regularity(src.days);
      src.regN = src.days.length;
    }
    if (src.reg === null && src.inherited !== null && src.days.length > 0) {
      const from = src.inherited.from;
      if (from.days[from.days.length - 1]! <= src.inherited.day && !paidNow?.has(from)) return { gap: src.inherited.gap };
    }
    return src.reg;
  }

  /**
   * Whether a monthly payer's last payment, in the closing `tol` days of the
   * month before `ms`, was this month's pay paid early: its usual payday is
   * in the first `tol` days of a month (the median over its last 12
   * payments of days from the nearest 1st of a month, the days before one
   * counted negative, is 0 to `tol`). A pay due on the 1st or 2nd that falls
   * on a weekend is paid the Friday before, and two such months running
   * leave a calendar month with no payment; a payer paying at the end of
   * each month is not one (engine 17).
   */
  private paidEarly(src: Source, ms: number, tol: number): boolean {
    if (!this.earlyPay) return false;
    const last = src.days[src.days.length - 1]!;
    if (!(last >= ms - tol && last < ms)) return false;
    const fromFirst = src.days.slice(-12).map((d) => {
      const mn = monthNumber(isoOfDay(d));
      const next = monthStartDay(mn + 1);
      return next - d <= 15 ? d - next : d - monthStartDay(mn);
    });
    const usual = medianOfLast(fromFirst, 12, this.bufB);
    return usual >= 0 && usual <= tol;
  }

  /** Whether `src` is another of `missed`'s payer's sources, one that was paid at least monthly. */
  private wasPaidLike(src: Source | null, missed: Source): boolean {
    if (src === null || src === missed) return false;
    const gap = this.cadence(src)?.gap;
    return gap !== undefined && gap <= 35;
  }

  /** Days between row i and the nearest payday of a regular source after its last payment (Infinity when it has no cadence yet). */
  private dueOffset(src: Source, i: number): number {
    const gap = this.cadence(src)?.gap;
    if (gap === undefined || !(gap > 0)) return Infinity;
    const since = this.R.day[i]! - src.days[src.days.length - 1]!;
    return Math.abs(since - Math.max(1, Math.round(since / gap)) * gap);
  }

  // ---- income that did not arrive (and the income drop)
  private missingIncome(c: MonthCtx): void {
    const { t, hist, ms, we, values, evidence } = c;
    const { inflowCents, bufB, sources } = this;
    const R = this.R;
    const incomeRows: number[] = [];
    for (let i = c.from; i < c.to; i++) if (R.amt[i]! > 0) incomeRows.push(i);
    const assigned = incomeRows.map((i) => this.sourceOf(i));
    let usualIncome = 0;
    if (hist.length > 0) {
      for (let i = 0; i < hist.length; i++) bufB[i] = inflowCents[hist[i]!]!;
      sortPrefix(bufB, hist.length);
      usualIncome = quantilePrefix(bufB, hist.length, 0.5);
    }
    // lastTx: the source's last payment before its first missed payday (this month's, when it paid earlier in the month)
    // lastDay: the day of lastTx; gap: the payer's cadence
    // stream: missed by a payer taken as one stream (payerStreamMisses), which has counted all its payments this month already
    const misses: { src: Source; cents: number; pay: number; lastTx: CategorizedTransaction; lastDay: number; gap: number; stream?: boolean }[] = [];
    const expectedSrc = new Set<Source>();
    // payments of an expected payer beyond its own cycle (indexes into incomeRows)
    const surplus = new Set<number>();
    if (this.complete[t] || we >= ms + 20) {
      const paidNow = new Set<Source>();
      for (const a of assigned) if (a) paidNow.add(a);
      for (const src of sources) {
        const reg = this.cadence(src, paidNow);
        if (reg === null) continue;
        const last = src.days[src.days.length - 1]!;
        if (last < ms - 2.5 * reg.gap) continue; // a payer that stopped a while ago
        if (last <= src.replacedOn && !paidNow.has(src)) continue; // a job that another one has replaced
        if (this.parentalLeave && PARENTAL_LEAVE_RE.test(src.lastTx.description)) continue; // paid for a fixed term
        expectedSrc.add(src);
        const got: number[] = [];
        // got[k] is the day of incomeRows[gotAt[k]]
        const gotAt: number[] = [];
        for (let i = 0; i < incomeRows.length; i++) {
          if (assigned[i] !== src) continue;
          got.push(R.day[incomeRows[i]!]!);
          gotAt.push(i);
        }
        const matched = new Set<number>();
        // walk the paydays due since the last payment: a payday with no payment
        // within ±tol days (up to the end of the covered window) is missed
        const tol = paydayTolerance(reg.gap);
        let anchor = last;
        let expected = 0;
        let missed = 0;
        let firstMiss = Infinity;
        if (reg.gap >= 25) {
          // monthly: one payment per calendar month. Walking by the gap
          // (30 or 31 days) lets a payday on the 31st fall between two
          // months and be judged in neither. Due this month when the payer
          // paid last month (once: twice means a payment moved forward
          // across the month boundary), judged once the usual day + tol has
          // passed.
          const prevStart = monthStartDay(c.m.mn - 1);
          let lastMonth = 0;
          for (let k = src.days.length - 1; k >= 0 && src.days[k]! >= prevStart; k--) if (src.days[k]! < ms) lastMonth++;
          if (lastMonth === 1 && got.length === 0 && !this.paidEarly(src, ms, tol) && (this.complete[t] || we >= ms + (last - prevStart) + tol)) {
            expected = 1;
            missed = 1;
            firstMiss = we;
          }
        } else {
          // payments due each payday: two for a couple's pensions, one payer paying each of them
          const each = this.payCouples ? paymentsPerPayday(src.days) : 1;
          for (let e = anchor + reg.gap; e <= we; e = anchor + reg.gap) {
            const k = got.findIndex((d) => d > anchor && Math.abs(d - e) <= tol);
            if (e >= ms) expected += each;
            if (k >= 0) {
              anchor = got[k]!;
              matched.add(k);
              // the payday's other payments (the same day); those short of `each` did not come
              let same = 1;
              for (let x = 0; x < got.length && same < each; x++) {
                if (x !== k && got[x] === anchor) {
                  matched.add(x);
                  same++;
                }
              }
              if (e >= ms && same < each) {
                missed += each - same;
                firstMiss = Math.min(firstMiss, anchor);
              }
            } else {
              if (e >= ms) {
                missed += each;
                firstMiss = Math.min(firstMiss, e);
              }
              anchor = Math.round(e);
            }
          }
        }
        // more payments than paydays, on a weekly or fortnightly cycle: the
        // ones off the cycle are new income (another pay from that payer: a
        // partner's new job at the same employer), free to make up a missed pay
        if (reg.gap < 25 && got.length > expected) for (let k = 0; k < got.length; k++) if (!matched.has(k)) surplus.add(gotAt[k]!);
        const lack = Math.min(missed, Math.max(0, expected - got.length));
        if (lack > 0) {
          let lastTx = src.lastTx;
          let lastDay = -Infinity;
          for (let i = 0; i < incomeRows.length; i++) {
            const d = R.day[incomeRows[i]!]!;
            if (assigned[i] === src && d < firstMiss && d > lastDay) {
              lastDay = d;
              lastTx = txOf(R, incomeRows[i]!);
            }
          }
          misses.push({ src, cents: lack * src.pay, pay: src.pay, lastTx, lastDay: Math.max(lastDay, last), gap: reg.gap });
        }
      }
    }
    // a new payer paying about the same (a new job) makes up for a missing
    // one. A payer that paid twice or more this month is a new pay cycle:
    // each of its payments within ±35 % of the missed pay replaces one
    // missed pay whole (a new job paying a fifth less is a pay cut, not
    // income that did not arrive); a single payment (a refund, a bonus)
    // makes up only its amount.
    // (indexes into incomeRows / assigned)
    const spareAt = incomeRows.flatMap((_, x) => {
      const a = assigned[x] ?? null;
      return a === null || !expectedSrc.has(a) || surplus.has(x) ? [x] : [];
    });
    const paymentsBy = new Map<number, number>();
    for (const x of spareAt) paymentsBy.set(R.kid[incomeRows[x]!]!, (paymentsBy.get(R.kid[incomeRows[x]!]!) ?? 0) + 1);
    // since: the day the payer first paid (its source's first payment; this row's day for a payer not yet seen)
    const spare = spareAt.map((x) => {
      const r = incomeRows[x]!;
      const src = assigned[x] ?? null;
      // a payment beyond its payer's cycle is new since this day
      const since = src !== null && src.days.length > 0 && !surplus.has(x) ? src.days[0]! : R.day[r]!;
      return { x, kid: R.kid[r]!, src, oneOff: BONUS_RE.test(txOf(R, r).description), amt: R.amt[r]!, newCycle: paymentsBy.get(R.kid[r]!)! >= 2, since };
    });
    // a pay that replaced a missed one: its payer takes over that payer's cadence (index into incomeRows → the miss)
    const replaced = new Map<number, { gap: number; from: Source }>();
    // …and the missed payers that paid this month at another amount (index into incomeRows → the miss)
    const changed = new Map<number, Source>();
    let net = 0;
    let worst: { src: Source; cents: number; lastTx: CategorizedTransaction } | null = null;
    // a payer whose pay varies has a source per amount band: judged as one stream, its missed paydays replace its bands'
    if (this.payerStream && (this.complete[t] || we >= ms + 20)) {
      for (const [kid, list] of this.sourcesByKey) {
        if (list.length < 2) continue;
        const stream = this.payerStreamMisses(kid, incomeRows, ms, we);
        if (stream === null) continue;
        for (let x = misses.length - 1; x >= 0; x--) if (misses[x]!.src.kid === kid) misses.splice(x, 1);
        if (stream.missed > 0 && !(this.unpaidHoliday && this.awayDays(stream.lastDay + 1, we) >= UNPAID_HOLIDAY_DAYS)) {
          misses.push({ src: stream.src, cents: stream.missed * stream.pay, pay: stream.pay, lastTx: stream.lastTx, lastDay: stream.lastDay, gap: stream.gap, stream: true });
        }
      }
    }
    for (const miss of misses) {
      let left = miss.cents;
      // the payment that takes over the missed payer's cadence: the same
      // payer at an earlier regular amount first (back to full pay), then a
      // payer on a new pay cycle (paying twice or more this month), then the
      // new payer nearest the missed pay, then the same payer at a lower
      // amount (part pay). One heir, looked for among all the month's spare
      // payments even once the pay is made up: a final pay next to the new
      // job's first must not become a job of its own. Ranks, in that order:
      // 3, 2, 1 − the relative difference (0.65–1, so nearer is higher), 0.5
      let heir = -1;
      let heirRank = -1;
      for (let i = 0; i < spare.length; i++) {
        const s = spare[i]!;
        if (!(s.amt > 0)) continue;
        let rank: number;
        let worth: number;
        let bigger = false;
        if (miss.stream && s.kid === miss.src.kid) continue;
        const same = s.kid === miss.src.kid && !s.oneOff;
        // the same payer at another amount: the pay arrived, one payment for
        // one pay. Less than the missed pay (parental leave, part-time, a
        // final pay), or the amount of an earlier regular pay of that payer
        // (back to full pay). Not a bonus or back pay (they come on top of a
        // pay, not instead), nor a larger amount that was never a pay (a
        // yearly bonus paid in place of the pay)
        if (same && this.wasPaidLike(s.src, miss.src)) {
          worth = miss.pay;
          rank = 3;
        } else if (same && (s.amt < miss.pay || (this.sameLarger && s.amt <= (1 + REPLACE_WITHIN) * miss.pay))) {
          worth = miss.pay;
          rank = 0.5;
        } else {
          // a replacement starts paying after the missing payer's last pay (up
          // to one pay cycle before it: a final pay can trail the new job's
          // first); a payer already paying alongside it is not its replacement
          if (s.since < miss.lastDay - miss.gap) continue;
          const off = Math.abs(s.amt - miss.pay) / miss.pay;
          // a new job on its own pay cycle that pays more than the missed pay (a graduate's first salary after Youth Allowance) took its place
          bigger = this.biggerJob && !same && s.newCycle && s.amt > miss.pay && this.payerSince(s.kid, R.day[incomeRows[s.x]!]!) >= miss.lastDay - miss.gap;
          // parental leave pay starting in place of a salary: leave, each payment one missed pay
          const leave = this.parentalLeave && !same && PARENTAL_LEAVE_RE.test(txOf(R, incomeRows[s.x]!).description);
          if (!(off <= REPLACE_WITHIN) && !bigger && !leave) continue;
          worth = bigger ? s.amt : s.newCycle || leave ? miss.pay : s.amt;
          rank = s.newCycle ? 2 : 1 - off;
        }
        if (left > 0) {
          const needed = left;
          left -= worth;
          // a larger pay makes up this miss and is left for the next
          s.amt = bigger ? Math.max(0, s.amt - needed) : 0;
          // the missed payer is no longer due unless it pays again (the new job inherits its cycle only if it pays on it: below)
          if (bigger) miss.src.replacedOn = Math.max(miss.src.replacedOn, R.day[incomeRows[s.x]!]!);
          // the old amount is no longer due once its payer pays another
          if (same) changed.set(s.x, miss.src);
        }
        // a larger new job takes over the missed pay's cycle only when it pays on that cycle (its payments this month that far apart)
        if ((!bigger || paysEvery(spare.filter((o) => o.kid === s.kid).map((o) => R.day[incomeRows[o.x]!]!), miss.gap)) && rank > heirRank) {
          heir = s.x;
          heirRank = rank;
        }
      }
      if (heir >= 0) replaced.set(heir, { gap: miss.gap, from: miss.src });
      if (left > 0) {
        net += left;
        if (worst === null || left > worst.cents) worst = { src: miss.src, cents: left, lastTx: miss.lastTx };
      }
    }
    if (net > 0 && usualIncome > 0 && worst !== null && net >= MISSING_MIN_SHARE * usualIncome) {
      values[F.missingIncome] = Math.min(2, net / usualIncome);
      evidence[F.missingIncome] = {
        evidence: {
          kind: 'missing-income',
          category: 'Income',
          payer: worst.src.name,
          lastDate: worst.lastTx.date,
          salary: worst.src.salary,
          missingCents: Math.round(worst.cents),
        },
        transactions: [worst.lastTx],
      };
    }
    // income drop (robust, lower tail)
    if (c.enough && this.complete[t]) {
      const bufA = this.bufA;
      for (let i = 0; i < hist.length; i++) bufA[i] = this.incomeLog[hist[i]!]!;
      const ref = robustRef(bufA, hist.length, this.scratch, true);
      const z = (ref.med - this.incomeLog[t]!) / ref.spread;
      const val = Math.max(0, z - this.floors.incomeDrop);
      values[F.incomeDrop] = val;
      if (val > 0) {
        evidence[F.incomeDrop] = {
          evidence: { kind: 'income-drop', category: 'Income', incomeCents: inflowCents[t]!, usualCents: centsOfLog(ref.med) },
          transactions: [],
        };
      }
    }
    for (let x = 0; x < incomeRows.length; x++) {
      const i = incomeRows[x]!;
      const kid = R.kid[i]!;
      const tx = txOf(R, i);
      const amt = R.amt[i]!;
      let src = assigned[x] ?? this.sourceOf(i);
      if (!src) {
        src = {
          id: `${R.keyOf[kid]!}#${this.sourcesByKey.get(kid)?.length ?? 0}`,
          kid,
          pay: amt,
          reg: null,
          regN: 0,
          days: [],
          amounts: [],
          name: payerName(tx),
          lastTx: tx,
          salary: SALARY_RE.test(tx.description) || SALARY_RE.test(tx.bankCategory ?? ''),
          inherited: null,
          replacedOn: -Infinity,
        };
        const list = this.sourcesByKey.get(kid);
        if (list) list.push(src);
        else this.sourcesByKey.set(kid, [src]);
        sources.push(src);
      }
      // a new job's first pay, making up a missed pay: it is due on that pay's
      // cadence until it has its own, and the old job is no longer due
      const took = replaced.get(x);
      if (took && src.salary && !BONUS_RE.test(tx.description) && src.days.length < 3 && src.inherited === null) {
        src.inherited = { ...took, day: R.day[i]! };
        took.from.replacedOn = Math.max(took.from.replacedOn, R.day[i]!);
      }
      // a payer now paying at another amount: the old amount is no longer due unless it comes again
      const from = changed.get(x);
      if (from) from.replacedOn = Math.max(from.replacedOn, R.day[i]!);
      src.days.push(R.day[i]!);
      src.amounts.push(amt);
      src.pay = medianOfLast(src.amounts, 6, this.bufB);
      src.lastTx = tx;
    }
  }
}

const NAIVE_NAMES = ['vsPrev3Months', 'monthOverMonth', 'vsYearToDate'] as const;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SALARY_RE = /\bsalary\b|\bpay(?:roll)?\b|\bwages?\b|\bsal\b/i;
/** a bonus or back pay is paid once: not a new job whose pay is due again, nor a pay in place of a missed one */
const BONUS_RE = /\bbonus\b|\bback ?pay\b/i;
/**
 * Parental leave pay (Services Australia's, or Dad and Partner Pay) is paid
 * for a term fixed by law, 18 to 26 weeks: when it stops, no pay is missing,
 * and when it starts in place of a salary, the parent is on leave, not
 * unpaid (engine 17).
 */
const PARENTAL_LEAVE_RE = /\bparental leave\b|\bdad and partner pay\b/i;

/** Display name of a payer: the cleaned merchant, or for `Salary … From EMPLOYER` narratives the employer. */
function payerName(tx: CategorizedTransaction): string {
  const generic = /^(?:salary|pay|wages|payroll|direct credit|deposit)?$/i.test(tx.merchant.trim());
  if (generic) {
    const m = /\bfrom\s+([A-Za-z][A-Za-z0-9 &'.-]*?)\s*(?:\d{3,}.*)?$/i.exec(tx.description);
    if (m?.[1]) return m[1].toUpperCase().trim();
  }
  return tx.merchant.trim() || tx.description.trim();
}

/** Whether `days` (two or more, any order) are `gap` days apart, each within a payday's tolerance. */
function paysEvery(days: number[], gap: number): boolean {
  if (days.length < 2) return false;
  days.sort((a, b) => a - b);
  for (let k = 1; k < days.length; k++) if (Math.abs(days[k]! - days[k - 1]! - gap) > paydayTolerance(gap)) return false;
  return true;
}

/** Days a payment may fall either side of a payday of a payer paying every `gap` days. */
function paydayTolerance(gap: number): number {
  return gap >= 25 ? 5 : gap >= 12 ? 3 : 2;
}

/** scratch of `regularity` (synchronous, so one buffer serves every call) */
const GAPS = new Float64Array(8);
const GAPS_SORTED = new Float64Array(8);

/**
 * Cadence of a payer: median gap between payments (days) when it has at
 * least 3 payments, the median gap is weekly-to-monthly (5..40 days) and at
 * least 70 % of the last 8 gaps are within [0.6, 1.5] × the median.
 */
function regularity(days: readonly number[]): { gap: number } | null {
  if (days.length < 3) return null;
  // gaps among the last 9 payments
  const gaps = GAPS;
  let n = 0;
  for (let i = Math.max(1, days.length - 8); i < days.length; i++) {
    const g = days[i]! - days[i - 1]!;
    if (g > 0) gaps[n++] = g;
  }
  if (n < 2) return null;
  let ok = 0;
  const sortedGaps = GAPS_SORTED;
  for (let i = 0; i < n; i++) sortedGaps[i] = gaps[i]!;
  sortPrefix(sortedGaps, n);
  const gap = quantilePrefix(sortedGaps, n, 0.5);
  if (gap < 5 || gap > 40) return null;
  for (let i = 0; i < n; i++) if (gaps[i]! >= 0.6 * gap && gaps[i]! <= 1.5 * gap) ok++;
  if (ok / n < 0.7) return null;
  return { gap };
}

/** quantileSorted(sorted(xs.slice(-n)), 0.5) of a non-empty xs, without the copies; `buf` holds n values. */
function medianOfLast(xs: readonly number[], n: number, buf: Float64Array): number {
  const from = Math.max(0, xs.length - n);
  const m = xs.length - from;
  for (let i = 0; i < m; i++) buf[i] = xs[from + i]!;
  sortPrefix(buf, m);
  return quantilePrefix(buf, m, 0.5);
}

/**
 * A top-up of a public transport card (Opal, myki, go card, Metrocard…, as
 * the default rules name them) by a round sum ($10, $20, $50…): a family
 * tops up two cards the same day (engine 17). A duplicated purchase is a
 * copy of a bill; a top-up's amount is the household's choice.
 */
function isTopUp(tx: CategorizedTransaction): boolean {
  return -tx.amountCents % 1000 === 0 && typeof tx.ruleId === 'string' && TRANSIT_RULE_RE.test(tx.ruleId);
}
/** the default rules that name a public transport card (`d:transport:<name>`) */
const TRANSIT_CARD_RULES = ['opal', 'myki', 'translink', 'metrocard'] as const;
const TRANSIT_RULE_RE = new RegExp(`^d:transport:(?:${TRANSIT_CARD_RULES.join('|')})$`);

/**
 * A payment into a toll or public transport account (Linkt, E-Toll, Opal,
 * myki…, as the default rules name them): topped up automatically whenever
 * the balance runs low, so the same amount a few days apart is driving, not
 * a debit presented twice.
 */
function isAccountTopUp(tx: CategorizedTransaction): boolean {
  return typeof tx.ruleId === 'string' && ACCOUNT_TOP_UP_RULE_RE.test(tx.ruleId);
}
const ACCOUNT_TOP_UP_RULE_RE = new RegExp(`^d:transport:(?:tolls|${TRANSIT_CARD_RULES.join('|')})$`);

/**
 * Categories the rules fall back to for a merchant they do not know: an
 * unknown name stays Uncategorized, a purchase in a foreign city or currency
 * is guessed to be Travel, and a foreign charge adds a bank Fee. A burst of
 * small card payments at new merchants is named after what was bought when
 * any of its rows says (Shopping, Entertainment…), not after these guesses.
 */
const BURST_FALLBACK: ReadonlySet<Category> = new Set<Category>(['Uncategorized', 'Travel', 'Fees']);

/** A burst's test charge, as its reason names it. */
function testOf(R: Rows, i: number): { amountCents: number; merchant: string; date: string } {
  const tx = txOf(R, i);
  return { amountCents: -R.amt[i]!, merchant: tx.merchant || R.keyOf[R.kid[i]!]!, date: tx.date };
}

/** The first row on or after `day` (rows are in day order); R.n when there is none. */
function firstRowOn(R: Rows, day: number): number {
  let lo = 0;
  let hi = R.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (R.day[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The most of a per-month series in the same month ±1 one year before month t (months before the file count as 0). */
function lastSeasonMax(byMonth: Float64Array, t: number): number {
  let most = 0;
  for (let j = Math.max(0, t - 13); j <= t - 11; j++) most = Math.max(most, byMonth[j]!);
  return most;
}

/** Whether every one of `rows` (at least one) is paid in the same foreign currency. */
function oneForeignCurrency(R: Rows, rows: readonly number[]): boolean {
  let cur: string | null = null;
  for (const i of rows) {
    const c = foreignCurrency(txOf(R, i).description);
    if (c === null || (cur !== null && c !== cur)) return false;
    cur = c;
  }
  return cur !== null;
}

/** The busiest BURST_WINDOW_DAYS of `rows` (in day order): rows[from, to), the first window with the most rows. */
function busiestWindow(R: Rows, rows: readonly number[]): { from: number; to: number } {
  let most = 0;
  let from = 0;
  for (let i = 0, j = 0; j < rows.length; j++) {
    while (R.day[rows[j]!]! - R.day[rows[i]!]! >= BURST_WINDOW_DAYS) i++;
    if (j - i + 1 > most) {
      most = j - i + 1;
      from = i;
    }
  }
  return { from, to: from + most };
}

/** The category of a card burst: most money among its rows of a specific category, else among all its rows. */
function burstCategory(R: Rows, burst: readonly number[]): Category {
  const byCat = new Map<Category, number>();
  for (const i of burst) byCat.set(catOf(R, i), (byCat.get(catOf(R, i)) ?? 0) - R.amt[i]!);
  let best: Category | null = null;
  let bestFallback: Category | null = null;
  for (const [c, a] of byCat) {
    if (BURST_FALLBACK.has(c)) {
      if (bestFallback === null || a > byCat.get(bestFallback)!) bestFallback = c;
    } else if (best === null || a > byCat.get(best)!) best = c;
  }
  return best ?? bestFallback ?? catOf(R, burst[0]!);
}

/** The category whose spend exceeds its usual level by the most dollars. */
function topExcessCategory(spend: Float64Array, usualLog: Float64Array, K: number): { k: number; excess: number } {
  let k = 0;
  let best = -Infinity;
  for (let i = 0; i < K; i++) {
    const e = spend[i]! - centsOfLog(usualLog[i]!);
    if (e > best) {
      best = e;
      k = i;
    }
  }
  return { k, excess: Math.round(best) };
}

/** The `n` largest spend rows of category k among rows [from, to), largest first (ties: earlier first). */
function topSpendRows(R: Rows, from: number, to: number, k: number, n: number): CategorizedTransaction[] {
  const top: number[] = [];
  for (let r = from; r < to; r++) {
    if (R.k[r] !== k) continue;
    // insert by (amount, day) ascending: most negative amount = largest money out
    const amt = R.amt[r]!;
    const day = R.day[r]!;
    let i = top.length;
    while (i > 0 && (R.amt[top[i - 1]!]! > amt || (R.amt[top[i - 1]!] === amt && R.day[top[i - 1]!]! > day))) i--;
    if (i >= n) continue;
    top.splice(i, 0, r);
    if (top.length > n) top.pop();
  }
  return top.map((r) => txOf(R, r));
}
