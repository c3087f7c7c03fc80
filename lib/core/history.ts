/**
 * How much history judging a month takes. Plain constants with no imports,
 * so pages can word their messages from the same numbers the model uses.
 */

/**
 * Complete months of earlier data a month needs before it is scored. Until
 * {@link SEASON_MONTHS}, only the event features (new direct debits,
 * duplicate or unfamiliar card charges, new payees, missing pay) and an
 * everyday habit at {@link FIRST_YEAR_MIN_RATIO} times its usual level can
 * carry evidence. Why 6 and not 12: lib/core/detect/README.md and
 * docs/decisions/008-score-from-six-months.md.
 */
export const MIN_HISTORY_MONTHS = 6;

/** Fewest scorable months to fit a per-user forest. */
export const MIN_TRAIN_MONTHS = 6;

/**
 * Spending-level features (category spikes, total spend, sustained
 * elevation) are evidence only once this many complete months lie before
 * the month: until a season has been seen once, December, an annual bill or
 * a yearly trip looks like a spike. Measured on 24-month files with
 * anomalies from month 6: before a year, steadyCategorySpike was positive in
 * 16–32 % of normal months (4–5 % after), while the event features fired no
 * more often than later.
 */
export const SEASON_MONTHS = 12;

/**
 * …except an everyday habit that rose to this many times its usual level
 * (engine 12: groceries or eating out bought from several places, in a
 * month without travel; features/signals.ts `firstYearHabit`).
 */
export const FIRST_YEAR_MIN_RATIO = 3;

/** What a month scored before {@link SEASON_MONTHS} can show, in words (the month page and `oddmonth analyze`). */
export const FIRST_YEAR_EVIDENCE =
  'events (new direct debits, repeated or unfamiliar card charges, payments to new payees, missing pay) ' +
  `and groceries or eating out at ${FIRST_YEAR_MIN_RATIO} times their usual level`;
