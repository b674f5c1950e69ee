import { MeasureValue, ValuePeriod } from '../../src/domain/model';
import { measureOutturn, measureValueAt, previousYearOutturn } from '../../src/domain/measureValues';

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
