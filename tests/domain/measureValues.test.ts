import { MeasureValue, ValuePeriod } from '../../src/domain/model';
import {
  competingValueIndex, measureOutturn, measureValueAt, previousRecord, previousYearOutturn, valuesWithTyped
} from '../../src/domain/measureValues';

function value(financialYear: string, period: ValuePeriod, figure: number | undefined, measureRef: string = 'M1'): MeasureValue {
  return { measureRef, financialYear, period, value: figure };
}

describe('measure value look-ups', () => {
  const values = [
    value('2016-17', 'Q4', 10),
    value('2016-17', 'Annual', 10.9),
    value('2017-18', 'Q1', 10.4),
    value('2017-18', 'Q4', undefined),
    value('2017-18', 'Q1', 10.2, 'HR2')
  ];

  test.each<[string, number | undefined]>([
    ['2017-18 Q1', 10.4],
    ['2017-18 Q2', undefined],
    ['2017-18 Q4', undefined]
  ])('measureValueAt %s → %p', (key, expected) => {
    const [year, period] = key.split(' ');
    expect(measureValueAt(values, 'M1', year, period as ValuePeriod)).toBe(expected);
  });

  test('measureOutturn prefers the Annual value', () => {
    expect(measureOutturn(values, 'M1', '2016-17')).toBe(10.9);
  });

  test('measureOutturn is undefined when neither Annual nor Q4 holds a number', () => {
    expect(measureOutturn(values, 'M1', '2017-18')).toBeUndefined();
  });

  test.each<[string, number | undefined, number | undefined]>([
    ['2017-18', 11.2, 10.9],
    ['2018-19', 11.2, 11.2],
    ['2018-19', undefined, undefined],
    ['2018-19', NaN, undefined]
  ])('previousYearOutturn for %s with priorYearActual %p → %p', (year, priorYearActual, expected) => {
    expect(previousYearOutturn(values, 'M1', year, priorYearActual)).toBe(expected);
  });
});

describe('the value shown beside the box: the latest recorded before the period', () => {
  const values = [
    value('2016-17', 'Q4', 80),
    value('2016-17', 'Annual', 81),
    value('2017-18', 'Q1', 82),
    value('2017-18', 'Q2', undefined),
    value('2017-18', 'Q3', 85, 'OTHER')
  ];

  test.each<[string, string, ValuePeriod, number | undefined, string | undefined]>([
    ['Q1: last year’s outturn (the Annual record, after Q4)', '2017-18', 'Q1', 81, '2016-17 Annual'],
    ['Q2: Q1’s figure', '2017-18', 'Q2', 82, '2017-18 Q1'],
    ['Q3: Q2’s “no data” record, not an older figure', '2017-18', 'Q3', undefined, '2017-18 Q2'],
    ['Q4: Q2 still, another measure’s Q3 ignored', '2017-18', 'Q4', undefined, '2017-18 Q2'],
    ['the annual outturn: the year’s last quarter recorded', '2017-18', 'Annual', undefined, '2017-18 Q2'],
    ['the first year: nothing before', '2016-17', 'Q4', undefined, undefined]
  ])('%s', (_case, financialYear, period, figure, recorded) => {
    const found = previousRecord(values, 'M1', { financialYear, period });
    expect(found ? `${found.financialYear} ${found.period}` : undefined).toBe(recorded);
    expect(found && found.value).toBe(figure);
  });
});

describe('a figure typed in place of what is recorded', () => {
  const values = [value('2017-18', 'Q3', 70), value('2017-18', 'Q4', 71), value('2017-18', 'Annual', 72), value('2017-18', 'Q4', 60, 'OTHER')];

  test.each<[string, MeasureValue, string[]]>([
    ['Q4 replaces Q4 and the Annual outturn', value('2017-18', 'Q4', 90), ['2017-18 Q3 70', 'OTHER 2017-18 Q4 60', '2017-18 Q4 90']],
    ['Q3 replaces Q3 only', value('2017-18', 'Q3', 90), ['2017-18 Q4 71', '2017-18 Annual 72', 'OTHER 2017-18 Q4 60', '2017-18 Q3 90']],
    ['a new period is added', value('2018-19', 'Q1', 90), ['2017-18 Q3 70', '2017-18 Q4 71', '2017-18 Annual 72', 'OTHER 2017-18 Q4 60', '2018-19 Q1 90']]
  ])('%s', (_case, typed, expected) => {
    const shown = valuesWithTyped(values, typed).map((v) => `${v.measureRef === 'M1' ? '' : `${v.measureRef} `}${v.financialYear} ${v.period} ${v.value}`);
    expect(shown).toEqual(expected);
  });
});

describe('one value per measure, year and period', () => {
  const existing = [value('2017-18', 'Q1', 80), value('2017-18', 'Q2', undefined), value('2016-17', 'Q3', 75)];

  test.each<[string, Pick<MeasureValue, 'financialYear' | 'period'>, number]>([
    ['a second Q1 value meets the first', { financialYear: '2017-18', period: 'Q1' }, 0],
    ['a figure for a period recorded as “no data”', { financialYear: '2017-18', period: 'Q2' }, 1],
    ['Q3 of this year, though last year has one', { financialYear: '2017-18', period: 'Q3' }, -1],
    ['the Annual outturn beside quarterly values', { financialYear: '2017-18', period: 'Annual' }, -1]
  ])('%s → %s', (_case, added, expected) => {
    expect(competingValueIndex(existing, added)).toBe(expected);
  });
});
