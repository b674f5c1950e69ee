import { PluralForms, pluralForm, PluralLocale } from '../../src/domain/plurals';

/** Every category named after itself, so a result says which category the count fell in. */
const ALL: PluralForms<string> = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };

describe('pluralForm: the category a count takes', () => {
  test.each<[number, string]>([
    // Welsh (CLDR): dim / un / dau / tri / chwech each have their own form; the rest share one.
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [4, 'other'],
    [5, 'other'],
    [6, 'many'],
    [7, 'other'],
    [11, 'other'],
    [100, 'other']
  ])('Welsh %i → %s', (count, expected) => {
    expect(pluralForm('cy', count, ALL)).toBe(expected);
  });

  test.each<[number, string]>([
    [0, 'other'],
    [1, 'one'],
    [2, 'other'],
    [3, 'other'],
    [6, 'other'],
    [11, 'other'],
    [100, 'other']
  ])('English %i → %s', (count, expected) => {
    expect(pluralForm('en', count, ALL)).toBe(expected);
  });
});

describe('pluralForm: missing forms fall back to other', () => {
  test.each<[string, PluralLocale, number, PluralForms<string>, string]>([
    ['Welsh 6 with no many form', 'cy', 6, { one: 'mesur', other: 'mesurau' }, 'mesurau'],
    ['Welsh 0 with no zero form', 'cy', 0, { one: 'mesur', other: 'mesurau' }, 'mesurau'],
    ['English 1 with only other', 'en', 1, { other: 'sheep' }, 'sheep']
  ])('%s', (_name, locale, count, forms, expected) => {
    expect(pluralForm(locale, count, forms)).toBe(expected);
  });

  test('Welsh nouns mutate by form after a number: cam gweithredu', () => {
    const cam: PluralForms<string> = { one: 'cam', two: 'gam', few: 'cham', many: 'cham', other: 'cam' };
    expect([1, 2, 3, 4, 6, 11, 100].map((n) => `${n} ${pluralForm('cy', n, cam)} gweithredu`)).toEqual([
      '1 cam gweithredu',
      '2 gam gweithredu',
      '3 cham gweithredu',
      '4 cam gweithredu',
      '6 cham gweithredu',
      '11 cam gweithredu',
      '100 cam gweithredu'
    ]);
  });
});
