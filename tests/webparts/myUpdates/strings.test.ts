import { loadStrings } from '../../support/loadStrings';

interface IStringTree {
  [key: string]: string | IStringTree;
}

/** The plural categories a counted sentence may give (CLDR), and those English has. */
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const ENGLISH_FORMS = ['one', 'other'];

/** A counted sentence (ITrackerCountedString): one string per plural form, `other` always there. */
function isCounted(value: unknown): value is Record<string, string> {
  return value !== null && typeof value === 'object' && 'other' in (value as object);
}

const english = loadStrings<IStringTree>('src/webparts/myUpdates/loc/en-gb.js');
const welsh = loadStrings<IStringTree>('src/webparts/myUpdates/loc/cy-gb.js');

/** Flattens nested string groups to `Group.Key` → value. */
function flatten(tree: IStringTree, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !isCounted(value)) {
      flatten(value, path).forEach((leaf, leafPath) => flat.set(leafPath, leaf));
    } else {
      flat.set(path, value);
    }
  }
  return flat;
}

/** A string's forms: the string itself, or each form of a counted sentence. */
function formsOf(value: unknown): string[] {
  return isCounted(value) ? Object.values(value) : [value as string];
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

  const counted = keys.filter((key) => isCounted(englishStrings.get(key)));

  test('the counted sentences are the ones that carry a count', () => {
    expect(counted.sort()).toEqual(['Form.FixBeforeSubmit', 'Milestone.OverdueDays', 'Progress.Summary']);
  });

  test.each(counted)('%s: English has a form for one and for other, Welsh only forms its plural rules know', (key) => {
    expect(Object.keys(englishStrings.get(key) as object).sort()).toEqual(ENGLISH_FORMS);
    for (const form of Object.keys(welshStrings.get(key) as object)) expect(PLURAL_FORMS).toContain(form);
    expect(isCounted(welshStrings.get(key))).toBe(true);
  });

  test('every string allowed to match English is still an English key', () => {
    for (const key of Object.keys(sameInBothLanguages)) expect(keys).toContain(key);
  });

  describe.each([
    ['English', englishStrings],
    ['Welsh', welshStrings]
  ])('%s', (_language, strings) => {
    test.each([...strings.keys()])('%s is a non-empty string in every form', (key) => {
      for (const value of formsOf(strings.get(key))) {
        expect(typeof value).toBe('string');
        expect(value.trim()).not.toBe('');
      }
    });
  });

  test.each(keys)('%s keeps the English placeholders in every form', (key) => {
    const english = placeholders(formsOf(englishStrings.get(key))[0]);
    for (const value of [...formsOf(englishStrings.get(key)), ...formsOf(welshStrings.get(key))]) {
      expect(placeholders(value)).toEqual(english);
    }
  });

  test.each(['Conflict.KeepMine', 'Conflict.UseTheirs', 'Action.ChangeApprovedCancel'])('Welsh %s, which saves nothing, does not use the word for save (GLOSSARY-cy.md)', (key) => {
    const save = (welshStrings.get('Form.SaveDraft') as string).split(' ')[0].toLowerCase();
    expect((welshStrings.get(key) as string).toLowerCase()).not.toContain(save);
  });

  test.each(keys)('%s is translated, not copied from English', (key) => {
    const other = (value: unknown): string => (isCounted(value) ? value.other : (value as string));
    if (key in sameInBothLanguages) {
      expect(other(welshStrings.get(key))).toBe(other(englishStrings.get(key)));
    } else {
      expect(other(welshStrings.get(key))).not.toBe(other(englishStrings.get(key)));
    }
  });
});
