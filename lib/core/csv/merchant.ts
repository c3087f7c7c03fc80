/**
 * Bank narrative -> stable merchant name.
 *
 * Strips what changes between two purchases at the same place (card numbers,
 * value and purchase dates, receipt and reference numbers, foreign amounts,
 * channel prefixes like `VISA DEBIT PURCHASE CARD 1111`, store numbers and
 * the trailing suburb/state/country) and returns an uppercase name with
 * single spaces: `WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234 Value Date:
 * 28/03/2026` -> `WOOLWORTHS`. The raw narrative stays in
 * `ParsedTransaction.description`; this is a grouping key and a display name,
 * not a promise of the legal merchant name.
 *
 * Heuristic by nature. Deterministic: the same text always gives the same
 * name. Never returns an empty string for a non-empty narrative.
 */
import type { BankFormat } from '../types';

// ---- pieces removed anywhere in the text ---------------------------------

const ANYWHERE_PARTS: readonly RegExp[] = [
  // CommBank value dates: "Value Date: 28/03/2026"
  /\bVALUE\s+DATE:?\s*\d{1,2}\/\d{1,2}\/\d{2,4}/g,
  // ING tail "Receipt 123456In SUBURB Date 29 Nov 2025 Card 4622..." (note no space before In)
  /\bRECEIPT\s*(?:NUMBER:?|NO\.?)?\s*\d+\s*(?:IN\s+.*?\s+DATE\s+\d{1,2}\s+[A-Z]{3}\s+\d{2,4})?/g,
  /(?:^|\s)IN\s+[A-Z][A-Z .'&-]*?\s+DATE\s+\d{1,2}\s+[A-Z]{3}\s+\d{2,4}/g,
  // masked card numbers: 462263xxxxxx1234, 4622 63XX XXXX 1234
  /\b(?:CARD\s*)?\d{4,6}\s?[X*]{2,}(?:\s?[X*]{2,})*\s?\d{3,4}\b/g,
  // "Card xx1234", "Card No. ~007002", "CARD 1111" (ANZ), "Card 462263..."
  /\bCARD\s*(?:NO\.?|NUMBER)?\s*[X~*#]*\d{3,6}\b/g,
  // "Tap and Pay xx1234"
  /\bTAP\s+AND\s+PAY\s+[X*]*\d{0,4}\b/g,
  // foreign amounts: "USD 22.00", "GBP 1,234.56"
  /\b(?:USD|EUR|GBP|NZD|JPY|CAD|SGD|HKD|CHF|CNY|THB|IDR|INR|MYR|VND|PHP|KRW|FJD|AED|SEK|NOK|DKK|ZAR)\s*\d[\d,]*(?:\.\d+)?\b/g,
  // "{123456}" BPAY references, "Ref: ABC123", "Reference 12345", "Receipt number: ..."
  /\{[^}]*\}/g,
  /\b(?:REF(?:ERENCE)?|REF NO|INV(?:OICE)?)\b[.:#]?\s*[A-Z0-9/-]*\d[A-Z0-9/-]*/g,
  // stray dates: 02/08, 02/08/26, 2026-03-28
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
];
/**
 * All of the above as one alternation: one pass over the text instead of
 * eleven (order matters: at a given position the first alternative wins).
 */
const ANYWHERE_RE = new RegExp(ANYWHERE_PARTS.map((r) => `(?:${r.source})`).join('|'), 'g');

// ---- channel prefixes, stripped from the start (repeatedly) --------------

const PREFIX_PARTS: readonly RegExp[] = [
  /^(?:ANZ\s+)?(?:INTERNET|MOBILE|PHONE)\s+BANKING\s+/,
  // ANZ's payment to someone, once its channel is gone: "PAYMENT 110245 TO JOHN SMITH"
  /^PAYMENT\s+\d+\s+TO\s+/,
  /^FUNDS\s+TFER\s+/,
  /^VISA\s+DEBIT\s+(?:PURCHASE|DEPOSIT|REFUND)(?:\s+CARD\s*\d{3,6})?\s+/,
  /^VISA\s+(?:PURCHASE|REFUND|CREDIT)\s+/,
  /^(?:DEBIT|CREDIT)\s+CARD\s+(?:PURCHASE|REFUND|CREDIT)\s+/,
  /^EFTPOS\s+(?:DEBIT|CREDIT|PURCHASE|REFUND|WDL)\s+/,
  /^EFTPOS\s+/,
  /^TAP\s+AND\s+PAY\s+/,
  /^MISCELLANEOUS\s+(?:DEBIT|CREDIT)\s+/,
  /^PAYMENT\s+BY\s+AUTHORITY\s+TO\s+/,
  /^DIRECT\s+(?:DEBIT|CREDIT)\s+\d*\s*/,
  /^AUTOMATIC\s+DRAWING\s+/,
  /^(?:INTERNET\s+|ONLINE\s+|MOBILE\s+)?BPAY\s+(?:BILL\s+PAYMENT\s+\d*\s*TO\s+|PAYMENT\s+)?/,
  // NAB's payments and transfers: "ONLINE 1234567 H ZHANG" (the memo went with withoutPaymentMemo)
  /^ONLINE\s+[A-Z]?\d+\s+/,
  /^(?:PAY\/SALARY|SALARY)\s+FROM\s+/,
  /^(?:WITHDRAWAL|DEPOSIT)\s+(?:ONLINE|MOBILE|BRANCH)\s+\d*\s*/,
  /^DEPOSIT\s+/,
  /^(?:PURCHASE|POS|PURCHASE AUTHORISATION)\s+/,
  /^RETURN\s+/,
  /^V\d{4}\s+/,
  /^\d{1,2}\/\d{1,2}\s+/,
  // payment facilitators: "SQ *CAFE", "ZLR*BAR", "PAYPAL *NETFLIX", "SP * SHOP"
  /^(?:SQ|SP|ZLR|TST|LSP?|SMP|PP|PAYPAL|IZ)\s*\*\s*/,
];
/** the prefixes as one anchored alternation (each part's own `^` dropped) */
const PREFIX_RE = new RegExp(`^(?:${PREFIX_PARTS.map((r) => `(?:${r.source.slice(1)})`).join('|')})`);

// ---- cut points: everything from here on is channel noise -----------------

const CUT_TAIL: readonly RegExp[] = [
  /\s+(?:COMMBANK\s+APP|NETBANK|CBA\s+APP)\b.*$/,
  /\s+TO\s+PAYID\b.*$/,
];

const NEEDS_CUT_RE = /COMMBANK|NETBANK|CBA|PAYID/;

const FORMAT_SEPARATOR: Partial<Record<BankFormat, RegExp>> = {
  // ING: "PAYEE - Channel - Receipt ..."; Macquarie: "To linked account xx2733 - Internal transfer"
  ing: /\s+-\s+/,
  macquarie: /\s+-\s+/,
};

// ---- trailing locations -----------------------------------------------------

const COUNTRIES = new Set(['AUS', 'AU', 'USA', 'US', 'GBR', 'GB', 'NZL', 'NZ', 'IRL', 'IE', 'SGP', 'SG', 'CAN', 'CA', 'NLD', 'NL', 'DEU', 'DE', 'FRA', 'FR', 'HKG', 'HK', 'JPN', 'JP', 'LUX', 'LU', 'SWE', 'SE', 'CHE', 'IDN', 'THA', 'FJI']);
const AU_STATES = new Set(['NSW', 'NS', 'VIC', 'VI', 'QLD', 'QL', 'SA', 'WA', 'TAS', 'TA', 'ACT', 'AC', 'NT']);
const US_STATES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));
/** first words of multi-word place names: "NORTH SYDNEY", "SAN FRANCISCO" */
const PLACE_PREFIX = new Set(['NORTH', 'SOUTH', 'EAST', 'WEST', 'UPPER', 'LOWER', 'MOUNT', 'MT', 'PORT', 'ST', 'NEW', 'GLEN', 'PALM', 'SAN', 'SANTA', 'LOS', 'LAS', 'FORT', 'GOLD', 'SUNSHINE', 'SURRY', 'POTTS', 'DOUBLE', 'CASTLE', 'BAULKHAM', 'BONDI', 'DEE', 'CROWS', 'ELIZABETH', 'MOONEE', 'BOX', 'ST.', 'SALT', 'COFFS', 'WAGGA', 'ALICE', 'HERVEY', 'BYRON']);
/** last words of multi-word place names */
const STOP_WORDS = new Set(['THE', 'ON', 'AT', 'OF', 'BY', 'AND', '&', 'IN', 'TO', 'FROM']);
const PLACE_SUFFIX = new Set(['HILLS', 'HILL', 'BAY', 'BEACH', 'POINT', 'PARK', 'JUNCTION', 'HEIGHTS', 'CREEK', 'VALE', 'VALLEY', 'DOWNS', 'PLAINS', 'GROVE', 'RIDGE', 'WHARF', 'QUAY', 'CBD', 'CITY', 'HEADS', 'LAKES', 'WATERS', 'GARDENS', 'FRANCISCO', 'YORK', 'ANGELES', 'VEGAS', 'COAST', 'SPRINGS', 'HARBOUR', 'HARBOR', 'ISLAND', 'CROSSING', 'FOREST', 'PONDS']);
/** capital and large cities: stripped from the end even without a state */
const CITIES = new Set(['SYDNEY', 'MELBOURNE', 'BRISBANE', 'PERTH', 'ADELAIDE', 'HOBART', 'DARWIN', 'CANBERRA', 'GEELONG', 'NEWCASTLE', 'WOLLONGONG', 'PARRAMATTA', 'CHATSWOOD', 'FREMANTLE', 'TOWNSVILLE', 'CAIRNS', 'LAUNCESTON', 'TOOWOOMBA', 'BALLARAT', 'BENDIGO', 'DOCKLANDS', 'SOUTHBANK', 'SURRY HILLS', 'NORTH SYDNEY', 'GOLD COAST', 'SUNSHINE COAST', 'SAN FRANCISCO', 'LONDON', 'DUBLIN', 'AUCKLAND', 'SINGAPORE', 'LUXEMBOURG', 'AMSTERDAM', 'SEATTLE', 'MOUNTAIN VIEW', 'LOS GATOS', 'NEW YORK']);

const STORE_NUMBER_RE = /^#?\d{2,6}$/;
const LONG_NUMBER_RE = /^[#:]?\d{7,}$/;
const HAS_DIGIT_RE = /\d/;
/** a number after these is an account number: kept */
const ACCOUNT_WORDS = new Set(['TO', 'FROM', 'ACCOUNT', 'ACC', 'A/C']);
/** a number after these is a reference: dropped without ending the name */
const REFERENCE_WORDS = new Set(['TFR', 'TRANSFER', 'PAYMENT', 'DEBIT', 'CREDIT', 'DEPOSIT', 'WITHDRAWAL']);
const HAS_ALNUM_RE = /[A-Z0-9]/;
/** every ANYWHERE pattern needs a digit or a brace: skip the big regex otherwise */
const NEEDS_ANYWHERE_RE = /[\d{]/;

function stripPrefixes(s: string): string {
  let out = s;
  // prefixes nest ("ANZ INTERNET BANKING BPAY ..."): strip a few times
  for (let pass = 0; pass < 6; pass++) {
    const m = PREFIX_RE.exec(out);
    if (!m || m[0].length === 0) break;
    const next = out.slice(m[0].length);
    if (next.trim().length === 0) break;
    out = next;
  }
  return out;
}

function stripLocation(t: string[]): void {
  let hadPlace = false;
  let country: string | null = null;
  if (t.length > 1 && COUNTRIES.has(t[t.length - 1] ?? '')) {
    country = t.pop() ?? null;
    hadPlace = true;
  }
  const states = country === 'USA' || country === 'US' ? US_STATES : AU_STATES;
  const maybeState = t[t.length - 1] ?? '';
  // without a country, only unmistakable state codes count (not SA/WA, which are words too)
  if (t.length > 1 && states.has(maybeState) && (country !== null || (maybeState !== 'SA' && maybeState !== 'WA'))) {
    t.pop();
    hadPlace = true;
  }
  if (hadPlace && t.length > 1) {
    // the suburb before the state: one word, or two when it is a known multi-word place
    const dropped = t.pop() ?? '';
    const before = t[t.length - 1] ?? '';
    if (t.length > 1 && (PLACE_PREFIX.has(before) || (PLACE_SUFFIX.has(dropped) && !HAS_DIGIT_RE.test(before)))) {
      t.pop();
    }
  }
  // a bare trailing city ("LINKT BRISBANE", "NETFLIX.COM MELBOURNE"), not one the name is "of" ("UNIVERSITY OF SYDNEY", "BANK OF MELBOURNE")
  if (t.length > 2 && CITIES.has(`${t[t.length - 2]} ${t[t.length - 1]}`) && !STOP_WORDS.has(t[t.length - 3] ?? '')) t.length -= 2;
  else if (t.length > 1 && CITIES.has(t[t.length - 1] ?? '') && !STOP_WORDS.has(t[t.length - 2] ?? '')) t.length -= 1;
  // a bare two-word place ("KMART BONDI JUNCTION"), not "CAFE ON THE BAY"
  else if (
    !hadPlace &&
    t.length > 2 &&
    PLACE_SUFFIX.has(t[t.length - 1] ?? '') &&
    !STOP_WORDS.has(t[t.length - 2] ?? '') &&
    !HAS_DIGIT_RE.test(t[t.length - 2] ?? '')
  ) {
    t.length -= 2;
  }
}

/** ING names the suburb after the receipt: "...Receipt 123456In NEWTOWN Date 29 Nov 2025" */
const ING_SUBURB_RE = /(?:\d|\b)IN\s+([A-Z][A-Z .'&-]*?)\s+DATE\s+\d{1,2}\s+[A-Z]{3}\s+\d{2,4}/;

function stripKnownSuburb(head: string, upper: string): string {
  const m = ING_SUBURB_RE.exec(upper);
  const suburb = m?.[1]?.trim();
  if (!suburb) return head;
  const h = head.trimEnd();
  if (h.length > suburb.length && h.endsWith(suburb) && h[h.length - suburb.length - 1] === ' ') {
    return h.slice(0, h.length - suburb.length);
  }
  return head;
}

function stripNumbers(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? '';
    const c = tok.charCodeAt(0);
    // only tokens starting with a digit, # or : can be numbers: skip the regexes otherwise
    if (!((c >= 48 && c <= 57) || c === 35 || c === 58)) {
      out.push(tok);
      continue;
    }
    const prev = out[out.length - 1] ?? '';
    const isLong = LONG_NUMBER_RE.test(tok);
    const isStore = !isLong && STORE_NUMBER_RE.test(tok);
    if (!isLong && !isStore) {
      out.push(tok);
      continue;
    }
    // account numbers after TO/FROM stay (they tell transfers apart)
    if (ACCOUNT_WORDS.has(prev)) {
      out.push(tok);
      continue;
    }
    // references go: "TRANSFER 123456 TO ...", "PAYMENT 110245 TO ...", "LINKT BRISBANE 12345678"
    if (isLong || REFERENCE_WORDS.has(prev)) continue;
    // a leading number is part of the name: "99 BIKES"
    if (out.length === 0) {
      out.push(tok);
      continue;
    }
    // "WOOLWORTHS 1234 BONDI JUNCTION": the store number ends the name
    break;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x3000;
}

/** Splits on whitespace runs by hand: V8's regex split and replace are several times slower here. */
function tokenize(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      if (start >= 0) {
        out.push(s.slice(start, i));
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** `- * # : , . ; / |` */
const EDGE_PUNCT = new Set([45, 42, 35, 58, 44, 46, 59, 47, 124]);

/** Joins tokens with single spaces and trims punctuation from both ends. */
function finish(tokens: readonly string[]): string {
  const s = tokens.join(' ');
  let a = 0;
  let b = s.length;
  while (a < b && (EDGE_PUNCT.has(s.charCodeAt(a)) || isSpace(s.charCodeAt(a)))) a++;
  while (b > a && (EDGE_PUNCT.has(s.charCodeAt(b - 1)) || isSpace(s.charCodeAt(b - 1)))) b--;
  return s.slice(a, b);
}

/** Uppercase, single-spaced text: the fallback when cleaning removes everything. */
function plain(description: string): string {
  return finish(tokenize(description.toUpperCase())).slice(0, 80);
}

// ---- person-to-person payments: the memo is not part of the payee -------

/**
 * Narratives of a payment to or from a person, where the payer's memo
 * follows the name with nothing between them: Westpac `WITHDRAWAL-OSKO
 * PAYMENT 1130528 M WALKER pocket money`, ANZ `PAYMENT FROM E SMITH
 * DRINKS`, ING `G Baker groceries - Osko Payment - Receipt 368742`. Group 1
 * is the name and the memo. (CommBank's memo comes after `CommBank App` /
 * `to PayID`, which CUT_TAIL removes.)
 */
const PERSON_PAYMENT_RES: readonly RegExp[] = [
  /^(?:WITHDRAWAL|DEPOSIT)-OSKO\s+PAYMENT\s+(?:\d+\s+)?(.+)$/i,
  /^PAYMENT\s+FROM\s+(.+)$/i,
  /^(?:ANZ\s+)?(?:MOBILE|INTERNET)\s+BANKING\s+PAYMENT\s+\d+\s+TO\s+(.+)$/i,
  /^(.+?)\s+-\s+OSKO\s+(?:PAYMENT|DEPOSIT)\b/i,
];
const MAYBE_PERSON_PAYMENT_RE = /OSKO|PAYMENT|^ONLINE\s/i;
const LOWER_WORD_RE = /^[a-z][a-z'&.-]*$/;
/**
 * NAB prints the memo first: `ONLINE 1234567 as discussed J YOUNG`,
 * `ONLINE 1234567 Payment H ZHANG` ("Payment" when the payer wrote none).
 * Group 1 is the channel and receipt, group 2 the memo and the name.
 */
const MEMO_FIRST_RE = /^(ONLINE\s+[A-Z]?\d+\s+)(.+)$/i;
const HAS_LOWER_RE = /[a-z]/;
const HAS_UPPER_RE = /[A-Z]/;

/**
 * {@link MEMO_FIRST_RE}'s narrative without its memo: the leading words
 * with lower-case letters, when the words after them (the name) have none.
 * A name in title case, or a memo in capitals, cannot be told apart and the
 * narrative stays as it is.
 */
function withoutLeadingMemo(description: string): string | null {
  const m = MEMO_FIRST_RE.exec(description);
  if (!m) return null;
  const words = m[2]!.split(/\s+/);
  // the name is the first word in capitals; a number among the memo's words ("invoice 4471") is the memo's
  const name = words.findIndex((w) => !HAS_LOWER_RE.test(w) && HAS_UPPER_RE.test(w));
  if (name <= 0 || words.slice(name).some((w) => HAS_LOWER_RE.test(w))) return description;
  return m[1]! + words.slice(name).join(' ');
}

/**
 * The narrative without the memo of a person-to-person payment, so that
 * paying one person for "rent" and for "bills" is one payee, not two (a
 * payee seen before must not look new because of what the memo said).
 * The name ends before the first all-lowercase word when the name is
 * written in capitals or title case (`Noah Hughes loan`, `M WALKER pocket
 * money`, `M KENNEDY HANDYMAN SERVICES quote`). A memo in capitals (ANZ
 * `PAYMENT FROM E SMITH DRINKS`) cannot be told from the name (a tradie's
 * business is often a person's name and more) and stays. NAB writes the
 * memo before the name ({@link withoutLeadingMemo}). Other narratives are
 * returned as they are.
 */
export function withoutPaymentMemo(description: string): string {
  // every pattern names OSKO or PAYMENT, or starts with NAB's ONLINE: one test instead of five for the other narratives
  if (!MAYBE_PERSON_PAYMENT_RE.test(description)) return description;
  const memoFirst = withoutLeadingMemo(description);
  if (memoFirst !== null) return memoFirst;
  for (const re of PERSON_PAYMENT_RES) {
    const m = re.exec(description);
    const part = m?.[1];
    if (!m || !part) continue;
    const start = m.index + m[0].indexOf(part);
    const words = [...part.matchAll(/\S+/g)];
    const keep = words.findIndex((w, i) => i > 0 && LOWER_WORD_RE.test(w[0]));
    if (keep <= 0 || LOWER_WORD_RE.test(words[0]![0])) return description;
    const cut = start + words[keep]!.index!;
    const end = start + part.length;
    return (description.slice(0, cut).trimEnd() + description.slice(end)).trim();
  }
  return description;
}

/** an ING pay whose head names only the kind of money: the payer follows the receipt ("From" may come first) */
const ING_PAYER_RE = /^(?:SALARY|PAY|PAYROLL|WAGES?)\s+-\s.*?\bRECEIPT\s*\d+\s+(?:FROM\s+)?(.+)$/;

export function cleanMerchant(description: string, format?: BankFormat): string {
  if (typeof description !== 'string') return '';
  const upper = withoutPaymentMemo(description).toUpperCase();
  if (upper.trim() === '') return '';
  let s = upper;

  // ING names the payer of a pay only at the end: "Salary - Salary Deposit - Receipt 123456 From ACME PTY LTD"
  // (a payer's name has no trailing suburb to strip: "UNIVERSITY OF SYDNEY")
  const payer = format === 'ing' ? ING_PAYER_RE.exec(upper) : null;
  if (payer?.[1]) {
    const name = finish(stripNumbers(tokenize(payer[1])));
    if (HAS_ALNUM_RE.test(name)) return name.slice(0, 80);
  }
  const sep = format ? FORMAT_SEPARATOR[format] : undefined;
  if (sep) {
    const head = s.split(sep, 1)[0] ?? '';
    if (head.trim() !== '') s = head === s ? head : stripKnownSuburb(head, upper);
  }
  if (NEEDS_ANYWHERE_RE.test(s)) s = s.replace(ANYWHERE_RE, ' ');
  if (NEEDS_CUT_RE.test(s)) for (const re of CUT_TAIL) s = s.replace(re, '');
  s = stripPrefixes(s.trim());

  const split = tokenize(s);
  stripLocation(split);
  let tokens = stripNumbers(split);
  stripLocation(tokens);
  // a payee after TO / FROM has no place in its name: when the places took
  // all of it ("TRANSFER TO COINVEST AU" left "TRANSFER TO"), keep it whole
  // (re-tokenized only then: this runs for every imported row)
  const last = tokens[tokens.length - 1];
  if (last === 'TO' || last === 'FROM') tokens = stripNumbers(tokenize(s));
  const out = finish(tokens);
  if (out.length === 0 || !HAS_ALNUM_RE.test(out)) return plain(description);
  return out.slice(0, 80);
}
