/**
 * How money left the account, guessed from the bank narrative and the
 * bank's own category/type (when the export has one). Heuristic: banks
 * write the channel differently (CommBank `Direct Debit 062934 …`, Westpac
 * `PAYMENT BY AUTHORITY TO …`, NAB `AUTOMATIC DRAWING`, ING `… - Direct
 * Debit - …`) and some not at all (ANZ and Macquarie print a direct debit as
 * the biller's name; Up prints only the payee). `other` means "no channel
 * marker": in a file where card purchases carry a card marker, an unmarked
 * debit is usually a direct debit or a bill.
 */
import type { CategorizedTransaction } from '../types';

export type Channel = 'card' | 'direct-debit' | 'bpay' | 'transfer' | 'atm' | 'fee' | 'other';

const DD_RE = /\bdirect debit\b|\bpayment by authority\b|\bautomatic drawing\b|\bdirect debit payment\b/i;
const BPAY_RE = /\bbpay\b/i;
const ATM_RE = /\batm\b|\bwdl\b|\bcash out\b|\bcash withdrawal\b/i;
const CARD_RE =
  /\bcard\s*(?:no\.?\s*)?[x~*#]*\d{3,}|\bvisa (?:debit )?(?:purchase|deposit|refund)\b|\bdebit card (?:purchase|refund)\b|\beftpos\b|\btap and pay\b|\bvisa purchase\b|^v\d{4}\s+\d{1,2}\/\d{1,2}\b|\s(?:[A-Z]{2,3}\s?)?AUS?$/i;
/** Macquarie card rows end in the state glued to the country (`SYDNEY NSWAU`) */
const CARD_TAIL_RE = /\s(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)AU$/;
/** a foreign-currency amount (`USD 22.00`, `VND 1641915.00`): card use abroad or online */
const FOREIGN_RE = /\b([A-Z]{3})\s?\d[\d,]*\.\d{2}\b|\bforeign currency\b/;
/**
 * ending in a currency code and an amount with no cents or trimmed zeros
 * (`JPY 13267`, `FJD 66.9`), or followed only by CommBank's value date
 * (`… IDN Card xx1895 IDR 1251700 Value Date: 24/10/2022`); the code is
 * checked against {@link FOREIGN_CURRENCIES}
 */
const CURRENCY_AMOUNT_RE = /\b([A-Z]{3})\s?\d[\d,]*(?:\.\d{1,2})?(?:\s+Value Date:\s*\d{1,2}\/\d{1,2}\/\d{2,4})?$/;
/** ISO 4217 codes other than the Australian dollar, as the runtime's Intl knows them */
const FOREIGN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency').filter((c) => c !== 'AUD'));

/** Whether the narrative quotes an amount in a foreign currency (Macquarie prints `CAFE BLUE TOKYO JPN JPY 13267`). */
function foreignAmount(d: string): boolean {
  return foreignCurrency(d) !== null;
}

/**
 * The currency of the foreign amount a narrative quotes (`USD` of
 * `… NEW YORK USA USD 41.59`, `JPY` of Macquarie's `… JPN JPY 13267`), `''`
 * when it says only "foreign currency", null when it quotes none.
 */
export function foreignCurrency(d: string): string | null {
  const m = FOREIGN_RE.exec(d);
  if (m !== null) return m[1] ?? '';
  const t = CURRENCY_AMOUNT_RE.exec(d);
  return t !== null && FOREIGN_CURRENCIES.has(t[1]!) ? t[1]! : null;
}
/**
 * money sent to someone. NAB's payments and transfers open with `ONLINE`
 * and a number (`ONLINE 1234567 bike H ZHANG`), Westpac's with `WITHDRAWAL
 * ONLINE` and one: the word opening the narrative, not anywhere in it (a
 * biller `FLEXIGYM ONLINE` with its reference is a direct debit)
 */
const TRANSFER_RE =
  /\btransfer\b|\btfr\b|\bosko\b|\bpayid\b|\bpay anyone\b|\bbanking payment\b|\bpayment to\b|^\s*(?:withdrawal\s+)?online\s+\d{5,}/i;
const BANK_DD_RE = /direct debit|automatic drawing/i;
const BANK_CARD_RE = /purchase|eftpos|miscellaneous debit/i;
const BANK_TRANSFER_RE = /transfer|osko|payment$/i;

/** Channel of one row (see module docs). */
export function channelOf(tx: CategorizedTransaction): Channel {
  const d = tx.description;
  const b = tx.bankCategory ?? '';
  // a bank fee, unless the bank's own type says the money went by transfer or
  // payment: Up files a payment's memo as its description, and a scammer's
  // "release fee" must not turn money sent to a stranger into a bank fee
  if (tx.category === 'Fees' && !BANK_TRANSFER_RE.test(b)) return 'fee';
  if (DD_RE.test(d) || BANK_DD_RE.test(b)) return 'direct-debit';
  if (BPAY_RE.test(d) || /bpay/i.test(b)) return 'bpay';
  if (tx.category === 'Cash' || ATM_RE.test(d)) return 'atm';
  if (CARD_RE.test(d) || CARD_TAIL_RE.test(d) || BANK_CARD_RE.test(b) || foreignAmount(d)) return 'card';
  if (tx.category === 'Personal Payments' || TRANSFER_RE.test(d) || BANK_TRANSFER_RE.test(b)) return 'transfer';
  return 'other';
}

/**
 * Grouping key of a payee / merchant / payer: the parser's cleaned merchant
 * (upper case, single spaces, digits runs of 3+ dropped so store numbers and
 * references do not split one payee); falls back to the description.
 *
 * The same string as
 * `base.toUpperCase().replace(/\d{3,}/g, ' ').replace(/\s+/g, ' ').trim()`
 * (pinned by a test against it), in one scan: the three regex passes cost
 * ~0.4 µs per payee, a measurable share of computeFeatures' setup.
 */
export function payeeKey(tx: CategorizedTransaction): string {
  const base = tx.merchant.trim() !== '' ? tx.merchant : tx.description;
  const up = base.toUpperCase();
  const n = up.length;
  // the words between gaps (runs of whitespace and of 3+ digits), joined by one space
  let k = '';
  let i = 0;
  while (i < n) {
    // skip a gap
    while (i < n) {
      const c = up.charCodeAt(i);
      if (isSpaceCode(c)) i++;
      else if (isDigitCode(c)) {
        const j = digitRunEnd(up, i);
        if (j - i < 3) break;
        i = j;
      } else break;
    }
    if (i >= n) break;
    // a word: up to the next whitespace or run of 3+ digits
    const start = i;
    while (i < n) {
      const c = up.charCodeAt(i);
      if (isSpaceCode(c)) break;
      if (isDigitCode(c)) {
        // i starts a digit run (a word consumes digit runs whole)
        const j = digitRunEnd(up, i);
        if (j - i >= 3) break;
        i = j;
      } else i++;
    }
    k = k === '' ? up.slice(start, i) : `${k} ${up.slice(start, i)}`;
  }
  return k === '' ? up.trim() : k;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of the run of ASCII digits starting at i (`\d` without the u flag). */
function digitRunEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigitCode(s.charCodeAt(j))) j++;
  return j;
}

/** The characters of regex `\s` (and of String.prototype.trim): ECMAScript WhiteSpace and LineTerminator. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
