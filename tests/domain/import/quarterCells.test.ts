import { Frequency, Quarter } from '../../../src/domain/model';
import { readQuarterCell, saysNoQuarterlyValue } from '../../../src/domain/import/quarterCells';

const ANNUAL_FIGURE = 'an annual measure has one value a year: put the outturn in Q4 and leave Q1–Q3 empty';

describe('saysNoQuarterlyValue: an annual measure\'s Q1–Q3 cell that says it has none', () => {
  test.each([
    ['Annual', true],
    ['annual', true],
    ['ANNUAL', true],
    ['Annual.', true],
    ['(Annual)', true],
    ['Annually', true],
    ['Yearly', true],
    ['Annual measure', true],
    ['Annual  indicator', true],
    ['Reported annually', true],
    ['n/a', true],
    ['N/A', true],
    ['Not applicable', true],
    ['-', true],
    ['–', true],
    ['No data', false],
    ['Not available', false],
    ['tbd', false],
    ['Data due in Q4', false],
    ['Annual report due in June', false],
    ['Quarterly', false]
  ])('"%s" → %p', (text, expected) => {
    expect(saysNoQuarterlyValue(text)).toBe(expected);
  });
});

describe('readQuarterCell', () => {
  test.each<[string, Quarter, Frequency | undefined, unknown]>([
    ['Annual', 'Q1', 'Annual', undefined],
    ['Yearly', 'Q2', 'Annual', undefined],
    ['n/a', 'Q3', 'Annual', undefined],
    ['', 'Q2', 'Annual', undefined],
    ['', 'Q2', 'Quarterly', undefined],
    ['68.6%', 'Q4', 'Annual', { period: 'Annual', cell: { value: 68.6 } }],
    ['Annual', 'Q4', 'Annual', { period: 'Annual', cell: { note: 'Annual' } }],
    ['No data', 'Q4', 'Annual', { period: 'Annual', cell: { note: 'No data' } }],
    ['Data due in Q4', 'Q2', 'Annual', { period: 'Q2', cell: { note: 'Data due in Q4' } }],
    ['Not available', 'Q1', 'Quarterly', { period: 'Q1', cell: { note: 'Not available' } }],
    ['Annual', 'Q3', 'Quarterly', { period: 'Q3', cell: { note: 'Annual' } }],
    ['n/a', 'Q2', 'Quarterly', { period: 'Q2', cell: { note: 'n/a' } }],
    ['16.3%', 'Q3', 'Quarterly', { period: 'Q3', cell: { value: 16.3 } }],
    ['16.3%', 'Q3', undefined, { period: 'Q3', cell: { value: 16.3 } }]
  ])('"%s" in %s of a %s measure records %p', (text, quarter, frequency, record) => {
    expect(readQuarterCell(text, quarter, frequency)).toEqual({ ok: true, value: record });
  });

  test.each<[string, Quarter, Frequency, string]>([
    ['93%', 'Q2', 'Annual', ANNUAL_FIGURE],
    ['71.7% (provisional)', 'Q1', 'Annual', ANNUAL_FIGURE],
    ['12..5', 'Q2', 'Annual', '"12..5" is not a number'],
    ['12..5', 'Q4', 'Annual', '"12..5" is not a number'],
    ['95%%', 'Q1', 'Quarterly', '"95%%" is not a number'],
    ['#DIV/0!', 'Q3', 'Quarterly', '"#DIV/0!" is a spreadsheet error, not a value: fix the formula or clear the cell']
  ])('"%s" in %s of a %s measure fails: %s', (text, quarter, frequency, message) => {
    expect(readQuarterCell(text, quarter, frequency)).toEqual({ ok: false, message });
  });
});
