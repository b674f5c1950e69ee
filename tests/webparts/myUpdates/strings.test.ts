import { loadStrings } from '../../support/loadStrings';

interface IStringTree {
  [key: string]: string | IStringTree;
}

const english = loadStrings<IStringTree>('src/webparts/myUpdates/loc/en-gb.js');
const welsh = loadStrings<IStringTree>('src/webparts/myUpdates/loc/cy-gb.js');

/** Flattens nested string groups to `Group.Key` → value. */
function flatten(tree: IStringTree, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      flatten(value, path).forEach((leaf, leafPath) => flat.set(leafPath, leaf));
    } else {
      flat.set(path, value);
    }
  }
  return flat;
}

function placeholders(text: string): string[] {
  return (text.match(/\{\d+\}/g) ?? []).sort();
}

const englishStrings = flatten(english);
const welshStrings = flatten(welsh);
const keys = [...englishStrings.keys()];

/**
 * Strings that are rightly the same in both languages: they hold only placeholders and
 * punctuation, so there are no words to translate.
 */
const sameInBothLanguages: Record<string, string> = {
  'General.Period': 'quarter then financial year, both already in the page language',
  'Group.Objective': 'objective reference then title',
  'Form.FieldProblem': 'field label prefix before a validation message',
  'Measure.PreviousValue': 'previous period then its value'
};

describe('My updates strings', () => {
  test('Welsh has exactly the English keys, nested the same way', () => {
    expect([...welshStrings.keys()].sort()).toEqual([...keys].sort());
  });

  test('Welsh dates use the date-fns Welsh locale', () => {
    expect((welsh.General as IStringTree).DateLocale).toBe('cy');
  });

  test('every string allowed to match English is still an English key', () => {
    for (const key of Object.keys(sameInBothLanguages)) expect(keys).toContain(key);
  });

  describe.each([
    ['English', englishStrings],
    ['Welsh', welshStrings]
  ])('%s', (_language, strings) => {
    test.each([...strings.keys()])('%s is a non-empty string', (key) => {
      const value = strings.get(key);
      expect(typeof value).toBe('string');
      expect((value as string).trim()).not.toBe('');
    });
  });

  test.each(keys)('%s keeps the English placeholders', (key) => {
    const welshValue = welshStrings.get(key);
    expect(typeof welshValue).toBe('string');
    expect(placeholders(welshValue as string)).toEqual(placeholders(englishStrings.get(key) as string));
  });

  test.each(keys)('%s is translated, not copied from English', (key) => {
    if (key in sameInBothLanguages) {
      expect(welshStrings.get(key)).toBe(englishStrings.get(key));
    } else {
      expect(welshStrings.get(key)).not.toBe(englishStrings.get(key));
    }
  });
});
