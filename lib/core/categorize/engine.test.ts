import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category, ParsedTransaction } from '../types';
import { DEFAULT_RULES } from './default-rules';
import {
  buildCategorizeContext,
  categorize,
  categorizeAll,
  compileRules,
  MEMO_LIMIT,
  normalizeText,
  REFUND_HINT_MAX_CENTS,
  regexWordPrefixes,
} from './engine';
import type { CategorizeResult, CategoryRule } from './types';

function tx(description: string, amountCents: number, extra: Partial<ParsedTransaction> = {}): ParsedTransaction {
  return {
    line: 1,
    date: '2026-01-15',
    amountCents,
    description,
    merchant: '',
    balanceCents: null,
    account: null,
    kind: 'normal',
    bankCategory: null,
    ...extra,
  };
}

function rule(id: string, category: Category, value: string, extra: Partial<CategoryRule> = {}): CategoryRule {
  return {
    id,
    category,
    priority: 100,
    match: { field: 'description', op: 'contains', value },
    source: 'user',
    ...extra,
  };
}

describe('precedence', () => {
  it('higher priority wins within a source', () => {
    const compiled = compileRules([
      rule('low', 'Shopping', 'acme', { priority: 10 }),
      rule('high', 'Gifts', 'acme', { priority: 20 }),
    ]);
    expect(categorize(tx('ACME STORE', -100), compiled)).toEqual({ category: 'Gifts', ruleId: 'high' });
    expect(compiled.ids).toEqual(['high', 'low']);
  });

  it('ties go to the rule listed first', () => {
    const compiled = compileRules([rule('a', 'Shopping', 'acme'), rule('b', 'Gifts', 'acme')]);
    expect(categorize(tx('ACME', -100), compiled).ruleId).toBe('a');
    const swapped = compileRules([rule('b', 'Gifts', 'acme'), rule('a', 'Shopping', 'acme')]);
    expect(categorize(tx('ACME', -100), swapped).ruleId).toBe('b');
  });

  it('a user rule outranks any default rule, whatever the priorities', () => {
    const user = rule('u:1', 'Gifts', 'woolworths', { priority: -5 });
    const compiled = compileRules([...DEFAULT_RULES, user]);
    expect(categorize(tx('WOOLWORTHS 1234 SYDNEY', -5000), compiled)).toEqual({ category: 'Gifts', ruleId: 'u:1' });
    expect(compiled.ids[0]).toBe('u:1');
    const defaultOnly = compileRules(DEFAULT_RULES);
    expect(categorize(tx('WOOLWORTHS 1234 SYDNEY', -5000), defaultOnly).ruleId).toBe('d:groceries:woolworths');
  });

  it('a default rule listed with a huge priority still loses to a user rule', () => {
    const compiled = compileRules([
      { ...rule('d:x', 'Travel', 'acme', { priority: 1_000_000 }), source: 'default' },
      rule('u:y', 'Gifts', 'acme', { priority: -1_000_000 }),
    ]);
    expect(categorize(tx('ACME', -1), compiled).ruleId).toBe('u:y');
  });

  it('a user rule that does not match leaves the defaults in charge', () => {
    const compiled = compileRules([rule('u:1', 'Gifts', 'nothing like this'), ...DEFAULT_RULES]);
    expect(categorize(tx('KMART 1045 BONDI', -2000), compiled).category).toBe('Shopping');
  });

  it('disabled rules are ignored', () => {
    const compiled = compileRules([rule('off', 'Gifts', 'acme', { enabled: false }), rule('on', 'Shopping', 'acme', { priority: 1 })]);
    expect(categorize(tx('ACME', -100), compiled).ruleId).toBe('on');
    expect(compiled.size).toBe(1);
    expect(compiled.ids).toEqual(['on']);
  });
});

describe('amount range and direction', () => {
  const compiled = compileRules([
    rule('big', 'Housing', 'acme', { amountMinCents: 100_000, priority: 3 }),
    rule('mid', 'Shopping', 'acme', { amountMinCents: 1_000, amountMaxCents: 99_999, priority: 2 }),
    rule('any', 'Gifts', 'acme', { priority: 1 }),
  ]);

  it('bounds apply to the absolute amount, inclusive at both ends', () => {
    expect(categorize(tx('ACME', -100_000), compiled).ruleId).toBe('big');
    expect(categorize(tx('ACME', -99_999), compiled).ruleId).toBe('mid');
    expect(categorize(tx('ACME', -1_000), compiled).ruleId).toBe('mid');
    expect(categorize(tx('ACME', -999), compiled).ruleId).toBe('any');
    expect(categorize(tx('ACME', 100_000), compiled).ruleId).toBe('big');
    expect(categorize(tx('ACME', 5_000), compiled).ruleId).toBe('mid');
  });

  it('direction out needs a negative amount, in a positive one, any either', () => {
    const c = compileRules([
      rule('out', 'Shopping', 'acme', { direction: 'out', priority: 3 }),
      rule('in', 'Income', 'acme', { direction: 'in', priority: 2 }),
      rule('any', 'Gifts', 'acme', { direction: 'any', priority: 1 }),
    ]);
    expect(categorize(tx('ACME', -1), c).ruleId).toBe('out');
    expect(categorize(tx('ACME', 1), c).ruleId).toBe('in');
    expect(categorize(tx('ACME', 0), c).ruleId).toBe('any');
  });

  it('a zero amount matches neither out nor in rules', () => {
    const c = compileRules([rule('out', 'Shopping', 'acme', { direction: 'out' }), rule('in', 'Income', 'acme', { direction: 'in' })]);
    expect(categorize(tx('ACME', 0), c)).toEqual({ category: 'Uncategorized', ruleId: null });
  });
});

describe('transfers', () => {
  it('own-account transfers are Transfers before any rule is consulted', () => {
    const compiled = compileRules([rule('u', 'Gifts', 'savings'), ...DEFAULT_RULES]);
    expect(categorize(tx('Transfer to savings xx1234', -50_000, { kind: 'transfer' }), compiled)).toEqual({
      category: 'Transfers',
      ruleId: null,
    });
    expect(categorize(tx('WOOLWORTHS', 50_000, { kind: 'transfer' }), compiled).category).toBe('Transfers');
  });

  it('categorizeAll keeps transfers out of the refund context', () => {
    const compiled = compileRules([]);
    const rows = [tx('ACME', -100, { merchant: 'ACME', kind: 'transfer' }), tx('ACME', 100, { merchant: 'ACME' })];
    expect(categorizeAll(rows, compiled).map((t) => t.category)).toEqual(['Transfers', 'Income']);
  });
});

describe('fallbacks when no rule matches', () => {
  const none = compileRules([]);

  it('money out is Uncategorized', () => {
    expect(categorize(tx('ACME WIDGETS', -100), none)).toEqual({ category: 'Uncategorized', ruleId: null });
  });

  it.each([
    'PAY ACME PTY LTD',
    'ACME PAYROLL',
    'WAGES ACME',
    'SALARY ACME',
    'CENTRELINK 123',
    'INTEREST PAID',
    'DIVIDEND XYZ LTD',
  ])('money in that reads as earnings is Income: %s', (d) => {
    expect(categorize(tx(d, 1000), none)).toEqual({ category: 'Income', ruleId: null });
  });

  it.each(['REFUND ACME', 'ACME RETURN', 'REVERSAL OF DEBIT', 'ACME CHARGEBACK'])(
    'money in that reads as money back is Refunds: %s',
    (d) => {
      expect(categorize(tx(d, 1000), none)).toEqual({ category: 'Refunds', ruleId: null });
    },
  );

  it('earnings words win over refund words (salary correction reversal is still pay)', () => {
    expect(categorize(tx('SALARY REVERSAL ACME', 1000), none).category).toBe('Income');
  });

  it('"Apple Pay" or "Google Pay" in a narrative is not a pay slip', () => {
    expect(categorize(tx('ACME APPLE PAY', 1000), none).category).toBe('Income'); // other money in
    expect(categorize(tx('ACME APPLE PAY RETURN', 1000), none).category).toBe('Refunds');
  });

  it('money in at a merchant the batch also paid is a refund', () => {
    const rows = [
      tx('ACME WIDGETS 123 GEELONG', -4000, { merchant: 'ACME WIDGETS' }),
      tx('ACME WIDGETS 456 GEELONG', 4000, { merchant: 'Acme  Widgets' }),
      tx('OTHER CO', 4000, { merchant: 'OTHER CO' }),
    ];
    expect(categorizeAll(rows, none).map((t) => t.category)).toEqual(['Uncategorized', 'Refunds', 'Income']);
  });

  it('the context can come from earlier imports', () => {
    const ctx = buildCategorizeContext([tx('ACME', -100, { merchant: 'ACME' })]);
    expect(categorize(tx('ACME', 100, { merchant: 'ACME' }), none, ctx).category).toBe('Refunds');
    expect(categorize(tx('ACME', 100, { merchant: 'ACME' }), none).category).toBe('Income');
  });

  it('money in that a spending rule recognises is a refund', () => {
    const compiled = compileRules([rule('s', 'Shopping', 'acme', { direction: 'out' })]);
    expect(categorize(tx('ACME', 100), compiled)).toEqual({ category: 'Refunds', ruleId: null });
  });

  it('the spending-rule guess stops above REFUND_HINT_MAX_CENTS (large credits from a brand are wages)', () => {
    const compiled = compileRules([rule('s', 'Shopping', 'acme', { direction: 'out' })]);
    expect(REFUND_HINT_MAX_CENTS).toBe(200_000);
    expect(categorize(tx('ACME', 200_000), compiled).category).toBe('Refunds');
    expect(categorize(tx('ACME', 200_001), compiled).category).toBe('Income');
    // an explicit refund narrative is a refund at any size
    expect(categorize(tx('ACME REFUND', 500_000), compiled).category).toBe('Refunds');
  });

  it('but not when the rule is a personal payment or cash rule', () => {
    const compiled = compileRules([
      rule('p', 'Personal Payments', 'osko', { direction: 'out' }),
      rule('c', 'Cash', 'atm', { direction: 'out' }),
    ]);
    expect(categorize(tx('J SMITH OSKO', 100), compiled).category).toBe('Income');
    expect(categorize(tx('ATM DEPOSIT', 100), compiled).category).toBe('Income');
  });

  it('other money in is Income', () => {
    expect(categorize(tx('Fast Transfer From J SMITH', 5000), none)).toEqual({ category: 'Income', ruleId: null });
  });
});

describe('text matching', () => {
  it('description rules also look at the merchant; merchant rules only at the merchant', () => {
    const c = compileRules([
      rule('m', 'Gifts', 'florist', { match: { field: 'merchant', op: 'contains', value: 'florist' }, priority: 2 }),
      rule('d', 'Shopping', 'acme', { priority: 1 }),
    ]);
    expect(categorize(tx('POS 123', -1, { merchant: 'ACME' }), c).ruleId).toBe('d');
    expect(categorize(tx('ROSE FLORIST', -1, { merchant: 'ROSE' }), c).ruleId).toBeNull();
    expect(categorize(tx('POS 123', -1, { merchant: 'ROSE FLORIST' }), c).ruleId).toBe('m');
  });

  it('startsWith and equals anchor to the start of the text (narrative or merchant)', () => {
    const c = compileRules([
      rule('sw', 'Housing', '', { match: { field: 'description', op: 'startsWith', value: 'transfer to' }, priority: 2 }),
      rule('eq', 'Gifts', '', { match: { field: 'merchant', op: 'equals', value: 'ACME' }, priority: 1 }),
    ]);
    expect(categorize(tx('Transfer To J SMITH', -1), c).ruleId).toBe('sw');
    expect(categorize(tx('FAST Transfer To J SMITH', -1), c).ruleId).toBeNull();
    expect(categorize(tx('x', -1, { merchant: 'transfer to x' }), c).ruleId).toBe('sw');
    expect(categorize(tx('x', -1, { merchant: 'acme' }), c).ruleId).toBe('eq');
    expect(categorize(tx('x', -1, { merchant: 'ACME 2' }), c).ruleId).toBeNull();
  });

  it('ignores case unless caseSensitive, and collapses whitespace runs', () => {
    const c = compileRules([
      rule('cs', 'Gifts', '', { match: { field: 'description', op: 'contains', value: 'ACME', caseSensitive: true }, priority: 2 }),
      rule('ci', 'Shopping', '', { match: { field: 'description', op: 'contains', value: 'acme   store' }, priority: 1 }),
    ]);
    expect(categorize(tx('ACME', -1), c).ruleId).toBe('cs');
    expect(categorize(tx('acme', -1), c).ruleId).toBeNull();
    expect(categorize(tx('Acme \t  STORE', -1), c).ruleId).toBe('ci');
  });

  it('regex rules: case-insensitive by default, anchors work on either text', () => {
    const c = compileRules([
      rule('re', 'Travel', '', { match: { field: 'description', op: 'regex', value: '^qf\\d{3}\\b' }, priority: 2 }),
      rule('cs', 'Gifts', '', { match: { field: 'description', op: 'regex', value: '\\bGIFT\\b', caseSensitive: true }, priority: 1 }),
    ]);
    expect(categorize(tx('QF401 SYD-MEL', -1), c).ruleId).toBe('re');
    expect(categorize(tx('qf401', -1), c).ruleId).toBe('re');
    expect(categorize(tx('BOOKING QF401', -1), c).ruleId).toBeNull();
    expect(categorize(tx('BOOKING', -1, { merchant: 'QF401' }), c).ruleId).toBe('re');
    expect(categorize(tx('A GIFT SHOP', -1), c).ruleId).toBe('cs');
    expect(categorize(tx('a gift shop', -1), c).ruleId).toBeNull();
  });

  it('a rule with digits tells apart texts that differ only in digits (memo safety)', () => {
    const c = compileRules([
      rule('s12', 'Gifts', '', { match: { field: 'description', op: 'regex', value: '\\bstore 12\\b' }, priority: 2 }),
      rule('any', 'Shopping', '', { match: { field: 'description', op: 'regex', value: '\\bstore \\d+' }, priority: 1 }),
    ]);
    expect(categorize(tx('STORE 12 SYDNEY', -1), c).ruleId).toBe('s12');
    expect(categorize(tx('STORE 13 SYDNEY', -1), c).ruleId).toBe('any');
    expect(categorize(tx('STORE 12 SYDNEY', -1), c).ruleId).toBe('s12');
    expect(categorize(tx('STORE 99 SYDNEY', -1), c).ruleId).toBe('any');
  });

  it('default rules with digits: 7-Eleven is fuel, 8-Eleven is not', () => {
    const c = compileRules(DEFAULT_RULES);
    expect(categorize(tx('7-ELEVEN 2156 CHATSWOOD', -5000), c).category).toBe('Transport');
    expect(categorize(tx('8-ELEVEN 2156 CHATSWOOD', -5000), c).category).toBe('Uncategorized');
    expect(categorize(tx('7-ELEVEN 3321 RYDE', -5000), c).category).toBe('Transport');
  });
});

describe('the memo', () => {
  it('stays bounded and correct past MEMO_LIMIT distinct texts', () => {
    const compiled = compileRules([rule('u:a', 'Gifts', 'acme'), rule('u:z', 'Shopping', 'zed')]);
    // letters, not digits, make texts distinct (digits are masked in the memo key)
    const word = (i: number) => {
      let w = '';
      for (let n = i; n > 0 || w === ''; n = Math.floor(n / 26)) w += String.fromCharCode(97 + (n % 26));
      return w;
    };
    for (let i = 0; i <= MEMO_LIMIT + 10; i++) {
      const expected = i % 2 === 0 ? 'Gifts' : 'Shopping';
      const d = `${i % 2 === 0 ? 'ACME' : 'ZED'} ${word(i)}`;
      const got = categorize(tx(d, -100), compiled).category;
      if (got !== expected) expect.fail(`${d}: ${got}`);
      expect(compiled._memoSize).toBeLessThanOrEqual(MEMO_LIMIT);
    }
    expect(compiled._memoSize).toBeLessThan(100);
    expect(categorize(tx('ACME a', -100), compiled).category).toBe('Gifts');
  });
});

describe('categorizeAll', () => {
  it('returns new objects with a category and its rule, and leaves the input alone', () => {
    const rows = [tx('KMART 1045 BONDI', -2000), tx('WAGES ACME', 100_000)];
    const before = JSON.stringify(rows);
    const out = categorizeAll(rows, compileRules(DEFAULT_RULES));
    expect(out.map((t) => t.category)).toEqual(['Shopping', 'Income']);
    // with the rule that decided it
    expect(out[0]).toEqual({ ...rows[0], category: 'Shopping', ruleId: 'd:shopping:kmart' });
    expect(out[1]!.ruleId).toBe('d:income:salary');
    expect(out[0]).not.toBe(rows[0]);
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('regexWordPrefixes (the literal index)', () => {
  it.each<[string, string[] | null]>([
    ['\\bwoolworths', ['woolworths']],
    ['\\b(?:woolworths|woolies|ww metro)', ['woolworths', 'woolies', 'ww metro']],
    ['\\bharris ?farm', ['harris']],
    ["\\bgrill'?d\\b", ['grill']],
    ['\\bapple\\.com/bill', ['apple.com/bill']],
    ['\\b7[- ]?eleven', ['7']],
    ['\\bfoo|^bar', ['foo', 'bar']],
    ['\\b(?:(?:a|b)c|de)f', ['a', 'b', 'de']],
    ['\\bfo+', ['fo']],
    ['\\bfoo?', ['fo']],
    ['\\bx{2}', null],
    ['woolworths', null],
    ['\\b(?:foo|bar)?baz', null],
    ['\\b(?=foo)', null],
    ['\\b\\d+', null],
    ['\\bfoo|bar', null],
    ['\\b[abc]', null],
  ])('%s → %j', (src, expected) => {
    expect(regexWordPrefixes(src)).toEqual(expected);
  });
});

describe('normalizeText', () => {
  it('collapses whitespace runs and trims', () => {
    expect(normalizeText('  COLES 0710 SYDNEY       AUS\t')).toBe('COLES 0710 SYDNEY AUS');
    expect(normalizeText('A\r\nB')).toBe('A B');
    expect(normalizeText('A\u00a0B')).toBe('A B');
    expect(normalizeText('already fine')).toBe('already fine');
    expect(normalizeText('')).toBe('');
  });
});

/**
 * The plain meaning of the rules, rule by rule, with no index and no memo:
 * what `categorize` must agree with.
 */
function reference(t: ParsedTransaction, rules: readonly CategoryRule[]): CategorizeResult {
  if (t.kind === 'transfer') return { category: 'Transfers', ruleId: null };
  const ordered = rules
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.enabled !== false)
    .sort((a, b) =>
      a.r.source !== b.r.source
        ? a.r.source === 'user'
          ? -1
          : 1
        : b.r.priority - a.r.priority || a.i - b.i,
    );
  const merchant = normalizeText(t.merchant);
  const description = normalizeText(t.description);
  for (const { r } of ordered) {
    const dir = r.direction ?? 'any';
    if (dir === 'out' && !(t.amountCents < 0)) continue;
    if (dir === 'in' && !(t.amountCents > 0)) continue;
    const abs = Math.abs(t.amountCents);
    if (abs < (r.amountMinCents ?? 0) || abs > (r.amountMaxCents ?? Infinity)) continue;
    const cs = r.match.caseSensitive === true;
    const texts = r.match.field === 'merchant' ? [merchant] : [merchant, description];
    const value = r.match.op === 'regex' ? r.match.value : normalizeText(r.match.value);
    const hit = texts.some((raw) => {
      const s = cs ? raw : raw.toLowerCase();
      const v = cs ? value : value.toLowerCase();
      switch (r.match.op) {
        case 'contains':
          return s.includes(v);
        case 'startsWith':
          return s.startsWith(v);
        case 'equals':
          return s === v;
        case 'regex':
          return new RegExp(value, cs ? '' : 'i').test(raw);
      }
    });
    if (hit) return { category: r.category, ruleId: r.id };
  }
  return { category: t.amountCents > 0 ? 'Income' : 'Uncategorized', ruleId: null };
}

describe('index and memo agree with the plain meaning of the rules', () => {
  const fragments = [
    'WOOLWORTHS', 'COLES', 'EXPRESS', 'UBER', '*EATS', '*TRIP', 'EATS', 'HELP.UBER.COM', '7-ELEVEN', '8-ELEVEN',
    '13CABS', 'CARD', 'xx1234', 'Value Date:', '28/03/2026', 'Transfer To', 'Transfer to xx1624', 'CommBank App',
    'ATM', 'OPERATOR', 'FEE', 'INTEREST', 'CHARGED', 'HOTEL', 'ROYAL', 'APPLE.COM/BILL', 'APPLE', 'STORE', 'AMAZON',
    'PRIME', 'BAKERY', 'CAFE', 'NAIL', 'BAR', 'RENT', 'SALARY', 'RETURN', 'KMART', 'TYRE', 'SHELL', 'COVE', 'IGA',
    'SUPA', 'OSKO', 'Payment', '-', 'Receipt', '123456In', 'SYDNEY', 'NS', 'AUS', 'USD', '22.00', 'IDR', '250000.00',
    'MCDONALD\'S', 'GRILL\'D', 'BP', 'BPAY', 'THE', 'LOTT', 'STORE 12', 'store 13', 'qf401', '  ', '\t',
  ];
  const text = fc.array(fc.constantFrom(...fragments), { maxLength: 8 }).map((parts) => parts.join(' '));
  const userRules: CategoryRule[] = [
    rule('u:contains', 'Gifts', 'nail bar', { priority: 5 }),
    rule('u:cs', 'Travel', '', { match: { field: 'description', op: 'contains', value: 'ROYAL', caseSensitive: true }, priority: 4 }),
    rule('u:re', 'Housing', '', { match: { field: 'description', op: 'regex', value: '\\bstore 1[2]\\b' }, priority: 3 }),
    rule('u:sw', 'Education', '', { match: { field: 'merchant', op: 'startsWith', value: 'supa' }, priority: 2 }),
    rule('u:amt', 'Entertainment', 'lott', { amountMinCents: 1000, amountMaxCents: 5000, direction: 'out', priority: 1 }),
  ];
  const ruleSets = [DEFAULT_RULES, [...userRules, ...DEFAULT_RULES]];

  it('for random narratives, merchants and amounts', () => {
    const compiledSets = ruleSets.map((rs) => compileRules(rs));
    fc.assert(
      fc.property(
        text,
        text,
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: 0, max: 1 }),
        (description, merchant, amountCents, which) => {
          const t = tx(description, amountCents, { merchant });
          const rules = ruleSets[which] as readonly CategoryRule[];
          const got = categorize(t, compiledSets[which] as ReturnType<typeof compileRules>);
          const want = reference(t, rules);
          if (want.ruleId !== null) expect(got).toEqual(want);
          else expect(got.ruleId).toBeNull();
        },
      ),
      { numRuns: 3000, seed: 20260415 },
    );
  });
});
