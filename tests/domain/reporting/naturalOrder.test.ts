import { compareRefs, objectiveOrder, unlistedObjectiveRefs } from '../../../src/domain/reporting/naturalOrder';
import { objective } from './reportBuilders';

describe('compareRefs: natural reference order', () => {
  test.each<[string, string]>([
    ['1.a.', '1.b.'],
    ['1.b.', '1.10.'],
    ['1.2.', '1.10.'],
    ['R2', 'R10'],
    ['1.f.i', '1.f.ii'],
    ['7.a.', '7.a.ii'],
    ['2.e.', '2.e.i'],
    ['9.z.', '10.a.'],
    ['R1.a.2', 'R1.a.10']
  ])('%s comes before %s', (earlier, later) => {
    expect(compareRefs(earlier, later)).toBeLessThan(0);
    expect(compareRefs(later, earlier)).toBeGreaterThan(0);
  });

  test('a reference equals itself', () => {
    expect(compareRefs('1.a.', '1.a.')).toBe(0);
  });

  test('references differing only in case or leading zeros still have a fixed order', () => {
    expect(compareRefs('1.A.', '1.a.')).toBeLessThan(0);
    expect(compareRefs('01', '1')).toBeLessThan(0);
  });

  test('sorts a shuffled list into natural order', () => {
    expect(['1.10.', '2.a.', '1.b.', '1.a.', '1.2.'].sort(compareRefs)).toEqual(['1.a.', '1.b.', '1.2.', '1.10.', '2.a.']);
  });
});

describe('compareRefs: roman numerals by value', () => {
  test.each<[string, string]>([
    ['4.3.3.iii', '4.3.3.iv'],
    ['4.3.3.iv', '4.3.3.v'],
    ['4.3.3.v', '4.3.3.vi'],
    ['4.3.3.viii', '4.3.3.ix'],
    ['4.3.3.ix', '4.3.3.x'],
    ['4.3.3.iv', '4.3.3.ix'],
    ['4.3.3.x', '4.3.3.xi'],
    ['4.3.3.xiv', '4.3.3.xv'],
    ['4.3.3.xv', '4.3.3.xix'],
    ['4.3.3.xix', '4.3.3.xx'],
    ['4.3.3.xxxviii', '4.3.3.xxxix'],
    ['4.3.6.vi', '4.3.7'],
    ['1.a.iv', '1.b.i'],
    ['IV', 'IX'],
    ['VIII', 'X']
  ])('%s comes before %s', (earlier, later) => {
    expect(compareRefs(earlier, later)).toBeLessThan(0);
    expect(compareRefs(later, earlier)).toBeGreaterThan(0);
  });

  test.each<[string, string[]]>([
    ['Cumbria 4.3.3', ['4.3.3.i', '4.3.3.ii', '4.3.3.iii', '4.3.3.iv', '4.3.3.v', '4.3.3.vi', '4.3.3.vii', '4.3.3.viii', '4.3.3.ix']],
    ['Cumbria 4.3.6', ['4.3.6.i', '4.3.6.ii', '4.3.6.iii', '4.3.6.iv', '4.3.6.v', '4.3.6.vi']],
    ['SEP measures', ['1.a.i', '1.a.ii', '1.a.iii', '1.a.iv', '1.f.i', '1.f.ii', '6.b.i', '6.b.ii', '7.a.i', '7.a.ii', '7.a.iii', '7.a.iv']],
    ['numerals to xxxix', ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xiv', 'xv', 'xix', 'xx', 'xxiv', 'xxix', 'xxx', 'xxxix']],
    ['upper-case numerals', ['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'X']],
    ['letter steps stay alphabetical', ['1.a.', '1.b.', '1.c.', '1.h.', '1.i.', '1.j.', '1.u.', '1.v.', '1.w.', '1.x.', '1.y.']],
    ['words stay alphabetical', ['HR1', 'IT1', 'IVF1', 'VIA1', 'XIS1']],
    ['not numerals (mixed case, not i/v/x, not canonical) sort as letters', ['iv', 'iiii', 'il', 'im', 'Iv', 'vv', 'xl']]
  ])('%s', (_name, ordered) => {
    const shuffled = ordered.slice().reverse();
    expect(shuffled.sort(compareRefs)).toEqual(ordered);
  });

  test('the same order whatever order the references come in', () => {
    const refs = ['1.v', '1.ix', '1.j', '1.i', '1.iv', '1.x', '1.w', '1.ii'];
    const expected = ['1.i', '1.ii', '1.iv', '1.j', '1.v', '1.ix', '1.w', '1.x'];
    for (let shift = 0; shift < refs.length; shift++) {
      const rotated = refs.slice(shift).concat(refs.slice(0, shift));
      expect(rotated.sort(compareRefs)).toEqual(expected);
      expect(rotated.reverse().sort(compareRefs)).toEqual(expected);
    }
  });
});

describe('objectiveOrder', () => {
  const objectives = [objective('2', 'Second in the plan'), objective('1', 'First listed second'), objective('2', 'Duplicate')];

  test('follows the plan, not the references', () => {
    expect(['1', '2'].sort(objectiveOrder(objectives))).toEqual(['2', '1']);
  });

  test('puts objectives the plan does not list after it, naturally', () => {
    expect(['10', '1', '9', '2'].sort(objectiveOrder(objectives))).toEqual(['2', '1', '9', '10']);
  });

  test('lists unlisted references once each, naturally', () => {
    expect(unlistedObjectiveRefs(objectives, ['10', '2', '9', '10'])).toEqual(['9', '10']);
  });
});
