/**
 * Bytes of an uploaded file -> text.
 *
 * Order of decisions: byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without
 * a BOM recognised by its NUL pattern; strict UTF-8; otherwise chardet's
 * guess for the few multi-byte encodings it identifies reliably, and
 * Windows-1252 for everything else (Australian bank exports that are not
 * UTF-8 are Windows-1252 in practice; chardet calls them ISO-8859-x).
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** encoding used, as an iconv-lite name: utf-8, utf-16le, utf-16be, windows-1252, ... */
  encoding: string;
  /** whether a byte-order mark was found (and removed) */
  bom: boolean;
  /** for UTF-8 input: the bytes of `text` (BOM excluded), so the CSV parser can skip re-encoding */
  utf8?: Uint8Array;
}

/** Multi-byte encodings chardet recognises well enough to trust. */
const TRUSTED_CHARDET = new Set(['Shift_JIS', 'GB18030', 'Big5', 'EUC-JP', 'EUC-KR']);
const SAMPLE_BYTES = 8192;

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Whether `bytes` is well-formed UTF-8: exactly what a fatal TextDecoder
 * accepts (no overlong forms, no surrogates, nothing above U+10FFFF, no
 * truncated sequence), checked without building the text. ASCII runs cost
 * one comparison a byte.
 */
export function isUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      if (i + 1 >= n || (bytes[i + 1]! & 0xc0) !== 0x80) return false;
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      if (i + 2 >= n) return false;
      const b1 = bytes[i + 1]!;
      // E0: A0..BF (no overlong); ED: 80..9F (no surrogates)
      if (b === 0xe0 ? b1 < 0xa0 || b1 > 0xbf : b === 0xed ? b1 < 0x80 || b1 > 0x9f : (b1 & 0xc0) !== 0x80) return false;
      if ((bytes[i + 2]! & 0xc0) !== 0x80) return false;
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (i + 3 >= n) return false;
      const b1 = bytes[i + 1]!;
      // F0: 90..BF (no overlong); F4: 80..8F (nothing above U+10FFFF)
      if (b === 0xf0 ? b1 < 0x90 || b1 > 0xbf : b === 0xf4 ? b1 < 0x80 || b1 > 0x8f : (b1 & 0xc0) !== 0x80) return false;
      if ((bytes[i + 2]! & 0xc0) !== 0x80 || (bytes[i + 3]! & 0xc0) !== 0x80) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

/** Characters of a lazily decoded file available without decoding all of it. */
const HEAD_BYTES = 262_144;

export interface LazyDecodedText {
  /** the start of the text: all of it, or at least its first 65,536 characters */
  head: string;
  /** the whole text (decoded on first call for UTF-8 input, then kept) */
  text(): string;
  encoding: string;
  bom: boolean;
  /** for UTF-8 input: the bytes of the text (BOM excluded) */
  utf8?: Uint8Array;
}

/** The first `max` bytes of valid UTF-8, cut back to a character boundary. */
function utf8Head(utf8: Uint8Array, max: number): Uint8Array {
  if (utf8.length <= max) return utf8;
  let end = max;
  while (end > 0 && (utf8[end]! & 0xc0) === 0x80) end--;
  return utf8.subarray(0, end);
}

/**
 * `decodeBytes` for the parser: the same text and encoding, but valid UTF-8
 * (nearly every export) is only checked, not decoded, since the CSV parser
 * reads its bytes; `head` serves the checks that look at the start of the
 * file and `text()` decodes the rest only if something needs it. Saves
 * decoding a 10 MB file into a 10 MB string on every import.
 */
export function decodeBytesLazy(bytes: Uint8Array): LazyDecodedText {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = hasBom ? bytes.subarray(3) : bytes;
  // the order of decodeBytes: a UTF-8 BOM; UTF-16 BOMs (0xff/0xfe never occur in UTF-8);
  // UTF-16 without a BOM, which can be valid UTF-8 (NULs are ASCII); then UTF-8
  if ((hasBom || !utf16WithoutBom(bytes)) && isUtf8(utf8)) {
    let full: string | undefined;
    const text = () => (full ??= strictUtf8.decode(utf8));
    const head = utf8.length <= HEAD_BYTES ? text() : strictUtf8.decode(utf8Head(utf8, HEAD_BYTES));
    return { head, text, encoding: 'utf-8', bom: hasBom, utf8 };
  }
  const d = decodeBytes(bytes);
  return d.utf8
    ? { head: d.text, text: () => d.text, encoding: d.encoding, bom: d.bom, utf8: d.utf8 }
    : { head: d.text, text: () => d.text, encoding: d.encoding, bom: d.bom };
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const utf8 = bytes.subarray(3);
    try {
      return { text: strictUtf8.decode(utf8), encoding: 'utf-8', bom: true, utf8 };
    } catch {
      // a BOM followed by invalid UTF-8: decode leniently (U+FFFD), no byte shortcut
      return { text: iconv.decode(utf8, 'utf-8'), encoding: 'utf-8', bom: true };
    }
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: iconv.decode(bytes, utf16), encoding: utf16, bom: false };

  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', bom: false, utf8: bytes };
  } catch {
    // not UTF-8: fall through to a legacy single- or multi-byte encoding
  }
  const guess = chardet.detect(bytes.subarray(0, 65536));
  const encoding = guess && TRUSTED_CHARDET.has(guess) && iconv.encodingExists(guess) ? guess : 'windows-1252';
  return { text: iconv.decode(bytes, encoding), encoding, bom: false };
}

export type BinaryVerdict = null | 'nul' | 'control';

/**
 * Whether decoded text looks like binary data: any NUL character, or more
 * than 1% control characters (other than tab, CR, LF) in the first 64k.
 */
export function binaryVerdict(text: string): BinaryVerdict {
  const n = Math.min(text.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'nul';
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd) control++;
  }
  return n > 0 && control > Math.max(2, n * 0.01) ? 'control' : null;
}

/** Recognisable non-CSV containers, by their first bytes. */
export function sniffContainer(bytes: Uint8Array): string | null {
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    return 'This looks like an Excel (.xlsx) or zip file, not CSV: export the transactions as CSV instead.';
  }
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    return 'This looks like an old Excel (.xls) file, not CSV: export the transactions as CSV instead.';
  }
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) {
    return 'This is a PDF, not CSV: export the transactions as CSV instead.';
  }
  return null;
}
