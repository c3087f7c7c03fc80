import { describe, expect, it } from 'vitest';
import { risenCategories, unflaggedNote } from './unflagged';

describe('unflaggedNote', () => {
  it('says nothing when no category rose to 1.5 times its usual level by a material amount', () => {
    expect(unflaggedNote([])).toBeNull();
    // 1.4× its usual
    expect(unflaggedNote([{ category: 'Dining', spendCents: 42000, usualCents: 30000 }])).toBeNull();
    // twice its usual, but only $100 above it
    expect(unflaggedNote([{ category: 'Dining', spendCents: 20000, usualCents: 10000 }])).toBeNull();
    // nothing usual to compare with
    expect(unflaggedNote([{ category: 'Travel', spendCents: 90000, usualCents: 0 }])).toBeNull();
  });

  it('names a house move and dental work as life events, not unusual spending', () => {
    expect(
      unflaggedNote([
        { category: 'Groceries', spendCents: 120000, usualCents: 110000 },
        { category: 'Health', spendCents: 168350, usualCents: 16500 },
        { category: 'Housing', spendCents: 651163, usualCents: 337500 },
      ]),
    ).toBe(
      'Housing $6,512 (usually $3,375) and Health $1,684 (usually $165) were well above usual, but big months there are mostly one-off events ' +
        'or bills that fall due (a move, a bond, dental work, school terms, premiums), so Oddmonth does not count them as unusual spending.',
    );
  });

  it('says a risen spending category was weighed against how much it varies', () => {
    expect(unflaggedNote([{ category: 'Shopping', spendCents: 120000, usualCents: 40000 }])).toBe(
      'Shopping $1,200 (3.0× its usual $400) was above usual; Oddmonth weighed that against how much each varies for you and did not find the month unusual enough to flag.',
    );
    expect(
      unflaggedNote([
        { category: 'Insurance', spendCents: 240000, usualCents: 40000 },
        { category: 'Shopping', spendCents: 120000, usualCents: 40000 },
      ]),
    ).toBe(
      'Insurance $2,400 (usually $400) was well above usual, but big months there are mostly one-off events or bills that fall due ' +
        '(a move, a bond, dental work, school terms, premiums), so Oddmonth does not count them as unusual spending. ' +
        'Shopping $1,200 (3.0× its usual $400) was also above usual; Oddmonth weighed that against how much each varies for you and did not find the month unusual enough to flag.',
    );
  });

  it('names the three largest rises and counts the rest', () => {
    const rows = ['Shopping', 'Dining', 'Transport', 'Entertainment', 'Gifts'].map((category, i) => ({ category, spendCents: 100000 + 10000 * i, usualCents: 30000 }));
    expect(risenCategories(rows).map((r) => r.category)).toEqual(['Gifts', 'Entertainment', 'Transport', 'Dining', 'Shopping']);
    expect(unflaggedNote(rows)).toMatch(/^Gifts \$1,400 \(4\.7× its usual \$300\), Entertainment \$1,300 \(4\.3× its usual \$300\), Transport \$1,200 \(4\.0× its usual \$300\) and 2 more were above usual;/);
  });
});
