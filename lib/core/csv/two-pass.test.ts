import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateHousehold, toBankCsv } from '../synth';
import type { BankFormat } from '../types';
import { parseBankCsv, type ParseOptions } from './parse';

const enc = (s: string) => new TextEncoder().encode(s);
const FORMATS: BankFormat[] = ['commbank', 'anz', 'westpac', 'nab', 'nab-legacy', 'ing', 'macquarie', 'up'];

/** The two ways of reading a file give the same result: every row, line, error, warning and count. */
function same(text: string, opts: ParseOptions = {}): void {
  const twoPass = parseBankCsv(enc(text), opts);
  const kept = parseBankCsv(enc(text), { ...opts, keepRecords: true });
  expect(twoPass).toEqual(kept);
}

describe('reading a large file in two passes gives what reading it kept whole gives', () => {
  const households = [11, 12].map((seed) => generateHousehold({ seed, startMonth: '2023-01', months: 18 }));

  it.each(FORMATS)('%s exports', (format) => {
    for (const h of households) {
      const text = toBankCsv(format, h.transactions);
      expect(text.split('\n').length).toBeGreaterThan(600);
      same(text);
    }
  });

  it('blank lines anywhere, any line endings, lines before the header, a row limit', () => {
    const base = toBankCsv('anz', households[0]!.transactions).split('\n').filter((l) => l !== '');
    fc.assert(
      fc.property(
        fc.array(fc.nat(base.length), { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: base.length + 5 }), { nil: undefined }),
        (blanks, eol, preamble, maxRows) => {
          const lines = [...base];
          for (const at of blanks.sort((a, b) => b - a)) lines.splice(at, 0, at % 2 ? '' : ' , ');
          const text = (preamble ? 'Account statement\nGenerated today\n' : '') + lines.join(eol) + eol;
          same(text, maxRows === undefined ? {} : { maxRows });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('quoted line breaks and quotes, and a bad row among good ones', () => {
    const rows = ['Date,Description,Amount'];
    for (let i = 0; i < 1500; i++) {
      const d = `${String((i % 28) + 1).padStart(2, '0')}/03/2024`;
      rows.push(i % 97 === 0 ? `${d},"TWO\r\nLINES ""${i}""",-${i}.00` : i === 700 ? `${d},BAD,lots` : `${d},SHOP ${i},-${(i % 90) + 1}.50`);
    }
    same(rows.join('\r\n') + '\r\n');
  });

  it('a large file with a quote that never closes is read kept whole, its line reported', () => {
    const rows = ['Date,Description,Amount'];
    for (let i = 0; i < 1200; i++) rows.push(`${String((i % 28) + 1).padStart(2, '0')}/03/2024,${i === 800 ? '"BROKEN' : `SHOP ${i}`},-${(i % 90) + 1}.00`);
    const text = rows.join('\n') + '\n';
    same(text);
    const r = parseBankCsv(enc(text));
    expect(r.errors).toEqual([{ line: 802, message: 'A quoted field starting on this line is never closed; the line was skipped.' }]);
    expect(r.transactions).toHaveLength(1199);
  });
});
