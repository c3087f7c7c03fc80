import { describe, expect, it } from 'vitest';
import { CategoryRuleSchema, type CategoryRuleInput } from './category-rule';

const good: CategoryRuleInput = {
  id: 'u:1',
  name: 'Corner shop',
  category: 'Groceries',
  priority: 100,
  match: { field: 'merchant', op: 'regex', value: '\\bcorner (?:shop|store)\\b' },
  amountMinCents: 0,
  amountMaxCents: 10_000,
  direction: 'out',
  enabled: true,
  source: 'user',
};

function issues(input: unknown) {
  const r = CategoryRuleSchema.safeParse(input);
  if (r.success) throw new Error('expected a validation failure');
  return r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('CategoryRuleSchema', () => {
  it('accepts a valid rule and keeps its fields', () => {
    expect(CategoryRuleSchema.parse(good)).toEqual(good);
  });

  it('accepts the minimal rule (optional fields left out)', () => {
    const minimal = { id: 'u:2', category: 'Dining', priority: 0, match: { field: 'description', op: 'contains', value: 'cafe' }, source: 'user' };
    expect(CategoryRuleSchema.parse(minimal)).toEqual(minimal);
  });

  it.each(['(unclosed', '[a-', '*starts with a quantifier', 'a{2,1}', '(?<name>x)(?<name>y)'])(
    'rejects the invalid regex %s with a message on match.value',
    (value) => {
      const found = issues({ ...good, match: { ...good.match, value } });
      expect(found).toHaveLength(1);
      expect(found[0]?.path).toBe('match.value');
      // one plain sentence: no engine prefix, no repeated pattern, no "Invalid regular expression" twice
      expect(found[0]?.message).toMatch(/^This pattern is not a valid regular expression: [a-z\\]/);
      expect(found[0]?.message).not.toMatch(/Invalid regular expression|\/i:/);
    },
  );

  it('says what is wrong with an unclosed group in plain words', () => {
    expect(issues({ ...good, match: { ...good.match, value: '(unclosed' } })).toEqual([
      { path: 'match.value', message: 'This pattern is not a valid regular expression: unterminated group' },
    ]);
  });

  it('does not check regex syntax for other ops', () => {
    expect(CategoryRuleSchema.safeParse({ ...good, match: { field: 'description', op: 'contains', value: '(unclosed' } }).success).toBe(true);
  });

  it('rejects min above max on amountMaxCents', () => {
    expect(issues({ ...good, amountMinCents: 500, amountMaxCents: 499 })).toEqual([
      { path: 'amountMaxCents', message: 'Largest amount must be at least the smallest amount' },
    ]);
  });

  it.each<[string, unknown]>([
    ['unknown category', { ...good, category: 'Snacks' }],
    ['blank value', { ...good, match: { ...good.match, value: '   ' } }],
    ['unknown field', { ...good, match: { ...good.match, field: 'memo' } }],
    ['unknown op', { ...good, match: { ...good.match, op: 'endsWith' } }],
    ['fractional priority', { ...good, priority: 1.5 }],
    ['negative amount bound', { ...good, amountMinCents: -1 }],
    ['fractional cents', { ...good, amountMaxCents: 10.5 }],
    ['unknown direction', { ...good, direction: 'both' }],
    ['unknown source', { ...good, source: 'bank' }],
    ['empty id', { ...good, id: '' }],
  ])('rejects %s', (_name, input) => {
    expect(CategoryRuleSchema.safeParse(input).success).toBe(false);
  });
});
