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
