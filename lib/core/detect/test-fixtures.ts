/**
 * Hand-built histories for the detection tests: a steady household whose
 * every row is known, so tests can assert exact cents and exact reasons.
 * Not used by production code.
 */
import type { CategorizedTransaction, Category } from '../types';

export function tx(
  date: string,
  amountCents: number,
  merchant: string,
  category: Category,
  extra: Partial<CategorizedTransaction> = {},
): CategorizedTransaction {
  return {
    line: 0,
    date,
    amountCents,
    description: extra.description ?? `${merchant} SYDNEY NS AUS Card xx1234`,
    merchant,
    balanceCents: null,
    account: null,
    kind: 'normal',
    bankCategory: null,
    category,
    ...extra,
  };
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * `months` months of a steady household from January 2020: fortnightly
 * salary from ACME, monthly rent, weekly groceries (varying a little),
 * dining twice a month, a phone bill, a monthly streaming subscription.
 */
export function steadyHousehold(months: number): CategorizedTransaction[] {
  const out: CategorizedTransaction[] = [];
  // fortnightly pay from Fri 3 Jan 2020
  const payStart = Date.UTC(2020, 0, 3);
  const end = Date.UTC(2020, months, 1);
  for (let t = payStart; t < end; t += 14 * 86_400_000) {
    out.push(tx(new Date(t).toISOString().slice(0, 10), 300000, 'ACME PTY LTD', 'Income', { description: 'Direct Credit 123456 ACME PTY LTD SALARY' }));
  }
  for (let i = 0; i < months; i++) {
    const y = 2020 + Math.floor(i / 12);
    const m = (i % 12) + 1;
    out.push(tx(iso(y, m, 1), -200000, 'RAY WHITE', 'Housing', { description: 'BPAY RAY WHITE 12345 678' }));
    for (const d of [2, 9, 16, 23]) out.push(tx(iso(y, m, d), -(15000 + ((i * 7 + d) % 5) * 500), 'WOOLWORTHS', 'Groceries'));
    out.push(tx(iso(y, m, 12), -(6000 + (i % 3) * 1000), 'LITTLE BEAN CAFE', 'Dining'));
    out.push(tx(iso(y, m, 26), -(7000 + (i % 4) * 500), 'THAI ORCHID', 'Dining'));
    out.push(tx(iso(y, m, 15), -6500, 'TELSTRA', 'Phone & Internet', { description: 'Direct Debit 062934 TELSTRA 4455' }));
    out.push(tx(iso(y, m, 20), -1999, 'NETFLIX', 'Subscriptions', { description: 'NETFLIX.COM SYDNEY NS AUS Card xx1234' }));
    out.push(tx(iso(y, m, 28), -50000, 'SAVINGS', 'Transfers', { kind: 'transfer', description: 'Transfer to xx9999 CommBank App' }));
  }
  return out;
}

/**
 * The steady household, its weekly shop at Woolworths, Coles and Aldi in
 * turn: groceries become an everyday habit (3 payees a month), the first-year
 * habit's tests (engine 12).
 */
export function threeShopHousehold(months: number): CategorizedTransaction[] {
  const shops = ['WOOLWORTHS', 'COLES', 'ALDI'];
  let i = 0;
  return steadyHousehold(months).map((r) => {
    if (r.merchant !== 'WOOLWORTHS') return r;
    const shop = shops[i++ % shops.length]!;
    return { ...r, merchant: shop, description: `${shop} SYDNEY NS AUS Card xx1234` };
  });
}

/**
 * The steady household (36 months) with a shopping habit in `category` that
 * appliances make lumpy: five $40–$80 purchases a month at the usual shops
 * (or as many as `purchases` gives for a month, `YYYY-MM`), and three
 * $600–$1,200 appliances in a sale every four months from January 2020.
 * The capped and masked rises' tests.
 */
export function applianceHousehold(category: Category, purchases: Record<string, number> = {}): CategorizedTransaction[] {
  const rows = steadyHousehold(36);
  const shops = ['KMART', 'TARGET', 'BIG W', 'MYER', 'REBEL'];
  for (let i = 0; i < 36; i++) {
    const ym = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const n = purchases[ym] ?? 5;
    for (let j = 0; j < n; j++) rows.push(tx(`${ym}-${String(1 + j).padStart(2, '0')}`, -(4000 + ((i * 7 + j * 13) % 5) * 1000), shops[j % 5]!, category));
    if (i % 4 === 0) for (const d of [20, 21, 22]) rows.push(tx(`${ym}-${d}`, -(60000 + ((i + d) % 3) * 30000), 'HARVEY NORMAN', category));
  }
  return rows;
}

/** steady household with one labelled event per chosen month */
export function withEvents(): CategorizedTransaction[] {
  const rows = steadyHousehold(36);
  // 2021-07: three identical $89.00 charges at JB HI-FI on one day
  for (let i = 0; i < 3; i++) rows.push(tx('2021-07-12', -8900, 'JB HI-FI', 'Shopping'));
  // 2021-09: a new direct debit
  rows.push(tx('2021-09-14', -4999, 'NIMBUS DIGITAL PTY LTD', 'Uncategorized', { description: 'Direct Debit 555555 NIMBUS DIGITAL PTY LTD 99887766' }));
  // 2021-11: $4,500 to a new payee
  rows.push(tx('2021-11-08', -450000, 'J SMITH', 'Personal Payments', { description: 'Transfer To J SMITH CommBank App invoice' }));
  // 2022-01: 8 small card payments at 4 new online shops over two days
  ['LUNA HOME', 'VIBE GEAR', 'PIXEL DEALS', 'ZEN LABS', 'LUNA HOME', 'VIBE GEAR', 'PIXEL DEALS', 'ZEN LABS'].forEach((m, i) =>
    rows.push(tx(i < 4 ? '2022-01-05' : '2022-01-06', -(2500 + i * 100), m, 'Shopping', { description: `SP * ${m} SYDNEY NS AUS Card xx1234` })),
  );
  // 2022-03: groceries three times the usual
  for (const d of [3, 5, 8, 10, 13, 17, 19, 21, 24, 27]) rows.push(tx(`2022-03-${String(d).padStart(2, '0')}`, -16000, 'WOOLWORTHS', 'Groceries'));
  return rows;
}

/** the same household with the 2022-05 pays removed */
export function withoutMaySalary(rows: CategorizedTransaction[]): CategorizedTransaction[] {
  return rows.filter((r) => !(r.merchant === 'ACME PTY LTD' && r.date.startsWith('2022-05')));
}

