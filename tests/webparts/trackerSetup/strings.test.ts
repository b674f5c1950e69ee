import { loadStrings } from '../../support/loadStrings';

const english = loadStrings<Record<string, string>>('src/webparts/trackerSetup/loc/en-gb.js');
const welsh = loadStrings<Record<string, string>>('src/webparts/trackerSetup/loc/cy-gb.js');

describe('Tracker setup strings', () => {
  test('Welsh has every English key and no others', () => {
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
  });

  test.each(Object.keys(english))('%s is translated, not copied, and keeps its placeholders', (key) => {
    expect(welsh[key]).not.toBe(english[key]);
    expect(welsh[key].match(/\{\d\}/g)?.sort()).toEqual(english[key].match(/\{\d\}/g)?.sort());
  });
});
