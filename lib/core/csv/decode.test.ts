import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, decodeBytesLazy, isUtf8 } from './decode';
import { binaryFixtures } from './fixtures/make-binary';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function fatalAccepts(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes biased towards the edges of UTF-8: lead bytes, continuation bytes, ASCII. */
const utf8ish = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0xbf }),
    fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff),
    fc.integer({ min: 0, max: 0xff }),
  ),
  { maxLength: 24 },
);

describe('isUtf8', () => {
  it('accepts exactly what a fatal TextDecoder accepts', () => {
    fc.assert(
      fc.property(utf8ish, (xs) => {
        const bytes = Uint8Array.from(xs);
        expect(isUtf8(bytes)).toBe(fatalAccepts(bytes));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(isUtf8(new TextEncoder().encode(s))).toBe(true);
      }),
    );
  });

  it('rejects overlong forms, surrogates, values above U+10FFFF and cut sequences', () => {
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xff]]) {
      expect(isUtf8(Uint8Array.from(bad))).toBe(false);
    }
    for (const good of [[0x24], [0xc2, 0xa3], [0xe2, 0x82, 0xac], [0xed, 0x9f, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x8f, 0xbf, 0xbf]]) {
      expect(isUtf8(Uint8Array.from(good))).toBe(true);
    }
  });
});

describe('decodeBytesLazy', () => {
  function same(bytes: Uint8Array): void {
    const eager = decodeBytes(bytes);
    const lazy = decodeBytesLazy(bytes);
    expect(lazy.encoding).toBe(eager.encoding);
    expect(lazy.bom).toBe(eager.bom);
    expect(lazy.text()).toBe(eager.text);
    expect(eager.text.startsWith(lazy.head)).toBe(true);
    expect(lazy.head.length).toBeGreaterThanOrEqual(Math.min(eager.text.length, 65_536));
    expect(lazy.utf8 === undefined).toBe(eager.utf8 === undefined);
  }

  it('gives the text and encoding decodeBytes gives, for every fixture encoding', () => {
    for (const f of Object.values(binaryFixtures())) same(f.bytes);
  });

  it('gives the same text for arbitrary bytes and strings', () => {
    fc.assert(fc.property(utf8ish, (xs) => same(Uint8Array.from(xs))), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => same(new TextEncoder().encode(s))), { numRuns: 1000 });
  });

  it('keeps a head of whole characters for a large file, and decodes the rest only on demand', () => {
    // 300,000 bytes of 3-byte characters: the head cut must fall on a character boundary
    const big = new TextEncoder().encode('€'.repeat(100_000));
    const lazy = decodeBytesLazy(big);
    expect(lazy.head.length).toBeGreaterThanOrEqual(65_536);
    expect(lazy.head.length).toBeLessThan(100_000);
    expect(lazy.head).toBe('€'.repeat(lazy.head.length));
    expect(lazy.text()).toBe('€'.repeat(100_000));
    same(big);
  });
});
