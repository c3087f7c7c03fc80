import { describe, expect, it } from 'vitest';
import { displayName, payerName, reasonText, times } from './text';
import { monthNumber } from '../features/calendar';

const march = monthNumber('2024-03');

describe('reasonText', () => {
  it('category spike, as the issue words it', () => {
    expect(
      reasonText({ kind: 'category-spike', category: 'Dining', spendCents: 84000, usualCents: 36500, mn: march, z: 5, steady: true }),
    ).toBe('Dining $840, 2.3× your usual $365 for March');
    // a broad rise: the everyday purchases, not the month's big charges, are what rose; the category's
    // total and usual come first, and the everyday purchases are set against their own usual
    expect(
      reasonText({ kind: 'category-spike', category: 'Transport', spendCents: 191700, usualCents: 116600, mn: march, z: 4, steady: true, broad: { without: 2, spendCents: 98100, usualCents: 22600 } }),
    ).toBe('Transport $1,917 for March, usually $1,166; all but its 2 largest charges came to $981, 4.3× their usual $226');
    // a capped rise: many more of the usual purchases, counted when there were more than usual (a median of 6.5 reads as 7)
    const capped = { kind: 'category-spike', category: 'Shopping', spendCents: 157600, usualCents: 39800, mn: march, z: 3, steady: true } as const;
    expect(reasonText({ ...capped, purchases: { count: 14, usualCount: 6.5 } })).toBe('Shopping $1,576, 4.0× your usual $398 for March, from 14 purchases (usually 7 a month)');
    expect(reasonText({ ...capped, purchases: { count: 7, usualCount: 6.5 } })).toBe('Shopping $1,576, 4.0× your usual $398 for March');
    // a masked rise: its usual level leaves out last year's one-off charges, and the reason gives the level with them
    expect(
      reasonText({ kind: 'category-spike', category: 'Transport', spendCents: 270600, usualCents: 67800, mn: monthNumber('2024-06'), z: 7, steady: true, purchases: { count: 43, usualCount: 15 }, withOneOffsCents: 319200 }),
    ).toBe("Transport $2,706, 4.0× your usual $678 for June (leaving out last year's one-off charges around June, which made it $3,192), from 43 purchases (usually 15 a month)");
  });

  it('category spike with an outsized charge names the charge and the most paid before (engine 18)', () => {
    expect(
      reasonText({
        kind: 'category-spike', category: 'Groceries', spendCents: 279000, usualCents: 131600, mn: monthNumber('2023-06'), z: 4.5, steady: true,
        outsized: { amountCents: 76273, merchant: 'WOOLWORTHS METRO', date: '2023-06-07', usualMaxCents: 30746, months: 24 },
      }),
    ).toBe('Groceries $2,790, 2.1× your usual $1,316 for June, with $762.73 at WOOLWORTHS METRO on 7 Jun; your largest Groceries charge in the 24 months before was $307.46');
  });

  it('category spike in a category usually empty that month', () => {
    expect(reasonText({ kind: 'category-spike', category: 'Travel', spendCents: 123456, usualCents: 0, mn: march, z: 9, steady: false })).toBe(
      'Travel $1,235, when you usually spend nothing on it in March',
    );
  });

  it('new direct debit', () => {
    expect(reasonText({ kind: 'new-direct-debit', category: 'Subscriptions', merchant: 'XYZ PTY LTD', amountCents: 4999, count: 1 })).toBe(
      'New direct debit to XYZ PTY LTD $49.99, first seen this month',
    );
    expect(reasonText({ kind: 'new-direct-debit', category: 'Subscriptions', merchant: 'XYZ PTY LTD', amountCents: 4999, count: 2 })).toBe(
      'New direct debit to XYZ PTY LTD $49.99 (2 charges), first seen this month',
    );
  });

  it('duplicated charges', () => {
    expect(
      reasonText({ kind: 'duplicate-charges', category: 'Shopping', merchant: 'JB HI-FI', amountCents: 8900, count: 3, date: '2024-03-12' }),
    ).toBe('3 charges of $89.00 at JB HI-FI on 12 Mar');
    // a direct debit taken again on a later day: both days, or the first and the last
    const debit = { kind: 'duplicate-charges', category: 'Phone & Internet', merchant: 'TPG INTERNET', amountCents: 8500, date: '2024-03-08', lastDate: '2024-03-11' } as const;
    expect(reasonText({ ...debit, count: 2 })).toBe('2 charges of $85.00 at TPG INTERNET on 8 Mar and 11 Mar');
    expect(reasonText({ ...debit, count: 3 })).toBe('3 charges of $85.00 at TPG INTERNET between 8 Mar and 11 Mar');
  });

  it('missing salary and other missing income', () => {
    expect(reasonText({ kind: 'missing-income', category: 'Income', payer: 'ACME', lastDate: '2024-02-14', salary: true, missingCents: 300000 })).toBe(
      'No salary from ACME since 14 Feb',
    );
    expect(
      reasonText({ kind: 'missing-income', category: 'Income', payer: 'CENTRELINK', lastDate: '2024-02-01', salary: false, missingCents: 50000 }),
    ).toBe('No payment from CENTRELINK since 1 Feb');
  });

  it('cash drain', () => {
    expect(
      reasonText({ kind: 'cash-drain', category: 'Cash', count: 5, totalCents: 220000, from: '2024-03-14', to: '2024-03-15', usualMaxCents: 20000 }),
    ).toBe('5 cash withdrawals totalling $2,200.00 between 14 Mar and 15 Mar; the most you withdrew in two days before was $200.00');
    expect(reasonText({ kind: 'cash-drain', category: 'Cash', count: 2, totalCents: 120000, from: '2024-03-14', to: '2024-03-14', usualMaxCents: 0 })).toBe(
      '2 cash withdrawals totalling $1,200.00 on 14 Mar; you had not withdrawn cash before',
    );
  });

  it('card burst', () => {
    expect(
      reasonText({ kind: 'card-burst', category: 'Shopping', count: 9, merchants: 4, totalCents: 41250, from: '2024-03-03', to: '2024-03-05' }),
    ).toBe('9 card payments totalling $412.50 at 4 new merchants between 3 Mar and 5 Mar');
    expect(reasonText({ kind: 'card-burst', category: 'Shopping', count: 5, merchants: 2, totalCents: 1000, from: '2024-03-03', to: '2024-03-03' })).toBe(
      '5 card payments totalling $10.00 at 2 new merchants on 3 Mar',
    );
    expect(
      reasonText({
        kind: 'card-burst',
        category: 'Shopping',
        count: 3,
        merchants: 1,
        totalCents: 11150,
        from: '2024-03-03',
        to: '2024-03-04',
        test: { amountCents: 150, merchant: 'VIBE GEAR REF20394812', date: '2024-03-03' },
      }),
    ).toBe('3 card payments totalling $111.50 at 1 new merchant between 3 Mar and 4 Mar; one was $1.50 at VIBE GEAR, the size of charge used to test a stolen card');
  });

  it('payment to a new payee', () => {
    expect(
      reasonText({ kind: 'new-payee-transfer', category: 'Personal Payments', payee: 'J SMITH', amountCents: 450000, date: '2024-03-12', count: 1 }),
    ).toBe('$4,500.00 paid to J SMITH on 12 Mar, a payee you have not paid before');
    expect(
      reasonText({ kind: 'new-payee-transfer', category: 'Personal Payments', payee: 'T WHITE', amountCents: 405000, date: '2024-08-25', count: 3 }),
    ).toBe('$4,050.00 paid to T WHITE in 3 payments from 25 Aug, a payee you have not paid before');
  });

  it('sustained elevation, total spend, new merchants, income drop', () => {
    expect(reasonText({ kind: 'sustained', category: 'Groceries', avgCents: 112000, usualCents: 80000, months: 3 })).toBe(
      'Groceries $1,120 a month for 3 months running, 1.4× your usual $800',
    );
    expect(
      reasonText({ kind: 'total-spend', category: 'Dining', spendCents: 521000, usualCents: 325000, mn: march, z: 4, topExcessCents: 90000 }),
    ).toBe('Total spending $5,210, 1.6× your usual $3,250 for March; Dining rose most (+$900)');
    expect(reasonText({ kind: 'new-merchants', category: 'Shopping', count: 1, totalCents: 99900 })).toBe(
      '$999 at 1 place you have not paid before, mostly Shopping',
    );
    expect(reasonText({ kind: 'income-drop', category: 'Income', incomeCents: 300000, usualCents: 600000 })).toBe(
      'Income $3,000, well below your usual $6,000',
    );
  });

  it('naive comparisons say what they compare with', () => {
    expect(
      reasonText({ kind: 'naive', feature: 'vsPrev3Months', category: 'Dining', spendCents: 400000, refCents: 300000 }),
    ).toBe('Total spending $4,000, 1.3× your average of the previous 3 months ($3,000); Dining rose most');
  });
});

describe('times', () => {
  it('rounds to one decimal, half up', () => {
    expect(times(84000, 36500)).toBe('2.3×');
    expect(times(125, 100)).toBe('1.3×');
    expect(times(300, 100)).toBe('3.0×');
    expect(times(1, 0)).toBe('');
  });
});

describe('payerName', () => {
  it('drops the kind of money printed after the payer', () => {
    expect(payerName('NORTHWIND LOGISTICS PTY LTD SALARY')).toBe('NORTHWIND LOGISTICS PTY LTD');
    expect(payerName('BRIGHTSTAR CHILDCARE SAL')).toBe('BRIGHTSTAR CHILDCARE');
    expect(payerName('KPMG AUSTRALIA PAYROLL')).toBe('KPMG AUSTRALIA');
    expect(payerName('ACME PTY LTD')).toBe('ACME PTY LTD');
    // nothing left: the name as it was
    expect(payerName('SALARY')).toBe('SALARY');
    expect(reasonText({ kind: 'missing-income', category: 'Income', payer: 'ACME PTY LTD SALARY', lastDate: '2022-04-22', salary: true, missingCents: 300000 })).toBe('No salary from ACME PTY LTD since 22 Apr');
  });
});

describe('displayName', () => {
  it('drops the channel banks put before a person', () => {
    expect(displayName('TRANSFER TO H RYAN')).toBe('H RYAN');
    expect(displayName('FAST TRANSFER FROM J SMITH')).toBe('J SMITH');
    expect(displayName('PAYMENT TO JOHN SMITH')).toBe('JOHN SMITH');
    expect(displayName('WITHDRAWAL-OSKO PAYMENT T BROWN INVOICE')).toBe('T BROWN INVOICE');
    expect(displayName('JOHN SMITH TO PAYID PHONE')).toBe('JOHN SMITH');
    expect(displayName('ACME PTY LTD')).toBe('ACME PTY LTD');
    expect(displayName('ZENTRIX MEDIA REF3680153')).toBe('ZENTRIX MEDIA');
    expect(displayName('PRIMELIFE SAVINGS CLUB SUB7855316')).toBe('PRIMELIFE SAVINGS CLUB');
    // a name that is only letters and digits stays
    expect(displayName('F45')).toBe('F45');
    expect(displayName('TRANSFER TO ')).toBe('TRANSFER TO');
  });
});
