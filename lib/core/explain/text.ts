/**
 * Sentences a person understands, one per piece of evidence, in AUD with
 * en-AU formatting. Pure functions of the evidence: the same evidence
 * always gives the same sentence (tests pin them exactly).
 *
 * Conventions: whole dollars for monthly totals ("Dining $840"), cents for
 * single charges ("$49.99"); multipliers with one decimal and "×"; dates as
 * "12 Mar"; merchant names as the parser cleaned them.
 */
import { formatCents, formatDollars } from '../money';
import { monthName, shortDate } from '../features/calendar';
import type { Evidence } from '../features/signals';

/** "2.3×" — one decimal, at least "1.1×" for anything above usual. */
export function times(value: number, usual: number): string {
  if (usual <= 0) return '';
  const r = value / usual;
  return `${(Math.floor(r * 10 + 0.5) / 10).toFixed(1)}×`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const NAIVE_LABEL = {
  vsPrev3Months: 'your average of the previous 3 months',
  monthOverMonth: 'last month',
  vsYearToDate: 'your average so far this year',
} as const;

/**
 * A payee or payer as a person reads it: banks prefix person-to-person
 * narratives with the channel ("TRANSFER TO H RYAN", "WITHDRAWAL-OSKO
 * PAYMENT T BROWN"), which the stable merchant key keeps but a sentence
 * should not.
 */
export function displayName(name: string): string {
  const stripped = name
    .replace(/^(?:(?:FAST|OSKO|INTERNET|ONLINE|MOBILE)\s+)?(?:TRANSFER|PAYMENT|TFR)\s+(?:TO|FROM)\s+/i, '')
    .replace(/^(?:WITHDRAWAL|DEPOSIT)[-\s]OSKO\s+PAYMENT\s+/i, '')
    .replace(/\s+TO\s+PAYID\b.*$/i, '')
    // a biller's reference glued to its name: "ZENTRIX MEDIA REF3680153", "PRIMELIFE CLUB SUB7855316"
    .replace(/\s+[A-Z]{1,4}\d{5,}$/i, '')
    .trim();
  return stripped || name.trim();
}

/** A payer as a person reads it: {@link displayName}, without the kind of money some banks print after it ("ACME PTY LTD SALARY"). */
export function payerName(name: string): string {
  const shown = displayName(name);
  return shown.replace(/\s+(?:SALARY|SAL|WAGES?|PAYROLL|PAY)$/i, '') || shown;
}

/** One sentence for one piece of evidence. */
export function reasonText(e: Evidence): string {
  switch (e.kind) {
    case 'category-spike': {
      // a masked rise: the usual level leaves out last year's one-off charges, and says so (the month page shows it with them)
      const setAside = e.withOneOffsCents ? ` (leaving out last year's one-off charges around ${monthName(e.mn)}, which made it ${formatDollars(e.withOneOffsCents)})` : '';
      const head =
        e.usualCents > 0
          ? `${e.category} ${formatDollars(e.spendCents)}, ${times(e.spendCents, e.usualCents)} your usual ${formatDollars(e.usualCents)} for ${monthName(e.mn)}${setAside}`
          : `${e.category} ${formatDollars(e.spendCents)}, when you usually spend nothing on it in ${monthName(e.mn)}`;
      // a broad rise: the everyday purchases, not one big charge, are what rose. The sentence
      // opens with the category's total and usual (the figures the month page's table shows),
      // then gives the everyday purchases their own usual, so the two usuals are never confused
      if (e.broad && e.broad.usualCents > 0) {
        return `${e.category} ${formatDollars(e.spendCents)} for ${monthName(e.mn)}, usually ${formatDollars(e.usualCents)}; all but its ${e.broad.without} largest charges came to ${formatDollars(e.broad.spendCents)}, ${times(e.broad.spendCents, e.broad.usualCents)} their usual ${formatDollars(e.broad.usualCents)}`;
      }
      // a capped rise: many more of the usual purchases; say how many when there were more than usual
      const usualCount = e.purchases ? Math.round(e.purchases.usualCount) : 0;
      if (e.purchases && e.purchases.count > usualCount) return `${head}, from ${e.purchases.count} purchases (usually ${usualCount} a month)`;
      // an outsized charge: the one charge is the news, so it is named with the most the household paid before
      const o = e.outsized;
      return o
        ? `${head}, with ${formatCents(o.amountCents)} at ${displayName(o.merchant)} on ${shortDate(o.date)}; your largest ${e.category} charge in the ${o.months} months before was ${formatCents(o.usualMaxCents)}`
        : head;
    }
    case 'total-spend':
      return `Total spending ${formatDollars(e.spendCents)}, ${times(e.spendCents, e.usualCents)} your usual ${formatDollars(e.usualCents)} for ${monthName(e.mn)}; ${e.category} rose most (+${formatDollars(e.topExcessCents)})`;
    case 'sustained':
      return `${e.category} ${formatDollars(e.avgCents)} a month for ${e.months} months running, ${times(e.avgCents, e.usualCents)} your usual ${formatDollars(e.usualCents)}`;
    case 'naive':
      return `Total spending ${formatDollars(e.spendCents)}, ${times(e.spendCents, e.refCents)} ${NAIVE_LABEL[e.feature]} (${formatDollars(e.refCents)}); ${e.category} rose most`;
    case 'new-merchants':
      return `${formatDollars(e.totalCents)} at ${plural(e.count, 'place', 'places')} you have not paid before, mostly ${e.category}`;
    case 'new-direct-debit':
      return e.count > 1
        ? `New direct debit to ${displayName(e.merchant)} ${formatCents(e.amountCents)} (${e.count} charges), first seen this month`
        : `New direct debit to ${displayName(e.merchant)} ${formatCents(e.amountCents)}, first seen this month`;
    case 'duplicate-charges': {
      // a direct debit taken again a day or a few later: both dates (or the first and last)
      const when = !e.lastDate ? `on ${shortDate(e.date)}` : e.count === 2 ? `on ${shortDate(e.date)} and ${shortDate(e.lastDate)}` : `between ${shortDate(e.date)} and ${shortDate(e.lastDate)}`;
      return `${e.count} charges of ${formatCents(e.amountCents)} at ${e.merchant} ${when}`;
    }
    case 'card-burst':
      return `${plural(e.count, 'card payment', 'card payments')} totalling ${formatCents(e.totalCents)} at ${plural(e.merchants, 'new merchant', 'new merchants')} ${
        e.from === e.to ? `on ${shortDate(e.from)}` : `between ${shortDate(e.from)} and ${shortDate(e.to)}`
      }${e.test ? `; one was ${formatCents(e.test.amountCents)} at ${displayName(e.test.merchant)}, the size of charge used to test a stolen card` : ''}`;
    case 'cash-drain':
      return `${plural(e.count, 'cash withdrawal', 'cash withdrawals')} totalling ${formatCents(e.totalCents)} ${
        e.from === e.to ? `on ${shortDate(e.from)}` : `between ${shortDate(e.from)} and ${shortDate(e.to)}`
      }; ${e.usualMaxCents > 0 ? `the most you withdrew in two days before was ${formatCents(e.usualMaxCents)}` : 'you had not withdrawn cash before'}`;
    case 'new-payee-transfer':
      return `${formatCents(e.amountCents)} paid to ${displayName(e.payee)} ${e.count > 1 ? `in ${e.count} payments from` : 'on'} ${shortDate(e.date)}, a payee you have not paid before`;
    case 'missing-income':
      return `No ${e.salary ? 'salary' : 'payment'} from ${payerName(e.payer)} since ${shortDate(e.lastDate)}`;
    case 'income-drop':
      return `Income ${formatDollars(e.incomeCents)}, well below your usual ${formatDollars(e.usualCents)}`;
  }
}
