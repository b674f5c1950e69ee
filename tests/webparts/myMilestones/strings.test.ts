import { flatStrings, loadStrings, sentenceOf, sentencesOf, StringTree } from '../../support/loadStrings';

const english = loadStrings<StringTree>('src/webparts/myMilestones/loc/en-gb.js');
const welsh = loadStrings<StringTree>('src/webparts/myMilestones/loc/cy-gb.js');
const myUpdates = loadStrings<StringTree>('src/webparts/myUpdates/loc/en-gb.js');

const en = flatStrings(english);
const cy = flatStrings(welsh);

describe('My milestones strings', () => {
  test('Welsh has every English string and no others', () => {
    expect(sentencesOf(cy)).toEqual(sentencesOf(en));
  });

  test.each(Object.keys(en).filter((path) => !/\.(zero|one|two|few|many)$/.test(path)))('%s is translated and keeps its placeholders', (path) => {
    expect(cy[path]).not.toBe(en[path]);
    expect((cy[path].match(/\{\d\}/g) || []).sort()).toEqual((en[path].match(/\{\d\}/g) || []).sort());
  });

  test("no group hides one of My updates' when the web part merges both into one object", () => {
    expect(Object.keys(english).filter((group) => group in myUpdates)).toEqual([]);
  });

  test('every Welsh plural form keeps the placeholder of its sentence', () => {
    Object.keys(cy).forEach((path) => expect(`${path}: ${(cy[path].match(/\{\d\}/g) || []).join()}`).toBe(`${path}: ${(en[`${sentenceOf(path)}.other`] || en[path]).match(/\{\d\}/g)?.join() || ''}`));
  });
});
