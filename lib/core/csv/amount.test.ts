import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmountToCents } from './amount';

describe('parseAmountToCents', () => {
  it.each([
    ['-17.99', -1799],
    ['+5189.04', 518904],
    ['-14.6', -1460],
    ['-20', -2000],
    ['518.2', 51820],
    ['5000', 500000],
    ['0.00', 0],
    ['-0.00', 0],
    ['.5', 50],
    ['5.', 500],
    ['$1,234.56', 123456],
    ['-$1,234.56', -123456],
    ['$-1,234.56', -123456],
    ['(12.50)', -1250],
    ['($12.50)', -1250],
    ['12.50-', -1250],
    ['\u221212.50', -1250],
    ['  -4.00  ', -400],
    ['\u00a0- 4.00', -400],
    ['1,234,567.89', 123456789],
    ['A$10', 1000],
    ['AUD 10.00', 1000],
    ['10.00 AUD', 1000],
    ['12.00 DR', -1200],
    ['12.00CR', 1200],
    ['12.3400', 1234],
    ['0001.10', 110],
  ])('%j -> %d cents', (input, cents) => {
    expect(parseAmountToCents(input)).toBe(cents);
  });

  it('never returns -0', () => {
    expect(Object.is(parseAmountToCents('-0.00'), 0)).toBe(true);
    expect(Object.is(parseAmountToCents('(0)'), 0)).toBe(true);
  });

  it.each([
    '',
    '   ',
    '-',
    '$',
    '.',
    'abc',
    '12a',
    '1,23.00',
    '12,34',
    '1.005',
    '--5',
    '+-5',
    '-5-',
    '(-5)',
    '(5',
    '5)',
    '1.2.3',
    '1e5',
    'NaN',
    'Infinity',
    '12 34',
    '99999999999999.00',
    '12.00 DR-',
  ])('rejects %j', (input) => {
    expect(parseAmountToCents(input)).toBeNull();
  });

  it('is exact where floats are not (0.1 + 0.2 style values)', () => {
    expect(parseAmountToCents('0.29')).toBe(29);
    expect(parseAmountToCents('1.15')).toBe(115);
    expect(parseAmountToCents('4.35')).toBe(435);
    expect(parseAmountToCents('90071992547409.91')).toBeNull();
    expect(parseAmountToCents('9999999999999.99')).toBe(999999999999999);
  });

  // property: any integer number of cents, written in any style a bank or a
  // spreadsheet uses, parses back to the same integer
  const styles: ((cents: number) => string)[] = [
    (c) => plain(c, 2),
    (c) => (c > 0 ? `+${plain(c, 2)}` : plain(c, 2)),
    (c) => trimmed(c),
    (c) => `${c < 0 ? '-' : ''}$${grouped(Math.abs(c))}`,
    (c) => `$${c < 0 ? '-' : ''}${grouped(Math.abs(c))}`,
    (c) => (c < 0 ? `(${grouped(-c)})` : grouped(c)),
    (c) => (c < 0 ? `${plain(-c, 2)}-` : plain(c, 2)),
    (c) => (c < 0 ? `\u2212${plain(-c, 2)}` : plain(c, 2)),
    (c) => `  ${plain(c, 2)}\t`,
    (c) => (c < 0 ? `${plain(-c, 2)} DR` : `${plain(c, 2)} CR`),
    (c) => `"${plain(c, 2)}"`.slice(1, -1),
  ];

  it('round-trips integer cents through many formatting styles', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), fc.nat({ max: styles.length - 1 }), (cents, i) => {
        const text = (styles[i] ?? styles[0]!)(cents);
        expect(parseAmountToCents(text)).toBe(cents);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseAmountToCents(s);
        expect(r === null || Number.isSafeInteger(r)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

function plain(cents: number, decimals: 2): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(decimals, '0');
  return `${sign}${whole}.${frac}`;
}

/** ANZ/Macquarie style: zeros trimmed, `-14.6`, `-20`. */
function trimmed(cents: number): string {
  const s = plain(cents, 2);
  return s.replace(/0+$/, '').replace(/\.$/, '');
}

function grouped(abs: number): string {
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(abs % 100).padStart(2, '0')}`;
}
