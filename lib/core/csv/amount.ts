/**
 * Money strings from bank CSVs -> signed integer cents.
 *
 * Never goes through a float: the digits of the decimal string are read as
 * whole dollars and cents separately. Accepted, in any sensible combination:
 *
 * - leading `+`, `-` or Unicode minus (U+2212); a trailing `-`/U+2212
 * - parentheses for negatives: `(12.50)`
 * - `$`, `A$`, `AU$` or `AUD` before or after the sign: `-$5.00`, `$-5.00`
 * - thousands separators in groups of three: `1,234,567.89`
 * - trimmed decimals: `-14.6`, `-20`, `518.2`, `.5`
 * - a `CR`/`DR` suffix (credit / debit)
 * - surrounding and inner whitespace (including no-break spaces)
 *
 * Rejected (null): empty strings, two signs, bad grouping (`1,23.00`),
 * more than two decimals unless the extra digits are zeros (`1.005`),
 * letters, and magnitudes beyond `Number.MAX_SAFE_INTEGER` cents.
 */

/** After clean-up: optional sign, digits (grouped or not), optional fraction. */
const NUMBER_RE = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;
/** whitespace except between two digits (`12 34` stays invalid) */
const SPACES_RE = /(?<!\d)[\s\u00a0\u202f\u2007]+|[\s\u00a0\u202f\u2007]+(?!\d)/g;
const CURRENCY_PREFIX_RE = /^(?:AU\$|A\$|\$|AUD)/i;
const CURRENCY_SUFFIX_RE = /(?:AUD|\$)$/i;
const CRDR_SUFFIX_RE = /(CR|DR)$/i;
const MAX_WHOLE_DIGITS = 13; // 10^13 dollars = 10^15 cents < MAX_SAFE_INTEGER

function isMinus(c: string | undefined): boolean {
  return c === '-' || c === '\u2212';
}

function toCents(whole: string, frac: string): number | null {
  if (whole.length > MAX_WHOLE_DIGITS) return null;
  let f = frac;
  if (f.length > 2) {
    // 12.3400 is fine, 12.345 is not a cent amount
    for (let i = 2; i < f.length; i++) if (f.charCodeAt(i) !== 48) return null;
    f = f.slice(0, 2);
  }
  const wholeN = whole.length > 0 ? Number(whole) : 0;
  const fracN = f.length === 0 ? 0 : f.length === 1 ? Number(f) * 10 : Number(f);
  return wholeN * 100 + fracN;
}

/**
 * The common case in bank files (`-17.99`, `+5189.04`, `518.2`, `20`) read
 * character by character, without allocating; undefined when the text needs
 * the full path.
 */
function fastCents(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 17) return undefined;
  let i = 0;
  let negative = false;
  const first = s.charCodeAt(0);
  if (first === 45 /* - */) {
    negative = true;
    i = 1;
  } else if (first === 43 /* + */) {
    i = 1;
  }
  let whole = 0;
  const wholeStart = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + (c - 48);
  }
  const wholeDigits = i - wholeStart;
  if (wholeDigits === 0 || wholeDigits > MAX_WHOLE_DIGITS) return undefined;
  let frac = 0;
  if (i < n) {
    if (s.charCodeAt(i) !== 46 /* . */) return undefined;
    i++;
    const fracDigits = n - i;
    if (fracDigits < 1 || fracDigits > 2) return undefined;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) return undefined;
      frac = frac * 10 + (c - 48);
    }
    if (fracDigits === 1) frac *= 10;
  }
  const cents = whole * 100 + frac;
  return negative && cents !== 0 ? -cents : cents;
}

/**
 * Parses an amount string to signed integer cents; null when the string is
 * empty or not an amount. Never throws.
 */
export function parseAmountToCents(input: string): number | null {
  if (typeof input !== 'string') return null;
  const fast = fastCents(input);
  if (fast !== undefined) return fast;
  if (input.length > 64) return null;

  let s = input.replace(SPACES_RE, '');
  if (s.length === 0) return null;
  let negative = false;
  let signs = 0;

  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    signs++;
    s = s.slice(1, -1);
  }
  const crdr = CRDR_SUFFIX_RE.exec(s);
  if (crdr) {
    if ((crdr[1] ?? '').toUpperCase() === 'DR') negative = true;
    signs++;
    s = s.slice(0, -2);
  }
  // sign and currency may come in either order: -$5, $-5, +AUD5
  for (let pass = 0; pass < 2; pass++) {
    const c = s[0];
    if (c === '+' || isMinus(c)) {
      if (isMinus(c)) negative = true;
      signs++;
      s = s.slice(1);
      continue;
    }
    const cur = CURRENCY_PREFIX_RE.exec(s);
    if (cur) s = s.slice(cur[0].length);
  }
  const last = s[s.length - 1];
  if (isMinus(last)) {
    negative = true;
    signs++;
    s = s.slice(0, -1);
  }
  const curSuffix = CURRENCY_SUFFIX_RE.exec(s);
  if (curSuffix) s = s.slice(0, -curSuffix[0].length);

  if (signs > 1) return null;
  const m = NUMBER_RE.exec(s);
  if (!m) return null;
  const whole = (m[1] ?? '').replace(/,/g, '');
  const frac = m[2] ?? '';
  if (whole.length === 0 && frac.length === 0) return null;
  const cents = toCents(whole, frac);
  if (cents === null) return null;
  return negative && cents !== 0 ? -cents : cents;
}
