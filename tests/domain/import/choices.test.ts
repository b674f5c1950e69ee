import { parseAggregation, parseFrequency, parsePolarity, parseStatus } from '../../../src/domain/import/choices';

describe('parseStatus', () => {
  test.each([
    ['Blue', 'Blue'], ['blue', 'Blue'], ['B', 'Blue'], ['Complete', 'Blue'], ['completed', 'Blue'],
    ['Green', 'Green'], ['GREEN', 'Green'], ['g', 'Green'],
    ['Amber', 'Amber'], ['a', 'Amber'], [' amber ', 'Amber'],
    ['Red', 'Red'], ['R', 'Red'], ['red.', 'Red'],
    ['n/a', 'Withdrawn'], ['N/A', 'Withdrawn'], ['Withdrawn', 'Withdrawn'], ['not applicable', 'Withdrawn'],
    ['Not due', 'NotDue'], ['NOT DUE', 'NotDue'], ['not-due', 'NotDue'], ['Not started', 'NotDue']
  ])('"%s" is %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, value: status });
  });

  test.each([
    ['Purple', '"Purple" is not a status: use Blue, Green, Amber, Red, Not due or n/a (withdrawn)'],
    ['Green/Amber', '"Green/Amber" is not a status: use Blue, Green, Amber, Red, Not due or n/a (withdrawn)'],
    ['No update received', '"No update received" is worked out by the tracker, not imported: leave Status empty when no update came in']
  ])('"%s" fails: %s', (text, message) => {
    expect(parseStatus(text)).toEqual({ ok: false, message });
  });
});

describe('parsePolarity', () => {
  test.each([
    ['High', 'High'], ['high', 'High'], ['Higher is better', 'High'], ['high is good', 'High'], ['higher-is-better', 'High'],
    ['Low', 'Low'], ['LOW', 'Low'], ['lower is better', 'Low'], ['Low is good', 'Low'], ['minimise', 'Low'],
    ['Band', 'Band'], ['within band', 'Band'], ['range', 'Band']
  ])('"%s" is %s', (text, polarity) => {
    expect(parsePolarity(text)).toEqual({ ok: true, value: polarity });
  });

  test('an unknown polarity fails with the choices', () => {
    expect(parsePolarity('Sideways')).toEqual({
      ok: false,
      message: '"Sideways" is not a polarity: use High (higher is better), Low (lower is better) or Band'
    });
  });
});

describe('parseFrequency', () => {
  test.each([
    ['Quarterly', 'Quarterly'], ['quarterly', 'Quarterly'], ['QUARTER', 'Quarterly'],
    ['Annual', 'Annual'], ['annually', 'Annual'], ['Yearly', 'Annual']
  ])('"%s" is %s', (text, frequency) => {
    expect(parseFrequency(text)).toEqual({ ok: true, value: frequency });
  });

  test('monthly is not a frequency the tracker keeps', () => {
    expect(parseFrequency('Monthly')).toEqual({ ok: false, message: '"Monthly" is not a frequency: use Quarterly or Annual' });
  });
});

describe('parseAggregation', () => {
  test.each([
    ['In quarter', 'InQuarter'], ['in-quarter', 'InQuarter'], ['IN QUARTER', 'InQuarter'], ['InQuarter', 'InQuarter'],
    ['Cumulative', 'Cumulative'], ['cumulative', 'Cumulative'], ['Year to date', 'Cumulative'], ['YTD', 'Cumulative'],
    ['Cumulative (year to date)', 'Cumulative'],
    ['Rolling 12 months', 'Rolling12Months'], ['rolling-12-months', 'Rolling12Months'], ['Rolling twelve months', 'Rolling12Months']
  ])('"%s" is %s', (text, aggregation) => {
    expect(parseAggregation(text)).toEqual({ ok: true, value: aggregation });
  });

  test('an unknown aggregation fails with the choices', () => {
    expect(parseAggregation('Averaged')).toEqual({
      ok: false,
      message: '"Averaged" is not an aggregation: use In quarter, Cumulative or Rolling 12 months'
    });
  });
});
