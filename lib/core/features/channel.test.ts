import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { CategorizedTransaction } from '../types';
import { payeeKey } from './channel';

/** payeeKey as it was written with regexes: the reference the one-scan version must equal. */
function payeeKeyByRegex(tx: Pick<CategorizedTransaction, 'merchant' | 'description'>): string {
  const base = tx.merchant.trim() !== '' ? tx.merchant : tx.description;
  const k = base.toUpperCase().replace(/\d{3,}/g, ' ').replace(/\s+/g, ' ').trim();
  return k === '' ? base.toUpperCase().trim() : k;
}

function row(merchant: string, description: string): CategorizedTransaction {
  return { merchant, description } as CategorizedTransaction;
}

describe('payeeKey', () => {
  it('equals the regex definition on typical and odd names', () => {
    const cases = [
      'Woolworths 1234 Sydney',
      '  coles   0421  ',
      'AB12 345678 CD 12',
      '7-Eleven 2045',
      '123',
      '12',
      '  ',
      '',
      'straße 999 café',
      'x\u00a0\u2003y\u3000123\ufeff',
      '\t\n1234\r\v\f',
      '٣٤٥ arabic-indic digits',
      'ﬀ ligature 00012ab',
    ];
    for (const m of cases) for (const d of ['Direct Debit 062934 NETFLIX', '  ', '']) {
      expect(payeeKey(row(m, d))).toBe(payeeKeyByRegex(row(m, d)));
    }
  });

  it('equals the regex definition on random strings', () => {
    const rng = createRng(11);
    const alphabet = ['a', 'B', 'z', '0', '1', '9', ' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '-', '.', 'ß', 'é', '#', '\n'];
    for (let n = 0; n < 3000; n++) {
      const len = rng.int(14);
      let m = '';
      let d = '';
      for (let i = 0; i < len; i++) m += alphabet[rng.int(alphabet.length)]!;
      for (let i = 0; i < 6; i++) d += alphabet[rng.int(alphabet.length)]!;
      expect(payeeKey(row(m, d))).toBe(payeeKeyByRegex(row(m, d)));
    }
  });
});
