import { loadStrings } from '../../support/loadStrings';

type Strings = { [key: string]: string | Strings };
const english = loadStrings<Strings>('src/webparts/myMilestones/loc/en-gb.js');
const welsh = loadStrings<Strings>('src/webparts/myMilestones/loc/cy-gb.js');
const myUpdates = loadStrings<Strings>('src/webparts/myUpdates/loc/en-gb.js');

/** Every string by its dotted path (DueList.DaysOverdue.one). */
function flat(strings: Strings, prefix = ''): Record<string, string> {
  return Object.keys(strings).reduce<Record<string, string>>((all, key) => {
    const value = strings[key];
    return typeof value === 'string' ? { ...all, [`${prefix}${key}`]: value } : { ...all, ...flat(value, `${prefix}${key}.`) };
  }, {});
}

const en = flat(english);
const cy = flat(welsh);
/** Counted strings' plural forms differ by language (Welsh has zero, two, few, many); compare the sentences they belong to. */
const sentence = (path: string): string => path.replace(/\.(zero|one|two|few|many|other)$/, '');

describe('My milestones strings', () => {
  test('Welsh has every English string and no others', () => {
    const sentences = (all: Record<string, string>): string[] => Object.keys(all).map(sentence).filter((path, index, list) => list.indexOf(path) === index).sort();
    expect(sentences(cy)).toEqual(sentences(en));
  });

  test.each(Object.keys(en).filter((path) => !/\.(zero|one|two|few|many)$/.test(path)))('%s is translated and keeps its placeholders', (path) => {
    expect(cy[path]).not.toBe(en[path]);
    expect((cy[path].match(/\{\d\}/g) || []).sort()).toEqual((en[path].match(/\{\d\}/g) || []).sort());
  });

  test("no group hides one of My updates' when the web part merges both into one object", () => {
    expect(Object.keys(english).filter((group) => group in myUpdates)).toEqual([]);
  });

  test('every Welsh plural form keeps the placeholder of its sentence', () => {
    Object.keys(cy).forEach((path) => expect(`${path}: ${(cy[path].match(/\{\d\}/g) || []).join()}`).toBe(`${path}: ${(en[`${sentence(path)}.other`] || en[path]).match(/\{\d\}/g)?.join() || ''}`));
  });
});
