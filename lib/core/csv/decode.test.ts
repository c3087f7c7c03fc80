import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes } from './decode';
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

/** Bytes biased towards the edges of UTF-8: lead bytes, continuation bytes, ASCII (no NUL, which suggests UTF-16). */
const utf8ish = fc.array(
  fc.oneof(
    fc.integer({ min: 1, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0xbf }),
    fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff),
    fc.integer({ min: 1, max: 0xff }),
  ),
  { maxLength: 24 },
);

describe('decodeBytes', () => {
  it('reads every fixture encoding back to its text', () => {
    const expected = { commbankUtf16le: 'utf-16le', westpacUtf16be: 'utf-16be', ingWin1252: 'windows-1252', nabUtf8Bom: 'utf-8', anzUtf16leNoBom: 'utf-16le' };
    for (const [name, f] of Object.entries(binaryFixtures())) {
      const d = decodeBytes(f.bytes);
      expect(d.text, name).toBe(f.text);
      expect(d.encoding, name).toBe(expected[name as keyof typeof expected]);
    }
  });

  it('valid UTF-8 is read as UTF-8 exactly; anything else is not called UTF-8, and as Windows-1252 is one character per byte', () => {
    fc.assert(
      fc.property(utf8ish, (xs) => {
        const bytes = Uint8Array.from(xs);
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return; // a BOM: covered by the fixtures
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return;
        const d = decodeBytes(bytes);
        if (fatalAccepts(bytes)) {
          expect(d.encoding).toBe('utf-8');
          expect(d.text).toBe(fatal.decode(bytes));
        } else {
          expect(d.encoding).not.toBe('utf-8');
          if (d.encoding === 'windows-1252') expect(d.text).toHaveLength(bytes.length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips any text written as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const text = s.replace(/\0/g, '');
        const d = decodeBytes(new TextEncoder().encode(text));
        expect(d.text).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
