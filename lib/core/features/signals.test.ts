import { describe, expect, it } from 'vitest';
import { computeFeatures, FEATURE_NAMES, quantileSelect, type FeatureName, type FeatureOptions } from './signals';
import { quantileSorted } from './stats';
import { createRng } from '../rng';
import { SPEND_CATEGORIES } from './aggregate';
import type { CategorizedTransaction } from '../types';
import { applianceHousehold, steadyHousehold, threeShopHousehold, tx, withEvents, withoutMaySalary } from '../detect/test-fixtures';
import { SEASON_MONTHS } from '../history';
import { categorizeAll, compileRules, DEFAULT_RULES } from '../categorize';
import { cleanMerchant } from '../csv/merchant';

const F = (name: FeatureName): number => FEATURE_NAMES.indexOf(name);

/** The ISO date of a UTC timestamp. */
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** The months from `from` on with evidence of missing income, under `options`. */
const missingIncomeMonths = (rows: CategorizedTransaction[], from: string, options: FeatureOptions = {}): string[] =>
  computeFeatures(rows, options)
    .months.filter((m) => m.month >= from && m.values[F('missingIncome')]! > 0)
    .map((m) => m.month);

describe('computeFeatures', () => {
  const rows = withoutMaySalary(withEvents());
  const fs = computeFeatures(rows);
  const at = (month: string) => fs.months.find((m) => m.month === month)!;

  it('finds nothing unusual in an ordinary month', () => {
    for (const month of ['2021-06', '2021-08', '2021-10', '2022-02', '2022-06']) {
      const m = at(month);
      for (const name of ['duplicateCharges', 'newDirectDebit', 'newPayeeTransfer', 'cardBurst', 'missingIncome'] as const) {
        expect({ month, name, v: m.values[F(name)] }).toEqual({ month, name, v: 0 });
      }
    }
  });

  it('duplicated charges: same payee, amount and day', () => {
    const m = at('2021-07');
    expect(m.values[F('duplicateCharges')]).toBeCloseTo(Math.log1p(17800 / 1000), 12);
    const e = m.evidence[F('duplicateCharges')]!;
    expect(e.evidence).toEqual({ kind: 'duplicate-charges', category: 'Shopping', merchant: 'JB HI-FI', amountCents: 8900, count: 3, date: '2021-07-12' });
    expect(e.transactions).toHaveLength(3);
  });

  it('two identical fees the same day at a practice or a school are two people, not a duplicate', () => {
    const base = steadyHousehold(24);
    const month = '2021-10';
    const v = (rows: typeof base) => computeFeatures(rows).months.find((m) => m.month === month)!.values[F('duplicateCharges')];
    const twice = (merchant: string, category: Parameters<typeof tx>[3], cents: number) => [14, 14].map(() => tx(`${month}-14`, -cents, merchant, category));
    expect(v([...base, ...twice('PROSPECT FAMILY PRACTICE', 'Health', 9500)])).toBe(0);
    expect(v([...base, ...twice('QKR*BARKER GRAMMAR SCHOOL', 'Education', 5400)])).toBe(0);
    // the same two charges at a shop are a duplicate
    expect(v([...base, ...twice('JB HI-FI', 'Shopping', 9500)])).toBeCloseTo(Math.log1p(9500 / 1000), 12);
  });

  it('two round top-ups of a transport card on one day are two cards, not a duplicate (engine 17)', () => {
    const base = steadyHousehold(24);
    const month = '2021-10';
    const rules = compileRules(DEFAULT_RULES);
    const v = (rows: CategorizedTransaction[], topUps = true) =>
      computeFeatures(categorizeAll(rows, rules), { topUps }).months.find((m) => m.month === month)!.values[F('duplicateCharges')];
    const twice = (cents: number) => [0, 1].map(() => tx(`${month}-14`, -cents, 'TRANSLINK GO CARD', 'Uncategorized', { description: 'TRANSLINK GO CARD BRISBANE QLD AUS Card xx1234' }));
    expect(v([...base, ...twice(5000)])).toBe(0);
    expect(v([...base, ...twice(5000)], false)).toBeCloseTo(Math.log1p(5000 / 1000), 12);
    // not a round sum: a fare charged twice is still a duplicate
    expect(v([...base, ...twice(4830)])).toBeCloseTo(Math.log1p(4830 / 1000), 12);
  });

  it('a direct debit taken again a day or a few later is a duplicate; card purchases, weekly debits and toll top-ups are not (engine 19)', () => {
    const rules = compileRules(DEFAULT_RULES);
    // a telco billed monthly by direct debit, on the 8th, for two years
    const base = [
      ...steadyHousehold(24),
      ...Array.from({ length: 24 }, (_, i) => {
        const m = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
        return tx(`${m}-08`, -8500, 'TPG INTERNET', 'Phone & Internet', { description: 'Direct Debit 401234 TPG INTERNET 98765' });
      }),
    ];
    const month = '2021-10';
    const at = (rows: CategorizedTransaction[], debitedTwice = true) =>
      computeFeatures(categorizeAll(rows, rules), { debitedTwice }).months.find((m) => m.month === month)!;
    const again = (day: string, cents = 8500, merchant = 'TPG INTERNET', description = 'Direct Debit 401234 TPG INTERNET 98765') =>
      tx(`${month}-${day}`, -cents, merchant, 'Phone & Internet', { description });
    // presented again the next business day (Friday 8 October, then the Monday)
    const twice = at([...base, again('11')]);
    expect(twice.values[F('duplicateCharges')]).toBeCloseTo(Math.log1p(8500 / 1000), 12);
    expect(twice.evidence[F('duplicateCharges')]!.evidence).toEqual({
      kind: 'duplicate-charges',
      category: 'Phone & Internet',
      merchant: 'TPG INTERNET',
      amountCents: 8500,
      count: 2,
      date: '2021-10-08',
      lastDate: '2021-10-11',
    });
    expect(at([...base, again('11')], false).values[F('duplicateCharges')]).toBe(0);
    // more than DD_TWICE_DAYS later, or another amount: not the same debit again
    expect(at([...base, again('12')]).values[F('duplicateCharges')]).toBe(0);
    expect(at([...base, again('09', 8600)]).values[F('duplicateCharges')]).toBe(0);
    // the same purchase by card the next day is a habit (a coffee, a fare), not a copy
    const cardRows = [...steadyHousehold(24), ...['14', '15'].map((d) => tx(`${month}-${d}`, -8500, 'JB HI-FI', 'Shopping', { description: 'JB HI-FI 123 SYDNEY NS AUS Card xx1234' }))];
    expect(at(cardRows).values[F('duplicateCharges')]).toBe(0);
    // a toll account topped up again after a few days of driving
    const tolls = [...steadyHousehold(24), ...['14', '16'].map((d) => tx(`${month}-${d}`, -2500, 'LINKT', 'Transport', { description: 'Direct Debit 062934 LINKT BRISBANE 123456' }))];
    expect(at(tolls).values[F('duplicateCharges')]).toBe(0);
  });

  it('a direct debit from a payee never seen before', () => {
    const m = at('2021-09');
    expect(m.values[F('newDirectDebit')]).toBe(1);
    // the rules left it Uncategorized; a subscription-sized direct debit is reported as Subscriptions
    expect(m.evidence[F('newDirectDebit')]!.evidence).toEqual({
      kind: 'new-direct-debit',
      category: 'Subscriptions',
      merchant: 'NIMBUS DIGITAL PTY LTD',
      amountCents: 4999,
      count: 1,
    });
  });

  it('a new direct debit to a provider the household signs up to (school, gym, insurer, utility) is not counted', () => {
    const base = steadyHousehold(24);
    const month = '2021-09';
    const signedUp = [
      tx(`${month}-06`, -18250, 'BURWOOD OSHC', 'Education', { description: 'Direct Debit 102938 BURWOOD OSHC 6957806' }),
      tx(`${month}-08`, -5500, 'JETTS FITNESS', 'Health', { description: 'Direct Debit 479589 JETTS FITNESS 355634117' }),
      tx(`${month}-10`, -14000, 'AGL ENERGY', 'Utilities', { description: 'Direct Debit 111222 AGL ENERGY 44556677' }),
    ];
    const unknown = tx(`${month}-14`, -4999, 'NIMBUS DIGITAL PTY LTD', 'Uncategorized', { description: 'Direct Debit 555555 NIMBUS DIGITAL PTY LTD 99887766' });
    const v = (rows: typeof base) => computeFeatures(rows).months.find((m) => m.month === month)!.values[F('newDirectDebit')];
    expect(v([...base, ...signedUp])).toBe(0);
    expect(v([...base, ...signedUp, unknown])).toBe(1);
  });

  it('a new direct debit to a subscription brand the rules know by name (a Foxtel trial) is not counted; an unknown name is', () => {
    const base = steadyHousehold(24);
    const month = '2021-09';
    const compiled = compileRules(DEFAULT_RULES);
    // through the real categorizer: the rule that decided the row is what tells a brand from a name no rule knows
    const dd = (merchant: string, cents: number) =>
      categorizeAll([tx(`${month}-10`, -cents, merchant, 'Uncategorized', { description: `Direct Debit 987654 ${merchant} 11223344` })], compiled)[0]!;
    const foxtel = dd('FOXTEL', 5900);
    const unknown = dd('TANDEM DIGITAL PTY LTD', 2995);
    expect([foxtel.category, foxtel.ruleId]).toEqual(['Subscriptions', 'd:subscriptions:streaming']);
    expect([unknown.category, unknown.ruleId]).toEqual(['Uncategorized', null]);
    const v = (rows: typeof base) => computeFeatures(rows).months.find((m) => m.month === month)!.values[F('newDirectDebit')];
    expect(v([...base, foxtel])).toBe(0);
    expect(v([...base, unknown])).toBe(1);
    // the same Foxtel row without the rule that named it (e.g. filed by the bank's own category) still counts
    expect(v([...base, { ...foxtel, ruleId: null }])).toBe(1);
  });

  it('a category spike needs the month at twice its usual level at least: 1.8x is a busy month, however narrow the spread', () => {
    const month = '2021-10';
    const base = steadyHousehold(24);
    const usual = base.filter((r) => r.category === 'Groceries' && r.date.startsWith('2021-09')).reduce((a, r) => a - r.amountCents, 0);
    const extra = (cents: number) => [4, 11, 18].map((d) => tx(`${month}-${String(d).padStart(2, '0')}`, -Math.round(cents / 3), 'WOOLWORTHS', 'Groceries'));
    const v = (rows: typeof base) => computeFeatures(rows).months.find((m) => m.month === month)!.values[F('steadyCategorySpike')];
    // Groceries at about 1.8x: far outside this household's narrow spread, but not a spike
    expect(v([...base, ...extra(0.8 * usual)])).toBe(0);
    // at about 2.3x it is
    expect(v([...base, ...extra(1.3 * usual)])).toBeGreaterThan(1);
  });

  it('each month carries every category\'s usual level, the one its spike reason quotes', () => {
    const month = '2021-10';
    const base = steadyHousehold(24);
    const usual = base.filter((r) => r.category === 'Groceries' && r.date.startsWith('2021-09')).reduce((a, r) => a - r.amountCents, 0);
    const extra = [4, 11, 18].map((d) => tx(`${month}-${String(d).padStart(2, '0')}`, -Math.round((1.3 * usual) / 3), 'WOOLWORTHS', 'Groceries'));
    const fs = computeFeatures([...base, ...extra]);
    const m = fs.months.find((x) => x.month === month)!;
    const e = m.evidence[F('steadyCategorySpike')]!.evidence as { category: string; usualCents: number };
    expect(e.category).toBe('Groceries');
    const k = SPEND_CATEGORIES.indexOf('Groceries');
    expect(m.usualCents![k]).toBe(e.usualCents);
    // a steady household's usual Groceries month is its ordinary one, within a few dollars
    expect(Math.abs(m.usualCents![k]! - usual)).toBeLessThan(0.05 * usual);
    // categories never spent on are usually $0; before 4 complete months there is no usual level yet
    expect(m.usualCents![SPEND_CATEGORIES.indexOf('Travel')]).toBe(0);
    expect(fs.months[2]!.usualCents).toBeNull();
    expect(fs.months[5]!.usualCents).not.toBeNull();
  });

  it('the typical month is the usual level without the season', () => {
    // $300 of gifts every December on top of a steady household; this December, the same
    const gifts = (y: number) => [tx(`${y}-12-10`, -30000, 'MYER', 'Gifts')];
    const fs = computeFeatures([...steadyHousehold(36), ...gifts(2019), ...gifts(2020), ...gifts(2021)]);
    const dec = fs.months.find((x) => x.month === '2021-12')!;
    const oct = fs.months.find((x) => x.month === '2021-10')!;
    const k = SPEND_CATEGORIES.indexOf('Gifts');
    // a typical month has no gifts; December's usual level has last December's $300
    expect(dec.typicalCents![k]).toBe(0);
    expect(dec.usualCents![k]).toBe(30000);
    expect(dec.values[F('steadyCategorySpike')]).toBe(0);
    // October (last September to November, the allowance's months, had none): no gifts in either
    expect([oct.typicalCents![k], oct.usualCents![k]]).toEqual([0, 0]);
    // and a usual level is never below the typical month
    for (const m of fs.months.filter((x) => x.usualCents !== null)) {
      m.usualCents!.forEach((u, i) => expect(u).toBeGreaterThanOrEqual(m.typicalCents![i]!));
    }
  });

  it('last year\'s holiday excuses this year\'s meals out only when this month has travel too', () => {
    const base = steadyHousehold(36);
    // January 2021: away, $900 of fares and $400 of meals at six places on the coast
    const holiday = (ym: string) => [
      tx(`${ym}-03`, -90000, 'QANTAS', 'Travel'),
      ...[5, 6, 7, 8, 9, 10].map((d) => tx(`${ym}-${String(d).padStart(2, '0')}`, -6700, `BEACH CAFE ${d}`, 'Dining')),
    ];
    // January 2022: $300 more of meals out at home, at the usual places
    const atHome = [4, 11, 18, 25].map((d) => tx(`2022-01-${String(d).padStart(2, '0')}`, -7500, d % 2 ? 'THAI ORCHID' : 'LITTLE BEAN CAFE', 'Dining'));
    const spike = (rows: typeof base, opts: Parameters<typeof computeFeatures>[1] = {}) => {
      const m = computeFeatures(rows, opts).months.find((x) => x.month === '2022-01')!;
      const e = m.evidence[F('steadyCategorySpike')]?.evidence as { category?: string; usualCents?: number } | undefined;
      return { v: m.values[F('steadyCategorySpike')]!, category: e?.category, usualCents: e?.usualCents };
    };
    const rows = [...base, ...holiday('2021-01'), ...atHome];
    expect(spike(rows).category).toBe('Dining');
    expect(spike(rows).v).toBeGreaterThan(3);
    // the reason's "usual" is the level it was judged against: an ordinary month's Dining ($130–$165), not last January's $535
    const ordinary = base.filter((r) => r.category === 'Dining' && r.date.startsWith('2021-12')).reduce((a, r) => a - r.amountCents, 0);
    expect(spike(rows).usualCents).toBeLessThan(1.25 * ordinary);
    // the full allowance hides it
    expect(spike(rows, { holidayNeedsTravel: false }).v).toBe(0);
    // away again this January: last year's holiday explains it
    expect(spike([...rows, tx('2022-01-03', -90000, 'QANTAS', 'Travel')]).v).toBe(0);
  });

  it('a holiday in another month: meals out at places new to the household, with travel, are the trip (engine 15)', () => {
    const base = steadyHousehold(36);
    const month = '2021-10';
    const fares = tx(`${month}-03`, -90000, 'QANTAS', 'Travel');
    // six meals at places on the coast, $402 on top of the usual $130–$165
    const coast = [5, 6, 7, 8, 9, 10].map((d) => tx(`${month}-${String(d).padStart(2, '0')}`, -6700, `BEACH CAFE ${d}`, 'Dining'));
    // $300 more at the usual places
    const usualPlaces = [4, 11, 18, 25].map((d) => tx(`${month}-${String(d).padStart(2, '0')}`, -7500, d % 2 ? 'THAI ORCHID' : 'LITTLE BEAN CAFE', 'Dining'));
    const spike = (rows: CategorizedTransaction[], opts: Parameters<typeof computeFeatures>[1] = {}) => {
      const m = computeFeatures(rows, opts).months.find((x) => x.month === month)!;
      return { v: m.values[F('steadyCategorySpike')]!, category: (m.evidence[F('steadyCategorySpike')]?.evidence as { category?: string } | undefined)?.category };
    };
    expect(spike([...base, fares, ...coast])).toEqual({ v: 0, category: undefined });
    // judged as before without the rule
    expect(spike([...base, fares, ...coast], { tripMeals: false })).toMatchObject({ category: 'Dining' });
    expect(spike([...base, fares, ...coast], { tripMeals: false }).v).toBeGreaterThan(1);
    // new places with no travel: eating out at home
    expect(spike([...base, ...coast])).toMatchObject({ category: 'Dining' });
    // travel, but the rise is at the usual places
    expect(spike([...base, fares, ...usualPlaces])).toMatchObject({ category: 'Dining' });
    // travel, new places, and more at the usual places than they account for
    expect(spike([...base, fares, ...coast.slice(0, 3), ...usualPlaces])).toMatchObject({ category: 'Dining' });
  });

  it('a bond, a dental bill, school fees or a premium is not a category spike: a bill set by someone else, on their calendar', () => {
    const month = '2021-10';
    // every month: rent (Housing), a GP gap (Health), after-school care (Education), health cover (Insurance)
    const base = steadyHousehold(24);
    for (let i = 0; i < 24; i++) {
      const ym = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      base.push(tx(`${ym}-11`, -(4500 + (i % 3) * 500), 'SMITH ST MEDICAL', 'Health'));
      for (const d of [5, 12, 19, 26]) base.push(tx(`${ym}-${d}`, -(15000 + (i % 2) * 1000), 'BURWOOD OSHC', 'Education', { description: 'Direct Debit 102938 BURWOOD OSHC 6957806' }));
      base.push(tx(`${ym}-14`, -(21000 + (i % 4) * 300), 'HCF HEALTH', 'Insurance', { description: 'Direct Debit 493042 HCF HEALTH 25282942' }));
    }
    const v = (rows: typeof base) => {
      const m = computeFeatures(rows).months.find((x) => x.month === month)!;
      return [m.values[F('steadyCategorySpike')], m.values[F('lumpyCategorySpike')]];
    };
    expect(v(base)).toEqual([0, 0]);
    expect(v([...base, tx(`${month}-03`, -400000, 'RTBA BOND', 'Housing', { description: 'BPAY RTBA BOND 123 456' })])).toEqual([0, 0]);
    expect(v([...base, tx(`${month}-05`, -320000, 'SMILE DENTAL', 'Health')])).toEqual([0, 0]);
    expect(v([...base, tx(`${month}-06`, -290000, 'ST JOSEPHS COLLEGE', 'Education', { description: 'BPAY ST JOSEPHS COLLEGE 88 99' })])).toEqual([0, 0]);
    expect(v([...base, tx(`${month}-07`, -140000, 'NRMA INSURANCE', 'Insurance', { description: 'Direct Debit 334455 NRMA INSURANCE 77' })])).toEqual([0, 0]);
    // the same money in groceries is a spike
    expect(v([...base, ...[3, 8, 13, 18, 23].map((d) => tx(`${month}-${String(d).padStart(2, '0')}`, -30000, 'WOOLWORTHS', 'Groceries'))])[0]).toBeGreaterThan(1);
  });

  it('a large payment to a new payee', () => {
    const m = at('2021-11');
    expect(m.values[F('newPayeeTransfer')]).toBeGreaterThan(1);
    expect(m.evidence[F('newPayeeTransfer')]!.evidence).toEqual({
      kind: 'new-payee-transfer',
      category: 'Personal Payments',
      payee: 'J SMITH',
      amountCents: 450000,
      date: '2021-11-08',
      count: 1,
    });
  });

  it('a first payment to a tradesman, an agency or a bond authority (Housing) is not a transfer to a stranger', () => {
    const base = steadyHousehold(24);
    const v = (row: ReturnType<typeof tx>) => computeFeatures([...base, row]).months.find((m) => m.month === '2021-11')!.values[F('newPayeeTransfer')];
    expect(v(tx('2021-11-08', -245000, 'E BAKER PLUMBING', 'Housing', { description: 'ANZ MOBILE BANKING PAYMENT 866534 TO E BAKER PLUMBING' }))).toBe(0);
    expect(v(tx('2021-11-08', -245000, 'E BAKER', 'Personal Payments', { description: 'ANZ MOBILE BANKING PAYMENT 866534 TO E BAKER' }))).toBeGreaterThan(1);
  });

  it('a person paid before is not a new payee because the memo is new (the parser keeps the memo out of the payee)', () => {
    const base = steadyHousehold(24);
    const osko = (date: string, cents: number, memo: string) => {
      const description = `WITHDRAWAL-OSKO PAYMENT 1130528 M WALKER ${memo}`;
      return tx(date, -cents, cleanMerchant(description, 'westpac'), 'Personal Payments', { description });
    };
    const rent = [3, 4, 5, 6, 7, 8, 9, 10].map((m) => osko(`2021-${String(m).padStart(2, '0')}-02`, 60000, 'rent'));
    const v = (rows: typeof base) => computeFeatures(rows).months.find((m) => m.month === '2021-11')!.values[F('newPayeeTransfer')];
    expect(v([...base, ...rent, osko('2021-11-08', 250000, 'bond')])).toBe(0);
    // a stranger with the same money is still news
    expect(v([...base, ...rent, tx('2021-11-08', -250000, 'WITHDRAWAL-OSKO PAYMENT K TAYLOR', 'Personal Payments', { description: 'WITHDRAWAL-OSKO PAYMENT 6849876 K TAYLOR bond' })])).toBeGreaterThan(1);
  });

  it('a payment to a new payee split into parts over a few days counts as one, judged against half the reference', () => {
    const base = steadyHousehold(24);
    const parts = [
      tx('2021-11-08', -150000, 'T WHITE', 'Personal Payments', { description: 'Transfer to T White' }),
      tx('2021-11-09', -150000, 'T WHITE', 'Personal Payments', { description: 'Transfer to T White' }),
      tx('2021-11-10', -150000, 'T WHITE', 'Personal Payments', { description: 'Transfer to T White' }),
    ];
    const whole = [tx('2021-11-08', -450000, 'T WHITE', 'Personal Payments', { description: 'Transfer to T White' })];
    const split = computeFeatures([...base, ...parts]).months.find((m) => m.month === '2021-11')!;
    const once = computeFeatures([...base, ...whole]).months.find((m) => m.month === '2021-11')!;
    const v = split.values[F('newPayeeTransfer')]!;
    // the sum counts, and paying a stranger in instalments halves the reference: log(2) more than one payment of the sum
    expect(v).toBeGreaterThan(0);
    expect(v).toBeCloseTo(once.values[F('newPayeeTransfer')]! + Math.log(2), 12);
    // one part alone is one payment of a third of the money
    const part = computeFeatures([...base, parts[0]!]).months.find((m) => m.month === '2021-11')!.values[F('newPayeeTransfer')]!;
    expect(part).toBeGreaterThan(0);
    expect(v).toBeCloseTo(part + Math.log(3) + Math.log(2), 12);
    // parts further apart than a few days are not instalments: the sum against the usual reference
    const apart = [parts[0]!, { ...parts[1]!, date: '2021-11-15' }, { ...parts[2]!, date: '2021-11-22' }];
    const spread = computeFeatures([...base, ...apart]).months.find((m) => m.month === '2021-11')!.values[F('newPayeeTransfer')]!;
    expect(spread).toBeCloseTo(once.values[F('newPayeeTransfer')]!, 12);
    expect(split.evidence[F('newPayeeTransfer')]!.evidence).toEqual({
      kind: 'new-payee-transfer',
      category: 'Personal Payments',
      payee: 'T WHITE',
      amountCents: 450000,
      date: '2021-11-08',
      count: 3,
    });
    expect(split.evidence[F('newPayeeTransfer')]!.transactions.map((t) => t.amountCents)).toEqual([-150000, -150000, -150000]);
  });

  it('payments to two different new payees are not added together', () => {
    const base = steadyHousehold(24);
    const two = [
      tx('2021-11-08', -150000, 'T WHITE', 'Personal Payments', { description: 'Transfer to T White' }),
      tx('2021-11-09', -200000, 'K SCOTT', 'Personal Payments', { description: 'Transfer to K Scott' }),
    ];
    const m = computeFeatures([...base, ...two]).months.find((x) => x.month === '2021-11')!;
    const e = m.evidence[F('newPayeeTransfer')];
    if (e) expect(e.evidence).toMatchObject({ payee: 'K SCOTT', amountCents: 200000, count: 1 });
    const alone = computeFeatures([...base, two[1]!]).months.find((x) => x.month === '2021-11')!;
    expect(m.values[F('newPayeeTransfer')]).toBeCloseTo(alone.values[F('newPayeeTransfer')]!, 12);
  });

  it('a burst of small card payments at new merchants', () => {
    const m = at('2022-01');
    expect(m.values[F('cardBurst')]).toBe(6); // 8 in the window, above a usual of 2
    expect(m.evidence[F('cardBurst')]!.evidence).toMatchObject({ kind: 'card-burst', count: 8, merchants: 4, from: '2022-01-05', to: '2022-01-06' });
  });

  it('a burst counts only at two or more payments above the usual busiest window', () => {
    // 3 or 4 small card payments at new shops in two days, against a usual busiest window of 2
    const burst = (n: number) => {
      const rows = steadyHousehold(36);
      ['LUNA HOME', 'VIBE GEAR', 'PIXEL DEALS', 'ZEN LABS'].slice(0, n).forEach((m, i) => rows.push(tx('2022-01-05', -(2500 + i * 100), m, 'Shopping')));
      return computeFeatures(rows).months.find((x) => x.month === '2022-01')!;
    };
    expect(burst(3).values[F('cardBurst')]).toBe(0);
    expect(burst(3).evidence[F('cardBurst')]).toBeNull();
    expect(burst(4).values[F('cardBurst')]).toBe(2);
  });

  it('a test charge of a few dollars marks card testing: one payment above the usual window, one merchant, even on a trip', () => {
    // small card payments at new shops on 5 Jan 2022, against a usual busiest window of 2
    const month = (cents: readonly number[], merchants: readonly string[], trip = false) => {
      const rows = steadyHousehold(36);
      cents.forEach((c, i) => rows.push(tx('2022-01-05', -c, merchants[i % merchants.length]!, 'Shopping')));
      // the same days on holiday: three new cafes and a taxi, at least half as many payments as the burst
      if (trip) ['NOOSA BEACH CAFE', 'HASTINGS ST GRILL', 'SUNSHINE PIZZA', 'NOOSA TAXIS'].forEach((m, i) => rows.push(tx(`2022-01-0${4 + (i % 3)}`, -(3000 + i * 500), m, i === 3 ? 'Transport' : 'Dining')));
      const m = computeFeatures(rows).months.find((x) => x.month === '2022-01')!;
      return { v: m.values[F('cardBurst')], e: m.evidence[F('cardBurst')]?.evidence };
    };
    const shops = ['LUNA HOME', 'VIBE GEAR', 'PIXEL DEALS', 'ZEN LABS'];
    // three payments: one above the usual is not enough, unless one of them is a test
    expect(month([2500, 4800, 6200], shops).v).toBe(0);
    expect(month([150, 4800, 6200], shops).v).toBe(1);
    expect(month([150, 4800, 6200], shops).e).toMatchObject({ kind: 'card-burst', count: 3, merchants: 3, totalCents: 11150, test: { amountCents: 150, merchant: 'LUNA HOME', date: '2022-01-05' } });
    expect(month([2500, 4800, 6200, 7100], shops).e).not.toHaveProperty('test');
    // $3.00 is still a test; $3.01 is not
    expect(month([300, 4800, 6200], shops).v).toBe(1);
    expect(month([301, 4800, 6200], shops).v).toBe(0);
    // all at one new merchant
    expect(month([2500, 4800, 6200, 7100], ['VIBE GEAR']).v).toBe(0);
    expect(month([150, 4800, 6200, 7100], ['VIBE GEAR']).v).toBe(2);
    // four payments at four shops: a burst at home, a trip's shopping on holiday, unless one is a test
    expect(month([2500, 4800, 6200, 7100], shops).v).toBe(2);
    expect(month([2500, 4800, 6200, 7100], shops, true).v).toBe(0);
    expect(month([150, 4800, 6200, 7100], shops, true).v).toBe(2);
    // test, then spend: two payments, no more than the usual window, at one new merchant
    expect(month([150, 4800], ['VIBE GEAR']).v).toBe(1);
    expect(month([150, 4800], ['VIBE GEAR']).e).toMatchObject({ count: 2, merchants: 1, test: { amountCents: 150, merchant: 'VIBE GEAR' } });
    // not when the bigger charge is at another merchant, or is not at least twice the test
    expect(month([150, 4800], ['VIBE GEAR', 'LUNA HOME']).v).toBe(0);
    expect(month([150, 290], ['VIBE GEAR']).v).toBe(0);
    expect(month([150, 300], ['VIBE GEAR']).v).toBe(1);
  });

  it('a burst on a trip is not card testing: the same days hold meals, food and transport at new places', () => {
    const month = (companions: number) => {
      const rows = withoutMaySalary(withEvents());
      // the 2022-01 burst is 8 payments on 5–6 Jan; add new cafes, a supermarket and a taxi around it
      ['NOOSA BEACH CAFE', 'HASTINGS ST GRILL', 'IGA NOOSA', 'NOOSA TAXIS', 'SUNSHINE PIZZA'].slice(0, companions).forEach((m, i) =>
        rows.push(tx(`2022-01-0${4 + (i % 4)}`, -(3000 + i * 500), m, i === 2 ? 'Groceries' : i === 3 ? 'Transport' : 'Dining')),
      );
      return computeFeatures(rows).months.find((x) => x.month === '2022-01')!.values[F('cardBurst')];
    };
    // 3 is not half of 8: still a burst; 4 is a trip
    expect(month(3)).toBe(6);
    expect(month(4)).toBe(0);
    expect(month(5)).toBe(0);
  });

  it('names a card burst after what was bought, not after the rules\' guesses for unknown or foreign merchants', () => {
    const burstMonth = (cats: Record<string, 'Travel' | 'Uncategorized' | 'Shopping'>) => {
      // the same 2022-01 burst ($54 at LUNA HOME, $56 VIBE GEAR, $58 PIXEL DEALS, $60 ZEN LABS), some rows recategorized
      const changed = withEvents().map((r) => (r.date.startsWith('2022-01-0') && cats[r.merchant] ? { ...r, category: cats[r.merchant]! } : r));
      const m = computeFeatures(withoutMaySalary(changed)).months.find((x) => x.month === '2022-01')!;
      return m.evidence[F('cardBurst')]!.evidence.category;
    };
    // Travel $110 and Uncategorized $58 against Shopping $60: Shopping
    expect(burstMonth({ 'LUNA HOME': 'Travel', 'VIBE GEAR': 'Travel', 'PIXEL DEALS': 'Uncategorized' })).toBe('Shopping');
    // nothing specific in the burst: the largest of the guesses (Uncategorized $118 > Travel $110)
    expect(burstMonth({ 'LUNA HOME': 'Travel', 'VIBE GEAR': 'Travel', 'PIXEL DEALS': 'Uncategorized', 'ZEN LABS': 'Uncategorized' })).toBe('Uncategorized');
  });

  it('a jump in a steady category', () => {
    const m = at('2022-03');
    expect(m.values[F('steadyCategorySpike')]).toBeGreaterThan(3);
    expect(m.evidence[F('steadyCategorySpike')]!.evidence).toMatchObject({ kind: 'category-spike', category: 'Groceries', steady: true });
  });

  it('a broad rise in an everyday category that a few big charges make lumpy', () => {
    // weekly fuel at three stations, a $450 service twice a year: the month totals are lumpy,
    // the fuel is not; March 2022 has three times the usual fills at the usual stations
    const rows = steadyHousehold(36);
    const stations = ['AMPOL', 'BP', 'SHELL'];
    for (let i = 0; i < 36; i++) {
      const ym = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      const days = ym === '2022-03' ? [1, 3, 5, 8, 10, 12, 15, 17, 19, 22, 24, 26] : [4, 11, 18, 25];
      days.forEach((d, j) => rows.push(tx(`${ym}-${String(d).padStart(2, '0')}`, -(6500 + ((i + j) % 3) * 500), stations[(i + j) % 3]!, 'Transport')));
      if (i % 6 === 4) rows.push(tx(`${ym}-14`, -45000, 'ULTRA TUNE', 'Transport'));
    }
    const month = (opts: Parameters<typeof computeFeatures>[1]) => computeFeatures(rows, opts).months.find((m) => m.month === '2022-03')!;
    // the capped rise sees it too (the next test); here the broad rise alone
    const m = month({ cappedRise: false });
    expect(m.values[F('steadyCategorySpike')]).toBeGreaterThan(1);
    expect(m.evidence[F('steadyCategorySpike')]!.evidence).toMatchObject({ kind: 'category-spike', category: 'Transport', steady: true });
    expect(month({}).evidence[F('steadyCategorySpike')]!.evidence).toMatchObject({ kind: 'category-spike', category: 'Transport', purchases: { count: 12, usualCount: 4 } });
    // the evidence says what rose: the month without its 2 largest charges, against that series' usual level
    const broadOf = (ym: string) =>
      rows
        .filter((r) => r.category === 'Transport' && r.date.startsWith(ym))
        .map((r) => -r.amountCents)
        .sort((a, b) => b - a)
        .slice(2)
        .reduce((a, b) => a + b, 0);
    const before = Array.from({ length: 24 }, (_, i) => broadOf(`${2020 + Math.floor((i + 2) / 12)}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`));
    const broad = (m.evidence[F('steadyCategorySpike')]!.evidence as { broad?: { without: number; spendCents: number; usualCents: number } }).broad!;
    expect(broad.without).toBe(2);
    expect(broad.spendCents).toBe(broadOf('2022-03'));
    expect(broad.usualCents).toBeGreaterThanOrEqual(Math.min(...before));
    expect(broad.usualCents).toBeLessThanOrEqual(Math.max(...before));
    expect(broad.spendCents).toBeGreaterThan(3 * broad.usualCents);
    // on the month totals alone the services hide it
    expect(month({ broadRise: false, cappedRise: false }).values[F('steadyCategorySpike')]).toBe(0);
  });

  it('a capped rise: three times the usual purchases in a category that big purchases make lumpy', () => {
    // five $40–$80 purchases a month at the usual shops, and three $600–$1,200 appliances in a sale every
    // four months: the month totals are lumpy (not steady), and so are they without their 2 largest
    // charges (no broad rise); the purchases are not. March 2022 has 16 of them
    const household = (category: 'Shopping' | 'Gifts', march: 'many' | 'one big') =>
      march === 'many' ? applianceHousehold(category, { '2022-03': 16 }) : [...applianceHousehold(category), tx('2022-03-20', -150000, 'JB HI-FI', category)];
    const month = (rows: ReturnType<typeof household>, opts: Parameters<typeof computeFeatures>[1] = {}) => computeFeatures(rows, opts).months.find((m) => m.month === '2022-03')!;
    const m = month(household('Shopping', 'many'));
    expect(m.values[F('steadyCategorySpike')]).toBeGreaterThan(0);
    expect(m.evidence[F('steadyCategorySpike')]!.evidence).toMatchObject({ kind: 'category-spike', category: 'Shopping', steady: true, purchases: { count: 16, usualCount: 5 } });
    // the reason's figures are the month totals, and the month is more than twice its usual level
    const e = m.evidence[F('steadyCategorySpike')]!.evidence as { spendCents: number; usualCents: number };
    expect(e.spendCents).toBe(household('Shopping', 'many').filter((r) => r.date.startsWith('2022-03') && r.category === 'Shopping').reduce((a, r) => a - r.amountCents, 0));
    expect(e.spendCents).toBeGreaterThan(2 * e.usualCents);
    // the purchases behind it are all 16 of them, largest first
    const behind = m.evidence[F('steadyCategorySpike')]!.transactions.map((r) => -r.amountCents);
    expect(behind).toHaveLength(16);
    expect(behind).toEqual([...behind].sort((a, b) => b - a));
    // on the month totals, and without their 2 largest charges, the appliances hide it
    expect(month(household('Shopping', 'many'), { cappedRise: false }).values[F('steadyCategorySpike')]).toBe(0);
    // one big purchase counts as one ordinary one: not a capped rise, and on the totals the category is lumpy
    expect(month(household('Shopping', 'one big')).values[F('steadyCategorySpike')]).toBe(0);
    // gifts are occasions, not a habit: not judged this way
    expect(month(household('Gifts', 'many')).values[F('steadyCategorySpike')]).toBe(0);
  });

  it('a masked rise: last year\'s one-off purchase does not excuse this year\'s many ordinary ones', () => {
    // the capped-rise household (five $40–$80 purchases a month, three appliances every four months);
    // last March also a $4,000 lounge suite, so the month total's seasonal allowance for March is
    // that suite. March 2022 has 24 ordinary purchases: about $1,400, under last March's $4,500 or so
    const household = (lastMarch: 'suite' | 'many purchases') =>
      lastMarch === 'suite'
        ? [...applianceHousehold('Shopping', { '2022-03': 24 }), tx('2021-03-27', -400000, 'FANTASTIC FURNITURE', 'Shopping')]
        : applianceHousehold('Shopping', { '2022-03': 24, '2021-03': 24 });
    const month = (rows: ReturnType<typeof household>, opts: Parameters<typeof computeFeatures>[1] = {}) => computeFeatures(rows, opts).months.find((m) => m.month === '2022-03')!;
    const rows = household('suite');
    const m = month(rows);
    expect(m.values[F('steadyCategorySpike')]).toBeGreaterThan(0);
    expect(m.evidence[F('steadyCategorySpike')]!.evidence).toMatchObject({ kind: 'category-spike', category: 'Shopping', steady: true, purchases: { count: 24, usualCount: 5 } });
    // the reason quotes the usual level it was judged against: the median month, not last March's suite
    const e = m.evidence[F('steadyCategorySpike')]!.evidence as { spendCents: number; usualCents: number };
    const march = (ym: string) => rows.filter((r) => r.date.startsWith(ym) && r.category === 'Shopping').reduce((a, r) => a - r.amountCents, 0);
    expect(e.spendCents).toBe(march('2022-03'));
    expect(e.spendCents).toBeLessThan(march('2021-03') / 2);
    expect(e.spendCents).toBeGreaterThanOrEqual(2 * e.usualCents);
    expect(e.usualCents).toBeLessThan(march('2021-03') / 10);
    expect(e.usualCents).toBeGreaterThanOrEqual(march('2022-02'));
    // … and gives the usual level with last year's suite, the one the month page shows
    expect((m.evidence[F('steadyCategorySpike')]!.evidence as { withOneOffsCents?: number }).withOneOffsCents).toBe(m.usualCents![SPEND_CATEGORIES.indexOf('Shopping')]);
    expect(m.usualCents![SPEND_CATEGORIES.indexOf('Shopping')]).toBeGreaterThan(2 * e.spendCents);
    // without it the suite hides the month: its total is under twice its usual level, and no other view sees it
    expect(month(rows, { maskedRise: false }).values[F('steadyCategorySpike')]).toBe(0);
    // when last March had as many ordinary purchases, the allowance is of the same kind: nothing unusual
    expect(month(household('many purchases')).values[F('steadyCategorySpike')]).toBe(0);
  });

  it('a broad rise must also reach twice its usual level: one more fill-up is not a spike, however steady the rest', () => {
    // four $150-odd fills a month at three stations, nothing else in Transport: the month without its
    // 2 largest charges is two fills, a narrow series (spread at its floor)
    const household = (marchFills: number) => {
      const rows = steadyHousehold(36);
      const stations = ['AMPOL', 'BP', 'SHELL'];
      for (let i = 0; i < 36; i++) {
        const ym = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
        const days = [4, 11, 18, 25, 28, 2, 8, 14, 21].slice(0, ym === '2022-03' ? marchFills : 4);
        days.forEach((d, j) => rows.push(tx(`${ym}-${String(d).padStart(2, '0')}`, -(15500 + ((i + j) % 3) * 300), stations[(i + j) % 3]!, 'Transport')));
      }
      return computeFeatures(rows).months.find((m) => m.month === '2022-03')!;
    };
    const spike = (m: ReturnType<typeof household>) => ({ v: m.values[F('steadyCategorySpike')]!, e: m.evidence[F('steadyCategorySpike')]?.evidence });
    // five fills: the rest of the month is 3 fills against 2, 1.5×, many spreads above a series this narrow
    expect(spike(household(5)).v).toBe(0);
    // nine: 7 fills against 2
    const nine = spike(household(9));
    expect(nine.v).toBeGreaterThan(1);
    expect(nine.e).toMatchObject({ kind: 'category-spike', category: 'Transport', broad: { without: 2 } });
    const broad = (nine.e as { broad: { spendCents: number; usualCents: number } }).broad;
    expect(broad.spendCents).toBeGreaterThanOrEqual(2 * broad.usualCents);
  });

  it('a burst on a trip is not card testing, even when the trip\'s restaurants share a name with a place visited once years ago', () => {
    const rows = steadyHousehold(36);
    const places = ['FIRE SUSHI', 'LUNA CANTINA', 'TAJ KEBABS'];
    // each eaten at once, at home, in March 2020
    places.forEach((p, j) => rows.push(tx(`2020-03-${String(10 + j).padStart(2, '0')}`, -4500, p, 'Dining')));
    // April 2022, away: tours at two new places, and meals at places of those names
    const trip = (lastVisit: string | null) => {
      const out = [...rows];
      if (lastVisit) places.forEach((p) => out.push(tx(lastVisit, -4200, p, 'Dining')));
      [5, 5, 6, 7, 8].forEach((d, j) => out.push(tx(`2022-04-0${d}`, -(9000 + j * 1300), j % 2 ? 'BANGKOK DAY TOURS' : 'BANGKOK TOURS', 'Travel')));
      [5, 6, 7, 8].forEach((d, j) => out.push(tx(`2022-04-0${d}`, -(6500 + j * 700), places[j % 3]!, 'Dining')));
      return computeFeatures(out).months.find((m) => m.month === '2022-04')!.values[F('cardBurst')];
    };
    expect(trip(null)).toBe(0);
    // the same places paid in February: the meals are not new to the household, so nothing says trip
    expect(trip('2022-02-12')).toBeGreaterThan(0);
  });

  it('a salary that did not arrive', () => {
    const m = at('2022-05');
    expect(m.values[F('missingIncome')]).toBeGreaterThan(0.5);
    expect(m.evidence[F('missingIncome')]!.evidence).toMatchObject({ kind: 'missing-income', payer: 'ACME PTY LTD', lastDate: '2022-04-22', salary: true });
  });

  it('two people paid by the same employer on different days are two payers, each payment matched to the one it was due from', () => {
    // both earn at RIO TINTO: about $1,550 every Thursday and about $2,000 every Tuesday, the Tuesday
    // pay dipping to $1,900-odd some weeks (within a quarter of the Thursday pay too)
    const rows = steadyHousehold(24);
    for (let t = Date.UTC(2020, 0, 2), k = 0; t < Date.UTC(2022, 0, 1); t += 7 * 86_400_000, k++) {
      rows.push(tx(isoDay(t), 155000 + (k % 3) * 2000, 'RIO TINTO', 'Income', { description: 'Rio Tinto' }));
      rows.push(tx(isoDay(t + 5 * 86_400_000), k % 4 === 1 ? 192000 : 201000 + (k % 3) * 3000, 'RIO TINTO', 'Income', { description: 'Rio Tinto' }));
    }
    const fs2 = computeFeatures(rows);
    const flagged = fs2.months.filter((m) => m.history >= 6 && m.values[F('missingIncome')]! > 0).map((m) => m.month);
    expect(flagged).toEqual([]);
    // two Tuesday pays that do not come are still missed (one is under a tenth of this household's income)
    const without = rows.filter((r) => !(r.merchant === 'RIO TINTO' && (r.date === '2021-06-08' || r.date === '2021-06-15')));
    const june = computeFeatures(without).months.find((m) => m.month === '2021-06')!;
    expect(june.values[F('missingIncome')]).toBeGreaterThan(0);
    expect(june.evidence[F('missingIncome')]!.evidence).toMatchObject({ kind: 'missing-income', payer: 'RIO TINTO', lastDate: '2021-06-01' });
  });

  it('a new job paying a fifth less replaces the old pay: not missing income', () => {
    // ACME's fortnightly $3,000 stops after 28 May 2021; NEWCO pays $2,400 fortnightly from 10 Jun
    const rows = steadyHousehold(24).filter((r) => !(r.merchant === 'ACME PTY LTD' && r.date > '2021-05-31'));
    for (let t = Date.UTC(2021, 5, 10); t < Date.UTC(2022, 0, 1); t += 14 * 86_400_000) {
      rows.push(tx(isoDay(t), 240000, 'NEWCO PTY LTD', 'Income', { description: 'Direct Credit 654321 NEWCO PTY LTD SALARY' }));
    }
    const flagged = missingIncomeMonths(rows, '2021-06');
    expect(flagged).toEqual([]);
    // without the new job, June is missing income
    const jobless = rows.filter((r) => r.merchant !== 'NEWCO PTY LTD');
    expect(computeFeatures(jobless).months.find((m) => m.month === '2021-06')!.values[F('missingIncome')]).toBeGreaterThan(0.5);
  });

  it('a partner\'s new job does not make up for a pay that did not arrive a month later', () => {
    // a second earner: OLDCO $2,500 fortnightly until 28 Apr 2021, then NEWCO $2,400 fortnightly from 12 May
    const rows = steadyHousehold(24);
    for (let t = Date.UTC(2020, 0, 8); t <= Date.UTC(2021, 3, 28); t += 14 * 86_400_000) {
      rows.push(tx(isoDay(t), 250000, 'OLDCO PTY LTD', 'Income', { description: 'Direct Credit 222333 OLDCO PTY LTD SALARY' }));
    }
    for (let t = Date.UTC(2021, 4, 12); t < Date.UTC(2022, 0, 1); t += 14 * 86_400_000) {
      rows.push(tx(isoDay(t), 240000, 'NEWCO PTY LTD', 'Income', { description: 'Direct Credit 654321 NEWCO PTY LTD SALARY' }));
    }
    const flagged = (rs: typeof rows) => missingIncomeMonths(rs, '2021-04');
    // the job change itself: NEWCO replaces OLDCO
    expect(flagged(rows)).toEqual([]);
    // ACME's pay of 18 Jun 2021 does not come. NEWCO has paid since May,
    // alongside ACME: it is no replacement for ACME
    const skipped = rows.filter((r) => !(r.merchant === 'ACME PTY LTD' && r.date === '2021-06-18'));
    expect(flagged(skipped)).toEqual(['2021-06']);
    const june = computeFeatures(skipped).months.find((m) => m.month === '2021-06')!;
    expect(june.evidence[F('missingIncome')]!.evidence).toMatchObject({ kind: 'missing-income', payer: 'ACME PTY LTD', lastDate: '2021-06-04' });
  });

  describe('a new job paid once, then not', () => {
    // a second earner paid monthly: OLDCO $5,000 on the 15th until Mar 2021, then NEWCO $5,200 from 16 Apr 2021
    const job = (opts: { newcoUntil?: string; oldcoBack?: boolean; newco?: string } = {}) => {
      const rows = steadyHousehold(36);
      const monthly = (from: number, until: number, day: number, cents: number, payer: string, description: string) => {
        for (let i = from; i <= until; i++) {
          const date = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-${day}`;
          rows.push(tx(date, cents, payer, 'Income', { description }));
        }
      };
      monthly(0, opts.oldcoBack ? 35 : 14, 15, 500000, 'OLDCO PTY LTD', 'Direct Credit 222333 OLDCO PTY LTD SALARY');
      if (opts.oldcoBack) rows.splice(rows.findIndex((r) => r.merchant === 'OLDCO PTY LTD' && r.date === '2021-04-15'), 1);
      const until = opts.newcoUntil === undefined ? 35 : (Number(opts.newcoUntil.slice(0, 4)) - 2020) * 12 + Number(opts.newcoUntil.slice(5, 7)) - 1;
      monthly(15, until, 16, 520000, opts.newco ?? 'NEWCO PTY LTD', `Direct Credit 654321 ${opts.newco ?? 'NEWCO PTY LTD'} SALARY`);
      const fs2 = computeFeatures(rows);
      return {
        flagged: fs2.months.filter((m) => m.month >= '2021-03' && m.values[F('missingIncome')]! > 0).map((m) => m.month),
        evidence: (month: string) => fs2.months.find((m) => m.month === month)!.evidence[F('missingIncome')]?.evidence,
      };
    };

    it('the job change is not missing income, and the old job is no longer due', () => {
      expect(job().flagged).toEqual([]);
    });

    it('its second pay that does not come is missing: it is due on the pay cycle it took over', () => {
      // NEWCO pays 16 Apr and 16 May 2021, then nothing: two payments, too few for a cadence of its own
      const r = job({ newcoUntil: '2021-05' });
      expect(r.flagged[0]).toBe('2021-06');
      expect(r.evidence('2021-06')).toMatchObject({ kind: 'missing-income', payer: 'NEWCO PTY LTD', lastDate: '2021-05-16', salary: true });
    });

    it('not when the old job pays again: the new payment was no new job', () => {
      // OLDCO misses 15 Apr only; NEWCO pays once, on 16 Apr
      const r = job({ newcoUntil: '2021-04', oldcoBack: true });
      expect(r.flagged).toEqual([]);
    });

    it('not for a bonus', () => {
      const r = job({ newcoUntil: '2021-04', newco: 'NEWCO PTY LTD BONUS' });
      expect(r.flagged).toEqual([]);
    });
  });

  describe('one payer at another amount (engine 13)', () => {
    /** a second earner at BHP, fortnightly from 8 Jan 2020: $1,447, then each [from, pay] in turn */
    const partner = (steps: Array<[string, number]>, skip: (date: string) => boolean = () => false) => {
      const rows = steadyHousehold(24);
      for (let t = Date.UTC(2020, 0, 8); t < Date.UTC(2022, 0, 1); t += 14 * 86_400_000) {
        const date = isoDay(t);
        if (skip(date)) continue;
        const pay = steps.filter(([from]) => from <= date).pop()?.[1] ?? 144700;
        rows.push(tx(date, pay, 'BHP BILLITON', 'Income', { description: 'PAY/SALARY FROM BHP BILLITON SALARY' }));
      }
      return rows;
    };
    const flagged = (rows: CategorizedTransaction[]) => missingIncomeMonths(rows, '2020-07');

    it('parental leave on part pay, then back to full pay: the pay arrived every fortnight', () => {
      // $796 from 10 Feb 2021 (55 %), $1,447 again from 11 Aug 2021
      expect(flagged(partner([['2021-02-10', 79600], ['2021-08-11', 144700]]))).toEqual([]);
      // the same leave unpaid: February is missing income
      expect(flagged(partner([], (d) => d >= '2021-02-10' && d < '2021-08-11'))[0]).toBe('2021-02');
    });

    it('a bonus from the employer is no pay in place of the missed one', () => {
      const rows = partner([], (d) => d === '2021-06-09' || d === '2021-06-23');
      rows.push(tx('2021-06-16', 120000, 'BHP BILLITON', 'Income', { description: 'PAY/SALARY FROM BHP BILLITON BONUS' }));
      expect(flagged(rows)).toEqual(['2021-06']);
    });

    it('a pay a third larger on the payday (more shifts, overtime) is the pay arriving (engine 17)', () => {
      // $1,900 on 23 Jun, 31 % above the usual $1,447: beyond the payer's amount band, within REPLACE_WITHIN.
      // It paid $1,950 on a payday in December too, so that amount is no new payer's
      const rows = partner([], (d) => d === '2020-12-16' || d === '2021-06-23');
      rows.push(tx('2020-12-16', 195000, 'BHP BILLITON', 'Income', { description: 'PAY/SALARY FROM BHP BILLITON SALARY' }));
      rows.push(tx('2021-06-23', 190000, 'BHP BILLITON', 'Income', { description: 'PAY/SALARY FROM BHP BILLITON SALARY' }));
      expect(flagged(rows)).toEqual([]);
      expect(missingIncomeMonths(rows, '2020-07', { sameLarger: false })).toEqual(['2021-06']);
      // 40 % above is not
      rows[rows.length - 1] = tx('2021-06-23', 202600, 'BHP BILLITON', 'Income', { description: 'PAY/SALARY FROM BHP BILLITON SALARY' });
      expect(flagged(rows)).toEqual(['2021-06']);
    });

    it('nor a larger amount the employer never paid as a pay', () => {
      const rows = partner([], (d) => d === '2021-06-09' || d === '2021-06-23');
      rows.push(tx('2021-06-23', 410000, 'BHP BILLITON', 'Income', { description: 'PAY/SALARY FROM BHP BILLITON SALARY' }));
      expect(flagged(rows)).toEqual(['2021-06']);
    });

    it('a final pay under the payer\'s own name, then a new job: the new job takes over the pay cycle', () => {
      // a second earner paid monthly on the 15th: OLDCO $7,936 until 15 Sep 2021, its final pay of $4,078 on
      // 10 Oct under the same name (Macquarie prints the cleaned payee), NEWCO $8,888 monthly from 15 Oct
      const rows = steadyHousehold(24);
      const monthly = (from: number, until: number, cents: number, payer: string) => {
        for (let i = from; i <= until; i++) {
          rows.push(tx(`${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`, cents, payer, 'Income', { description: `${payer} Salary - Salary Deposit` }));
        }
      };
      monthly(0, 20, 793600, 'OLDCO PTY LTD');
      rows.push(tx('2021-10-10', 407800, 'OLDCO PTY LTD', 'Income', { description: 'OLDCO PTY LTD FINAL PAY - Salary Deposit' }));
      monthly(21, 23, 888800, 'NEWCO PTY LTD');
      expect(flagged(rows)).toEqual([]);
      // NEWCO's pay of 15 Nov does not come: that is missing income
      expect(flagged(rows.filter((r) => !(r.merchant === 'NEWCO PTY LTD' && r.date === '2021-11-15')))).toEqual(['2021-11']);
    });

    it('a new job at the partner\'s employer: its pays, off the partner\'s cycle, make up the old job\'s', () => {
      // OLDCO pays $1,500 weekly until Thu 26 Aug 2021; from Thu 2 Sep the same person is paid $1,500 weekly by BHP,
      // where the partner is paid $1,447 fortnightly (within a quarter: the new pays go to the partner's payer)
      const rows = partner([]);
      for (let t = Date.UTC(2020, 0, 2); t <= Date.UTC(2021, 7, 26); t += 7 * 86_400_000) {
        rows.push(tx(isoDay(t), 150000, 'OLDCO PTY LTD', 'Income', { description: 'Salary OLDCO PTY LTD PAY' }));
      }
      const jobless = [...rows];
      for (let t = Date.UTC(2021, 8, 2); t < Date.UTC(2022, 0, 1); t += 7 * 86_400_000) {
        rows.push(tx(isoDay(t), 150000, 'BHP BILLITON', 'Income', { description: 'PAY/SALARY FROM BHP BILLITON SALARY' }));
      }
      expect(flagged(rows)).toEqual([]);
      expect(flagged(jobless)[0]).toBe('2021-09');
    });

    it('a final pay next to the new job\'s first does not become a job of its own', () => {
      // OLDCO fortnightly $3,395 until 25 Aug 2021, its final pay of $2,407 on 3 Sep, NEWCO $3,802 fortnightly from 7 Sep
      const rows = steadyHousehold(24);
      for (let t = Date.UTC(2020, 0, 8); t <= Date.UTC(2021, 7, 25); t += 14 * 86_400_000) {
        rows.push(tx(isoDay(t), 339500, 'OLDCO PTY LTD', 'Income', { description: 'Salary OLDCO PTY LTD PAY' }));
      }
      rows.push(tx('2021-09-03', 240700, 'OLDCO PTY LTD FINAL', 'Income', { description: 'Salary OLDCO PTY LTD FINAL PAY' }));
      const newco = (from: number) => {
        const out = [...rows];
        for (let t = from; t < Date.UTC(2022, 0, 1); t += 14 * 86_400_000) {
          out.push(tx(isoDay(t), 380300, 'NEWCO PTY LTD', 'Income', { description: 'Salary NEWCO PTY LTD PAY' }));
        }
        return out;
      };
      // September: OLDCO's missed pays, made up by NEWCO's two larger ones and the final pay ($10,013 for
      // $10,185: engine 16 counts a larger new job's pay in full, not one missed pay each). After it, nothing:
      // NEWCO took over OLDCO's pay cycle, and the final pay was no job that stopped paying
      expect(flagged(newco(Date.UTC(2021, 8, 7)))).toEqual([]);
      // counted one missed pay per payment, as before engine 16, September was short by about one pay
      expect(computeFeatures(newco(Date.UTC(2021, 8, 7)), { biggerJob: false }).months.find((m) => m.month === '2021-09')!.values[F('missingIncome')]).toBeGreaterThan(0);
      // without NEWCO, October is missing income too
      expect(flagged(rows)).toContain('2021-10');
    });
  });

  it('a small regular payer that did not pay is under 10% of usual income: not evidence', () => {
    // $400 a month from a tenant on the 10th (monthly income ~$6,900), missing in June 2021; in July the salary is missing too
    const rows = steadyHousehold(36).filter((r) => !(r.merchant === 'ACME PTY LTD' && r.date.startsWith('2021-07')));
    for (let i = 0; i < 36; i++) {
      const ym = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      if (ym !== '2021-06') rows.push(tx(`${ym}-10`, 40000, 'B JONES', 'Income', { description: 'Direct Credit 445566 B JONES RENT' }));
    }
    const v = (month: string) => computeFeatures(rows).months.find((m) => m.month === month)!.values[F('missingIncome')]!;
    expect(v('2021-06')).toBe(0);
    expect(v('2021-07')).toBeGreaterThan(0.5);
  });

  it('one weekly pay of a second earner that did not come: evidence from 7 % of usual income', () => {
    // a second earner paid every Thursday; the pay of 17 Jun 2021 does not come
    const month = (weekly: number) => {
      const rows = steadyHousehold(36);
      for (let t = Date.UTC(2020, 0, 2); t < Date.UTC(2023, 0, 1); t += 7 * 86_400_000) {
        if (isoDay(t) !== '2021-06-17') rows.push(tx(isoDay(t), weekly, 'RAMSAY HEALTH', 'Income', { description: 'Direct Credit 112233 RAMSAY HEALTH PAY' }));
      }
      const fs2 = computeFeatures(rows);
      // the pay as a share of the median month's income in the year before
      const incomes = fs2.aggregation.months.filter((m) => m.month >= '2020-06' && m.month < '2021-06').map((m) => m.incomeCents).sort((a, b) => a - b);
      return { v: fs2.months.find((m) => m.month === '2021-06')!.values[F('missingIncome')]!, share: weekly / ((incomes[5]! + incomes[6]!) / 2) };
    };
    const big = month(85000);
    expect(big.share).toBeGreaterThan(0.07);
    expect(big.share).toBeLessThan(0.1);
    expect(big.v).toBeCloseTo(big.share, 2);
    const small = month(50000);
    expect(small.share).toBeGreaterThan(0.05);
    expect(small.share).toBeLessThan(0.07);
    expect(small.v).toBe(0);
  });

  it('a month-end salary: flagged in the one month it did not come, in no other', () => {
    // monthly pay on the last day of each month (28-31 days apart), one month missing
    const rows = steadyHousehold(36).filter((r) => r.merchant !== 'ACME PTY LTD');
    for (let i = 0; i < 36; i++) {
      const y = 2020 + Math.floor(i / 12);
      const mo = (i % 12) + 1;
      const last = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
      if (last === '2021-06-30') continue;
      rows.push(tx(last, 650000, 'MEGACORP', 'Income', { description: 'Direct Credit 998877 MEGACORP SALARY' }));
    }
    const months = computeFeatures(rows).months;
    const v = (month: string) => months.find((m) => m.month === month)!.values[F('missingIncome')]!;
    expect(v('2021-06')).toBeGreaterThan(0.5);
    const flagged = months.filter((m) => m.values[F('missingIncome')]! > 0).map((m) => m.month);
    expect(flagged).toEqual(['2021-06']);
  });

  it('uses only the past: changing later months leaves earlier months bit-identical', () => {
    const cut = '2021-10';
    const changed = rows
      .filter((r) => !(r.date >= cut && r.category === 'Dining')) // drop later dining
      .concat([
        tx('2021-12-01', -900000, 'HARVEY NORMAN', 'Shopping'),
        tx('2022-02-02', -4999, 'NIMBUS DIGITAL PTY LTD', 'Uncategorized', { description: 'Direct Debit 555555 NIMBUS DIGITAL PTY LTD 1' }),
        tx('2022-08-09', 999999, 'LOTTO', 'Income'),
      ]);
    const before = fs.months.filter((m) => m.month < cut);
    const after = computeFeatures(changed).months.filter((m) => m.month < cut);
    expect(after).toEqual(before);
    // and the change did reach the later months
    expect(computeFeatures(changed).months.find((m) => m.month === '2021-12')).not.toEqual(at('2021-12'));
  });

  it('is deterministic and independent of row order', () => {
    const shuffled = [...rows].reverse();
    expect(computeFeatures(shuffled).months.map((m) => m.values)).toEqual(fs.months.map((m) => m.values));
  });

  it('has every value finite and non-negative', () => {
    for (const m of fs.months) for (const v of m.values) expect(Number.isFinite(v) && v >= 0).toBe(true);
  });
});

describe('computeFeatures: a casual\'s pay, one payer at many amounts (engine 16)', () => {
  /**
   * The steady household plus a casual job paying every Thursday from 2 Jan
   * 2020, $600–$1,850 a week by the shifts worked; `skip` leaves paydays
   * out.
   */
  const casual = (skip: (date: string) => boolean = () => false) => {
    const rows = steadyHousehold(36);
    const rng = createRng(7);
    for (let t = Date.UTC(2020, 0, 2); t < Date.UTC(2023, 0, 1); t += 7 * 86_400_000) {
      const date = isoDay(t);
      const pay = Math.round(60000 + rng.next() * 125000);
      if (!skip(date)) rows.push(tx(date, pay, 'HARBOUR RETAIL GROUP', 'Income', { description: 'Salary HARBOUR RETAIL GROUP 111297' }));
    }
    return rows;
  };
  const flagged = (rows: CategorizedTransaction[], payerStream = true) => missingIncomeMonths(rows, '2020-07', { payerStream });

  it('paid every week at varying amounts: no pay is missing', () => {
    expect(flagged(casual())).toEqual([]);
    // judged by amount bands alone, as engine 15 did, weeks paid at another amount look missed
    expect(missingIncomeMonths(casual(), '2020-07', { payerStream: false, sameLarger: false }).length).toBeGreaterThan(0);
  });

  it('one week without shifts is no missing income; two weeks running are, across a month end too', () => {
    expect(flagged(casual((d) => d === '2022-06-09'))).toEqual([]);
    expect(flagged(casual((d) => d === '2022-06-30' || d === '2022-07-07'))).toEqual(['2022-07']);
  });

  it('two weeks without shifts while paying in Bali are a holiday without pay (engine 17)', () => {
    /** four days of card payments in rupiah in `month` */
    const bali = (month: string) =>
      ([[6, 4212, 'BINTANG SUPERMARKET'], [7, 12956, 'GRAB *RIDE'], [9, 20946, 'WARUNG MADE'], [11, 7740, 'KUTA SURF SHOP']] as const).map(([d, cents, merchant]) =>
        tx(`${month}-${String(d).padStart(2, '0')}`, -cents, merchant, 'Uncategorized', { description: `${merchant} DENPASAR ID IDN Card xx1895 IDR ${cents * 103}` }),
      );
    const rows = [...casual((d) => d === '2022-06-09' || d === '2022-06-16'), ...bali('2022-06')];
    expect(flagged(rows)).toEqual([]);
    expect(missingIncomeMonths(rows, '2020-07', { unpaidHoliday: false })).toEqual(['2022-06']);
    // a salary is paid through annual leave: the same trip does not excuse the steady salary that did not come
    expect(missingIncomeMonths([...withoutMaySalary(steadyHousehold(36)), ...bali('2022-05')], '2020-07')).toContain('2022-05');
  });

  it('two weeks without pay are missing income', () => {
    const rows = casual((d) => d === '2022-06-09' || d === '2022-06-16');
    expect(flagged(rows)).toEqual(['2022-06']);
    expect(computeFeatures(rows).months.find((m) => m.month === '2022-06')!.evidence[F('missingIncome')]!.evidence).toMatchObject({
      kind: 'missing-income',
      payer: 'HARBOUR RETAIL GROUP',
      lastDate: '2022-06-02',
    });
  });

  it('two people at one employer, paid the same day: the one not paid is missing, though the other was', () => {
    // two streams: $1,500 and $3,200 every Thursday; the second not paid in May 2022
    const rows = steadyHousehold(36);
    for (let t = Date.UTC(2020, 0, 2); t < Date.UTC(2023, 0, 1); t += 7 * 86_400_000) {
      const date = isoDay(t);
      rows.push(tx(date, 150000, 'HARBOUR RETAIL GROUP', 'Income', { description: 'Salary HARBOUR RETAIL GROUP 111297' }));
      if (!(date >= '2022-05-01' && date < '2022-06-01')) rows.push(tx(date, 320000, 'HARBOUR RETAIL GROUP', 'Income', { description: 'Salary HARBOUR RETAIL GROUP 111297' }));
    }
    expect(flagged(rows)).toEqual(['2022-05']);
    expect(computeFeatures(rows).months.find((m) => m.month === '2022-05')!.evidence[F('missingIncome')]!.evidence).toMatchObject({ missingCents: 1280000 });
  });
});

describe('computeFeatures: a monthly pay paid early (engine 17)', () => {
  /** The steady household plus a super pension of $1,692 on `day` of each month of 2020–2021, with `moved` dates in place of some */
  const pension = (day: number, moved: Record<string, string>, skip: string[] = []) => {
    const rows = steadyHousehold(36);
    for (let i = 0; i < 24; i++) {
      const date = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (skip.includes(date)) continue;
      rows.push(tx(moved[date] ?? date, 169200, 'UNISUPER', 'Income', { description: 'Salary - Salary Deposit - Receipt 520278 From UNISUPER 152291' }));
    }
    return rows;
  };

  it('due on the 1st, paid the Friday before twice running: the month between is no missing income', () => {
    const rows = pension(1, { '2021-02-01': '2021-01-29', '2021-03-01': '2021-02-26' });
    expect(missingIncomeMonths(rows, '2020-07').filter((m) => m < '2022-01')).toEqual([]);
    // without the rule: January held two payments, February one (its last days'), so March is due and has none
    expect(missingIncomeMonths(rows, '2020-07', { earlyPay: false }).filter((m) => m < '2022-01')).toEqual(['2021-03']);
  });

  it('a payer that pays at the end of each month and misses March is missing income', () => {
    const rows = pension(26, {}, ['2021-03-26']);
    expect(missingIncomeMonths(rows, '2020-07').filter((m) => m < '2022-01')).toEqual(['2021-03']);
  });
});

describe('computeFeatures: parental leave pay (engine 17)', () => {
  /**
   * The steady household plus a second earner paid $2,800 fortnightly by
   * KESTREL ENGINEERING from 8 Jan 2020 until 12 May 2021; then, when
   * `leave`, Services Australia's parental leave pay of $1,620 fortnightly
   * from 28 May for 5 months (the last on 15 Oct 2021), and nothing after.
   */
  const family = (leave: boolean) => {
    const rows = steadyHousehold(36);
    for (let t = Date.UTC(2020, 0, 8); t <= Date.UTC(2021, 4, 19); t += 14 * 86_400_000) {
      rows.push(tx(isoDay(t), 280000, 'KESTREL ENGINEERING', 'Income', { description: 'Direct Credit 301500 KESTREL ENGINEERING SALARY' }));
    }
    if (leave) {
      for (let t = Date.UTC(2021, 4, 28); t <= Date.UTC(2021, 9, 15); t += 14 * 86_400_000) {
        rows.push(tx(isoDay(t), 162000, 'CENTRELINK', 'Income', { description: 'Direct Credit 468766 CENTRELINK PARENTAL LEAVE PAY 536251724G' }));
      }
    }
    return rows;
  };

  it('a salary replaced by parental leave pay, and that pay ending, are no missing income', () => {
    expect(missingIncomeMonths(family(true), '2020-07')).toEqual([]);
    // without the rule: the salary missed from 26 May, and the leave pay's end from 29 Oct
    expect(missingIncomeMonths(family(true), '2020-07', { parentalLeave: false })).toEqual(['2021-05', '2021-06', '2021-10', '2021-11']);
  });

  it('a salary that stops with no leave pay is missing income', () => {
    // its last pay on 12 May: missed from 26 May
    expect(missingIncomeMonths(family(false), '2020-07')).toEqual(['2021-05', '2021-06']);
  });
});

describe("computeFeatures: a couple's pensions, paid by one payer on the same day (engine 19)", () => {
  /**
   * the steady household, plus two pensions from Centrelink every second Thursday, one to each of a
   * couple ($1,100.00 and $1,092.50: one amount band), except on the paydays in `oneOnly`, when only the
   * second comes
   */
  const couple = (oneOnly: readonly string[], every = 1) => {
    const rows = steadyHousehold(36);
    let n = 0;
    for (let t = Date.UTC(2020, 0, 2); t < Date.UTC(2023, 0, 1); t += 14 * 86_400_000) {
      const date = isoDay(t);
      const both = n++ % every === 0;
      if (both && !oneOnly.includes(date)) rows.push(tx(date, 110000, 'CENTRELINK', 'Income', { description: 'PAYMENT FROM CENTRELINK AGE PENSION' }));
      rows.push(tx(date, 109250, 'CENTRELINK', 'Income', { description: 'PAYMENT FROM CENTRELINK AGE PENSION' }));
    }
    return rows;
  };

  it("one of the two pensions not paid is missing income, for the pension that did not come", () => {
    const rows = couple(['2022-03-10']);
    expect(missingIncomeMonths(rows, '2021-01')).toEqual(['2022-03']);
    const m = computeFeatures(rows).months.find((x) => x.month === '2022-03')!;
    expect(m.evidence[F('missingIncome')]!.evidence).toMatchObject({ kind: 'missing-income', payer: 'CENTRELINK', lastDate: '2022-02-24' });
    // one source per amount band pays on the payday: without the rule, one payment a payday is all it expects
    expect(missingIncomeMonths(rows, '2021-01', { payCouples: false })).toEqual([]);
  });

  it('a payer that pays twice on only some paydays is due once', () => {
    // two payments every third payday: a second one is no pay that is due
    expect(missingIncomeMonths(couple(['2022-03-10'], 3), '2021-01')).toEqual([]);
  });
});

describe('computeFeatures: a first full-time job after Youth Allowance (engine 16)', () => {
  /** the steady household, plus Youth Allowance of $540 every second Tuesday until `until`, and from `jobFrom` a job paying `pay` fortnightly */
  const graduate = (until: string, jobFrom: string, pay: number) => {
    const rows = steadyHousehold(36);
    for (let t = Date.UTC(2020, 0, 7); t < Date.UTC(2023, 0, 1); t += 14 * 86_400_000) {
      const date = isoDay(t);
      if (date < until) rows.push(tx(date, 54015, 'CENTRELINK', 'Income', { description: 'PAYMENT FROM CENTRELINK YOUTH ALLOWANCE' }));
      if (date >= jobFrom) rows.push(tx(isoDay(t + 2 * 86_400_000), pay, 'ACME LOGISTICS', 'Income', { description: 'PAY/SALARY FROM ACME LOGISTICS PTY LTD 661040' }));
    }
    return rows;
  };
  const flagged = (rows: CategorizedTransaction[], biggerJob = true) => missingIncomeMonths(rows, '2021-01', { biggerJob });

  it('a new job paying five times the allowance, from the month it stopped, is no missing income', () => {
    expect(flagged(graduate('2022-05-01', '2022-05-01', 275000))).toEqual([]);
    // without it, the allowance that stopped is "missing"
    expect(flagged(graduate('2022-05-01', '2022-05-01', 275000), false)).toContain('2022-05');
  });

  it('a new job paying on the allowance\'s cycle takes it over: its own pay that does not come next month is missing', () => {
    // the job pays on 10 and 24 May 2022 (the allowance's fortnight), then not on 7 June
    const rows = steadyHousehold(36);
    for (let t = Date.UTC(2020, 0, 7); t < Date.UTC(2022, 4, 1); t += 14 * 86_400_000) {
      rows.push(tx(isoDay(t), 54015, 'CENTRELINK', 'Income', { description: 'PAYMENT FROM CENTRELINK YOUTH ALLOWANCE' }));
    }
    for (let t = Date.UTC(2022, 4, 10); t < Date.UTC(2023, 0, 1); t += 14 * 86_400_000) {
      if (isoDay(t) !== '2022-06-07') rows.push(tx(isoDay(t), 275000, 'ACME LOGISTICS', 'Income', { description: 'PAY/SALARY FROM ACME LOGISTICS PTY LTD 661040' }));
    }
    expect(flagged(rows)).toEqual(['2022-06']);
  });

  it('the allowance that stops with no new job, or a job paying less, is missing income', () => {
    expect(flagged(graduate('2022-05-01', '2099-01-01', 275000))[0]).toBe('2022-05');
    expect(flagged(graduate('2022-05-01', '2022-05-01', 20000))[0]).toBe('2022-05');
  });
});

describe('computeFeatures: a burst of card payments abroad (engine 16)', () => {
  const burst = (rows: CategorizedTransaction[], month: string, tripAbroad = true) =>
    computeFeatures(rows, { tripAbroad }).months.find((m) => m.month === month)!.values[F('cardBurst')]!;
  /** card payments abroad at new places: [day, cents, merchant, currency] */
  const abroad = (month: string, rows: Array<[number, number, string, string]>) =>
    rows.map(([d, cents, merchant, cur]) =>
      tx(`${month}-${String(d).padStart(2, '0')}`, -cents, merchant, 'Travel', {
        description: `${merchant} LONDON GBR Card xx1234 ${cur} ${((cents / 100) * 0.52).toFixed(2)}`,
      }),
    );
  // ten days in London: shops and cafés the rules do not know, 7 of them on the 4th to the 7th
  const london: Array<[number, number, string, string]> = [
    [4, 5783, 'PRET A MANGER', 'GBP'], [4, 5881, 'TFL TRAVEL CH', 'GBP'], [4, 4982, 'WAGAMAMA', 'GBP'],
    [5, 6901, 'PRET A MANGER', 'GBP'], [5, 5291, 'BOOTS', 'GBP'], [6, 13206, 'TESCO STORES', 'GBP'],
    [6, 5226, 'TFL TRAVEL CH', 'GBP'], [7, 6989, 'TESCO STORES', 'GBP'], [7, 7077, 'BOOTS', 'GBP'],
    [9, 3572, 'BOOTS', 'GBP'], [11, 9368, 'TFL TRAVEL CH', 'GBP'], [13, 10114, 'PRET A MANGER', 'GBP'],
  ];

  it('a week of paying in pounds at new places is a holiday, not a skimmed card', () => {
    const rows = [...steadyHousehold(24), ...abroad('2021-09', london)];
    expect(burst(rows, '2021-09')).toBe(0);
    expect(burst(rows, '2021-09', false)).toBeGreaterThan(0);
  });

  it('charges abroad on two days are a burst, beside a subscription paid in dollars every month', () => {
    const rows = [...steadyHousehold(24)];
    for (let m = 1; m <= 12; m++) {
      rows.push(tx(`2021-${String(m).padStart(2, '0')}-23`, -3099, 'OPENAI *CHATGPT SUBSCR', 'Subscriptions', { description: 'OPENAI *CHATGPT SUBSCR SAN FRANCISCO CA USA USD 20.00' }));
    }
    const skim: Array<[number, number, string, string]> = [
      [9, 984, 'LUMI GAMES LTD', 'USD'], [9, 8988, 'ORBIT APPS LTD', 'USD'], [9, 2887, 'LUMI GAMES LTD', 'USD'],
      [9, 1596, 'SUNNY CO', 'EUR'], [10, 15171, 'SP * COASTGOODS', 'EUR'], [10, 1867, 'LUMI GAMES LTD', 'USD'],
      [10, 5021, 'SUNNY CO', 'EUR'], [10, 5988, 'SP * COASTGOODS', 'EUR'],
    ];
    expect(burst([...rows, ...abroad('2021-09', skim)], '2021-09')).toBeGreaterThan(0);
  });

  it('a coffee for a couple of dollars in London is no test charge (engine 17)', () => {
    const rows = [...steadyHousehold(24), ...abroad('2021-09', [...london, [5, 268, 'CAFFE NERO', 'GBP']])];
    expect(burst(rows, '2021-09')).toBe(0);
    expect(burst(rows, '2021-09', false)).toBeGreaterThan(0);
  });

  it('a test charge in pounds beside purchases in other currencies is a test, in London too', () => {
    const skim: Array<[number, number, string, string]> = [
      [9, 212, 'ZETAHUB', 'GBP'], [9, 24638, 'ZETAHUB', 'GBP'], [9, 15417, 'COZYGOODS', 'USD'], [9, 12096, 'COZYGOODS', 'USD'],
      [9, 7521, 'COZYGOODS', 'USD'], [9, 2924, 'COZYGOODS', 'USD'], [9, 3090, 'ZETA OUTLET', 'SGD'],
    ];
    const m = computeFeatures([...steadyHousehold(24), ...abroad('2021-09', [...london, ...skim])]).months.find((x) => x.month === '2021-09')!;
    expect(m.values[F('cardBurst')]).toBeGreaterThan(0);
    expect(m.evidence[F('cardBurst')]!.evidence).toMatchObject({ kind: 'card-burst', test: { amountCents: 212, merchant: 'ZETAHUB' } });
  });

  it('a skim in euros the week after a holiday paid in pounds is still a burst', () => {
    const skim: Array<[number, number, string, string]> = [
      [16, 1714, 'BLOOMSTREAM.COM', 'EUR'], [16, 15866, 'BLOOMSTREAM.COM', 'EUR'], [17, 3304, 'SP * PURESTYLE', 'EUR'],
      [17, 2496, 'SP * PURESTYLE', 'EUR'], [17, 9912, 'EPIC DEALS', 'EUR'], [18, 4391, 'EPIC DEALS', 'EUR'], [18, 5500, 'NOVA GOODS', 'EUR'],
    ];
    const rows = [...steadyHousehold(24), ...abroad('2021-09', london.filter(([d]) => d !== 13)), ...abroad('2021-09', skim)];
    expect(burst(rows, '2021-09')).toBeGreaterThan(0);
  });
});

describe('computeFeatures: cash drained at ATMs (engine 17)', () => {
  const at = (rows: CategorizedTransaction[], month: string, cashDrain = true) =>
    computeFeatures(rows, { cashDrain }).months.find((m) => m.month === month)!;
  /** cash withdrawals: [date, cents, ATM] */
  const atm = (rows: Array<[string, number, string]>) =>
    rows.map(([date, cents, where]) => tx(date, -cents, `ATM ${where}`, 'Cash', { description: `Wdl ATM ${where} 123456 AUS` }));
  /** the steady household, drawing $100–$200 of cash once or twice a month */
  const usual = (): CategorizedTransaction[] => {
    const rows = steadyHousehold(24);
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      rows.push(...atm([[`2021-${mm}-05`, 10000 + (m % 2) * 10000, 'CBA BONDI JUNCTION']]));
      if (m % 3 === 0) rows.push(...atm([[`2021-${mm}-19`, 10000, 'CBA BONDI JUNCTION']]));
    }
    return rows;
  };

  it('five withdrawals of $400–$500 over two days in another city are a drain, with the most before in the reason', () => {
    const skim = atm([
      ['2021-10-14', 50000, 'CARDTRONICS FORTITUDE VALLEY'], ['2021-10-14', 40000, 'NEXT PAYMENTS SOUTH BRISBANE'],
      ['2021-10-14', 50000, 'ATMX SPRING HILL'], ['2021-10-15', 40000, 'CARDTRONICS FORTITUDE VALLEY'], ['2021-10-15', 40000, 'ATMX NEW FARM'],
    ]);
    const m = at([...usual(), ...skim], '2021-10');
    expect(m.values[F('cardBurst')]).toBe(5);
    const e = m.evidence[F('cardBurst')]!;
    // the most drawn within two days before: $200 on a day in an even month
    expect(e.evidence).toEqual({ kind: 'cash-drain', category: 'Cash', count: 5, totalCents: 220000, from: '2021-10-14', to: '2021-10-15', usualMaxCents: 20000 });
    expect(e.transactions.map((t) => t.amountCents)).toEqual([-50000, -50000, -40000, -40000, -40000]);
    expect(at([...usual(), ...skim], '2021-10', false).values[F('cardBurst')]).toBe(0);
  });

  it('withdrawals spread over the month, or one large one, are not a drain', () => {
    const spread = atm([['2021-10-03', 40000, 'CBA BONDI'], ['2021-10-10', 40000, 'CBA BONDI'], ['2021-10-17', 40000, 'CBA BONDI'], ['2021-10-24', 40000, 'CBA BONDI']]);
    expect(at([...usual(), ...spread], '2021-10').values[F('cardBurst')]).toBe(0);
    const one = atm([['2021-10-14', 200000, 'CBA BRANCH BONDI']]);
    expect(at([...usual(), ...one], '2021-10').values[F('cardBurst')]).toBe(0);
  });

  it('two withdrawals need $1,000 and twice the most the user drew in two days before', () => {
    const pair = (cents: number) => atm([['2021-10-14', cents, 'CARDTRONICS SPRING HILL'], ['2021-10-14', cents, 'ATMX NEW FARM']]);
    expect(at([...usual(), ...pair(40000)], '2021-10').values[F('cardBurst')]).toBe(0);
    expect(at([...usual(), ...pair(50000)], '2021-10').values[F('cardBurst')]).toBe(2);
    // a user who drew $800 in a day before sets their own bar: $1,000 is not twice that, $1,600 is
    const big = atm([['2021-04-08', 40000, 'CBA BONDI'], ['2021-04-08', 40000, 'CBA BONDI']]);
    expect(at([...usual(), ...big, ...pair(50000)], '2021-10').values[F('cardBurst')]).toBe(0);
    expect(at([...usual(), ...big, ...pair(80000)], '2021-10').values[F('cardBurst')]).toBe(2);
  });
});

describe('computeFeatures: the sustained rise (engine 14)', () => {
  // the steady household (36 months): four grocery shops a month at about $160, two meals out at about
  // $75. From `from`, for `run` months, half as many again at the same places: about 1.5× the usual,
  // under twice it (no spike)
  const rising = (category: 'Groceries' | 'Dining', run: number, from = '2021-09', rows = steadyHousehold(36)) => {
    const [y0, m0] = from.split('-').map(Number) as [number, number];
    for (let i = 0; i < run; i++) {
      const mi = (m0 - 1 + i) % 12;
      const ym = `${y0 + Math.floor((m0 - 1 + i) / 12)}-${String(mi + 1).padStart(2, '0')}`;
      if (category === 'Groceries') for (const d of ['05', '19']) rows.push(tx(`${ym}-${d}`, -16000, 'WOOLWORTHS', category));
      else rows.push(tx(`${ym}-19`, -7500, 'THAI ORCHID', category));
    }
    return rows;
  };
  const steady = (rows: CategorizedTransaction[], month: string, opts: Parameters<typeof computeFeatures>[1] = {}) => {
    const m = computeFeatures(rows, opts).months.find((x) => x.month === month)!;
    return { v: m.values[F('steadyCategorySpike')]!, evidence: m.evidence[F('steadyCategorySpike')]?.evidence ?? null };
  };
  const groceries = (rows: CategorizedTransaction[], ym: string) => rows.filter((r) => r.category === 'Groceries' && r.date.startsWith(ym)).reduce((a, r) => a - r.amountCents, 0);

  it('says so at the third month of dearer groceries, with the run\'s average against the usual level before it', () => {
    const rows = rising('Groceries', 3);
    expect(steady(rows, '2021-09').v).toBe(0);
    expect(steady(rows, '2021-10').v).toBe(0);
    const third = steady(rows, '2021-11');
    // the sum of three capped z's, each at least 1.5, less the floor of 3
    expect(third.v).toBeGreaterThanOrEqual(1.5);
    const run = ['2021-09', '2021-10', '2021-11'].map((ym) => groceries(rows, ym));
    const before = Array.from({ length: 20 }, (_, i) => groceries(rows, `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`));
    expect(third.evidence).toMatchObject({ kind: 'sustained', category: 'Groceries', months: 3, avgCents: Math.round((run[0]! + run[1]! + run[2]!) / 3) });
    const usual = (third.evidence as { usualCents: number }).usualCents;
    expect(usual).toBeGreaterThanOrEqual(Math.min(...before));
    expect(usual).toBeLessThanOrEqual(Math.max(...before));
    // each month is 1.3–1.7× the usual: no category spike (twice its usual), so nothing said before the third month
    for (const x of run) expect(x / usual).toBeGreaterThan(1.3);
    for (const x of run) expect(x / usual).toBeLessThan(1.7);
    expect(steady(rows, '2021-11', { sustainedRise: false }).v).toBe(0);
    // the rows behind it are the run's groceries, all three months of them (6 a month), largest first
    const behind = computeFeatures(rows).months.find((x) => x.month === '2021-11')!.evidence[F('steadyCategorySpike')]!.transactions;
    expect(behind).toHaveLength(18);
    expect(behind.every((r) => r.category === 'Groceries')).toBe(true);
    expect(new Set(behind.map((r) => r.date.slice(0, 7)))).toEqual(new Set(['2021-09', '2021-10', '2021-11']));
    expect(behind.map((r) => -r.amountCents)).toEqual(behind.map((r) => -r.amountCents).sort((a, b) => b - a));
  });

  it('says it once: a level that stays up is not a new run each month', () => {
    const rows = rising('Groceries', 5);
    expect(steady(rows, '2021-11').evidence).toMatchObject({ kind: 'sustained', category: 'Groceries' });
    expect(steady(rows, '2021-12')).toEqual({ v: 0, evidence: null });
    expect(steady(rows, '2022-01')).toEqual({ v: 0, evidence: null });
  });

  it('not in dining out, and not when the same months last year were as high', () => {
    expect(steady(rising('Dining', 3), '2021-11')).toEqual({ v: 0, evidence: null });
    // the same three dearer months in 2020 (too little history then) and 2021: last year explains this year
    const twice = rising('Groceries', 3, '2021-09', rising('Groceries', 3, '2020-09'));
    expect(steady(twice, '2020-11')).toEqual({ v: 0, evidence: null });
    expect(steady(twice, '2021-11')).toEqual({ v: 0, evidence: null });
  });
});

describe('computeFeatures: an outsized charge (engine 18)', () => {
  // the steady household (36 months): four grocery shops a month at $150–$170, two meals out at $60–$85
  const spike = (rows: CategorizedTransaction[], month: string, opts: FeatureOptions = {}) => {
    const m = computeFeatures(rows, opts).months.find((x) => x.month === month)!;
    return { v: m.values[F('steadyCategorySpike')]!, evidence: m.evidence[F('steadyCategorySpike')]?.evidence ?? null };
  };
  // one charge in place of June's last weekly shop (a month's trimmed spend is then an ordinary month's)
  const withShop = (cents: number, extra: CategorizedTransaction[] = []) => [
    ...steadyHousehold(36).filter((r) => !(r.category === 'Groceries' && r.date === '2022-06-23')),
    ...extra,
    tx('2022-06-23', -cents, 'HARRIS FARM', 'Groceries'),
  ];

  it('judges the month on its whole spend when one charge is more than twice any before, and names it', () => {
    // $900 at Harris Farm: June is about $1,380, over twice its usual $645; without its largest charge it is an ordinary month
    const june = spike(withShop(90000), '2022-06');
    expect(june.v).toBeGreaterThan(0);
    expect(june.evidence).toMatchObject({
      kind: 'category-spike',
      category: 'Groceries',
      outsized: { amountCents: 90000, merchant: 'HARRIS FARM', date: '2022-06-23', usualMaxCents: 17000, months: 24 },
    });
    // with the rule off, the trimmed z sets the charge aside, as engine 17 did
    expect(spike(withShop(90000), '2022-06', { outsizedCharge: false })).toEqual({ v: 0, evidence: null });
  });

  it('does not name the charge when the month counts without it', () => {
    // twice the usual weekly shops in June as well as the $900: the month is a spike without the charge too
    const more = ['04', '11', '18', '25'].map((d) => tx(`2022-06-${d}`, -16000, 'WOOLWORTHS', 'Groceries'));
    const june = spike(withShop(90000, more), '2022-06');
    expect(june.v).toBeGreaterThan(0);
    expect(june.evidence).toMatchObject({ kind: 'category-spike', category: 'Groceries' });
    expect(june.evidence).not.toHaveProperty('outsized');
  });

  it('also in dining out', () => {
    // a $420 dinner in place of June's Thai Orchid
    const rows = [...steadyHousehold(36).filter((r) => !(r.merchant === 'THAI ORCHID' && r.date === '2022-06-26')), tx('2022-06-26', -42000, 'ATHENA BBQ', 'Dining')];
    expect(spike(rows, '2022-06').evidence).toMatchObject({ category: 'Dining', outsized: { amountCents: 42000, usualMaxCents: 8500 } });
    expect(spike(rows, '2022-06', { outsizedCharge: false }).v).toBe(0);
  });

  it('not when a charge half its size was paid in the 24 months before', () => {
    // a $460 shop in March 2021: $900 is not twice it
    expect(spike(withShop(90000, [tx('2021-03-13', -46000, 'COSTCO', 'Groceries')]), '2022-06')).toEqual({ v: 0, evidence: null });
    // … but it is once that shop is more than 24 months back (March 2020)
    expect(spike(withShop(90000, [tx('2020-03-13', -46000, 'COSTCO', 'Groceries')]), '2022-06').evidence).toMatchObject({ outsized: { usualMaxCents: 17000 } });
  });

  it('still needs the month at twice its usual level', () => {
    // $600: more than twice any charge before, but June is about $1,080, under twice $645
    expect(spike(withShop(60000), '2022-06')).toEqual({ v: 0, evidence: null });
  });

  it('not in shopping, where one big charge is an appliance', () => {
    const rows = [...steadyHousehold(36), tx('2022-06-11', -150000, 'JB HI-FI', 'Shopping')];
    expect(spike(rows, '2022-06')).toEqual({ v: 0, evidence: null });
  });
});

describe('computeFeatures before a year of history', () => {
  // groceries three times the usual, a new direct debit and three identical charges, in 2020-10 (9 months
  // of history) and again in 2022-04 (27 months): only the second can be judged against a season
  const rows = steadyHousehold(30);
  for (const month of ['2020-10', '2022-04']) {
    for (const d of [3, 5, 8, 10, 13, 17, 19, 21, 24, 27]) rows.push(tx(`${month}-${String(d).padStart(2, '0')}`, -16000, 'WOOLWORTHS', 'Groceries'));
    rows.push(tx(`${month}-14`, -4999, `NIMBUS ${month}`, 'Uncategorized', { description: `Direct Debit 555555 NIMBUS ${month} 99887766` }));
    for (let i = 0; i < 3; i++) rows.push(tx(`${month}-11`, -8900, `JB HI-FI ${month}`, 'Shopping'));
  }
  const fs = computeFeatures(rows);
  const at = (month: string) => fs.months.find((m) => m.month === month)!;

  it('judges events from the start but spending levels only once a season has been seen', () => {
    const early = at('2020-10');
    const late = at('2022-04');
    expect(early.history).toBe(9);
    expect(early.history).toBeLessThan(SEASON_MONTHS);
    for (const name of ['steadyCategorySpike', 'lumpyCategorySpike', 'totalSpend', 'sustainedElevation'] as const) {
      expect({ name, v: early.values[F(name)], evidence: early.evidence[F(name)] }).toEqual({ name, v: 0, evidence: null });
    }
    expect(late.values[F('steadyCategorySpike')]).toBeGreaterThan(1);
    expect(late.evidence[F('steadyCategorySpike')]!.evidence).toMatchObject({ kind: 'category-spike', category: 'Groceries' });
    // the season rule is what holds the early spike back (seasonMonths: 0 judges spending levels from the start)
    const unmasked = computeFeatures(rows, { seasonMonths: 0 }).months.find((m) => m.month === '2020-10')!;
    expect(unmasked.values[F('steadyCategorySpike')]).toBeGreaterThan(1);
    for (const m of [early, late]) {
      expect(m.values[F('newDirectDebit')]).toBe(1);
      expect(m.values[F('duplicateCharges')]).toBeCloseTo(Math.log1p(17800 / 1000), 12);
    }
  });
});

describe('computeFeatures before a year of history: an everyday habit that tripled (engine 12)', () => {
  // the steady household, its weekly shop at three supermarkets in turn (an everyday habit: 3 payees a month)
  const SHOPS = ['WOOLWORTHS', 'COLES', 'ALDI'];
  const month = '2020-10';
  // the usual month's groceries: the median of the 9 months before (four shops of $150–$170 each)
  const usualGroceries = (rows: readonly CategorizedTransaction[]) => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) =>
      rows.filter((r) => r.category === 'Groceries' && r.date.startsWith(`2020-0${m}`)).reduce((a, r) => a - r.amountCents, 0),
    );
    return months.sort((a, b) => a - b)[4]!;
  };
  /** `extra` more shops of $160 in October 2020 (9 months of history), at the three supermarkets */
  const withExtra = (extra: number, more: CategorizedTransaction[] = []) => {
    const rows = threeShopHousehold(30);
    for (let j = 0; j < extra; j++) rows.push(tx(`${month}-${String(3 + 2 * j).padStart(2, '0')}`, -16000, SHOPS[j % 3]!, 'Groceries'));
    return [...rows, ...more];
  };
  const spike = (rows: CategorizedTransaction[], opts: Parameters<typeof computeFeatures>[1] = {}) => {
    const m = computeFeatures(rows, opts).months.find((x) => x.month === month)!;
    expect(m.history).toBe(9);
    return { v: m.values[F('steadyCategorySpike')]!, evidence: m.evidence[F('steadyCategorySpike')]?.evidence ?? null, m };
  };

  it('counts groceries at 3× their usual level, bought from several shops, in a month without travel', () => {
    const rows = withExtra(10);
    const { v, evidence, m } = spike(rows);
    expect(v).toBeGreaterThan(1);
    expect(evidence).toMatchObject({ kind: 'category-spike', category: 'Groceries' });
    const e = evidence as Extract<NonNullable<typeof evidence>, { kind: 'category-spike' }>;
    expect(e.spendCents).toBe(rows.filter((r) => r.category === 'Groceries' && r.date.startsWith(month)).reduce((a, r) => a - r.amountCents, 0));
    expect(e.spendCents).toBeGreaterThanOrEqual(3 * e.usualCents);
    // its usual level is the median month's (no season yet)
    expect(e.usualCents).toBe(usualGroceries(rows));
    // the other spending levels still wait for a season
    for (const name of ['lumpyCategorySpike', 'totalSpend', 'sustainedElevation'] as const) expect(m.values[F(name)]).toBe(0);
    // off: the first year judges events only
    expect(spike(rows, { firstYearHabits: false }).v).toBe(0);
    // the same z after a year counts anyway: the spike column is the same number
    expect(v).toBeCloseTo(spike(rows, { seasonMonths: 0 }).v, 12);
  });

  it('does not count a rise under 3×, a trip, a habit at one shop, or another category', () => {
    // 2.5×: a December or a busy month can do that before a season has been seen
    const under = withExtra(6);
    const u = spike(under, { seasonMonths: 0 });
    expect(u.v).toBeGreaterThan(0);
    expect(spike(under).v).toBe(0);
    // $50 of Travel the same month: groceries for a holiday house
    expect(spike(withExtra(10, [tx(`${month}-02`, -5000, 'QANTAS', 'Travel')])).v).toBe(0);
    expect(spike(withExtra(10, [tx(`${month}-02`, -4999, 'QANTAS', 'Travel')])).v).toBeGreaterThan(1);
    // one supermarket: too few payees to call the month total a habit (the 'before a year' test above)
    const oneShop = withExtra(10).map((r) => (r.category === 'Groceries' ? { ...r, merchant: 'WOOLWORTHS' } : r));
    expect(spike(oneShop, { seasonMonths: 0 }).v).toBeGreaterThan(1);
    expect(spike(oneShop).v).toBe(0);
    // fuel tripled at three stations: Transport triples with a car service or a registration too
    const fills: CategorizedTransaction[] = [];
    for (let m = 1; m <= 10; m++) {
      const n = m === 10 ? 12 : 3;
      for (let j = 0; j < n; j++) fills.push(tx(`2020-${String(m).padStart(2, '0')}-${String(4 + 2 * j).padStart(2, '0')}`, -(6000 + (m % 3) * 300), ['BP', 'SHELL', 'AMPOL'][j % 3]!, 'Transport'));
    }
    const fuel = withExtra(0, fills);
    const f = spike(fuel, { seasonMonths: 0 });
    expect(f.v).toBeGreaterThan(1);
    expect(f.evidence).toMatchObject({ category: 'Transport' });
    expect(spike(fuel).v).toBe(0);
  });
});

describe('computeFeatures aggregation', () => {
  it('equals aggregateMonths on the same rows', async () => {
    const { aggregateMonths } = await import('./aggregate');
    const rows = withoutMaySalary(withEvents());
    expect(computeFeatures(rows).aggregation).toEqual(aggregateMonths(rows));
  });
});

describe('quantileSelect', () => {
  it('equals the type 7 quantile of the sorted sample, with ties, one value and every p', () => {
    // seeded samples of 1–300 values, from a small set (many ties) or spread out
    const rng = createRng(12345);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + rng.int(300);
      const ties = trial % 2 === 0;
      const values = Array.from({ length: n }, () => (ties ? rng.int(6) * 500 : rng.int(200000)));
      for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
        const expected = quantileSorted([...values].sort((a, b) => a - b), p);
        expect(quantileSelect(Float64Array.from(values), n, p)).toBe(expected);
      }
    }
    // only the first n values count
    expect(quantileSelect(Float64Array.from([5, 1, 3, 1000, -1000]), 3, 0.5)).toBe(3);
  });
});
