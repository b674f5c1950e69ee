import { flatStrings, loadStrings, sentencesOf, StringTree } from '../../support/loadStrings';

const english = loadStrings<StringTree>('src/webparts/dashboard/loc/en-gb.js');
const welsh = loadStrings<StringTree>('src/webparts/dashboard/loc/cy-gb.js');

const en = flatStrings(english);
const cy = flatStrings(welsh);
/** The same in both languages by nature: file formats and a pattern of placeholders. */
const SAME = ['General.Subtitle', 'Glance.ChartBar', 'Glance.ChartSegment', 'Export.Word', 'Export.Excel', 'Drill.Heading', 'Drill.ByOn'];

describe('Dashboard strings', () => {
  test('Welsh has every English string and no others', () => {
    expect(sentencesOf(cy)).toEqual(sentencesOf(en));
  });

  test.each(Object.keys(en).filter((path) => !/\.(zero|one|two|few|many)$/.test(path)))('%s is translated and keeps its placeholders', (path) => {
    if (SAME.indexOf(path) < 0) expect(cy[path]).not.toBe(en[path]);
    expect((cy[path].match(/\{\d\}/g) || []).sort()).toEqual((en[path].match(/\{\d\}/g) || []).sort());
  });
});
