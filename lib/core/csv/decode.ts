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

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const utf8 = bytes.subarray(3);
    try {
      return { text: strictUtf8.decode(utf8), encoding: 'utf-8', bom: true };
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
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', bom: false };
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
